import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { Block, PaperDocument } from './paper-document';
import { Caption, CaptionParty, Side, sideWord, Signer, signerCapacity, signerLines } from './people';

// Letter paper, one-inch margins, Times 12: how N.D. Cal. papers are laid out (Civil L.R. 3-4(c)).
const MARGIN = 72;
const PAGE_WIDTH = 612;
const BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const COLUMN_GAP = 12;
const CAPTION_SPLIT = MARGIN + BODY_WIDTH * 0.5;

type Doc = PDFKit.PDFDocument;

/**
 * Tinos (metric-compatible with Times New Roman, OFL) embedded under the names the renderer uses: the
 * PDF standard fonts know only WinAnsi, which would print "Nguyễn" or "Łukasz" as mojibake in a caption.
 * Read once; pdfkit embeds only the glyphs a paper uses.
 */
const FONTS: Record<string, Buffer> = Object.fromEntries(
  [
    ['Times-Roman', '400Regular/Tinos_400Regular.ttf'],
    ['Times-Bold', '700Bold/Tinos_700Bold.ttf'],
    ['Times-Italic', '400Regular_Italic/Tinos_400Regular_Italic.ttf'],
  ].map(([name, file]) => [name, readFileSync(require.resolve(`@expo-google-fonts/tinos/${file}`))]),
);

function newDocument(paper: PaperDocument): Doc {
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: paper.title,
      Subject: paper.caption ? `${paper.caption.caseTitle}, No. ${paper.caption.caseNumber}` : paper.title,
      Creator: 'Parley',
    },
  });
  for (const [name, font] of Object.entries(FONTS)) doc.registerFont(name, font);
  return doc;
}

/** 'United States District Court for the Northern District of California', as a caption prints it. */
export function courtLines(court: string): string[] {
  const split = /^(.*?)\s+for the\s+(.*)$/i.exec(court.trim());
  return (split ? [split[1], split[2]] : [court.trim()]).map((line) => line.toUpperCase());
}

const PLURAL: Record<Side, string> = {
  PLAINTIFF: 'Plaintiffs',
  DEFENDANT: 'Defendants',
  THIRD_PARTY: 'Third parties',
};

/** The left column of a caption: each side's names, then its part, with "v." between the sides. */
export function captionPartyLines(parties: readonly CaptionParty[]): string[] {
  const sides: Side[] = ['PLAINTIFF', 'DEFENDANT', 'THIRD_PARTY'];
  const groups = sides
    .map((side) => ({ side, names: parties.filter((p) => p.side === side).map((p) => p.name) }))
    .filter((g) => g.names.length > 0);
  const lines: string[] = [];
  groups.forEach((group, i) => {
    if (i === 1) lines.push('', 'v.', '');
    if (i > 1) lines.push('');
    lines.push(`${group.names.join(', ').toUpperCase()},`);
    const part = group.names.length > 1 ? PLURAL[group.side] : sideWord(group.side);
    lines.push(`            ${part}${i === groups.length - 1 ? '.' : ','}`);
  });
  return lines;
}

function drawFiler(doc: Doc, filer: Signer): void {
  doc.font('Times-Roman').fontSize(11);
  for (const line of signerLines(filer)) doc.text(line, MARGIN, undefined, { width: BODY_WIDTH * 0.6 });
  doc.fontSize(12).moveDown(2);
}

function drawCaption(doc: Doc, caption: Caption, title: string): void {
  doc.font('Times-Bold').fontSize(12);
  for (const line of courtLines(caption.court))
    doc.text(line, MARGIN, undefined, { align: 'center', width: BODY_WIDTH });
  doc.moveDown(1.5);
  const top = doc.y;
  const leftWidth = CAPTION_SPLIT - MARGIN - COLUMN_GAP;
  doc
    .font('Times-Roman')
    .text(captionPartyLines(caption.parties).join('\n'), MARGIN, top, { width: leftWidth });
  const leftBottom = doc.y;
  const right = CAPTION_SPLIT + COLUMN_GAP;
  const rightWidth = MARGIN + BODY_WIDTH - right;
  doc.text(`Case No. ${caption.caseNumber}`, right, top, { width: rightWidth }).moveDown();
  doc.font('Times-Bold').text(title.toUpperCase(), right, undefined, { width: rightWidth }).moveDown();
  doc.font('Times-Roman').text(`Judge: Hon. ${caption.judge}`, right, undefined, { width: rightWidth });
  const bottom = Math.max(leftBottom, doc.y) + 6;
  doc
    .moveTo(CAPTION_SPLIT, top - 4)
    .lineTo(CAPTION_SPLIT, bottom)
    .lineWidth(0.75)
    .stroke();
  doc.moveTo(MARGIN, bottom).lineTo(CAPTION_SPLIT, bottom).stroke();
  doc.x = MARGIN;
  doc.y = bottom + 24;
}

