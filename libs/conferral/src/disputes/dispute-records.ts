import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CertificationEntity } from '../certifications/certification.entity';
import { CertificationsService } from '../certifications/certifications.service';
import { DisputeStatus, ResolutionProposalStatus } from '../conferral-enums';
import { ConferralAssessor, MovantStanding } from '../conferrals/conferral-assessor';
import { ConferralEventEntity } from '../conferrals/conferral-event.entity';
import { ConferralRequestEntity } from '../conferrals/conferral-request.entity';
import { sideOf } from '../conferrals/conferral-records';
import { DisputePrivilegeEntryEntity } from './dispute-privilege-entry.entity';
import { DisputeItemEntity } from './dispute-item.entity';
import { DisputeEntity } from './dispute.entity';
import { PacketWatcher } from './packet-watcher';
import { ResolutionProposalEntity } from './resolution-proposal.entity';

export interface DisputeFacts {
  id: string;
  caseId: string;
  status: DisputeStatus;
  requestingPartyId: string;
  respondingPartyId: string;
  summary: string;
  conferFrom: Date;
  returnedToConferAt: Date | null;
}

/** The meet-and-confer record of a dispute, as the court's packet sets it out. */
export interface ConferralRecordFacts {
  requests: Array<{
    id: string;
    mode: string;
    requestedAt: Date;
    fromPartyId: string;
    message: string;
    status: string;
    proposedTimes: Date[];
    answerByOn: string | null;
    answeredAt: Date | null;
    answeredLate: boolean;
    acceptedTime: Date | null;
    counterTimes: Date[] | null;
    answerMessage: string | null;
  }>;
  /** Conferences, letters and recorded absences (kind NO_SHOW, with their requestId). */
  events: Array<{
    id: string;
    kind: string;
    mode: string;
    heldAt: Date;
    recordedAt: Date;
    requestId: string | null;
    durationMinutes: number | null;
    participants: string[];
    leadCounselParticipated: boolean | null;
    summary: string;
    agreed: string | null;
    stillDisputed: string | null;
    fromPartyId: string;
    confirmation: string;
    contestReason: string | null;
    confirmedAt: Date | null;
  }>;
  certifications: Array<{
    id: string;
    partyId: string;
    statement: string;
    signature: string;
    signedByName: string;
    signedAt: Date;
    recordIds: string[];
    /** Whether it still stands as its side's certification (not stale, not before a return). */
    stands: boolean;
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
  returnedToConferAt: d.returnedToConferAt,
});

/**
 * What the court's side may read and change of a dispute: the conferral lib owns its tables, and the
 * court-review lib asks here (escalating it, ruling on it) instead of writing them.
 */
@Injectable()
export class DisputeRecords {
  private watcher: PacketWatcher | null = null;

  constructor(
    private readonly assessor: ConferralAssessor,
    private readonly certifications: CertificationsService,
  ) {}

  /** The dispute as it stands, unlocked: for reads that change nothing. */
  async get(manager: EntityManager, id: string): Promise<DisputeFacts> {
    return toFacts(await manager.findOneByOrFail(DisputeEntity, { id }));
  }

