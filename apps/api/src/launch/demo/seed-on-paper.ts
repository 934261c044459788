import { formatDay, renderPaper } from '@parley/papers';
import { GraphQLCaller } from './graphql-caller';
import { day, enterHisMail, openPrisonerCase } from './prisoner-case';

export const ON_PAPER_DOCKET = 'C 14-0718 EDL (PR)';

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
 * dispute on his behalf; she answers late and writes back, both by mail, and the letters exchanged are
 * the conferral this case accepts: she certifies and takes the objection to the court, his part of the
 * joint letter due by mail. She serves her own requests too; what goes to him waits as mailings to print.
 */
export async function seedCaseOnPaper(
  defense: GraphQLCaller,
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
  const his = await enterHisMail(defense, {
    caseId,
    plaintiffId,
    defendantId,
    requests: HIS_REQUESTS,
    requestsScan: await hisRequestsScan(ON_PAPER_DOCKET, day(now, -45)),
    requestsMailedOn: day(now, -45),
    letter: HIS_LETTER,
    letterScan: await hisLetterScan(day(now, -6)),
    letterMailedOn: day(now, -6),
  });
  const [first, second, third] = his.itemIds;
  const dispute = { id: his.disputeId };
  const { serveResponse } = await defense.call(
    `mutation($input: ServeResponseInput!) { serveResponse(input: $input) { id } }`,
    {
      input: {
        setId: his.setId,
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
  await answerHisLetter(defense, caseId, dispute.id, day(now, 0));
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

/**
 * Her letter back, mailed with the answers (FRCP 37(a)(1): the letters exchanged are this case's
 * conferral), then the certification and the joint letter: the objection goes to the court.
 */
async function answerHisLetter(defense: GraphQLCaller, caseId: string, disputeId: string, today: string) {
  const { sendLetter } = await defense.call(
    `mutation($input: SendLetterInput!) { sendLetter(input: $input) { id } }`,
    {
      input: {
        disputeId,
        body: 'Our answers to your interrogatories are enclosed; we regret the delay. We stand on the objection to No. 2: the escort report is kept confidential for institutional security. We will ask the court to decide it, and you may give the court your side.',
      },
    },
  );
  const { mailings } = await defense.call(
    `query($caseId: ID!) { mailings(caseId: $caseId) { id paperId } }`,
    { caseId },
  );
  const letter = mailings.find((m: { paperId: string }) => m.paperId === sendLetter.id);
  await defense.call(`mutation($input: MarkMailedInput!) { markMailed(input: $input) { id } }`, {
    input: { mailingId: letter.id, mailedOn: today },
  });
  await defense.call(`mutation($input: CertifyGoodFaithInput!) { certifyGoodFaith(input: $input) { id } }`, {
    input: {
      disputeId,
      statement:
        'Counsel for Defendant and Plaintiff, who is in custody, exchanged letters about the interrogatories; the objection to No. 2 could not be resolved.',
      signature: '/s/ Dana Wu',
    },
  });
  await defense.call(`mutation($input: EscalateDisputeInput!) { escalateDispute(input: $input) { id } }`, {
    input: {
      disputeId,
      position:
        'Interrogatory No. 2 asks for an escort report that institutional security keeps confidential. Defendant asks the court to sustain the objection; the other answers have been served.',
    },
  });
}
