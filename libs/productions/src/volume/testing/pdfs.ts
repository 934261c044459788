/**
 * For the volume's tests: PDFs made to order with pdf-lib, and what a viewer (pdf.js) shows of a PDF's
 * text, placed as the viewer places it.
 */
import { degrees, PDFDocument, StandardFonts } from '@cantoo/pdf-lib';

export interface PageSpec {
  /** Width and height of the MediaBox, in points. */
  size: [number, number];
  rotate?: 0 | 90 | 180 | 270;
  /** x, y, width, height. */
  cropBox?: [number, number, number, number];
  /** Lines of text written from the top of the visible box, in its own coordinates. */
  lines?: string[];
  /** Text at the very bottom corners of the visible box (page coordinates, unrotated). */
  corners?: boolean;
}

export async function makePdf(pages: PageSpec[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const spec of pages) {
    const page = pdf.addPage(spec.size);
    const [x, y, width, height] = spec.cropBox ?? [0, 0, ...spec.size];
    if (spec.cropBox) page.setCropBox(x, y, width, height);
    (spec.lines ?? []).forEach((line, i) =>
      page.drawText(line, { x: x + 20, y: y + height - 30 - i * 14, size: 11, font }),
    );
    if (spec.corners) {
      page.drawText('CORNER-BL', { x: x + 1, y: y + 1, size: 9, font });
      page.drawText('CORNER-BR', {
        x: x + width - font.widthOfTextAtSize('CORNER-BR', 9) - 1,
        y: y + 1,
        size: 9,
        font,
      });
    }
    if (spec.rotate) page.setRotation(degrees(spec.rotate));
  }
  return pdf.save();
}

/** A text item as the viewer shows it: position in CSS pixels at scale 1 (origin top left, y down). */
export interface ViewedText {
  str: string;
  /** Baseline start. */
  x: number;
  y: number;
  /** Baseline end, for upright text. */
  xEnd: number;
  /** Whether the text reads left to right, upright. */
  upright: boolean;
}

export interface ViewedPage {
  width: number;
  height: number;
  items: ViewedText[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** Each page as pdf.js shows it: the visible (cropped, rotated) size and the text items placed on it. */
export async function viewPdf(bytes: Uint8Array): Promise<ViewedPage[]> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument, Util } = await pdfjs;
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: ViewedPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: ViewedText[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const m = Util.transform(viewport.transform, item.transform) as number[];
      // Reads upright when its baseline runs along the screen's +x and its up is the screen's up (-y).
      const upright = m[0] > 0 && Math.abs(m[1]) < 1e-6 && Math.abs(m[2]) < 1e-6 && m[3] < 0;
      // item.width is the advance in user space, which scale 1 keeps as is.
      items.push({
        str: item.str,
        x: m[4],
        y: m[5],
        xEnd: m[4] + (upright ? item.width : Number.NaN),
        upright,
      });
    }
    pages.push({ width: viewport.width, height: viewport.height, items });
  }
  await document.destroy();
  return pages;
}

/**
 * pdf.js warns, page after page, that it has no data for the standard fonts the stamp uses (they are
 * referenced, not embedded, as they may be); the text comes out all the same. Call in a spec file.
 */
export function quietStandardFontWarnings(): void {
  const warn = console.warn.bind(console);
  beforeAll(() => {
    jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!args.some((a) => String(a).includes('standardFontDataUrl'))) warn(...args);
    });
  });
  afterAll(() => jest.restoreAllMocks());
}
