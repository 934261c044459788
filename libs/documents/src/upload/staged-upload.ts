import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BadInputError, DocumentType } from '@parley/platform';
import { recogniseType, SNIFF_BYTES, typesInWords } from './content-type';

/** An upload written to local disk, with what was learnt while it streamed. */
export interface StagedFile {
  path: string;
  size: number;
  sha256: string;
  contentType: DocumentType;
  /** The file's last bytes (up to SNIFF_BYTES): where a PDF ends with its %%EOF marker. */
  tail: Buffer;
  /** Deletes the staged copy (a no-op once storage has taken it). */
  discard(): Promise<void>;
}

export interface UploadLimits {
  maxBytes: number;
  types: readonly DocumentType[];
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

function tooLarge(limits: UploadLimits): BadInputError {
  return new BadInputError(`The file is larger than ${megabytes(limits.maxBytes)}, the most Parley accepts.`);
}

function notAccepted(limits: UploadLimits): BadInputError {
  return new BadInputError(
    `This file is not ${typesInWords(limits.types)}: scan the paper to one of these, or save it as one.`,
  );
}

/**
 * Hashes, measures and recognises the bytes as they pass, refusing as soon as the start shows the
 * wrong type or the count passes the limit: the file is never held in memory, and a refused one
 * stops being read.
 */
class Inspection extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  contentType: DocumentType | null = null;
  tail = Buffer.alloc(0);
  private head: Buffer[] = [];
  private headBytes = 0;

  constructor(private readonly limits: UploadLimits) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limits.maxBytes) return done(tooLarge(this.limits));
    this.hash.update(chunk);
    this.tail =
      chunk.length >= SNIFF_BYTES
        ? Buffer.from(chunk.subarray(chunk.length - SNIFF_BYTES))
        : Buffer.concat([this.tail, chunk]).subarray(-SNIFF_BYTES);
    if (this.contentType === null) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes >= SNIFF_BYTES) {
        const problem = this.recognise();
        if (problem) return done(problem);
      }
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.size === 0) return done(new BadInputError('The file is empty.'));
    done(this.contentType === null ? this.recognise() : null);
  }

  private recognise(): BadInputError | null {
    const type = recogniseType(Buffer.concat(this.head));
    this.head = [];
    if (!type || !this.limits.types.includes(type)) return notAccepted(this.limits);
    this.contentType = type;
    return null;
  }
}

/**
 * Streams an upload to a new file in `folder` (on the same disk as local storage, so keeping it is a
 * rename). On any failure the partial file is removed and the error passed on.
 */
export async function stageUpload(
  source: Readable,
  folder: string,
  limits: UploadLimits,
): Promise<StagedFile> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${randomUUID()}.part`);
  const inspection = new Inspection(limits);
  const discard = () => rm(path, { force: true });
  const out = createWriteStream(path, { flags: 'wx' });
  try {
    await pipeline(source, inspection, out);
  } catch (error) {
    // pipeline gives up as soon as a stream fails, and the file may still be opening then: removed
    // before it exists, it would be created after and left behind. Its stream closes once it is (it
    // also emits the error, which events.once would throw instead of waiting).
    if (!out.closed) await new Promise<void>((closed) => out.once('close', () => closed()));
    await discard();
    throw error;
  }
  return {
    path,
    size: inspection.size,
    sha256: inspection.hash.digest('hex'),
    contentType: inspection.contentType as DocumentType,
    tail: inspection.tail,
    discard,
  };
}
