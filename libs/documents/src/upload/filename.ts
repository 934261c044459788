import { DocumentType } from '@parley/platform';

const EXTENSIONS: Record<DocumentType, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/tiff': '.tif',
};

const MAX_LENGTH = 200;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * The name to keep and offer back on download: no folders (a browser sends "C:\\scans\\x.pdf"), no
 * control characters, at most 200 characters with the extension kept; "document.pdf" when nothing
 * is left.
 */
export function cleanFilename(given: string | undefined, type: DocumentType): string {
  const base = (given ?? '').split(/[/\\]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .trim();
  if (name.replace(/\./g, '') === '') name = '';
  if (!name) return `document${EXTENSIONS[type]}`;
  if (name.length <= MAX_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, MAX_LENGTH - extension.length) + extension;
}

/** Content-Disposition for a download: an ASCII fallback and the exact name (RFC 6266, RFC 8187). */
export function contentDisposition(filename: string, disposition: 'attachment' | 'inline'): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
