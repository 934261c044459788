import { GraphQLCaller } from './graphql-caller';

/** A day `days` from `from`, as the demo's papers date it. */
export const day = (from: Date, days: number) =>
  new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);

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
