import { PDFDocument } from '@cantoo/pdf-lib';
import { Block, Caption, formatDay, PaperDocument, renderPaper, Signer } from '@parley/papers';
import { formatBates, slipSheet, stampPdf } from '../volume';

/** A produced document as the printed copy needs it. */
export interface PrintedDocument {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
  firstBates: number;
  lastBates: number;
  designation: string | null;
  requests: string[];
}

export interface Transmittal {
  caption: Caption;
  title: string;
  producingParty: string;
  receivingParty: string;
  setTitle: string;
  volume: string;
  prefix: string;
  servedOn: string;
  signer: Signer;
}

/**
 * A production for a party not on Parley, on paper: the letter listing what is produced (FRCP
 * 34(b)(2)(E)(i): organised by request), then every page stamped exactly as in the volume. A picture
 * is printed on its page; another native file is represented by its slip sheet.
 */
export async function printedProduction(t: Transmittal, documents: PrintedDocument[]): Promise<Uint8Array> {
  const out = await PDFDocument.load(await renderPaper(transmittalDocument(t, documents)));
  for (const d of documents) {
    const stamped = await stampedCopy(t.prefix, d);
    const source = await PDFDocument.load(stamped);
    for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
  }
  return out.save();
}

function transmittalDocument(t: Transmittal, documents: PrintedDocument[]): PaperDocument {
  const range = (d: PrintedDocument) =>
    d.firstBates === d.lastBates
      ? formatBates(t.prefix, d.firstBates)
      : `${formatBates(t.prefix, d.firstBates)}–${formatBates(t.prefix, d.lastBates)}`;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Under Federal Rule of Civil Procedure 34(b)(2)(E), ${t.producingParty} produces to ${t.receivingParty} the documents listed below in answer to “${t.setTitle}”, as volume ${t.volume}. Each page bears its Bates number at its foot; the requests each document answers are named beside it.`,
    },
    {
      kind: 'list',
      items: documents.map(
        (d) =>
          `${range(d)}: ${d.filename}${d.designation ? ` (${d.designation})` : ''}, answering ${d.requests.join(', ')}.`,
      ),
    },
    { kind: 'signature', date: formatDay(t.servedOn), signers: [t.signer] },
  ];
  return { title: t.title.toUpperCase(), caption: t.caption, filer: t.signer, blocks, footer: null };
}

async function stampedCopy(prefix: string, d: PrintedDocument): Promise<Uint8Array> {
  const options = { prefix, firstBates: d.firstBates, designation: d.designation };
  if (d.contentType === 'application/pdf') return stampPdf(d.bytes, d.filename, options);
  if (d.contentType === 'image/png' || d.contentType === 'image/jpeg') {
    return stampPdf(await pictureOnAPage(d.bytes, d.contentType), d.filename, options);
  }
  return slipSheet({
    bates: formatBates(prefix, d.firstBates),
    designation: d.designation,
    filename: d.filename,
    nativePath: 'Not printable: ask for a copy in its native form',
  });
}

/** A Letter page with the picture scaled to fit inside an inch of margin. */
async function pictureOnAPage(bytes: Uint8Array, type: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = type === 'image/png' ? await pdf.embedPng(bytes) : await pdf.embedJpg(bytes);
  const page = pdf.addPage([612, 792]);
  const scale = Math.min((612 - 144) / image.width, (792 - 144) / image.height, 1);
  const width = image.width * scale;
  const height = image.height * scale;
  page.drawImage(image, { x: (612 - width) / 2, y: 792 - 72 - height, width, height });
  return pdf.save();
}
