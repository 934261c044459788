import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { recogniseType, typesInWords } from './content-type';
import { cleanFilename, contentDisposition } from './filename';
import { stageUpload } from './staged-upload';

describe('recognising a file by its first bytes', () => {
  it.each([
    ['%PDF-1.7\n', 'application/pdf'],
    ['\r\n\r\n%PDF-1.4', 'application/pdf'],
    ['\x89PNG\r\n\x1a\n....', 'image/png'],
    ['\xff\xd8\xff\xe0', 'image/jpeg'],
    ['II*\x00', 'image/tiff'],
    ['MM\x00*', 'image/tiff'],
    ['<html><script>', null],
    ['PK\x03\x04', null],
    ['', null],
  ])('%j is %s', (head, type) => {
    expect(recogniseType(Buffer.from(head, 'latin1'))).toBe(type);
  });

  it('finds a PDF header only within the first 1,024 bytes, as readers do', () => {
    expect(recogniseType(Buffer.concat([Buffer.alloc(1020, 0x20), Buffer.from('%PDF-')]))).toBeNull();
  });

  it('names the accepted types in words', () => {
    expect(typesInWords(['application/pdf'])).toBe('a PDF');
    expect(typesInWords(['application/pdf', 'image/png', 'image/jpeg'])).toBe(
      'a PDF, a PNG image or a JPEG image',
    );
  });
});

describe('a filename kept and offered back', () => {
  it.each([
    ['C:\\Users\\scans\\letter.pdf', 'letter.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['bell\u0007 and\ttab.pdf', 'bell and tab.pdf'],
    ['..', 'document.pdf'],
    ['', 'document.pdf'],
    [undefined, 'document.pdf'],
  ])('%j becomes %j', (given, kept) => {
    expect(cleanFilename(given, 'application/pdf')).toBe(kept);
  });

  it('shortens a long name to 200 characters, keeping its extension', () => {
    const name = cleanFilename(`${'a'.repeat(300)}.tiff`, 'image/tiff');
    expect([name.length, name.endsWith('.tiff')]).toEqual([200, true]);
  });

  it('offers an ASCII name and the exact one (RFC 6266)', () => {
    expect(contentDisposition('Réponse "finale".pdf', 'attachment')).toBe(
      `attachment; filename="R_ponse _finale_.pdf"; filename*=UTF-8''R%C3%A9ponse%20%22finale%22.pdf`,
    );
  });
});

describe('staging an upload', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'stage-spec-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  const limits = { maxBytes: 4096, types: ['application/pdf', 'image/png'] as const };

  it('hashes, measures and recognises the file as it streams, keeping its last bytes', async () => {
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.alloc(3000, 0x41),
      Buffer.from('%%EOF\n'),
    ]);
    const staged = await stageUpload(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]), folder, {
      ...limits,
      types: [...limits.types],
    });
    expect(staged).toMatchObject({ size: bytes.length, contentType: 'application/pdf' });
    expect(staged.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(staged.tail.toString().endsWith('%%EOF\n')).toBe(true);
    await staged.discard();
    expect(readdirSync(folder)).toEqual([]);
  });

  it.each([
    ['over the limit', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5000)]), 'larger than'],
    [
      'of a type not accepted',
      Buffer.from('\xff\xd8\xff\xe0 a JPEG', 'latin1'),
      'is not a PDF or a PNG image',
    ],
    ['empty', Buffer.alloc(0), 'The file is empty.'],
  ])('refuses a file %s and leaves nothing behind', async (_what, bytes, message) => {
    await expect(
      stageUpload(Readable.from(bytes.length ? [bytes] : []), folder, {
        ...limits,
        types: [...limits.types],
      }),
    ).rejects.toThrow(message);
    expect(readdirSync(folder)).toEqual([]);
  });
});
