import { anyMember, anyOf, courtStaff, defineCapability, defineSubject, signFor } from '@parley/access';
import { DisputeSubject } from '@parley/conferral';

/**
 * An escalation: its case's parties see it from the start; its court's staff once it is before the
 * court (both positions in, or the time for the second run out), and nothing else of the case.
 */
export const EscalationSubject = defineSubject<'escalating' | 'other'>({
  kind: 'escalation',
  noun: 'The escalation',
  reach: { parties: true, court: true },
  from: 'escalations e',
  id: 'e.id',
  caseId: 'e.case_id',
  courtId: 'e.court_id',
  parties: { escalating: 'e.escalating_party_id', other: 'e.other_party_id' },
  beforeCourt: `(e.status <> 'AWAITING_POSITION' OR e.position_window_ends_at <= $now)`,
});

export const EscalationCapabilities = {
  /** The gate decides whether it may go; the policy only who may ask (FRCP 37(a)(1)). */
  ESCALATE: defineCapability('dispute.escalate', DisputeSubject, signFor(['requesting', 'responding'])),
  READ: defineCapability(
    'escalation.read',
    EscalationSubject,
    anyOf(anyMember(), courtStaff('Only the parties and the court see an escalation.')),
  ),
  /** Each side writes its own part of the joint letter. */
  POSITION: defineCapability('escalation.position', EscalationSubject, signFor(['escalating', 'other'])),
  RULE: defineCapability(
    'escalation.rule',
    EscalationSubject,
    courtStaff('Only the court rules on an escalated dispute.'),
  ),
};
