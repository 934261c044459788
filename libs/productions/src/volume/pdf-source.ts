import { EncryptedPDFError, ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';

/** Why a PDF cannot be produced: it is locked, or it does not read as a PDF. */
export type UnreadablePdfReason = 'ENCRYPTED' | 'DAMAGED';

/**
 * A PDF that cannot be stamped, with a message the person who added it can act on. The domain refuses
 * such a file when a draft is built (inspectPdf), and writeVolume aborts on one.
 */
export class UnreadablePdfError extends Error {
  constructor(
    readonly filename: string,
    readonly reason: UnreadablePdfReason,
    /** What the PDF library said, for the log: never shown to the person. */
    options?: { cause?: unknown },
  ) {
    super(
      reason === 'ENCRYPTED'
        ? `${filename} is password-protected or encrypted: save an unprotected copy (print to PDF) and add it again.`
        : `${filename} could not be read as a PDF: it may be damaged or incomplete. Open it and save it again ` +
            'as a PDF (or print it to PDF), then add it again.',
      options,
    );
    this.name = 'UnreadablePdfError';
  }
}

// Readers look for %%EOF in the last 1,024 bytes; pdf-lib alone would rebuild a file cut short from the
// objects it finds and stamp pages a reader cannot show (as libs/documents refuses at upload).
const EOF_WINDOW = 1024;
const EOF = Buffer.from('%%EOF', 'latin1');

/**
 * Parses a PDF for production. An encrypted file is refused even when it opens without a password
 * (an owner password only): its streams would have to be decrypted to stamp them, and a production
 * must not carry the producing side's restrictions on to the receiving one, so the person adding it
 * saves an unprotected copy instead.
 */
export async function loadPdf(bytes: Uint8Array, filename: string): Promise<PDFDocument> {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-EOF_WINDOW);
  if (!tail.includes(EOF)) throw new UnreadablePdfError(filename, 'DAMAGED');
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fast });
  } catch (cause) {
    if (cause instanceof EncryptedPDFError) throw new UnreadablePdfError(filename, 'ENCRYPTED');
    throw new UnreadablePdfError(filename, 'DAMAGED', { cause });
  }
  let pages = 0;
  try {
    pages = pdf.getPageCount();
  } catch (cause) {
    throw new UnreadablePdfError(filename, 'DAMAGED', { cause });
  }
  if (pages > 0) return pdf;
  throw new UnreadablePdfError(filename, 'DAMAGED');
}

/** The page count of a PDF that can be produced; throws UnreadablePdfError for one that cannot. */
export async function inspectPdf(bytes: Uint8Array, filename: string): Promise<{ pages: number }> {
  return { pages: (await loadPdf(bytes, filename)).getPageCount() };
}
