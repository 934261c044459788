import { PDFDocument } from '@cantoo/pdf-lib';
import { renderPaper } from '@parley/papers';
import { CalendarDate } from '@parley/platform';
import { certificateByMail } from './certificate-by-mail';
import { CoverFacts } from './cover-facts';
import { coverSheet } from './cover-sheet';

/**
 * A mailing ready for the envelope: the cover sheet, the paper exactly as served or sent, and the
 * certificate of service by mail, as one PDF to print.
 */
export async function mailingPacket(
  facts: CoverFacts,
  paper: Uint8Array,
  days: { dueOn: CalendarDate | null; mailedOn: CalendarDate | null; servedOn?: CalendarDate | null },
): Promise<Buffer> {
  const parts = await Promise.all([
    renderPaper(coverSheet(facts, days.dueOn)),
    Promise.resolve(paper),
    renderPaper(certificateByMail(facts, { mailedOn: days.mailedOn, servedOn: days.servedOn ?? null })),
  ]);
  const packet = await PDFDocument.create();
  packet.setTitle(`Mailing: ${facts.title}`);
  packet.setCreator('Parley');
  for (const part of parts) {
    const source = await PDFDocument.load(part);
    for (const page of await packet.copyPages(source, source.getPageIndices())) packet.addPage(page);
  }
  return Buffer.from(await packet.save());
}
