import { CaseDirectory } from '@parley/cases';
import { BadInputError } from '@parley/platform';
import { EntityManager } from 'typeorm';

/**
 * FRCP 5(b)(2)(E): electronic service needs the person's consent, which only a party on Parley has
 * given. A party nobody represents here is served another way (by mail, FRCP 5(b)(2)(C)).
 */
export async function refuseElectronicOffParley(
  directory: CaseDirectory,
  manager: EntityManager,
  served: { caseId: string; partyId: string; method: string; what: string },
): Promise<void> {
  if (served.method !== 'ELECTRONIC') return;
  const members = await directory.members(served.caseId, manager);
  if (members.some((m) => m.partyId === served.partyId)) return;
  const party = await directory.party(served.partyId, manager);
  throw new BadInputError(
    `${party?.name ?? 'The receiving party'} is not on Parley, so ${served.what} cannot be served electronically (FRCP 5(b)(2)(E)): serve by mail (method MAIL), and Parley prepares the mailing.`,
  );
}
