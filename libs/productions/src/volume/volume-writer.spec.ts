import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PDFDocument } from '@cantoo/pdf-lib';
import { flat, pdfPages } from '@parley/papers/testing';
import { BatesError } from './bates';
import { DAT_FIELDS } from './load-files';
import { UnreadablePdfError } from './pdf-source';
import { NATIVE_NOTICE } from './slip-sheet';
import { makePdf, quietStandardFontWarnings, viewPdf } from './testing/pdfs';
import { readDat, readOpt, readZip } from './testing/readers';
import { VolumeDocument, writeVolume, WriteVolumeInput } from './volume-writer';

quietStandardFontWarnings();

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-volume-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Stored {
  bytes: Uint8Array;
  opened: number;
}

function document(
  id: string,
  bytes: Uint8Array,
  fields: Partial<VolumeDocument> = {},
): VolumeDocument & { stored: Stored } {
  const stored: Stored = { bytes, opened: 0 };
  return {
    id,
    filename: `${id}.pdf`,
    contentType: 'application/pdf',
    designation: null,
    custodian: 'Jane Roe',
    requests: ['RFP No. 1'],
    // In chunks, as storage streams it.
    open: async () => {
      stored.opened++;
      const chunks = [];
      for (let i = 0; i < bytes.length; i += 4096) chunks.push(Buffer.from(bytes.subarray(i, i + 4096)));
      return Readable.from(chunks);
    },
    stored,
    ...fields,
  };
}

const text = (n: number, label: string) => ({
  size: [612, 792] as [number, number],
  lines: [`${label}, page ${n}`],
});

