import { readFile } from 'node:fs/promises';
import { PDFDocument } from '@cantoo/pdf-lib';
import { BadInputError } from '@parley/platform';
import { StagedFile } from './staged-upload';

/**
 * pdf-lib parses a whole file in memory, so pages are counted only up to this size: a scanned paper
 * is a few megabytes; a larger PDF is kept without a count rather than risk the process's memory.
 */
export const PAGE_COUNT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * A PDF's page count from the staged file. A file cut short (no %%EOF in its last 1,024 bytes, where
 * readers look for it) or that does not parse is refused: pdf-lib alone would rebuild a truncated
 * file from what objects it finds and count pages a reader cannot show.
 */
export async function countPdfPages(
  staged: Pick<StagedFile, 'path' | 'size' | 'tail'>,
): Promise<number | null> {
  if (!staged.tail.includes('%%EOF')) throw damaged();
  if (staged.size > PAGE_COUNT_MAX_BYTES) return null;
  try {
    // The page tree is readable in a file encrypted for its owner's permissions only.
    const pdf = await PDFDocument.load(await readFile(staged.path), {
      ignoreEncryption: true,
      updateMetadata: false,
    });
    const pages = pdf.getPageCount();
    if (pages > 0) return pages;
  } catch {
    // Reported below in words a person can act on.
  }
  throw damaged();
}

const damaged = () =>
  new BadInputError(
    'This PDF could not be read: it may be damaged or incomplete. Scan the paper again, or save it again as a PDF.',
  );
