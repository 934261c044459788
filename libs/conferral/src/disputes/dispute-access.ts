import { Injectable } from '@nestjs/common';
import { CaseAccessService, CaseCapability, PartyEntity } from '@parley/cases';
import { Actor, ConflictError, NotFoundError } from '@parley/platform';
import { EntityManager } from 'typeorm';
import { DisputeStatus } from '../conferral-enums';
import { DisputeEntity } from './dispute.entity';

const NOT_FOUND = 'The dispute';

/** Disputes are seen by the parties of their case, through the case-access policy; never by court staff. */
@Injectable()
export class DisputeAccess {
  constructor(private readonly access: CaseAccessService) {}

  async visibleDispute(
    actor: Actor,
    disputeId: string,
    manager: EntityManager,
    options: { lock?: boolean; notFound?: string } = {},
  ): Promise<DisputeEntity> {
    const notFound = options.notFound ?? NOT_FOUND;
    const dispute = await manager.findOne(DisputeEntity, {
      where: { id: disputeId },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!dispute) throw new NotFoundError(notFound);
    await this.access.require(actor, dispute.caseId, CaseCapability.READ, { manager, notFound });
    return dispute;
  }

  /** The side the actor acts for in the dispute: counsel or pro se of the requesting or responding party. */
  signingSide(actor: Actor, dispute: DisputeEntity, manager: EntityManager): Promise<PartyEntity> {
    return this.access.requireSigningSide(
      actor,
      [dispute.requestingPartyId, dispute.respondingPartyId],
      'Only counsel or a pro se party on either side of this dispute can do this.',
      manager,
    );
  }

  /** Conferral goes on only while the parties are conferring. */
  requireConferring(dispute: DisputeEntity): void {
    if (dispute.status !== DisputeStatus.CONFERRING) {
      throw new ConflictError(
        `This dispute is ${dispute.status.toLowerCase()}; the parties are no longer conferring on it.`,
      );
    }
  }

  otherSide(dispute: DisputeEntity, partyId: string): string {
    return partyId === dispute.requestingPartyId ? dispute.respondingPartyId : dispute.requestingPartyId;
  }
}
