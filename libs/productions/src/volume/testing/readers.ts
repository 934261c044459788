/**
 * For the volume's tests: readers of a volume written without the writer's code, as a receiving
 * party's tools would read it: the zip through yauzl, the DAT and OPT by their published shapes.
 */
import { fromBuffer, Entry, ZipFile } from 'yauzl';

/** Every file in a zip, by its path, with its bytes. */
export async function readZip(zip: Buffer): Promise<Map<string, Buffer>> {
  const file = await new Promise<ZipFile>((resolve, reject) =>
    fromBuffer(
      zip,
      { lazyEntries: true, strictFileNames: true, validateEntrySizes: true },
      (error, opened) => (error ? reject(error) : resolve(opened)),
    ),
  );
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    file.on('error', reject);
    file.on('end', resolve);
    file.on('entry', (entry: Entry) => {
      file.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          if (entries.has(entry.fileName)) reject(new Error(`${entry.fileName} twice in the zip`));
          entries.set(entry.fileName, Buffer.concat(chunks));
          file.readEntry();
        });
      });
    });
    file.readEntry();
  });
  return entries;
}

/**
 * A Concordance DAT: UTF-8 with a byte order mark, lines ended by CRLF, fields separated by U+0014
 * and each wrapped in þ, ® standing for a line break within a field.
 */
export function readDat(bytes: Buffer): { header: string[]; rows: Record<string, string>[] } {
  if (!bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])))
    throw new Error('The DAT has no UTF-8 byte order mark');
  const text = bytes.subarray(3).toString('utf8');
  if (!text.endsWith('\r\n')) throw new Error('The DAT’s last line is not ended by CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  const fields = (line: string) => {
    if (/[\r\n]/.test(line)) throw new Error(`A bare line break in the DAT line ${JSON.stringify(line)}`);
    return line.split('\u0014').map((field) => {
      if (field.length < 2 || !field.startsWith('\u00fe') || !field.endsWith('\u00fe')) {
        throw new Error(`An unqualified DAT field ${JSON.stringify(field)}`);
      }
      const value = field.slice(1, -1);
      if (value.includes('\u00fe')) throw new Error(`A þ inside the DAT field ${JSON.stringify(field)}`);
      return value.replace(/\u00ae/g, '\n');
    });
  };
  const [header, ...rest] = lines.map(fields);
  const rows = rest.map((values) => {
    if (values.length !== header.length)
      throw new Error(`${values.length} fields where the header has ${header.length}`);
    return Object.fromEntries(header.map((name, i) => [name, values[i]]));
  });
  return { header, rows };
}

export interface OptRow {
  imageKey: string;
  volume: string;
  path: string;
  docBreak: string;
  pageCount: string;
}

/** An Opticon OPT: `ImageKey,Volume,Path,DocBreak,Folder,Box,PageCount` per line, CRLF. */
export function readOpt(bytes: Buffer): OptRow[] {
  const text = bytes.toString('utf8');
  if (!text.endsWith('\r\n')) throw new Error('The OPT’s last line is not ended by CRLF');
  return text
    .slice(0, -2)
    .split('\r\n')
    .map((line) => {
      const values = line.split(',');
      if (values.length !== 7)
        throw new Error(`${values.length} fields in the OPT line ${JSON.stringify(line)}`);
      const [imageKey, volume, path, docBreak, folder, box, pageCount] = values;
      if (folder || box) throw new Error(`Folder and box are unused: ${line}`);
      return { imageKey, volume, path, docBreak, pageCount };
    });
}
