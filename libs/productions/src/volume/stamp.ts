import {
  concatTransformationMatrix,
  PDFFont,
  PDFName,
  PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  StandardFonts,
} from '@cantoo/pdf-lib';

/**
 * The Bates endorsement of a page (FRCP 34(b)(2)(E)): its number at the bottom right and any
 * confidentiality designation at the bottom left, as the page is seen in a viewer, in a strip that
 * covers no text of the page.
 *
 * The strip is added to the page rather than taken from it: the visible box (the CropBox) grows by
 * STAMP_STRIP points on the side the viewer shows at the bottom, and the stamp is drawn there. The
 * page's own content stays exactly where and how large it was, so its text, drawings at scale,
 * links, comments and form fields all keep their places; shrinking the content instead would alter
 * every produced page by a few per cent and need each annotation moved and the content clipped. The
 * cost is a page a strip taller than the original (a Letter page becomes 8.5 × 11.39 in), which
 * viewers and fit-to-page printing take in their stride; e-discovery tools call this "expand page".
 */

/** Height of the strip added below the page as it is viewed, in points (0.39 in). */
export const STAMP_STRIP = 28;

/** What a page is stamped with. */
export interface StampText {
  /** The page's Bates number, e.g. DEF0000001. */
  bates: string;
  /** A confidentiality designation under the protective order, e.g. CONFIDENTIAL, or none. */
  designation: string | null;
}

// One font for every stamp: a standard font is referenced, not embedded, so it costs no bytes per page.
export const STAMP_FONT = StandardFonts.HelveticaBold;

const FONT_SIZE = 10;
const MIN_FONT_SIZE = 4;
const MARGIN = 18;
const GAP = 12;
const BASELINE = 10;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** An affine transform [a b c d e f], as the `cm` operator takes it. */
export type Matrix = [number, number, number, number, number, number];

/** The clockwise turn a viewer gives the page: /Rotate, or 0 where it is not a multiple of 90 (as viewers do). */
export function viewerRotation(page: PDFPage): 0 | 90 | 180 | 270 {
  const angle = page.getRotation().angle;
  if (!Number.isFinite(angle) || angle % 90 !== 0) return 0;
  return (((angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
}

const toBox = (r: { x: number; y: number; width: number; height: number }): Box => ({
  x0: r.x,
  y0: r.y,
  x1: r.x + r.width,
  y1: r.y + r.height,
});

/** What a viewer shows of the page: the CropBox within the MediaBox (the MediaBox if they do not meet). */
export function visibleBox(page: PDFPage): Box {
  const media = toBox(page.getMediaBox());
  const crop = toBox(page.getCropBox());
  const seen = {
    x0: Math.max(media.x0, crop.x0),
    y0: Math.max(media.y0, crop.y0),
    x1: Math.min(media.x1, crop.x1),
    y1: Math.min(media.y1, crop.y1),
  };
  return seen.x0 < seen.x1 && seen.y0 < seen.y1 ? seen : media;
}

/**
 * The page as the viewer shows it: its width and height upright, and the transform from those
 * coordinates (origin at the viewer's bottom left, x to the right, y up) to the page's own. /Rotate
 * turns the page clockwise for display, so the viewer's bottom edge is the page's bottom (0), right
 * side (90), top (180) or left side (270).
 */
export function viewerFrame(page: PDFPage): { width: number; height: number; matrix: Matrix } {
  const { x0, y0, x1, y1 } = visibleBox(page);
  const w = x1 - x0;
  const h = y1 - y0;
  switch (viewerRotation(page)) {
    case 90:
      return { width: h, height: w, matrix: [0, 1, -1, 0, x1, y0] };
    case 180:
      return { width: w, height: h, matrix: [-1, 0, 0, -1, x1, y1] };
    case 270:
      return { width: h, height: w, matrix: [0, -1, 1, 0, x0, y1] };
    default:
      return { width: w, height: h, matrix: [1, 0, 0, 1, x0, y0] };
  }
}

/**
 * Grows the visible box by the strip on the side shown at the bottom, and the MediaBox with it. The
 * bleed, trim and art boxes are dropped so they default to the new CropBox: a printer honouring the
 * original trim would cut the stamp off.
 */
export function addStampStrip(page: PDFPage): void {
  const box = { ...visibleBox(page) };
  switch (viewerRotation(page)) {
    case 90:
      box.x1 += STAMP_STRIP;
      break;
    case 180:
      box.y1 += STAMP_STRIP;
      break;
    case 270:
      box.x0 -= STAMP_STRIP;
      break;
    default:
      box.y0 -= STAMP_STRIP;
  }
  const media = toBox(page.getMediaBox());
  const x0 = Math.min(media.x0, box.x0);
  const y0 = Math.min(media.y0, box.y0);
  page.setMediaBox(x0, y0, Math.max(media.x1, box.x1) - x0, Math.max(media.y1, box.y1) - y0);
  page.setCropBox(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
  for (const name of ['BleedBox', 'TrimBox', 'ArtBox']) page.node.delete(PDFName.of(name));
}

/**
 * Text the font can draw: the standard fonts have the Windows Latin set only, so anything else (a
 * filename in another script) is shown as "?" rather than failing the production; the load file
 * carries such text exactly.
 */
export function printable(font: PDFFont, text: string): string {
  const known = characterSets.get(font) ?? new Set(font.getCharacterSet());
  characterSets.set(font, known);
  let out = '';
  for (const char of text.replace(/\s+/g, ' ').trim())
    out += known.has(char.codePointAt(0) ?? 0) ? char : '?';
  return out;
}
const characterSets = new WeakMap<PDFFont, Set<number>>();

/**
 * Draws the stamp in the bottom STAMP_STRIP points of the page as viewed: the Bates number right,
 * the designation left, upright for the viewer whatever the page's rotation, on white so nothing the
 * page kept outside its old CropBox shows through. The page must already have that strip free:
 * addStampStrip, or a page laid out with it (a slip sheet).
 */
export function drawStamp(page: PDFPage, font: PDFFont, text: StampText): void {
  const { width, matrix } = viewerFrame(page);
  const bates = printable(font, text.bates);
  const designation = text.designation ? printable(font, text.designation) : '';
  const needed =
    font.widthOfTextAtSize(bates, FONT_SIZE) +
    (designation ? GAP + font.widthOfTextAtSize(designation, FONT_SIZE) : 0);
  // A page narrower than the stamp (a receipt, a label) gets a smaller stamp rather than overlapping parts.
  const size = Math.max(MIN_FONT_SIZE, Math.min(FONT_SIZE, (FONT_SIZE * (width - 2 * MARGIN)) / needed));
  const margin = Math.min(MARGIN, width / 20);

  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...matrix));
  page.drawRectangle({ x: 0, y: 0, width, height: STAMP_STRIP, color: rgb(1, 1, 1) });
  const black = rgb(0, 0, 0);
  const batesWidth = font.widthOfTextAtSize(bates, size);
  page.drawText(bates, { x: width - margin - batesWidth, y: BASELINE, size, font, color: black });
  if (designation) page.drawText(designation, { x: margin, y: BASELINE, size, font, color: black });
  page.pushOperators(popGraphicsState());
}

/** Adds the strip below the page as viewed and stamps it: the endorsement of one produced page. */
export function stampPage(page: PDFPage, font: PDFFont, text: StampText): void {
  addStampStrip(page);
  drawStamp(page, font, text);
}
