import { PDFDocument, PDFFont, PageSizes, rgb, StandardFonts } from '@cantoo/pdf-lib';
import { drawStamp, printable, STAMP_FONT, STAMP_STRIP, StampText } from './stamp';

/** What a slip sheet says about the native file it stands for. */
export interface SlipSheetText extends StampText {
  /** The file's name as collected. */
  filename: string;
  /** Where the native lies in the volume, e.g. NATIVES\0001\DEF0000009.xlsx. */
  nativePath: string;
}

export const NATIVE_NOTICE = 'Document produced in native format';

const MARGIN = 72;
const TEXT = rgb(0, 0, 0);

/**
 * The one-page placeholder for a file produced in its native form (FRCP 34(b)(2)(E)(ii): as it is
 * ordinarily maintained, e.g. a spreadsheet), so the images and the OPT still account for its Bates
 * number. A Letter page laid out with the stamp strip free at its foot, so the stamp is drawn there
 * without growing the page.
 */
export async function slipSheet(text: SlipSheetText): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage(PageSizes.Letter);
  const [width, height] = PageSizes.Letter;
  const bold = await pdf.embedFont(STAMP_FONT);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  let y = height - MARGIN - 18;
  page.drawText(NATIVE_NOTICE, { x: MARGIN, y, size: 18, font: bold, color: TEXT });
  y -= 40;
  const rows: [string, string][] = [
    ['Bates number', text.bates],
    ['Original file name', text.filename],
    ['Native file', text.nativePath],
  ];
  if (text.designation) rows.push(['Confidentiality', text.designation]);
  const bottom = STAMP_STRIP + 12;
  for (const [label, value] of rows) {
    if (y < bottom) break;
    page.drawText(label, { x: MARGIN, y, size: 10, font: bold, color: TEXT });
    y -= 15;
    for (const line of wrap(regular, 12, printable(regular, value), width - 2 * MARGIN)) {
      if (y < bottom) break;
      page.drawText(line, { x: MARGIN, y, size: 12, font: regular, color: TEXT });
      y -= 15;
    }
    y -= 12;
  }
  drawStamp(page, bold, text);
  return pdf.save();
}

/** Lines of at most `width` points: broken at spaces, and within a word longer than a line (a filename). */
export function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  for (const word of text.split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (line && !fits(line + char)) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}
