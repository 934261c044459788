import { createHash, randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { BatesError, checkBatesNumber, checkBatesPrefix, formatBates } from './bates';
import { DatRecord, datFile, optLine } from './load-files';
import { loadPdf } from './pdf-source';
import { slipSheet } from './slip-sheet';
import { stampedPages } from './stamped-pages';
import { ZipSink } from './zip-sink';

export interface VolumeDocument {
  /** Echoed back in the result. */
  id: string;
  /** The original name: the FILENAME field, and the native's extension. */
  filename: string;
  /** application/pdf is imaged and stamped; anything else is produced native with a slip sheet. */
  contentType: string;
  /** The stored bytes; called once. */
  open(): Promise<Readable>;
  /** Stamped on each page and given as CONFIDENTIALITY, e.g. CONFIDENTIAL; null for none. */
  designation: string | null;
  custodian: string;
  /** The requests the document answers, e.g. ['RFP No. 1', 'RFP No. 3']. */
  requests: string[];
  /**
   * A reproduction keeps its numbers: when given, the document is numbered from here and consumes
   * none of the volume's new numbers.
   */
  firstBates?: number;
}

export interface WriteVolumeInput {
  /** The volume's name, e.g. VOL001: the OPT's Volume field and the load files' names. */
  volume: string;
  prefix: string;
  /** The first new Bates number. */
  startAt: number;
  documents: VolumeDocument[];
  /** Where the zip is written; nothing is left there if writing fails. */
  outPath: string;
  /** The zip entries' modification time (default now): the same input and time give the same bytes. */
  producedAt?: Date;
}

export interface ProducedDocument {
  id: string;
  firstBates: number;
  lastBates: number;
  pages: number;
  /** SHA-256 of the file as stored (for a native, the file in NATIVES), lower-case hex. */
  sha256: string;
  native: boolean;
}

export interface VolumeResult {
  documents: ProducedDocument[];
  /** The next unused Bates number: startAt plus the pages newly numbered. */
  nextBates: number;
  /** The DAT's text, byte order mark included: the file in DATA. */
  dat: string;
  /** The OPT's text: the file in IMAGES. */
  opt: string;
  /** SHA-256 of the zip, lower-case hex. */
  sha256: string;
  /** The zip's size in bytes. */
  size: number;
  /** Page images in the volume (a native's slip sheet counts one). */
  pages: number;
}

/** Images or natives per folder: many tools and file systems slow down on larger folders. */
export const FILES_PER_FOLDER = 1000;

// A volume name becomes part of file names and of the comma-separated OPT.
const VOLUME_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * Writes a production volume (FRCP 34(b)(2)(E)) as a zip at input.outPath: each PDF page as a
 * one-page stamped image in IMAGES/nnnn/, each other file byte for byte in NATIVES/nnnn/ with a slip
 * sheet among the images, then DATA/<volume>.dat and IMAGES/<volume>.opt. Documents are read one at
 * a time and pages stamped one at a time into the zip as it streams to disk, so memory holds one
 * document's PDF and one page's image however large the volume.
 *
 * Numbers run from startAt in document order with no gap; a document with firstBates keeps its own.
 * A PDF that is encrypted or damaged aborts the volume with UnreadablePdfError naming the file; a
 * number used twice or past the last one aborts it with BatesError; either way outPath is left as it
 * was (the zip is written beside it and renamed into place when complete).
 */
export async function writeVolume(input: WriteVolumeInput): Promise<VolumeResult> {
  const { volume, prefix, startAt } = input;
  checkBatesPrefix(prefix);
  checkBatesNumber(prefix, startAt);
  if (!VOLUME_NAME.test(volume)) {
    throw new RangeError(`A volume name is 1 to 64 letters, digits, “_” or “-”: ${JSON.stringify(volume)}`);
  }
  const partial = `${input.outPath}.${randomUUID()}.partial`;
  const zip = new ZipSink(partial, input.producedAt ?? new Date());
  try {
    const result = await writeEntries(zip, input);
    const { sha256, size } = await zip.end();
    await rename(partial, input.outPath);
    return { ...result, sha256, size };
  } catch (error) {
    await zip.abort();
    await rm(partial, { force: true });
    throw error;
  }
}

async function writeEntries(
  zip: ZipSink,
  { volume, prefix, startAt, documents }: WriteVolumeInput,
): Promise<Omit<VolumeResult, 'sha256' | 'size'>> {
  const images = new Folders('IMAGES');
  const natives = new Folders('NATIVES');
  const used = new UsedNumbers(prefix);
  const records: DatRecord[] = [];
  // Kept as text, a line per page (about 60 bytes): the OPT is returned whole.
  const opt: string[] = [];
  const produced: ProducedDocument[] = [];
  let next = startAt;

  /** Adds one page image and its OPT line. */
  const addImage = async (image: Uint8Array, bates: string, documentPages: number | null) => {
    const path = images.next(`${bates}.pdf`);
    // Stored, not deflated: a PDF's streams are compressed already.
    await zip.addBuffer(image, path.entry, false);
    opt.push(optLine({ imageKey: bates, volume, path: path.load, documentPages }));
  };

  for (const document of documents) {
    // Typed as number or absent; a null from a database column means absent too.
    const kept = typeof document.firstBates === 'number' ? document.firstBates : null;
    const first = kept ?? next;
    const designation = document.designation;
    let pages: number;
    let sha256: string;
    let nativePath = '';
    const native = !isPdf(document.contentType);
    if (native) {
      pages = 1;
      used.claim(first, first);
      const bates = formatBates(prefix, first);
      const path = natives.next(bates + nativeExtension(document.filename));
      nativePath = path.load;
      await addImage(
        await slipSheet({ bates, designation, filename: document.filename, nativePath }),
        bates,
        1,
      );
      const stored = await document.open();
      const hashing = hashed(stored);
      try {
        // Deflated: natives are often text (mail, spreadsheets as CSV) that shrinks well.
        await zip.addStream(hashing.stream, path.entry, true);
      } catch (error) {
        // Let storage close its connection rather than hold it for a volume that will not be.
        stored.destroy();
        throw error;
      }
      sha256 = hashing.sha256();
    } else {
      const stored = await readWhole(await document.open());
      sha256 = stored.sha256;
      const source = await loadPdf(stored.bytes, document.filename);
      pages = source.getPageCount();
      used.claim(first, first + pages - 1);
      let page = 0;
      for await (const image of stampedPages(source, document.filename, {
        prefix,
        firstBates: first,
        designation,
      })) {
        await addImage(image, formatBates(prefix, first + page), page === 0 ? pages : null);
        page++;
      }
    }
    const last = first + pages - 1;
    if (kept === null) next = last + 1;
    produced.push({ id: document.id, firstBates: first, lastBates: last, pages, sha256, native });
    const begin = formatBates(prefix, first);
    const end = formatBates(prefix, last);
    records.push({
      BEGBATES: begin,
      ENDBATES: end,
      // Each document is its own family here: no attachments are produced apart from their parent.
      BEGATTACH: begin,
      ENDATTACH: end,
      CUSTODIAN: document.custodian,
      FILENAME: document.filename,
      PAGECOUNT: String(pages),
      SHA256: sha256,
      NATIVEPATH: nativePath,
      CONFIDENTIALITY: designation ?? '',
      REQUESTS: document.requests.join('; '),
    });
  }

  const dat = datFile(records);
  const optText = opt.join('');
  await zip.addBuffer(Buffer.from(dat, 'utf8'), `DATA/${volume}.dat`, true);
  await zip.addBuffer(Buffer.from(optText, 'utf8'), `IMAGES/${volume}.opt`, true);
  return { documents: produced, nextBates: next, dat, opt: optText, pages: opt.length };
}

function isPdf(contentType: string): boolean {
  return contentType.split(';')[0].trim().toLowerCase() === 'application/pdf';
}

/** The original's extension, with its dot, when it is a plain one; none otherwise (it names a file in the zip). */
export function nativeExtension(filename: string): string {
  const match = /\.([A-Za-z0-9]{1,16})$/.exec(filename);
  return match ? `.${match[1]}` : '';
}

/** Numbered folders of at most FILES_PER_FOLDER files: 0001, 0002, … */
class Folders {
  private count = 0;

  constructor(private readonly root: string) {}

  /** The next file's path in the zip and, with backslashes, in the load files. */
  next(name: string): { entry: string; load: string } {
    const folder = String(Math.floor(this.count++ / FILES_PER_FOLDER) + 1).padStart(4, '0');
    return { entry: `${this.root}/${folder}/${name}`, load: `${this.root}\\${folder}\\${name}` };
  }
}

/**
 * The numbers a volume has used, as sorted ranges: a reproduced document's kept numbers must not meet
 * new ones, or two pages would bear one number (and one image overwrite another).
 */
class UsedNumbers {
  private readonly ranges: [number, number][] = [];

  constructor(private readonly prefix: string) {}

  claim(first: number, last: number): void {
    checkBatesNumber(this.prefix, first);
    checkBatesNumber(this.prefix, last);
    let low = 0;
    let high = this.ranges.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ranges[mid][0] < first) low = mid + 1;
      else high = mid;
    }
    const before = this.ranges[low - 1];
    const after = this.ranges[low];
    const clash =
      before && before[1] >= first ? Math.max(first, before[0]) : after && after[0] <= last ? after[0] : null;
    if (clash !== null) {
      throw new BatesError(
        `${formatBates(this.prefix, clash)} would be given to two pages of this volume: ` +
          'a reproduced document keeps its numbers, and new numbers must not reach them.',
      );
    }
    this.ranges.splice(low, 0, [first, last]);
  }
}

/** A stream's bytes in memory with their SHA-256: pdf-lib parses a whole file. */
export async function readWhole(stream: Readable): Promise<{ bytes: Buffer; sha256: string }> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    hash.update(buffer);
    chunks.push(buffer);
  }
  return { bytes: Buffer.concat(chunks), sha256: hash.digest('hex') };
}

/** The stream passed through, hashed on the way; sha256() once it has ended. */
function hashed(source: Readable): { stream: Readable; sha256(): string } {
  const hash = createHash('sha256');
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  source.once('error', (error) => stream.destroy(error));
  source.pipe(stream);
  return { stream, sha256: () => hash.digest('hex') };
}
