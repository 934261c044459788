import { formatDay, renderPaper } from '@parley/papers';
import { GraphQLCaller } from './graphql-caller';
import { day, openPrisonerCase } from './prisoner-case';

export const FILED_DOCKET = 'C 15-0311 EDL (PR)';

/** His "motion for discovery": interrogatories addressed to the defendant, mailed to the court. */
function hisPapersToTheCourt(mailedOn: string): Promise<Buffer> {
  return renderPaper({
    title: 'MOTION FOR DISCOVERY',
    caption: {
      court: 'United States District Court for the Northern District of California',
      caseNumber: FILED_DOCKET,
      caseTitle: 'Luckert v. Haskins',
      judge: 'Elizabeth D. Laporte',
      parties: [
        { name: 'Luckert', side: 'PLAINTIFF' },
        { name: 'M. Haskins', side: 'DEFENDANT' },
      ],
    },
    filer: null,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Plaintiff asks the Court to order Defendant Haskins to answer these interrogatories.',
      },
      {
        kind: 'request',
        label: 'INTERROGATORY NO. 1:',
        text: 'State the name of every officer on duty in Housing Unit B on March 3, 2014.',
      },
      {
        kind: 'request',
        label: 'INTERROGATORY NO. 2:',
        text: 'Identify every report written about the cell extraction of March 3, 2014.',
      },
      { kind: 'signed', date: formatDay(mailedOn), lines: ['R. Luckert, in pro per'] },
    ],
    footer: null,
  });
}

/**
 * Luckert v. Haskins: the seed's own scene. The prisoner, not on Parley, mails his discovery requests to
 * the court instead of to the defendant; the clerk finds the case by its docket number, keeps the scan
 * and records it, and Parley, from the case's record, finds them never served and never conferred on,
 * and proposes the seed's order with defense counsel's address: it waits in the clerk's intake for the
 * court to edit and enter.
 */
export async function seedPaperFiling(
  defense: GraphQLCaller,
  chambers: GraphQLCaller,
  courtId: string,
  address: string,
  now: Date,
): Promise<void> {
  const { plaintiffId } = await openPrisonerCase(defense, {
    courtId,
    docketNumber: FILED_DOCKET,
    title: 'Luckert v. Haskins',
    defendant: 'M. Haskins',
    address,
    now,
    conferenceDaysAgo: 40,
    cutoffInDays: 180,
  });
  const { docketLookup } = await chambers.call(
    `query($courtId: ID!, $n: String!) { docketLookup(courtId: $courtId, docketNumber: $n) { caseId } }`,
    { courtId, n: FILED_DOCKET },
  );
  const scan = await chambers.upload(
    { caseId: docketLookup.caseId, partyId: plaintiffId },
    {
      name: 'luckert-motion-for-discovery.pdf',
      type: 'application/pdf',
      bytes: await hisPapersToTheCourt(day(now, -12)),
    },
  );
  await chambers.call(
    `mutation($input: RecordPaperFilingInput!) { recordPaperFiling(input: $input) { id } }`,
    {
      input: {
        caseId: docketLookup.caseId,
        fromPartyId: plaintiffId,
        kind: 'DISCOVERY_FILED_WITH_COURT',
        mailedOn: day(now, -12),
        receivedOn: day(now, -8),
        documentId: scan.id,
      },
    },
  );
}
