import { deflateSync, crc32 } from 'node:zlib';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { GraphQLCaller } from './graphql-caller';

const HIS_REQUESTS = [
  'The incident report of March 14, 2012, and every supplement to it.',
  'Every use-of-force review concerning Plaintiff for March 14, 2012.',
  'All communications about Plaintiff’s grievance of March 20, 2012.',
];

/** A typed prison record of some pages, as the records office prints it. */
async function recordPdf(title: string, pages: string[][], landscape = false): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  pages.forEach((lines, n) => {
    const page = pdf.addPage(landscape ? [792, 612] : [612, 792]);
    const top = page.getHeight() - 72;
    page.drawText('CALIFORNIA DEPARTMENT OF CORRECTIONS AND REHABILITATION', {
      x: 72,
      y: top,
      size: 9,
      font: bold,
    });
    page.drawText(title, { x: 72, y: top - 22, size: 14, font: bold });
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: top - 56 - i * 16, size: 11, font }));
    page.drawText(`Page ${n + 1} of ${pages.length}`, { x: 72, y: 54, size: 9, font });
  });
  return pdf.save();
}

/** A grey photograph of the yard, 240 by 160: a PNG written by hand (zlib and CRC-32 are Node's). */
function yardPhoto(): Uint8Array {
  const width = 240;
  const height = 160;
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = 90 + ((x * 3 + y * 5) % 120);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const pdfFile = (name: string, bytes: Uint8Array) => ({ name, type: 'application/pdf', bytes });

/**
 * Issue 17 in the demo case: the prisoner's requests for production, the defense's first volume
 * (DEF001) and its privilege log served; two files uploaded and not yet produced, for the defense
 * to produce from the browser.
 */
export async function seedProductions(
  luckert: GraphQLCaller,
  defense: GraphQLCaller,
  facts: { caseId: string; plaintiffId: string; defendantId: string },
): Promise<void> {
  const { createDiscoverySet: draft } = await luckert.call(
    `mutation($input: CreateDiscoverySetInput!) { createDiscoverySet(input: $input) { id items { id } } }`,
    {
      input: {
        caseId: facts.caseId,
        servingPartyId: facts.plaintiffId,
        respondingPartyId: facts.defendantId,
        kind: 'PRODUCTION',
        title: 'Plaintiff’s First Request for Production of Documents',
        items: HIS_REQUESTS.map((text) => ({ text })),
      },
    },
  );
  await luckert.call(
    `mutation($input: ServeDiscoverySetInput!) { serveDiscoverySet(input: $input) { id } }`,
    {
      input: { setId: draft.id, method: 'MAIL', signature: '/s/ R. Luckert' },
    },
  );
  const [report, review, grievance] = draft.items.map((i: { id: string }) => i.id);
  const upload = async (file: { name: string; type: string; bytes: Uint8Array }) =>
    (await defense.upload({ caseId: facts.caseId }, file)).id;

  const incident = await upload(
    pdfFile(
      'Incident report 12-0314.pdf',
      await recordPdf('Incident Report 12-0314', [
        [
          'Date: March 14, 2012. Location: Facility B yard.',
          'Reporting officer: J. Brannon.',
          'Inmate: Luckert.',
        ],
        ['Narrative: at about 10:40 a.m. a disturbance began near the handball court.'],
        ['Supplement: medical evaluation noted abrasions to the left forearm.'],
      ]),
    ),
  );
  const photo = await upload({ name: 'Yard photo.png', type: 'image/png', bytes: yardPhoto() });
  await upload(
    pdfFile(
      'Use-of-force review.pdf',
      await recordPdf('Use of Force Review 12-0314', [
        ['Reviewing lieutenant: A. Haskins.', 'Force used: physical force, one baton strike.'],
        ['Finding: within policy. Referred to the Institutional Executive Review Committee.'],
      ]),
    ),
  );
  await upload(
    pdfFile(
      'Yard log.pdf',
      await recordPdf(
        'Facility B Yard Log, March 14, 2012',
        [['08:00 yard opened.', '10:40 alarm sounded.', '10:52 yard recalled.'], ['12:30 yard reopened.']],
        true,
      ),
    ),
  );
  await upload(pdfFile('Warden email.pdf', await recordPdf('Email', [['From counsel to the warden.']])));

  const { createProduction } = await defense.call(
    `mutation($input: CreateProductionInput!) { createProduction(input: $input) { id } }`,
    {
      input: {
        caseId: facts.caseId,
        producingPartyId: facts.defendantId,
        receivingPartyId: facts.plaintiffId,
        setId: draft.id,
        batesPrefix: 'DEF',
        documents: [
          { documentId: incident, requestItemIds: [report] },
          { documentId: photo, requestItemIds: [report, review] },
        ],
      },
    },
  );
  await defense.call(`mutation($input: ServeProductionInput!) { serveProduction(input: $input) { id } }`, {
    input: { productionId: createProduction.id, method: 'ELECTRONIC', signature: '/s/ Dana Wu' },
  });
  await defense.call(
    `mutation($input: AddPrivilegeLogEntryInput!) { addPrivilegeLogEntry(input: $input) { id } }`,
    {
      input: {
        caseId: facts.caseId,
        producingPartyId: facts.defendantId,
        setId: draft.id,
        requestItemIds: [grievance],
        date: '2012-03-22',
        author: 'Dana Wu, Deputy Attorney General',
        recipients: ['Warden K. Ochoa'],
        documentType: 'Email',
        subject: 'Legal advice on the response to Plaintiff’s grievance of March 20, 2012',
        privilege: 'ATTORNEY_CLIENT',
        basis: 'A confidential communication from counsel to her client for the purpose of legal advice',
      },
    },
  );
  await defense.call(
    `mutation($input: ServePrivilegeLogInput!) { servePrivilegeLog(input: $input) { id } }`,
    {
      input: {
        caseId: facts.caseId,
        producingPartyId: facts.defendantId,
        setId: draft.id,
        method: 'ELECTRONIC',
        signature: '/s/ Dana Wu',
      },
    },
  );
}
