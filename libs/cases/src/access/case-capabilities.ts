import {
  actFor,
  addressOf,
  anyMember,
  anyOf,
  courtStaff,
  defineCapability,
  defineSubject,
  inviteTo,
  signForAnyParty,
} from '@parley/access';

/** A case: seen by the members of its parties, never by court staff or admins (FRCP 5(d)(1)(A)). */
export const CaseSubject = defineSubject({
  kind: 'case',
  noun: 'The case',
  reach: { parties: true },
  from: 'cases c',
  id: 'c.id',
  caseId: 'c.id',
});

/**
 * A case as its own court reaches it to enter an order in it (a stipulation's alternative): the
 * court's staff learn through this only that the case is theirs, and see none of its papers.
 */
export const CaseForCourtSubject = defineSubject({
  kind: 'case-for-court',
  noun: 'The case',
  reach: { parties: true, courtStaff: true },
  from: 'cases c',
  id: 'c.id',
  caseId: 'c.id',
  courtId: 'c.court_id',
});

export const PartySubject = defineSubject<'party'>({
  kind: 'party',
  noun: 'The party',
  reach: { parties: true },
  from: 'parties p',
  id: 'p.id',
  caseId: 'p.case_id',
  parties: { party: 'p.id' },
});

export const CaseCapabilities = {
  /** The case, its parties, served papers, deadlines and its audit trail. */
  READ: defineCapability('case.read', CaseSubject, anyMember()),
  /**
   * Stipulate to something every party must agree to (FRCP 29), or, for the court's staff, order it:
   * discovery limits and timing, the conferral policy.
   */
  STIPULATE_OR_ORDER: defineCapability(
    'case.stipulate-or-order',
    CaseForCourtSubject,
    anyOf(
      signForAnyParty(),
      courtStaff('Only counsel or a pro se party can stipulate; only the court can order.'),
    ),
  ),
};

export const PartyCapabilities = {
  /** Draft for a party (FRCP 26(g) governs signing, not drafting). */
  ACT: defineCapability('party.act', PartySubject, actFor('party')),
  INVITE: defineCapability('party.invite', PartySubject, inviteTo('party')),
  /** Where the party is served by mail: its own signers, or anyone's while nobody represents it. */
  SET_ADDRESS: defineCapability('party.set-address', PartySubject, addressOf('party')),
};
