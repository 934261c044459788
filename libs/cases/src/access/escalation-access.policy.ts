import { SystemRole } from '@parley/platform';
import { MemberRole } from '../parties/party-enums';

export type EscalationCapability = 'READ' | 'RULE';

export interface EscalationAccessRequest {
  actorRole: SystemRole;
  /** The court of a court staff member. */
  actorCourtId: string | null;
  /** The actor's memberships in the escalation's case. */
  memberships: ReadonlyArray<{ partyId: string; role: MemberRole }>;
  escalation: {
    courtId: string;
    /** It has gone to the court (both positions in, or the time for one ran). */ submitted: boolean;
  };
  capability: EscalationCapability;
}

export type EscalationAccessDecision =
  | { allowed: true }
  | { allowed: false; invisible: true }
  | { allowed: false; invisible: false; reason: string };

/**
 * The court's side of the case-access policy: court staff reach a dispute only through an escalation
 * to their own court, once it has been submitted, and only they rule on it. The parties of the case see
 * their escalations but cannot rule. Everyone else, other courts' staff and admins included, sees
 * nothing (DOMAIN.md, "The court").
 */
export function decideEscalationAccess(request: EscalationAccessRequest): EscalationAccessDecision {
  const { actorRole, escalation, capability } = request;
  if (actorRole === SystemRole.COURT_STAFF) {
    if (request.actorCourtId !== escalation.courtId || !escalation.submitted)
      return { allowed: false, invisible: true };
    return { allowed: true };
  }
  if (actorRole === SystemRole.USER && request.memberships.length > 0) {
    return capability === 'READ'
      ? { allowed: true }
      : { allowed: false, invisible: false, reason: 'Only the court rules on an escalated dispute.' };
  }
  return { allowed: false, invisible: true };
}
