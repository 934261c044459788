import { createHash, randomBytes } from 'node:crypto';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface UploadAnswer {
  status: number;
  body: {
    id?: string;
    filename?: string;
    contentType?: string;
    size?: number;
    sha256?: string;
    pages?: number | null;
    errors?: Array<{ message: string; extensions: { code: string } }>;
  };
}

type Content = Uint8Array | AsyncIterable<Uint8Array>;

/**
 * POST /documents as a browser or a firm's system would: multipart/form-data with the fields first,
 * then the file, streamed from `content` (a buffer, or chunks made as they are sent).
 */
export async function uploadDocument(
  baseUrl: string,
  token: string | undefined,
  fields: Record<string, string>,
  file: { filename: string; content: Content; type?: string },
  /** An undici Agent of the test's own, to close its connections when done. */
  dispatcher?: unknown,
): Promise<UploadAnswer> {
  const boundary = `----parley-test-${randomBytes(8).toString('hex')}`;
  async function* body(): AsyncGenerator<Uint8Array> {
    for (const [name, value] of Object.entries(fields)) {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      );
    }
    yield Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\n` +
        `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
    );
    if (file.content instanceof Uint8Array) yield file.content;
    else yield* file.content;
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  const response = await fetch(`${baseUrl}/documents`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: ReadableStream.from(body()),
    duplex: 'half',
    ...(dispatcher ? { dispatcher } : {}),
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

/** A real PDF of `pages` pages, each saying which it is. */
export async function pdfOfPages(
  pages: number,
  title = 'Plaintiff’s First Set of Interrogatories',
): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([612, 792]);
    page.drawText(`${title.replace('’', "'")} - page ${n} of ${pages}`, { x: 72, y: 700, size: 12, font });
  }
  return Buffer.from(await pdf.save());
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * `total` bytes starting with a PNG signature, made a megabyte at a time from one reused buffer, with
 * the hash of what was sent: a large file that exists nowhere in memory whole.
 */
export function largePng(total: number): { chunks: AsyncIterable<Uint8Array>; sha256: () => string } {
  const hash = createHash('sha256');
  const block = randomBytes(1024 * 1024);
  PNG_SIGNATURE.copy(block);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let sent = 0; sent < total; sent += block.length) {
      // The same bytes every time, never changed once sent: nothing new is made per megabyte.
      const piece = total - sent >= block.length ? block : block.subarray(0, total - sent);
      hash.update(piece);
      yield piece;
    }
  }
  let digest: string | null = null;
  return { chunks: chunks(), sha256: () => (digest ??= hash.digest('hex')) };
}
