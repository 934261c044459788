/**
 * Characters no text in Parley may hold. PostgreSQL refuses NUL and invalid UTF-8 (a lone UTF-16
 * surrogate cannot be encoded), so these would otherwise fail deep inside a write; the other control
 * characters have no place in a court paper and can hide text from a reader. Tab and newline lay text
 * out; format characters (Cf, e.g. right-to-left marks) are needed to write some names, so they pass.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `text` cannot be accepted, as the end of a sentence naming the field ("… contains …"), or
 * null when it is fine.
 */
export function textProblem(text: string): string | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  if (code === 0) return 'contains a NUL character (U+0000), which text cannot hold.';
  if (code === 0x0d) return 'contains a carriage return (U+000D): use a newline (\\n) alone to break lines.';
  if (code >= 0xd800)
    return `contains an unpaired UTF-16 surrogate (${hex(code)}), so it is not valid Unicode text.`;
  return `contains the control character ${hex(code)}, which text cannot hold; use a tab or a newline for layout.`;
}
