import { PartyFacts } from '@parley/cases';

/**
 * The day a paper counts as filed: for a pro se prisoner, the day he handed it to prison staff
 * (Houston v. Lack, 487 U.S. 266); for anyone else, the day the clerk received it (FRCP 5(d)(2)(A)).
 */
export function filedOn(
  filer: Pick<PartyFacts, 'proSe' | 'incarcerated'>,
  days: { mailedOn: string; receivedOn: string },
): string {
  return filer.proSe && filer.incarcerated ? days.mailedOn : days.receivedOn;
}

/**
 * What the gate says when the filer's conferral falls short, in the same words for the clerk and the
 * order: the threads of a dispute not before the court stay the parties' (DOMAIN.md).
 */
export const NOT_CONFERRED =
  'The record does not show that the parties met and conferred about these requests in a way this case accepts, or that the filer tried to.';
