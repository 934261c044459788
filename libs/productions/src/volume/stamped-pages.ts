import { PDFArray, PDFDict, PDFDocument, PDFName, PDFPage } from '@cantoo/pdf-lib';
import { formatBates } from './bates';
import { loadPdf, UnreadablePdfError } from './pdf-source';
import { STAMP_FONT, stampPage } from './stamp';

/** How a document's pages are numbered and designated. */
export interface StampOptions {
  prefix: string;
  /** The first page's Bates number; each next page takes the next. */
  firstBates: number;
  designation: string | null;
}

const name = (key: string) => PDFName.of(key);

/**
 * Cuts a page's ties to the rest of its document before it is copied into a file of its own:
 * pdf-lib copies whatever a page refers to, and an annotation's /P, a link's destination, a form
 * widget's /Parent (the field tree) or an article bead each lead to other pages, which would then be
 * copied, with their content, into this page's file. A link to another page cannot work in a
 * one-page file, so it is dropped; comments, form widgets (drawn from their appearance) and web
 * links stay.
 */
export function detachPage(page: PDFPage): void {
  const { node } = page;
  const context = node.context;
  node.delete(name('B'));
  const annots = context.lookupMaybe(node.get(name('Annots')), PDFArray);
  if (!annots) return;
  const kept = [];
  for (let i = 0; i < annots.size(); i++) {
    const entry = annots.get(i);
    const annot = context.lookupMaybe(entry, PDFDict);
    if (!annot) continue;
    if (annot.get(name('Subtype')) === name('Link') && linksToPage(annot)) continue;
    annot.delete(name('P'));
    annot.delete(name('IRT'));
    if (annot.get(name('Subtype')) === name('Widget')) annot.delete(name('Parent'));
    kept.push(entry);
  }
  node.set(name('Annots'), context.obj(kept));
}

function linksToPage(annot: PDFDict): boolean {
  const { context } = annot;
  if (context.lookupMaybe(annot.get(name('Dest')), PDFArray)) return true;
  const action = context.lookupMaybe(annot.get(name('A')), PDFDict);
  return (
    !!action &&
    action.get(name('S')) === name('GoTo') &&
    !!context.lookupMaybe(action.get(name('D')), PDFArray)
  );
}

/**
 * Each page of a parsed PDF as a one-page PDF of its own, stamped with its Bates number: the images
 * of a production, made one at a time so a document of any length holds one page's output at once.
 * A page that cannot be copied or saved is damage in the file, reported as such.
 */
export async function* stampedPages(
  source: PDFDocument,
  filename: string,
  options: StampOptions,
): AsyncGenerator<Uint8Array> {
  const count = source.getPageCount();
  for (let i = 0; i < count; i++) {
    const bates = formatBates(options.prefix, options.firstBates + i);
    let bytes: Uint8Array;
    try {
      detachPage(source.getPage(i));
      const image = await PDFDocument.create({ updateMetadata: false });
      const [page] = await image.copyPages(source, [i]);
      image.addPage(page);
      stampPage(page, await image.embedFont(STAMP_FONT), { bates, designation: options.designation });
      bytes = await image.save();
    } catch (cause) {
      throw new UnreadablePdfError(filename, 'DAMAGED', { cause });
    }
    yield bytes;
  }
}

/** A whole PDF with every page stamped, as one file: for a preview or a single document's copy. */
export async function stampPdf(
  bytes: Uint8Array,
  filename: string,
  options: StampOptions,
): Promise<Uint8Array> {
  const pdf = await loadPdf(bytes, filename);
  const numbers = pdf.getPages().map((_, i) => formatBates(options.prefix, options.firstBates + i));
  try {
    const font = await pdf.embedFont(STAMP_FONT);
    pdf
      .getPages()
      .forEach((page, i) => stampPage(page, font, { bates: numbers[i], designation: options.designation }));
    return await pdf.save();
  } catch (cause) {
    throw new UnreadablePdfError(filename, 'DAMAGED', { cause });
  }
}