/** Starts a new page when what follows would not fit, so a signature never splits from its date. */
function keepTogether(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function signatureLines(signer: Signer): string[] {
  return [signer.signature, signer.name, signerCapacity(signer)];
}

/** The date on the left; on the right what is signed, kept on one page with its date. */
function drawSigned(doc: Doc, dateLine: string, lines: readonly string[]): void {
  const right = MARGIN + BODY_WIDTH * 0.5;
  const width = BODY_WIDTH * 0.5;
  doc.font('Times-Roman');
  keepTogether(doc, doc.heightOfString(lines.join('\n'), { width }) + 24);
  doc.moveDown();
  const top = doc.y;
  doc.text(dateLine, MARGIN, top, { width: width - COLUMN_GAP });
  doc.text(lines.join('\n'), right, top, { width });
  doc.x = MARGIN;
  doc.moveDown();
}

function drawBlock(doc: Doc, block: Block): void {
  const options = { width: BODY_WIDTH, align: 'justify' as const };
  switch (block.kind) {
    case 'title':
      keepTogether(doc, 60);
      doc
        .font('Times-Bold')
        .text(block.text, MARGIN, undefined, { width: BODY_WIDTH, align: 'center' })
        .moveDown();
      return;
    case 'heading':
      keepTogether(doc, 48);
      doc.font('Times-Bold').text(block.text, MARGIN, undefined, { width: BODY_WIDTH }).moveDown(0.4);
      return;
    case 'paragraph':
      doc
        .font(block.italic ? 'Times-Italic' : 'Times-Roman')
        .text(block.text, block.indent ? MARGIN + 24 : MARGIN, undefined, {
          ...options,
          width: block.indent ? BODY_WIDTH - 24 : BODY_WIDTH,
        })
        .moveDown(0.6);
      return;
    case 'request':
      keepTogether(doc, 48);
      doc.font('Times-Bold').text(block.label, MARGIN, undefined, { width: BODY_WIDTH });
      doc.font('Times-Roman').text(block.text, MARGIN, undefined, options).moveDown(0.8);
      return;
    case 'list':
      doc.font('Times-Roman');
      for (const item of block.items) {
        doc.text(`•  ${item}`, MARGIN + 12, undefined, { ...options, width: BODY_WIDTH - 12 }).moveDown(0.3);
      }
      doc.moveDown(0.4);
      return;
    case 'signature':
      drawSigned(doc, `Dated: ${block.date}`, [
        ...(block.lead ? [block.lead, ''] : []),
        ...block.signers.flatMap((s, i) => [...(i ? [''] : []), ...signatureLines(s)]),
      ]);
      return;
    case 'signed':
      drawSigned(doc, block.date, block.lines);
      return;
    case 'pageBreak':
      doc.addPage();
      return;
  }
}

function drawFooter(doc: Doc, paper: PaperDocument): void {
  if (paper.footer) {
    doc.moveDown(2).font('Times-Roman').fontSize(8).fillColor('#555555');
    doc.text(paper.footer, MARGIN, undefined, { width: BODY_WIDTH });
    doc.fillColor('#000000').fontSize(12);
  }
  // Page numbers go in the bottom margin; lifting the margin keeps pdfkit from starting a page there.
  const range = doc.bufferedPageRange();
  const short = paper.caption ? `Case No. ${paper.caption.caseNumber}` : '';
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Times-Roman').fontSize(9);
    doc.text(`Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN / 2, {
      width: BODY_WIDTH,
      align: 'center',
      lineBreak: false,
    });
    if (short)
      doc.text(short, MARGIN, doc.page.height - MARGIN / 2, {
        width: BODY_WIDTH,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

function draw(doc: Doc, paper: PaperDocument): void {
  doc.font('Times-Roman').fontSize(12);
  if (paper.filer) drawFiler(doc, paper.filer);
  if (paper.caption) drawCaption(doc, paper.caption, paper.title);
  for (const block of paper.blocks) drawBlock(doc, block);
}

/** The paper as a PDF, every kind drawn the same way. */
export function renderPaper(paper: PaperDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = newDocument(paper);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc, paper);
    drawFooter(doc, paper);
    doc.end();
  });
}

/** How many pages the paper takes as rendered: what a court's page limit is measured against. */
export function pageCount(paper: PaperDocument): number {
  const doc = newDocument(paper);
  draw(doc, paper);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return pages;
}
