import { ConflictError } from '@parley/platform';
import { DisputeStatus } from '../conferral-enums';

/** Conferral goes on only while the parties are conferring. */
export function requireConferring(dispute: { status: DisputeStatus }): void {
  if (dispute.status !== DisputeStatus.CONFERRING) {
    throw new ConflictError(
      `This dispute is ${dispute.status.toLowerCase()}; the parties are no longer conferring on it.`,
    );
  }
}

export function otherSide(
  dispute: { requestingPartyId: string; respondingPartyId: string },
  partyId: string,
): string {
  return partyId === dispute.requestingPartyId ? dispute.respondingPartyId : dispute.requestingPartyId;
}

/** The parties of a dispute, as every conferral event records them. */
export function disputeParties(dispute: {
  id: string;
  requestingPartyId: string;
  respondingPartyId: string;
}) {
  return {
    disputeId: dispute.id,
    requestingPartyId: dispute.requestingPartyId,
    respondingPartyId: dispute.respondingPartyId,
  };
}
