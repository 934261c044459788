import PDFDocument from 'pdfkit';
import { EscalationPacket } from './escalation-packet';

export interface LetterPosition {
  party: string;
  text: string;
  compromise: string | null;
}

const LAYOUT = { size: 'LETTER', margins: { top: 72, bottom: 72, left: 72, right: 72 } } as const;

function writeLetter(
  doc: PDFKit.PDFDocument,
  packet: EscalationPacket,
  positions: readonly LetterPosition[],
  attestation: boolean,
) {
  const { caption } = packet;
  doc.font('Times-Roman').fontSize(12);
  doc.text(`Re: ${caption.caseTitle}, No. ${caption.docketNumber}`).moveDown();
  doc.text(`Dear Judge ${caption.judge}:`).moveDown();
  doc
    .text('The parties submit this joint letter about the discovery dispute set out below.', {
      align: 'justify',
    })
    .moveDown();
  for (const position of positions) {
    doc.font('Times-Bold').text(`${position.party}’s position`);
    doc.font('Times-Roman').text(position.text, { align: 'justify' }).moveDown(0.5);
    if (position.compromise) {
      doc.font('Times-Bold').text(`${position.party}’s final proposed compromise`);
      doc.font('Times-Roman').text(position.compromise, { align: 'justify' });
    }
    doc.moveDown();
  }
  if (attestation) {
    doc.text('The parties attest that lead counsel met and conferred before this letter was filed.', {
      align: 'justify',
    });
  }
}

/**
 * The joint discovery letter (positions and final compromises) laid out as filed: Times 12 on letter
 * paper with one-inch margins. Its page count is what the court's page limit is measured against.
 */
export function jointLetterPages(packet: EscalationPacket, positions: readonly LetterPosition[]): number {
  const doc = new PDFDocument({ ...LAYOUT, bufferPages: true, autoFirstPage: true });
  writeLetter(doc, packet, positions, leadCounselConferred(packet));
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return pages;
}

export function leadCounselConferred(packet: EscalationPacket): boolean {
  return packet.conferrals.some((c) => c.leadCounselParticipated === true);
}

/** The whole packet as a PDF fit to file as a discovery letter brief. */
export function renderPacketPdf(
  packet: EscalationPacket,
  positions: readonly LetterPosition[],
  notes: { otherSideResponded: boolean | null; otherParty: string },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      ...LAYOUT,
      info: { Title: `Joint discovery letter, ${packet.caption.caseTitle}`, Creator: 'Parley' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const { caption } = packet;
    doc.font('Times-Bold').fontSize(12).text(caption.court.toUpperCase(), { align: 'center' });
    doc.text(`FOR THE ${caption.district.toUpperCase()}`, { align: 'center' }).moveDown();
    doc
      .font('Times-Roman')
      .text(caption.caseTitle)
      .text(`Case No. ${caption.docketNumber}`)
      .text(`Judge: ${caption.judge}`)
      .moveDown();
    doc.font('Times-Bold').text('JOINT DISCOVERY LETTER BRIEF', { align: 'center' }).moveDown();
    writeLetter(doc, packet, positions, leadCounselConferred(packet));
    if (notes.otherSideResponded === false) {
      doc
        .font('Times-Italic')
        .text(`${notes.otherParty} did not submit its part within the time the court allows.`)
        .font('Times-Roman');
    }

    doc
      .addPage()
      .font('Times-Bold')
      .text('DISPUTED REQUESTS AND RESPONSES (Civil L.R. 37-2)', { align: 'center' })
      .moveDown();
    for (const item of packet.items) {
      doc.font('Times-Bold').text(`${item.setTitle}, No. ${item.number}`);
      doc.font('Times-Roman').text(item.text, { align: 'justify' }).moveDown(0.3);
      doc.font('Times-Bold').text('Response:');
      doc.font('Times-Roman').text(item.response ?? '(none)', { align: 'justify' });
      if (item.objections.length) {
        doc.font('Times-Bold').text('Objections:');
        doc.font('Times-Roman').list(item.objections);
      }
      doc.moveDown();
    }

    doc
      .addPage()
      .font('Times-Bold')
      .text('MEET AND CONFER (FRCP 37(a)(1); Civil L.R. 37-1)', { align: 'center' })
      .moveDown();
    doc
      .font('Times-Roman')
      .text(`${packet.conferralBasis.explanation} (${packet.conferralBasis.rule})`)
      .moveDown();
    for (const request of packet.requests) {
      doc.text(
        `${request.requestedAt.slice(0, 10)}: ${request.from} asked to confer (${request.mode.toLowerCase()}): ${request.message} [${request.status.toLowerCase()}]`,
      );
    }
    for (const c of packet.conferrals) {
      const length = c.durationMinutes ? `, ${c.durationMinutes} minutes` : '';
      const who = c.participants.length ? `; participants: ${c.participants.join(', ')}` : '';
      doc.text(
        `${c.heldAt.slice(0, 10)}: ${c.kind === 'LETTER' ? `${c.mode.toLowerCase()} from ${c.from}` : `${c.mode.toLowerCase().replace('_', ' ')} conference${length}`}${who} [${c.confirmation.toLowerCase()}]`,
      );
      doc.text(c.summary, { indent: 18, align: 'justify' });
      if (c.agreed) doc.text(`Agreed: ${c.agreed}`, { indent: 18 });
      if (c.stillDisputed) doc.text(`Still disputed: ${c.stillDisputed}`, { indent: 18 });
      doc.moveDown(0.5);
    }
    doc.moveDown().font('Times-Bold').text('CERTIFICATIONS').font('Times-Roman');
    for (const cert of packet.certifications) {
      doc
        .text(`${cert.party}: ${cert.statement}`)
        .text(`${cert.signature}, ${cert.signedBy}, ${cert.signedAt.slice(0, 10)}`)
        .moveDown(0.5);
    }
    doc.end();
  });
}
