/**
 * The text of a PDF, page by page, as a reader's copy-and-paste would give it: what tests check a
 * paper against. pdfjs-dist is an ES module, loaded on first use.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;

export async function pdfPages(pdf: Buffer | Uint8Array): Promise<string[]> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text);
  }
  await document.destroy();
  return pages;
}

export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  return (await pdfPages(pdf)).join('\n\f\n');
}

/** The text with every run of whitespace as one space: what a sentence says, wherever lines broke. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
