import {
  actFor,
  anyMember,
  anyOf,
  courtStaff,
  defineCapability,
  defineSubject,
  signFor,
} from '@parley/access';
import { SetSubject } from '@parley/discovery';

type ProductionRoles = 'producing' | 'receiving';

/**
 * A production: a draft is its producing party's alone; once served, the case's parties see it (a
 * served discovery paper goes to every party, FRCP 5(a)(1)(C)). The court never does: discovery is
 * not filed (FRCP 5(d)(1)(A)).
 */
export const ProductionSubject = defineSubject<ProductionRoles>({
  kind: 'production',
  noun: 'The production',
  reach: { parties: true },
  from: 'productions pr',
  id: 'pr.id',
  caseId: 'pr.case_id',
  parties: { producing: 'pr.producing_party_id', receiving: 'pr.receiving_party_id' },
  privateTo: `CASE WHEN pr.status = 'DRAFT' THEN pr.producing_party_id END`,
});

/**
 * A log entry is before the court when a dispute challenging it is escalated there (both parts of the
 * joint letter in, or the time for the second run out): the court sees those entries and nothing
 * else of the log.
 */
const IN_AN_ESCALATION_BEFORE_THE_COURT = `EXISTS (
  SELECT 1 FROM dispute_privilege_entries dpe JOIN escalations e ON e.dispute_id = dpe.dispute_id
   WHERE dpe.entry_id = pe.id AND (e.status <> 'AWAITING_POSITION' OR e.position_window_ends_at <= $now))`;

/** A privilege log entry: its party's draft until served on a log; then the case's parties'. */
export const PrivilegeLogEntrySubject = defineSubject<ProductionRoles>({
  kind: 'privilege-log-entry',
  noun: 'The privilege log entry',
  reach: { parties: true, court: true },
  from: 'privilege_log_entries pe',
  id: 'pe.id',
  caseId: 'pe.case_id',
  courtId: '(SELECT pc.court_id FROM cases pc WHERE pc.id = pe.case_id)',
  parties: { producing: 'pe.producing_party_id', receiving: 'pe.receiving_party_id' },
  privateTo: 'CASE WHEN pe.log_id IS NULL THEN pe.producing_party_id END',
  beforeCourt: IN_AN_ESCALATION_BEFORE_THE_COURT,
});

/** A served privilege log, as a paper (PDF, CSV): the case's parties. */
export const PrivilegeLogSubject = defineSubject<ProductionRoles>({
  kind: 'privilege-log',
  noun: 'The privilege log',
  reach: { parties: true },
  from: 'privilege_logs pl',
  id: 'pl.id',
  caseId: 'pl.case_id',
  parties: { producing: 'pl.producing_party_id', receiving: 'pl.receiving_party_id' },
});

/** A clawback notice: served on the receiving party, seen by the case's parties. */
export const ClawbackSubject = defineSubject<ProductionRoles>({
  kind: 'clawback',
  noun: 'The clawback',
  reach: { parties: true },
  from: 'clawbacks cb',
  id: 'cb.id',
  caseId: 'cb.case_id',
  parties: { producing: 'cb.producing_party_id', receiving: 'cb.receiving_party_id' },
});

export const ProductionCapabilities = {
  /** Building a production is drafting: anyone of the responding party (FRCP 26(g) governs serving). */
  CREATE: defineCapability('production.create', SetSubject, actFor('responding')),
  READ: defineCapability('production.read', ProductionSubject, anyMember()),
  DISCARD: defineCapability('production.discard', ProductionSubject, actFor('producing')),
  /** FRCP 26(g)(1): counsel of record or the party personally serves. */
  SERVE: defineCapability(
    'production.serve',
    ProductionSubject,
    signFor('producing', { receiving: 'The other side produces these documents; you receive them.' }),
  ),
  /**
   * The documents themselves go to the party that asked for them, never to the court (FRCP
   * 5(d)(1)(A)); another party of the case sees that they were produced and asks for a copy.
   */
  DOWNLOAD: defineCapability('production.download', ProductionSubject, actFor('producing', 'receiving')),
};

export const PrivilegeLogCapabilities = {
  ADD: defineCapability('privilege-log.add', SetSubject, actFor('responding')),
  REMOVE: defineCapability('privilege-log.remove', PrivilegeLogEntrySubject, actFor('producing')),
  SERVE: defineCapability(
    'privilege-log.serve',
    SetSubject,
    signFor('responding', { serving: 'The party that answers these requests serves its privilege log.' }),
  ),
  READ_ENTRY: defineCapability(
    'privilege-log-entry.read',
    PrivilegeLogEntrySubject,
    anyOf(anyMember(), courtStaff('Court staff see a log entry only in a dispute before the court.')),
  ),
  READ_LOG: defineCapability('privilege-log.read', PrivilegeLogSubject, anyMember()),
};

export const ClawbackCapabilities = {
  /** FRCP 26(b)(5)(B): the party that made the claim gives the notice. */
  REQUEST: defineCapability(
    'production.clawback',
    ProductionSubject,
    signFor('producing', { receiving: 'Only the party that produced these pages can claw them back.' }),
  ),
  WITHDRAW: defineCapability(
    'clawback.withdraw',
    ClawbackSubject,
    signFor('producing', { receiving: 'Only the party that made the claim can withdraw it.' }),
  ),
  ANSWER: defineCapability(
    'clawback.answer',
    ClawbackSubject,
    signFor('receiving', { producing: 'The party that received the pages answers the clawback.' }),
  ),
  READ: defineCapability('clawback.read', ClawbackSubject, anyMember()),
};
