import { Readable } from 'node:stream';

/** A stream's bytes in one buffer: for a single file, which pdf-lib reads whole anyway. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
