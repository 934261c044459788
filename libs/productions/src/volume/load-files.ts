/**
 * The load files that let the receiving party's review platform take in a volume: a Concordance DAT
 * (one line of metadata per document) and an Opticon OPT (one line per page image). Their shapes are
 * the industry's conventions, which ESI protocols under FRCP 26(f)(3)(C) and 34(b)(1)(C) adopt.
 */

/** The DAT's fields, in order. */
export const DAT_FIELDS = [
  'BEGBATES',
  'ENDBATES',
  'BEGATTACH',
  'ENDATTACH',
  'CUSTODIAN',
  'FILENAME',
  'PAGECOUNT',
  'SHA256',
  'NATIVEPATH',
  'CONFIDENTIALITY',
  'REQUESTS',
] as const;

export type DatField = (typeof DAT_FIELDS)[number];
export type DatRecord = Record<DatField, string>;

/** Concordance's delimiters: characters that do not occur in ordinary text. */
export const DAT_SEPARATOR = '\u0014';
export const DAT_QUOTE = '\u00fe'; // þ
export const DAT_NEWLINE = '\u00ae'; // ®
const BOM = '\ufeff';
const CRLF = '\r\n';

/**
 * A value as the DAT can carry it. The format has no escape, so a delimiter inside a value would cut
 * the field short or end the line: U+0014 (a control character with no meaning in a name) is removed,
 * þ becomes "th" (its usual transliteration) and ® becomes "(R)" (its usual spelling), and only then
 * does each line break become ®, the format's newline.
 */
export function datValue(value: string): string {
  return value
    .replaceAll(DAT_SEPARATOR, '')
    .replaceAll(DAT_QUOTE, 'th')
    .replaceAll(DAT_NEWLINE, '(R)')
    .replace(/\r\n|\r|\n/g, DAT_NEWLINE);
}

/** One DAT line: every value in þ, separated by U+0014, ended by CRLF. */
export function datLine(values: readonly string[]): string {
  return values.map((v) => DAT_QUOTE + datValue(v) + DAT_QUOTE).join(DAT_SEPARATOR) + CRLF;
}

/** A whole DAT: byte order mark, header line, one line per document. */
export function datFile(records: readonly DatRecord[]): string {
  return BOM + datLine(DAT_FIELDS) + records.map((r) => datLine(DAT_FIELDS.map((f) => r[f]))).join('');
}

/** One page image's line in the OPT. */
export interface OptPage {
  /** The page's Bates number. */
  imageKey: string;
  volume: string;
  /** The image's path from the volume's root, with backslashes: IMAGES\0001\DEF0000001.pdf. */
  path: string;
  /** The page a document starts on: it carries the break and the document's page count. */
  documentPages: number | null;
}

/** `ImageKey,Volume,Path,DocBreak,,,PageCount` and CRLF; the break (Y) and count on a document's first page only. */
export function optLine(page: OptPage): string {
  const first = page.documentPages !== null;
  for (const [label, value] of [
    ['image key', page.imageKey],
    ['volume', page.volume],
    ['path', page.path],
  ]) {
    // The OPT has no quoting: a comma or line break would shift every later field.
    if (/[,\r\n]/.test(value))
      throw new RangeError(`An OPT ${label} cannot hold a comma or line break: ${value}`);
  }
  return `${page.imageKey},${page.volume},${page.path},${first ? 'Y' : ''},,,${first ? page.documentPages : ''}${CRLF}`;
}

export function optFile(pages: readonly OptPage[]): string {
  return pages.map(optLine).join('');
}
