import { SystemRole } from '@parley/platform';
import { MemberRole, SIGNING_ROLES } from '../parties/party-enums';
import { CaseCapability } from './case-capability';

export interface CaseAccessRequest {
  actorRole: SystemRole;
  /** The actor's memberships in this case (empty when they represent nobody in it). */
  memberships: ReadonlyArray<{ partyId: string; role: MemberRole }>;
  capability: CaseCapability;
  /** The party acted for or invited to, for party capabilities. */
  party?: { id: string; name: string; hasMembers: boolean };
}

export type CaseAccessDecision =
  | { allowed: true }
  /** invisible: answer NOT_FOUND, exactly as for a case that does not exist. */
  | { allowed: false; invisible: true }
  | { allowed: false; invisible: false; reason: string };

const INVISIBLE: CaseAccessDecision = { allowed: false, invisible: true };
const ALLOWED: CaseAccessDecision = { allowed: true };
const deny = (reason: string): CaseAccessDecision => ({ allowed: false, invisible: false, reason });

/**
 * The one case-access policy. A case is visible only to the members of its parties: court staff see
 * escalated disputes through their court, never the case (FRCP 5(d)(1)(A): discovery is not filed),
 * and admins run the installation without reading its cases.
 */
export function decideCaseAccess(request: CaseAccessRequest): CaseAccessDecision {
  const { actorRole, memberships, capability, party } = request;
  if (actorRole !== SystemRole.USER || memberships.length === 0) return INVISIBLE;
  if (capability === CaseCapability.READ) return ALLOWED;
  if (capability === CaseCapability.RECORD_CASE_ORDER) {
    return memberships.some((m) => SIGNING_ROLES.includes(m.role))
      ? ALLOWED
      : deny(
          'Only counsel or a pro se party may record a stipulation or order; a paralegal can ask counsel to.',
        );
  }

  if (!party) throw new Error(`${capability} needs the party it is about`);
  const onParty = memberships.filter((m) => m.partyId === party.id);
  const signsForParty = onParty.some((m) => SIGNING_ROLES.includes(m.role));

  switch (capability) {
    case CaseCapability.READ_PARTY_DRAFTS:
      return onParty.length > 0 ? ALLOWED : INVISIBLE;
    case CaseCapability.ACT_FOR_PARTY:
      return onParty.length > 0 ? ALLOWED : deny(`You do not represent ${party.name} in this case.`);
    case CaseCapability.SIGN_FOR_PARTY:
      if (signsForParty) return ALLOWED;
      return onParty.length > 0
        ? deny(
            `Only counsel or a pro se party may sign for ${party.name} (FRCP 26(g)); a paralegal can draft.`,
          )
        : deny(`You do not represent ${party.name} in this case.`);
    case CaseCapability.INVITE_TO_PARTY:
      if (signsForParty) return ALLOWED;
      if (onParty.length > 0) return deny(`Ask counsel for ${party.name} to send the invitation.`);
      // Bringing the other side in: allowed only while nobody represents that party on Parley.
      if (!party.hasMembers && memberships.some((m) => SIGNING_ROLES.includes(m.role))) return ALLOWED;
      return party.hasMembers
        ? deny(
            `${party.name} is already represented on Parley; only its own members may invite others to it.`,
          )
        : deny('Only counsel or a pro se party may invite the other side.');
  }
}
