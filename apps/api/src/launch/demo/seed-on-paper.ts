import { formatDay, renderPaper } from '@parley/papers';
import { GraphQLCaller } from './graphql-caller';
import { day, openPrisonerCase } from './prisoner-case';

export const ON_PAPER_DOCKET = 'C 14-0718 EDL (PR)';

/** Noon in California on a day: the day is what counts (its court's zone). */
const noonInCalifornia = (date: string) => `${date}T12:00:00-08:00`;

const HIS_REQUESTS = [
  'State the name of every officer who escorted Plaintiff to the infirmary on June 2, 2013.',
  'State whether Defendant Ochoa wrote a report of the escort, and its number.',
  'Identify every grievance Plaintiff filed about the escort, and its disposition.',
];

/** What the prisoner mailed, as the paralegal's scanner gives it back: a paper of his, on file as a PDF. */
function hisRequestsScan(caseNumber: string, mailedOn: string): Promise<Buffer> {
  return renderPaper({
    title: 'PLAINTIFF’S FIRST SET OF INTERROGATORIES',
    caption: {
      court: 'United States District Court for the Northern District of California',
      caseNumber,
      caseTitle: 'Luckert v. Ochoa',
      judge: 'Elizabeth D. Laporte',
      parties: [
        { name: 'Luckert', side: 'PLAINTIFF' },
        { name: 'A. Ochoa', side: 'DEFENDANT' },
      ],
    },
    filer: null,
    blocks: [
      ...HIS_REQUESTS.map((text, i) => ({
        kind: 'request' as const,
        label: `INTERROGATORY NO. ${i + 1}:`,
        text,
      })),
      { kind: 'signed', date: formatDay(mailedOn), lines: ['R. Luckert, in pro per'] },
    ],
    footer: null,
  });
}

const HIS_LETTER =
  'I mailed you my First Set of Interrogatories on the day written on them and have had no answers, though your time to answer has run. Please answer all three. If you will not, I will ask the court to order it.';

/** His letter, as it came out of the scanner: handwritten in truth, a plain page here. */
function hisLetterScan(mailedOn: string): Promise<Buffer> {
  return renderPaper({
    title: 'Letter from R. Luckert',
    caption: null,
    filer: null,
    blocks: [
      { kind: 'paragraph', text: 'To counsel for Defendant A. Ochoa, Luckert v. Ochoa, C 14-0718 EDL (PR):' },
      { kind: 'paragraph', text: HIS_LETTER },
      { kind: 'signed', date: formatDay(mailedOn), lines: ['R. Luckert, in pro per'] },
    ],
    footer: null,
  });
}

/**
 * Luckert v. Ochoa: the same prisoner, not on Parley in this case. Defense counsel enters his mailed
 * interrogatories from their scan (time ran from the day he handed them to prison staff, FRCP
 * 5(b)(2)(C), 6(d); Houston v. Lack) and then his letter saying they went unanswered, which opens the
 * dispute on his behalf; they talk on a legal call, she answers (late, by mail), and his motion to
 * compel reaches the court by mail: chambers record it, she links it to No. 2, and it is before the
 * court on a full record. She serves her own requests too; what goes to him waits as mailings to print.
 */
export async function seedCaseOnPaper(
  defense: GraphQLCaller,
  chambers: GraphQLCaller,
  courtId: string,
  address: string,
  now: Date,
): Promise<void> {
  const { caseId, plaintiffId, defendantId } = await openPrisonerCase(defense, {
    courtId,
    docketNumber: ON_PAPER_DOCKET,
    title: 'Luckert v. Ochoa',
    defendant: 'A. Ochoa',
    address,
    now,
    conferenceDaysAgo: 60,
    cutoffInDays: 150,
  });
  const scan = await defense.upload(
    { caseId },
    {
      name: 'luckert-interrogatories.pdf',
      type: 'application/pdf',
      bytes: await hisRequestsScan(ON_PAPER_DOCKET, day(now, -50)),
    },
  );
  const { recordServedSet: his } = await defense.call(
    `mutation($input: RecordServedSetInput!) { recordServedSet(input: $input) { id items { id } } }`,
    {
      input: {
        caseId,
        servingPartyId: plaintiffId,
        respondingPartyId: defendantId,
        kind: 'INTERROGATORIES',
        title: 'First Set of Interrogatories',
        items: HIS_REQUESTS.map((text) => ({ text })),
        method: 'MAIL',
        servedAt: noonInCalifornia(day(now, -50)),
        receivedOn: day(now, -46),
        documentId: scan.id,
      },
    },
  );
  const [first, second, third] = his.items.map((i: { id: string }) => i.id);
  const letterScan = await defense.upload(
    { caseId },
    { name: 'luckert-letter.pdf', type: 'application/pdf', bytes: await hisLetterScan(day(now, -8)) },
  );
  const { recordDisputeLetter: dispute } = await defense.call(
    `mutation($input: RecordDisputeLetterInput!) { recordDisputeLetter(input: $input) { id } }`,
    {
      input: {
        caseId,
        itemIds: [first, second, third],
        summary: 'No answers to his First Set of Interrogatories.',
        fromPartyId: plaintiffId,
        sentOn: day(now, -8),
        receivedOn: day(now, -5),
        documentId: letterScan.id,
        body: HIS_LETTER,
      },
    },
  );
  const { serveResponse } = await defense.call(
    `mutation($input: ServeResponseInput!) { serveResponse(input: $input) { id } }`,
    {
      input: {
        setId: his.id,
        method: 'MAIL',
        signature: '/s/ Dana Wu',
        verification: { signedBy: 'A. Ochoa', signature: '/s/ A. Ochoa' },
        items: [
          { itemId: first, answer: 'Officers Ochoa and Lindqvist.' },
          { itemId: second, objections: ['Seeks a report kept confidential for institutional security.'] },
          { itemId: third, answer: 'Grievance PBSP-13-02177, denied at the second level.' },
        ],
      },
    },
  );
  const { mailings } = await defense.call(
    `query($caseId: ID!) { mailings(caseId: $caseId) { id paperId } }`,
    { caseId },
  );
  const answers = mailings.find((m: { paperId: string }) => m.paperId === serveResponse.id);
  await defense.call(`mutation($input: MarkMailedInput!) { markMailed(input: $input) { id } }`, {
    input: { mailingId: answers.id, mailedOn: day(now, 0) },
  });
  await hisMotionBeforeTheCourt(defense, chambers, {
    caseId,
    plaintiffId,
    disputeId: dispute.id,
    second,
    now,
  });
  const { createDiscoverySet: draft } = await defense.call(
    `mutation($input: CreateDiscoverySetInput!) { createDiscoverySet(input: $input) { id } }`,
    {
      input: {
        caseId,
        servingPartyId: defendantId,
        respondingPartyId: plaintiffId,
        kind: 'ADMISSIONS',
        title: 'First Set of Requests for Admission',
        items: [
          { text: 'Admit that you walked to the infirmary without assistance on June 2, 2013.' },
          { text: 'Admit that you did not file a grievance about the escort within 30 days.' },
        ],
      },
    },
  );
  await defense.call(
    `mutation($input: ServeDiscoverySetInput!) { serveDiscoverySet(input: $input) { id } }`,
    {
      input: { setId: draft.id, method: 'MAIL', signature: '/s/ Dana Wu' },
    },
  );
}

