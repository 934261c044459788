import { CaseDirectory } from '@parley/cases';
import { BadInputError } from '@parley/platform';
import { EntityManager } from 'typeorm';

/** Whether anyone represents the party on Parley: if not, what is served on it goes by mail. */
export async function isOnParley(
  directory: CaseDirectory,
  manager: EntityManager,
  caseId: string,
  partyId: string,
): Promise<boolean> {
  const members = await directory.members(caseId, manager);
  return members.some((m) => m.partyId === partyId);
}

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
  if (await isOnParley(directory, manager, served.caseId, served.partyId)) return;
  const party = await directory.party(served.partyId, manager);
  throw new BadInputError(
    `${party?.name ?? 'The receiving party'} is not on Parley, so ${served.what} cannot be served electronically (FRCP 5(b)(2)(E)): serve by mail (method MAIL), and Parley prepares the mailing.`,
  );
}