describe('writeVolume', () => {
  it('writes a volume a receiving party’s tools can load: images, natives, DAT and OPT agreeing', async () => {
    const minutes = await makePdf([1, 2, 3].map((n) => text(n, 'Board minutes')));
    const forecast = randomBytes(200_000);
    const plans = await makePdf([
      { size: [792, 612], lines: ['Site plan, landscape'] },
      { size: [612, 792], rotate: 90, lines: ['Site plan, turned'] },
    ]);
    const earlier = await makePdf([1, 2].map((n) => text(n, 'Letter produced before')));
    const memo = Buffer.from('From: CFO\r\nSubject: Q3\r\n\r\nSee attached.\r\n'.repeat(500));
    const documents = [
      document('minutes', minutes, { designation: 'CONFIDENTIAL', requests: ['RFP No. 1', 'RFP No. 3'] }),
      document('forecast', forecast, {
        filename: 'Q3 forecast þ.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        custodian: 'Roe, Jane\nFinance þ team',
        requests: [],
      }),
      document('plans', plans, { filename: 'Site plans.PDF', contentType: 'Application/PDF' }),
      document('earlier', earlier, { firstBates: 500, designation: 'CONFIDENTIAL' }),
      document('memo', memo, {
        filename: 'memo.msg',
        contentType: 'application/vnd.ms-outlook',
        designation: 'HIGHLY CONFIDENTIAL',
        requests: ['RFP No. 2'],
      }),
    ];
    const outPath = join(dir, 'DEF001.zip');
    const result = await writeVolume({ volume: 'DEF001', prefix: 'DEF', startAt: 10, documents, outPath });

    // Numbers from startAt in document order with no gap; the reproduction keeps its own.
    expect(result.documents).toEqual([
      { id: 'minutes', firstBates: 10, lastBates: 12, pages: 3, sha256: sha256(minutes), native: false },
      { id: 'forecast', firstBates: 13, lastBates: 13, pages: 1, sha256: sha256(forecast), native: true },
      { id: 'plans', firstBates: 14, lastBates: 15, pages: 2, sha256: sha256(plans), native: false },
      { id: 'earlier', firstBates: 500, lastBates: 501, pages: 2, sha256: sha256(earlier), native: false },
      { id: 'memo', firstBates: 16, lastBates: 16, pages: 1, sha256: sha256(memo), native: true },
    ]);
    expect(result.nextBates).toBe(17);
    expect(result.pages).toBe(9);
    expect(documents.map((d) => d.stored.opened)).toEqual([1, 1, 1, 1, 1]);

    // The zip on disk is the one described, and nothing else was left beside it.
    const zip = await readFile(outPath);
    expect(result.size).toBe(zip.length);
    expect(result.sha256).toBe(sha256(zip));
    expect(await readdir(dir)).toEqual(['DEF001.zip']);
    const entries = await readZip(zip);
    const keys = ['0010', '0011', '0012', '0013', '0014', '0015', '0500', '0501', '0016'].map(
      (n) => `DEF000${n}`,
    );
    expect([...entries.keys()].sort()).toEqual(
      [
        ...keys.map((k) => `IMAGES/0001/${k}.pdf`),
        'NATIVES/0001/DEF0000013.xlsx',
        'NATIVES/0001/DEF0000016.msg',
        'DATA/DEF001.dat',
        'IMAGES/DEF001.opt',
      ].sort(),
    );
    const entry = (loadPath: string) => {
      const bytes = entries.get(loadPath.replace(/\\/g, '/'));
      if (!bytes) throw new Error(`${loadPath} is not in the zip`);
      return bytes;
    };

    // The load files as returned are the files in the zip.
    expect(entry('DATA\\DEF001.dat').equals(Buffer.from(result.dat, 'utf8'))).toBe(true);
    expect(entry('IMAGES\\DEF001.opt').equals(Buffer.from(result.opt, 'utf8'))).toBe(true);

    // The OPT: a line per page, in order, each naming an image in the zip, breaks at documents' first pages.
    const opt = readOpt(entry('IMAGES\\DEF001.opt'));
    expect(opt.map((r) => r.imageKey)).toEqual(keys);
    expect(opt.every((r) => r.volume === 'DEF001' && r.path === `IMAGES\\0001\\${r.imageKey}.pdf`)).toBe(
      true,
    );
    expect(opt.map((r) => r.docBreak)).toEqual(['Y', '', '', 'Y', 'Y', '', 'Y', '', 'Y']);
    expect(opt.map((r) => r.pageCount)).toEqual(['3', '', '', '1', '2', '', '2', '', '1']);

    // Each image is one stamped page; reading them in the OPT's order gives every number in order (a
    // slip sheet names its own number in its text too, and no other).
    const found: string[] = [];
    for (const row of opt) {
      const pages = await pdfPages(entry(row.path));
      expect(pages).toHaveLength(1);
      found.push(...new Set(flat(pages[0]).match(/DEF\d{7}/g)));
    }
    expect(found).toEqual(keys);
    expect(flat((await pdfPages(entry('IMAGES\\0001\\DEF0000011.pdf')))[0])).toContain(
      'Board minutes, page 2',
    );
    expect(flat((await pdfPages(entry('IMAGES\\0001\\DEF0000501.pdf')))[0])).toContain(
      'Letter produced before, page 2',
    );
    const slip = flat((await pdfPages(entry('IMAGES\\0001\\DEF0000013.pdf')))[0]);
    expect(slip).toContain(NATIVE_NOTICE);
    expect(slip).toContain('Q3 forecast þ.xlsx');
    // The rotated page's stamp reads upright at the viewer's bottom right.
    const [turned] = await viewPdf(entry('IMAGES\\0001\\DEF0000015.pdf'));
    const stamp = turned.items.find((i) => i.str === 'DEF0000015');
    expect(stamp).toMatchObject({ upright: true });
    expect(stamp!.xEnd).toBeCloseTo(turned.width - 18, 0);
    expect(stamp!.y).toBeCloseTo(turned.height - 10, 0);

    // The DAT: a row per document agreeing with the images, the natives and their hashes.
    const dat = readDat(entry('DATA\\DEF001.dat'));
    expect(dat.header).toEqual(DAT_FIELDS);
    expect(dat.rows).toEqual([
      {
        BEGBATES: 'DEF0000010',
        ENDBATES: 'DEF0000012',
        BEGATTACH: 'DEF0000010',
        ENDATTACH: 'DEF0000012',
        CUSTODIAN: 'Jane Roe',
        FILENAME: 'minutes.pdf',
        PAGECOUNT: '3',
        SHA256: sha256(minutes),
        NATIVEPATH: '',
        CONFIDENTIALITY: 'CONFIDENTIAL',
        REQUESTS: 'RFP No. 1; RFP No. 3',
      },
      {
        BEGBATES: 'DEF0000013',
        ENDBATES: 'DEF0000013',
        BEGATTACH: 'DEF0000013',
        ENDATTACH: 'DEF0000013',
        // The line break survives; þ, the DAT's own quote, is written "th".
        CUSTODIAN: 'Roe, Jane\nFinance th team',
        FILENAME: 'Q3 forecast th.xlsx',
        PAGECOUNT: '1',
        SHA256: sha256(forecast),
        NATIVEPATH: 'NATIVES\\0001\\DEF0000013.xlsx',
        CONFIDENTIALITY: '',
        REQUESTS: '',
      },
      expect.objectContaining({
        BEGBATES: 'DEF0000014',
        ENDBATES: 'DEF0000015',
        FILENAME: 'Site plans.PDF',
        PAGECOUNT: '2',
      }),
      expect.objectContaining({
        BEGBATES: 'DEF0000500',
        ENDBATES: 'DEF0000501',
        PAGECOUNT: '2',
        NATIVEPATH: '',
      }),
      expect.objectContaining({
        BEGBATES: 'DEF0000016',
        ENDBATES: 'DEF0000016',
        NATIVEPATH: 'NATIVES\\0001\\DEF0000016.msg',
        CONFIDENTIALITY: 'HIGHLY CONFIDENTIAL',
        REQUESTS: 'RFP No. 2',
      }),
    ]);
    for (const row of dat.rows) {
      // Each document's images are its pages: the OPT's lines from its break, as many as PAGECOUNT.
      const start = opt.findIndex((r) => r.imageKey === row.BEGBATES);
      expect(opt[start]).toMatchObject({ docBreak: 'Y', pageCount: row.PAGECOUNT });
      expect(opt[start + Number(row.PAGECOUNT) - 1].imageKey).toBe(row.ENDBATES);
      if (row.NATIVEPATH) {
        expect(sha256(entry(row.NATIVEPATH))).toBe(row.SHA256);
      }
    }
    // Natives byte for byte; PDFs' page counts their own.
    expect(entry('NATIVES\\0001\\DEF0000013.xlsx').equals(forecast)).toBe(true);
    expect(entry('NATIVES\\0001\\DEF0000016.msg').equals(memo)).toBe(true);
    expect((await PDFDocument.load(minutes)).getPageCount()).toBe(3);
  });

  it('starts a new images folder after 1,000 images', async () => {
    const long = await makePdf(
      Array.from({ length: 1001 }, () => ({ size: [200, 200] as [number, number] })),
    );
    const outPath = join(dir, 'VOL.zip');
    const result = await writeVolume({
      volume: 'VOL',
      prefix: 'DEF',
      startAt: 1,
      documents: [document('long', long), document('after', await makePdf([text(1, 'After')]))],
      outPath,
    });
    expect(result.nextBates).toBe(1003);
    const names = [...(await readZip(await readFile(outPath))).keys()];
    expect(names.filter((n) => n.startsWith('IMAGES/0001/'))).toHaveLength(1000);
    expect(names.filter((n) => n.startsWith('IMAGES/0002/')).sort()).toEqual([
      'IMAGES/0002/DEF0001001.pdf',
      'IMAGES/0002/DEF0001002.pdf',
    ]);
    expect(readOpt(Buffer.from(result.opt)).at(-1)).toMatchObject({
      path: 'IMAGES\\0002\\DEF0001002.pdf',
      docBreak: 'Y',
    });
  }, 30_000);

  it('writes the same bytes for the same input and time', async () => {
    const pdf = await makePdf([text(1, 'Same'), text(2, 'Same')]);
    const input = (outPath: string): WriteVolumeInput => ({
      volume: 'VOL001',
      prefix: 'DEF',
      startAt: 1,
      documents: [
        document('a', pdf, { designation: 'CONFIDENTIAL' }),
        document('b', Buffer.from('a,b\r\n1,2\r\n'), { filename: 'b.csv', contentType: 'text/csv' }),
      ],
      outPath,
      producedAt: new Date('2026-03-02T15:04:05Z'),
    });
    const first = await writeVolume(input(join(dir, 'one.zip')));
    const second = await writeVolume(input(join(dir, 'two.zip')));
    expect(second.sha256).toBe(first.sha256);
    expect((await readFile(join(dir, 'two.zip'))).equals(await readFile(join(dir, 'one.zip')))).toBe(true);
  });

  it('writes a volume of load files alone when there are no documents', async () => {
    const result = await writeVolume({
      volume: 'V1',
      prefix: 'DEF',
      startAt: 7,
      documents: [],
      outPath: join(dir, 'v.zip'),
    });
    expect(result).toMatchObject({ documents: [], nextBates: 7, pages: 0, opt: '' });
    expect([...(await readZip(await readFile(join(dir, 'v.zip')))).keys()]).toEqual([
      'DATA/V1.dat',
      'IMAGES/V1.opt',
    ]);
  });

  describe('aborting, and leaving nothing at outPath', () => {
    const good = () => makePdf([text(1, 'Good')]);

    async function refused(documents: VolumeDocument[], startAt = 1) {
      const outPath = join(dir, 'VOL001.zip');
      const error = await writeVolume({ volume: 'VOL001', prefix: 'DEF', startAt, documents, outPath }).catch(
        (e: unknown) => e,
      );
      expect(await readdir(dir)).toEqual([]);
      return error;
    }

    it('on an encrypted PDF, with UnreadablePdfError naming it', async () => {
      const locked = await PDFDocument.load(await good());
      locked.encrypt({ userPassword: 'secret', ownerPassword: 'owner' });
      const error = await refused([
        document('a', await good()),
        document('b', await locked.save(), { filename: 'Locked scan.pdf' }),
      ]);
      expect(error).toBeInstanceOf(UnreadablePdfError);
      expect(error).toMatchObject({
        filename: 'Locked scan.pdf',
        reason: 'ENCRYPTED',
        message:
          'Locked scan.pdf is password-protected or encrypted: save an unprotected copy (print to PDF) and add it again.',
      });
    });

    it('on a damaged PDF, with UnreadablePdfError naming it', async () => {
      const cut = (await good()).slice(0, 300);
      const error = await refused([document('a', cut, { filename: 'Torn.pdf' })]);
      expect(error).toMatchObject({ name: 'UnreadablePdfError', filename: 'Torn.pdf', reason: 'DAMAGED' });
    });

    it('when a reproduced document’s numbers would meet new ones', async () => {
      const error = await refused([
        document('a', await makePdf([text(1, 'a'), text(2, 'a'), text(3, 'a')])),
        document('b', await good(), { firstBates: 2 }),
      ]);
      expect(error).toBeInstanceOf(BatesError);
      expect((error as Error).message).toBe(
        'DEF0000002 would be given to two pages of this volume: a reproduced document keeps its numbers, and new numbers must not reach them.',
      );
    });

    it('when the numbers run out', async () => {
      const error = await refused([document('a', await makePdf([text(1, 'a'), text(2, 'a')]))], 9_999_999);
      expect(error).toBeInstanceOf(BatesError);
      expect((error as Error).message).toMatch(/end at DEF9999999/);
    });

    it('when a stored file cannot be read, with storage’s own error', async () => {
      const broken = document('n', Buffer.alloc(0), {
        filename: 'x.docx',
        contentType: 'application/msword',
        open: async () =>
          new Readable({
            read() {
              this.destroy(new Error('The storage read failed'));
            },
          }),
      });
      const error = await refused([document('a', await good()), broken]);
      expect((error as Error).message).toBe('The storage read failed');
    });
  });

  it('refuses a volume name that cannot name files or sit in the OPT', async () => {
    await expect(
      writeVolume({ volume: 'VOL,1', prefix: 'DEF', startAt: 1, documents: [], outPath: join(dir, 'v.zip') }),
    ).rejects.toThrow(RangeError);
    await expect(
      writeVolume({ volume: 'VOL1', prefix: 'def', startAt: 1, documents: [], outPath: join(dir, 'v.zip') }),
    ).rejects.toThrow(BatesError);
    expect(await readdir(dir)).toEqual([]);
  });
});
