import { DocumentType } from '@parley/platform';

/** Enough of a file's start to recognise every accepted type (a PDF's header may follow some bytes). */
export const SNIFF_BYTES = 1024;

const starts = (head: Buffer, signature: number[]) =>
  head.length >= signature.length && signature.every((byte, i) => head[i] === byte);

/**
 * What a file is, from its first bytes: a name or a client's Content-Type can say anything, and a
 * file served back to a browser as what it claims to be is how uploads become attacks.
 */
export function recogniseType(head: Buffer): DocumentType | null {
  // ISO 32000-1, 7.5.2: readers accept the header anywhere in the first 1,024 bytes.
  if (head.subarray(0, SNIFF_BYTES).includes('%PDF-')) return 'application/pdf';
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(head, [0x49, 0x49, 0x2a, 0x00]) || starts(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  return null;
}

const WORDS: Record<DocumentType, string> = {
  'application/pdf': 'a PDF',
  'image/png': 'a PNG image',
  'image/jpeg': 'a JPEG image',
  'image/tiff': 'a TIFF image',
};

/** "a PDF, a PNG image or a JPEG image" */
export function typesInWords(types: readonly DocumentType[]): string {
  const words = types.map((t) => WORDS[t]);
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
