import { courtDayOf } from '@parley/rules';
import { GraphQLCaller } from './graphql-caller';

/** The demo's court, N.D. Cal., keeps California's calendar. */
export const DEMO_TIME_ZONE = 'America/Los_Angeles';

/**
 * A day `days` from `from` on the court's calendar, as the demo's papers date it: in a California
 * evening UTC is already on the next day, and a paper dated by it would be mailed in the court's
 * future (FRCP 6(a)(4)).
 */
export const day = (from: Date, days: number) => {
  const today = courtDayOf(from, DEMO_TIME_ZONE);
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
};

/**
 * Another of the prisoner's cases before Judge Laporte, opened by defense counsel, with Luckert not on
 * Parley (served by mail at the prison): its id and its parties' ids, plaintiff first.
 */
export async function openPrisonerCase(
  defense: GraphQLCaller,
  input: {
    courtId: string;
    docketNumber: string;
    title: string;
    defendant: string;
    address: string;
    now: Date;
    conferenceDaysAgo: number;
    cutoffInDays: number;
  },
): Promise<{ caseId: string; plaintiffId: string; defendantId: string }> {
  const { createCase } = await defense.call(
    `mutation($input: CreateCaseInput!) { createCase(input: $input) { id parties { id } } }`,
    {
      input: {
        courtId: input.courtId,
        docketNumber: input.docketNumber,
        title: input.title,
        judge: 'Elizabeth D. Laporte',
        rule26fConferenceOn: day(input.now, -input.conferenceDaysAgo),
        discoveryCutoffOn: day(input.now, input.cutoffInDays),
        parties: [
          {
            name: 'Luckert',
            side: 'PLAINTIFF',
            proSe: true,
            incarcerated: true,
            mailingAddress: input.address,
          },
          { name: input.defendant, side: 'DEFENDANT', proSe: false, incarcerated: false },
        ],
        myPartyIndex: 1,
        myRole: 'COUNSEL',
      },
    },
  );
  const [plaintiffId, defendantId] = createCase.parties.map((p: { id: string }) => p.id);
  return { caseId: createCase.id, plaintiffId, defendantId };
}

/** Noon in California on a day: the day is what counts (its court's zone). */
export const noonInCalifornia = (date: string) => `${date}T12:00:00-08:00`;

/**
 * What he mailed the defense, entered by counsel from its scans: his interrogatories (served the day he
 * handed them to prison staff, received four days later), then his letter saying they went
 * unanswered, which opens the dispute for him (received three days after he mailed it).
 */
export async function enterHisMail(
  defense: GraphQLCaller,
  facts: {
    caseId: string;
    plaintiffId: string;
    defendantId: string;
    requests: string[];
    requestsScan: Uint8Array;
    requestsMailedOn: string;
    letter: string;
    letterScan: Uint8Array;
    letterMailedOn: string;
  },
): Promise<{ setId: string; itemIds: string[]; disputeId: string }> {
  const plus = (date: string, days: number) => day(new Date(`${date}T12:00:00Z`), days);
  const scan = await defense.upload(
    { caseId: facts.caseId },
    { name: 'luckert-interrogatories.pdf', type: 'application/pdf', bytes: facts.requestsScan },
  );
  const { recordServedSet: his } = await defense.call(
    `mutation($input: RecordServedSetInput!) { recordServedSet(input: $input) { id items { id } } }`,
    {
      input: {
        caseId: facts.caseId,
        servingPartyId: facts.plaintiffId,
        respondingPartyId: facts.defendantId,
        kind: 'INTERROGATORIES',
        title: 'First Set of Interrogatories',
        items: facts.requests.map((text) => ({ text })),
        method: 'MAIL',
        servedAt: noonInCalifornia(facts.requestsMailedOn),
        receivedOn: plus(facts.requestsMailedOn, 4),
        documentId: scan.id,
      },
    },
  );
  const itemIds: string[] = his.items.map((i: { id: string }) => i.id);
  const letterScan = await defense.upload(
    { caseId: facts.caseId },
    { name: 'luckert-letter.pdf', type: 'application/pdf', bytes: facts.letterScan },
  );
  const { recordDisputeLetter: dispute } = await defense.call(
    `mutation($input: RecordDisputeLetterInput!) { recordDisputeLetter(input: $input) { id } }`,
    {
      input: {
        caseId: facts.caseId,
        itemIds,
        summary: 'No answers to his First Set of Interrogatories.',
        fromPartyId: facts.plaintiffId,
        sentOn: facts.letterMailedOn,
        receivedOn: plus(facts.letterMailedOn, 3),
        documentId: letterScan.id,
        body: facts.letter,
      },
    },
  );
  return { setId: his.id, itemIds, disputeId: dispute.id };
}
