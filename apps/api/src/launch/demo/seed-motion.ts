import { formatDay, renderPaper } from '@parley/papers';
import { GraphQLCaller } from './graphql-caller';
import { day, enterHisMail, noonInCalifornia, openPrisonerCase } from './prisoner-case';

export const MOTION_DOCKET = 'C 16-0142 EDL (PR)';

const CAPTION = {
  court: 'United States District Court for the Northern District of California',
  caseNumber: MOTION_DOCKET,
  caseTitle: 'Luckert v. Ramos',
  judge: 'Elizabeth D. Laporte',
  parties: [
    { name: 'Luckert', side: 'PLAINTIFF' as const },
    { name: 'T. Ramos', side: 'DEFENDANT' as const },
  ],
};

const HIS_REQUESTS = [
  'Identify every officer who searched Plaintiff’s cell on August 9, 2015.',
  'Produce the search log for Housing Unit C for August 9, 2015, or state its number.',
];

/** A paper of his as the scanner gives it back: a title, paragraphs, and his signature by hand. */
function hisPaper(title: string, paragraphs: string[], mailedOn: string): Promise<Buffer> {
  return renderPaper({
    title,
    caption: CAPTION,
    filer: null,
    blocks: [
      ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'signed', date: formatDay(mailedOn), lines: ['R. Luckert, in pro per'] },
    ],
    footer: null,
  });
}

/**
 * Luckert v. Ramos: the rest of the seed's arc, after the court's first order. He serves his
 * interrogatories on the defense by mail (entered from the scan when they arrive), writes that they
 * went unanswered (his letter opens the dispute), talks with counsel on a legal call (she records it;
 * a conference counts when recorded, and he cannot confirm it), and mails a motion to compel to the
 * court: chambers record it from its scan, counsel links it to his requests and states her position,
 * and on a full record it is before the court as his dispute's joint letter, for chambers to rule on.
 */
export async function seedMotionCase(
  defense: GraphQLCaller,
  chambers: GraphQLCaller,
  courtId: string,
  address: string,
  now: Date,
): Promise<void> {
  const { caseId, plaintiffId, defendantId } = await openPrisonerCase(defense, {
    courtId,
    docketNumber: MOTION_DOCKET,
    title: 'Luckert v. Ramos',
    defendant: 'T. Ramos',
    address,
    now,
    conferenceDaysAgo: 70,
    cutoffInDays: 200,
  });
  const letter = 'I served my interrogatories on you by mail and have had no answers. Please answer them.';
  const { itemIds, disputeId } = await enterHisMail(defense, {
    caseId,
    plaintiffId,
    defendantId,
    requests: HIS_REQUESTS,
    requestsScan: await hisPaper('PLAINTIFF’S FIRST SET OF INTERROGATORIES', HIS_REQUESTS, day(now, -50)),
    requestsMailedOn: day(now, -50),
    letter,
    letterScan: await hisPaper('Letter from R. Luckert', [letter], day(now, -8)),
    letterMailedOn: day(now, -8),
  });
  await defense.call(`mutation($input: LogConferenceInput!) { logConference(input: $input) { id } }`, {
    input: {
      disputeId,
      mode: 'TELEPHONE',
      heldAt: noonInCalifornia(day(now, -4)),
      durationMinutes: 20,
      participants: ['Dana Wu, counsel for T. Ramos', 'R. Luckert'],
      summary: 'A legal call arranged through the prison litigation coordinator about his interrogatories.',
      stillDisputed:
        'Both: the names of the officers and the search log, withheld for institutional security.',
    },
  });
  const motionScan = await chambers.upload(
    { caseId, partyId: plaintiffId },
    {
      name: 'luckert-motion-to-compel.pdf',
      type: 'application/pdf',
      bytes: await hisPaper(
        'MOTION TO COMPEL DISCOVERY',
        [
          'Plaintiff asks the Court to order Defendant Ramos to answer his First Set of Interrogatories.',
          'I certify that I met and conferred with defense counsel by telephone about these interrogatories before filing this motion, and we could not agree.',
        ],
        day(now, -3),
      ),
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
        documentId: motionScan.id,
        certificationPage: 1,
      },
    },
  );
  await defense.call(`mutation($input: LinkPaperFilingInput!) { linkPaperFiling(input: $input) { id } }`, {
    input: {
      paperFilingId: motion.id,
      itemIds,
      position:
        'The names of the officers and the search log are withheld for institutional security; Defendant asks the court to sustain the objection or order production under a protective order.',
    },
  });
}