  /** The dispute, locked for the caller's transaction. */
  async lock(manager: EntityManager, id: string): Promise<DisputeFacts> {
    return toFacts(
      await manager.findOneOrFail(DisputeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }),
    );
  }

  /** The privilege log entries the dispute challenges. */
  async privilegeEntryIds(manager: EntityManager, disputeId: string): Promise<string[]> {
    return (await manager.findBy(DisputePrivilegeEntryEntity, { disputeId })).map((l) => l.entryId);
  }

  async itemIds(manager: EntityManager, disputeId: string): Promise<string[]> {
    return (await manager.findBy(DisputeItemEntity, { disputeId })).map((l) => l.itemId);
  }

  /**
   * The movant's conferral and certification (FRCP 37(a)(1)): only its own attempts count for it,
   * and only its own certification, signed while its conferral qualified, with nothing recorded since.
   */
  standing(manager: EntityManager, dispute: DisputeFacts, movantPartyId: string): Promise<MovantStanding> {
    return this.assessor.forDispute(dispute, sideOf(dispute, movantPartyId), manager);
  }

  /** Requests, conferences, letters and absences, and certifications, oldest first. */
  async record(manager: EntityManager, dispute: DisputeFacts): Promise<ConferralRecordFacts> {
    // One after another: the manager is the caller's transaction, a single connection.
    const requests = await manager.find(ConferralRequestEntity, {
      where: { disputeId: dispute.id },
      order: { requestedAt: 'ASC', id: 'ASC' },
    });
    const events = await manager.find(ConferralEventEntity, {
      where: { disputeId: dispute.id },
      order: { heldAt: 'ASC', id: 'ASC' },
    });
    const certifications = await manager.find(CertificationEntity, {
      where: { disputeId: dispute.id },
      order: { signedAt: 'ASC', id: 'ASC' },
    });
    const settings = await this.assessor.settings(dispute.caseId, manager);
    const standings = this.certifications.standings(dispute, certifications, requests, events, settings);
    return {
      requests: requests.map((r) => ({
        id: r.id,
        mode: r.mode,
        requestedAt: r.requestedAt,
        fromPartyId: r.fromPartyId,
        message: r.message,
        status: r.status,
        proposedTimes: r.proposedTimes.map((t) => new Date(t)),
        answerByOn: r.answerByOn,
        answeredAt: r.answeredAt,
        answeredLate: !!(r.answeredAt && r.answerBy && r.answeredAt.getTime() >= r.answerBy.getTime()),
        acceptedTime: r.acceptedTime,
        counterTimes: r.counterTimes?.map((t) => new Date(t)) ?? null,
        answerMessage: r.answerMessage,
      })),
      events: events.map((e) => ({
        id: e.id,
        kind: e.kind,
        mode: e.mode,
        heldAt: e.heldAt,
        recordedAt: e.recordedAt,
        requestId: e.requestId,
        durationMinutes: e.durationMinutes,
        participants: e.participants,
        leadCounselParticipated: e.leadCounselParticipated,
        summary: e.summary,
        agreed: e.agreed,
        stillDisputed: e.stillDisputed,
        fromPartyId: e.fromPartyId,
        confirmation: e.confirmation,
        contestReason: e.contestReason,
        confirmedAt: e.confirmedAt,
      })),
      certifications: certifications.map((c, i) => ({
        id: c.id,
        partyId: c.partyId,
        statement: c.statement,
        signature: c.signature,
        signedByName: c.signedByName,
        signedAt: c.signedAt,
        recordIds: c.recordIds,
        stands: !standings[i].stale,
      })),
    };
  }

  /**
   * The dispute goes to the court: no more conferral until it comes back, and a resolution the
   * responding side proposed is set aside (the court now decides).
   */
  async markEscalated(manager: EntityManager, disputeId: string, at: Date): Promise<void> {
    await manager.update(DisputeEntity, { id: disputeId }, { status: DisputeStatus.ESCALATED });
    await manager.update(
      ResolutionProposalEntity,
      { disputeId, status: ResolutionProposalStatus.PROPOSED },
      { status: ResolutionProposalStatus.SUPERSEDED, closedAt: at },
    );
  }

  /**
   * After the court rules: back to conferring when it returned the dispute, from that moment (only
   * conferral and a certification after it count), else closed for good.
   */
  async afterRuling(
    manager: EntityManager,
    disputeId: string,
    returnedToConfer: boolean,
    at: Date,
  ): Promise<DisputeStatus> {
    const status = returnedToConfer ? DisputeStatus.CONFERRING : DisputeStatus.RULED;
    await manager.update(
      DisputeEntity,
      { id: disputeId },
      returnedToConfer ? { status, returnedToConferAt: at } : { status },
    );
    if (!returnedToConfer) await manager.update(DisputeItemEntity, { disputeId }, { open: false });
    return status;
  }

  /**
   * The court's side says when an escalated dispute's joint letter is still open, and is told when a
   * record in its packet is confirmed or contested meanwhile (the other side may do so until its
   * part of the joint letter is due).
   */
  watchPackets(watcher: PacketWatcher): void {
    this.watcher = watcher;
  }

  /** The watcher, or null in a process without the court's side (the worker). */
  get packets(): PacketWatcher | null {
    return this.watcher;
  }
}
