import { Injectable } from '@nestjs/common';
import { ConferralAssessment } from '@parley/rules';
import { EntityManager } from 'typeorm';
import { CertificationEntity } from '../certifications/certification.entity';
import { CertificationsService } from '../certifications/certifications.service';
import { DisputeStatus } from '../conferral-enums';
import { ConferralAssessor } from '../conferrals/conferral-assessor';
import { ConferralEventEntity } from '../conferrals/conferral-event.entity';
import { ConferralRequestEntity } from '../conferrals/conferral-request.entity';
import { DisputeItemEntity } from './dispute-item.entity';
import { DisputeEntity } from './dispute.entity';

export interface DisputeFacts {
  id: string;
  caseId: string;
  status: DisputeStatus;
  requestingPartyId: string;
  respondingPartyId: string;
  summary: string;
  conferFrom: Date;
}

/** The meet-and-confer record of a dispute, as the court's packet sets it out. */
export interface ConferralRecordFacts {
  requests: Array<{ mode: string; requestedAt: Date; fromPartyId: string; message: string; status: string }>;
  events: Array<{
    kind: string;
    mode: string;
    heldAt: Date;
    durationMinutes: number | null;
    participants: string[];
    leadCounselParticipated: boolean | null;
    summary: string;
    agreed: string | null;
    stillDisputed: string | null;
    fromPartyId: string;
    confirmation: string;
    contestReason: string | null;
  }>;
  certifications: Array<{
    partyId: string;
    statement: string;
    signature: string;
    signedByName: string;
    signedAt: Date;
  }>;
}

const toFacts = (d: DisputeEntity): DisputeFacts => ({
  id: d.id,
  caseId: d.caseId,
  status: d.status,
  requestingPartyId: d.requestingPartyId,
  respondingPartyId: d.respondingPartyId,
  summary: d.summary,
  conferFrom: d.conferFrom,
});

/**
 * What the court's side may read and change of a dispute: the conferral lib owns its tables, and the
 * court-review lib asks here (escalating it, ruling on it) instead of writing them.
 */
@Injectable()
export class DisputeRecords {
  constructor(
    private readonly assessor: ConferralAssessor,
    private readonly certifications: CertificationsService,
  ) {}

  /** The dispute, locked for the caller's transaction. */
  async lock(manager: EntityManager, id: string): Promise<DisputeFacts> {
    return toFacts(
      await manager.findOneOrFail(DisputeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }),
    );
  }

  async itemIds(manager: EntityManager, disputeId: string): Promise<string[]> {
    return (await manager.findBy(DisputeItemEntity, { disputeId })).map((l) => l.itemId);
  }

  assess(manager: EntityManager, dispute: DisputeFacts): Promise<ConferralAssessment> {
    return this.assessor.forDispute(dispute, manager);
  }

  /** The side's latest certification, and whether its records still stand (FRCP 37(a)(1)). */
  async certificationOf(
    manager: EntityManager,
    disputeId: string,
    partyId: string,
  ): Promise<'MISSING' | 'STALE' | 'PRESENT'> {
    const latest = await manager.findOne(CertificationEntity, {
      where: { disputeId, partyId },
      order: { signedAt: 'DESC' },
    });
    if (!latest) return 'MISSING';
    const [checked] = await this.certifications.withStaleness([latest], manager);
    return checked.stale ? 'STALE' : 'PRESENT';
  }

  /** Requests, conferences and letters, and certifications, oldest first. */
  async record(manager: EntityManager, disputeId: string): Promise<ConferralRecordFacts> {
    // One after another: the manager is the caller's transaction, a single connection.
    const requests = await manager.find(ConferralRequestEntity, {
      where: { disputeId },
      order: { requestedAt: 'ASC' },
    });
    const events = await manager.find(ConferralEventEntity, {
      where: { disputeId },
      order: { heldAt: 'ASC' },
    });
    const certifications = await manager.find(CertificationEntity, {
      where: { disputeId },
      order: { signedAt: 'ASC' },
    });
    return { requests, events, certifications };
  }

  /** The dispute goes to the court: no more conferral until it comes back. */
  async markEscalated(manager: EntityManager, disputeId: string): Promise<void> {
    await manager.update(DisputeEntity, { id: disputeId }, { status: DisputeStatus.ESCALATED });
  }

  /** After the court rules: back to conferring when it returned the dispute, else closed for good. */
  async afterRuling(
    manager: EntityManager,
    disputeId: string,
    returnedToConfer: boolean,
  ): Promise<DisputeStatus> {
    const status = returnedToConfer ? DisputeStatus.CONFERRING : DisputeStatus.RULED;
    await manager.update(DisputeEntity, { id: disputeId }, { status });
    if (!returnedToConfer) await manager.update(DisputeItemEntity, { disputeId }, { open: false });
    return status;
  }
}
