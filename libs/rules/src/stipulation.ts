/**
 * FRCP 29: the parties may stipulate to change discovery procedure; a stipulation binds the parties
 * who made it, so one that changes the case's rules takes effect only when every party has signed the
 * same terms. One side alone leaves it proposed; other terms replace the pending proposal.
 */
export interface PendingStipulation<Terms> {
  terms: Terms;
  agreedPartyIds: readonly string[];
}

export type StipulationStep =
  /** The party already signed these terms: nothing changes. */
  | { action: 'unchanged' }
  /** The party joins the pending proposal; `inEffect` when it was the last to sign. */
  | { action: 'join'; agreedPartyIds: string[]; inEffect: boolean }
  /** A new proposal, replacing the pending one if there was one (`supersedes`). */
  | { action: 'propose'; agreedPartyIds: string[]; supersedes: boolean };

export function stipulationStep<Terms>(input: {
  pending: PendingStipulation<Terms> | null;
  terms: Terms;
  sameTerms: (a: Terms, b: Terms) => boolean;
  partyId: string;
  /** Every party of the case: each must sign. */
  parties: readonly string[];
}): StipulationStep {
  const { pending, terms, partyId, parties } = input;
  if (pending && input.sameTerms(pending.terms, terms)) {
    if (pending.agreedPartyIds.includes(partyId)) return { action: 'unchanged' };
    const agreedPartyIds = [...pending.agreedPartyIds, partyId];
    return { action: 'join', agreedPartyIds, inEffect: parties.every((p) => agreedPartyIds.includes(p)) };
  }
  return { action: 'propose', agreedPartyIds: [partyId], supersedes: pending !== null };
}