/** His motion to compel, as he mailed it to the court: its one page certifies the call. */
function hisMotionScan(mailedOn: string): Promise<Buffer> {
  return renderPaper({
    title: 'MOTION TO COMPEL DISCOVERY',
    caption: {
      court: 'United States District Court for the Northern District of California',
      caseNumber: ON_PAPER_DOCKET,
      caseTitle: 'Luckert v. Ochoa',
      judge: 'Elizabeth D. Laporte',
      parties: [
        { name: 'Luckert', side: 'PLAINTIFF' },
        { name: 'A. Ochoa', side: 'DEFENDANT' },
      ],
    },
    filer: null,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Plaintiff asks the Court to order Defendant Ochoa to answer Interrogatory No. 2 (the escort report).',
      },
      {
        kind: 'paragraph',
        text: 'I certify that I met and conferred with defense counsel by telephone about this request before filing this motion, and we could not agree.',
      },
      { kind: 'signed', date: formatDay(mailedOn), lines: ['R. Luckert, in pro per'] },
    ],
    footer: null,
  });
}

/**
 * The rest of the seed's arc: a legal call with him (counsel records it; he cannot confirm it, and a
 * conference counts when recorded), then his motion to compel mailed to the court, recorded by
 * chambers from its scan, and counsel's answer linking it to No. 2: on a full record it is before the
 * court as his dispute's joint letter, for chambers to rule on.
 */
async function hisMotionBeforeTheCourt(
  defense: GraphQLCaller,
  chambers: GraphQLCaller,
  facts: { caseId: string; plaintiffId: string; disputeId: string; second: string; now: Date },
): Promise<void> {
  const { caseId, plaintiffId, disputeId, second, now } = facts;
  await defense.call(`mutation($input: LogConferenceInput!) { logConference(input: $input) { id } }`, {
    input: {
      disputeId,
      mode: 'TELEPHONE',
      heldAt: noonInCalifornia(day(now, -4)),
      durationMinutes: 20,
      participants: ['Dana Wu, counsel for A. Ochoa', 'R. Luckert'],
      summary: 'A legal call arranged through the prison litigation coordinator about his interrogatories.',
      agreed: 'Defendant will answer Nos. 1 and 3.',
      stillDisputed: 'No. 2: the escort report, withheld for institutional security.',
    },
  });
  const scan = await chambers.upload(
    { caseId, partyId: plaintiffId },
    {
      name: 'luckert-motion-to-compel.pdf',
      type: 'application/pdf',
      bytes: await hisMotionScan(day(now, -3)),
    },
  );
  const { recordPaperFiling: motion } = await chambers.call(
    `mutation($input: RecordPaperFilingInput!) { recordPaperFiling(input: $input) { id } }`,
    {
      input: {
        caseId,
        fromPartyId: plaintiffId,
        kind: 'MOTION_TO_COMPEL',
        mailedOn: day(now, -3),
        receivedOn: day(now, -1),
        documentId: scan.id,
        certificationPage: 1,
      },
    },
  );
  await defense.call(`mutation($input: LinkPaperFilingInput!) { linkPaperFiling(input: $input) { id } }`, {
    input: {
      paperFilingId: motion.id,
      itemIds: [second],
      position:
        'Interrogatory No. 2 asks for an escort report that institutional security keeps confidential; Nos. 1 and 3 are answered. Defendant asks the court to sustain the objection.',
    },
  });
}
