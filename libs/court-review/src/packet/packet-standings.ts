import { Injectable, OnModuleInit } from '@nestjs/common';
import { DisputeRecords, PacketWatcher, RecordStandingChange } from '@parley/conferral';
import { EntityManager } from 'typeorm';
import { EscalationStatus } from '../court-review-enums';
import { escalationState } from '../escalations/escalation-state';
import { EscalationEntity } from '../escalations/escalation.entity';
import { EscalationPacket } from './escalation-packet';

/**
 * Keeps the packet of an escalation awaiting the other side's part in step with the records in it:
 * the other side may confirm or contest a record until its part of the joint letter is due, and the
 * packet shows each record as confirmed, unconfirmed or contested, with the reason (DOMAIN.md, "The
 * gate, closed to gaming"). Once the letter is before the court, nothing in it changes.
 */
@Injectable()
export class PacketStandings implements PacketWatcher, OnModuleInit {
  constructor(private readonly disputes: DisputeRecords) {}

  onModuleInit(): void {
    this.disputes.watchPackets(this);
  }

  async letterOpen(manager: EntityManager, disputeId: string, now: Date): Promise<boolean> {
    return (await this.openEscalation(manager, disputeId, now)) !== null;
  }

  async recordAnswered(manager: EntityManager, change: RecordStandingChange): Promise<void> {
    const escalation = await this.openEscalation(manager, change.disputeId, change.answeredAt);
    if (!escalation) return;
    await manager.update(
      EscalationEntity,
      { id: escalation.id },
      { packet: withStanding(escalation.packet, change) },
    );
  }

  private async openEscalation(
    manager: EntityManager,
    disputeId: string,
    now: Date,
  ): Promise<EscalationEntity | null> {
    const escalation = await manager.findOne(EscalationEntity, {
      where: { disputeId, status: EscalationStatus.AWAITING_POSITION },
      order: { escalatedAt: 'DESC' },
      lock: { mode: 'pessimistic_write' },
    });
    if (!escalation) return null;
    return escalationState(escalation, false, now).status === EscalationStatus.AWAITING_POSITION
      ? escalation
      : null;
  }
}

/** The packet with one record's standing changed: a conference, or a request's recorded absence. */
export function withStanding(packet: EscalationPacket, change: RecordStandingChange): EscalationPacket {
  const answer = {
    standing: change.standing,
    contestReason: change.contestReason,
    answeredAt: change.answeredAt.toISOString(),
  };
  const contested = change.standing === 'CONTESTED' ? change.contestReason : null;
  const absenceOf = packet.requests.find((r) => r.noShow?.id === change.recordId);
  const attempt = (a: EscalationPacket['conferralBasis']['attempt']) =>
    a && absenceOf && a.requestId === absenceOf.id ? { ...a, contested } : a;
  return {
    ...packet,
    conferrals: packet.conferrals.map((c) =>
      c.id === change.recordId ? { ...c, ...answer, confirmation: change.standing } : c,
    ),
    requests: packet.requests.map((r) =>
      r === absenceOf && r.noShow
        ? { ...r, noShow: { ...r.noShow, ...answer }, attempt: r.attempt && { ...r.attempt, contested } }
        : r,
    ),
    conferralBasis: { ...packet.conferralBasis, attempt: attempt(packet.conferralBasis.attempt) },
  };
}
