import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { PassThrough, Readable, Transform } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/**
 * A zip written to a file as entries are added, one at a time, with the file's pace setting the
 * producer's: each entry is a stream yazl pipes into its output (pipes carry the backpressure), and
 * each add returns only once yazl has read the entry to its end and the output has drained below its
 * high-water mark. At most one entry and a few stream buffers are in memory whatever the volume's
 * size; yazl keeps each entry's central-directory details (about a kilobyte) for the end. The bytes
 * are hashed and counted on their way to the file.
 */
export class ZipSink {
  private readonly zip = new ZipFile();
  private readonly output: PassThrough;
  private readonly written: Promise<void>;
  private readonly failed: Promise<never>;
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private failure: { error: unknown } | null = null;

  constructor(
    path: string,
    private readonly mtime: Date,
  ) {
    const output = this.zip.outputStream;
    if (!(output instanceof PassThrough)) throw new TypeError('yazl no longer writes through a PassThrough');
    this.output = output;
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        done(null, chunk);
      },
    });
    this.written = pipeline(output, counter, createWriteStream(path));
    let reject: (error: unknown) => void = () => undefined;
    this.failed = new Promise<never>((_, no) => (reject = no));
    const fail = (error: unknown) => {
      this.failure ??= { error };
      reject(error);
    };
    // Seen by whichever wait is under way; nobody may be waiting when it happens.
    this.failed.catch(() => undefined);
    this.zip.on('error', (error: unknown) => {
      fail(error);
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    this.written.catch(fail);
  }

  /** Adds bytes held in memory; resolves once the zip has taken them and the output can take more. */
  async addBuffer(data: Uint8Array, path: string, compress: boolean): Promise<void> {
    const source = new Readable({ read: () => undefined });
    source.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    source.push(null);
    await this.addStream(source, path, compress);
  }

  /** Adds a stream's bytes; resolves once the zip has read them all and the output can take more. */
  async addStream(source: Readable, path: string, compress: boolean): Promise<void> {
    // yazl keeps each entry's way to its data until the zip ends (addBuffer's holds the bytes, so a
    // volume's every page would stay in memory): it gets a holder it empties on first use instead.
    let held: Readable | null = source;
    this.zip.addReadStreamLazy(path, { compress, mtime: this.mtime }, (open) => {
      const stream = held;
      held = null;
      if (stream) open(null, stream);
      else open(new Error(`${path} was read twice`), new Readable());
    });
    await Promise.race([finished(source), this.failed]);
    await this.drained();
  }

  /** Writes the central directory and waits for the file to be complete. */
  async end(): Promise<{ sha256: string; size: number }> {
    this.zip.end();
    await Promise.race([this.written, this.failed]);
    return { sha256: this.hash.digest('hex'), size: this.bytes };
  }

  /** Stops writing; the caller removes the file. */
  async abort(): Promise<void> {
    this.output.destroy();
    await this.written.catch(() => undefined);
  }

  private async drained(): Promise<void> {
    if (this.failure) throw this.failure.error;
    while (this.output.writableNeedDrain) await Promise.race([once(this.output, 'drain'), this.failed]);
  }
}
