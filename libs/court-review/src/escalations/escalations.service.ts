import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@parley/audit';
import { CaseAccessService, CaseEntity, NotifyPartiesJob } from '@parley/cases';
import {
  CertificationEntity,
  CertificationsService,
  ConferralAssessor,
  DisputeAccess,
  DisputeEntity,
  DisputeItemEntity,
  DisputeStatus,
} from '@parley/conferral';
import { CourtModel, CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import { DiscoveryItemEntity, SetStatus } from '@parley/discovery';
import { NotificationKind } from '@parley/notifications';
import {
  Actor,
  BadInputError,
  Clock,
  ConflictError,
  EscalationGateError,
  NotFoundError,
  Outbox,
  RuleViolationError,
} from '@parley/platform';
import { escalationGate } from '@parley/rules';
import { DateTime } from 'luxon';
import { DataSource, EntityManager, In } from 'typeorm';
import { EscalationStatus } from '../court-review-enums';
import { NotifyCourtStaffJob } from '../jobs/notify-court-staff.job';
import { EscalationPacket } from '../packet/escalation-packet';
import { jointLetterPages, LetterPosition } from '../packet/joint-letter';
import { PacketBuilder } from '../packet/packet-builder';
import { RulingEntity } from '../rulings/ruling.entity';
import { escalationState } from './escalation-state';
import { EscalationEntity } from './escalation.entity';
import { EscalateDisputeInput, SubmitPositionInput } from './escalation.inputs';
import { toEscalationModel } from './escalation.mapper';
import { EscalationModel } from './escalation.model';
import { PositionEntity } from './position.entity';

/** N.D. Cal. Civil L.R. 37-3: discovery motions no later than 7 days after the discovery cut-off. */
const DAYS_AFTER_CUTOFF = 7;

/**
 * Taking a dispute to the court through the gate, and the joint letter the two sides write for it.
 * Court staff reach it through their court once it is submitted; they rule in rulings.service.ts.
 */
@Injectable()
export class EscalationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly disputeAccess: DisputeAccess,
    private readonly assessor: ConferralAssessor,
    private readonly certifications: CertificationsService,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly packets: PacketBuilder,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  escalate(actor: Actor, input: EscalateDisputeInput): Promise<EscalationModel> {
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.disputeAccess.visibleDispute(actor, input.disputeId, manager, {
        lock: true,
      });
      const side = await this.disputeAccess.signingSide(actor, dispute, manager);
      const theCase = await manager.findOneByOrFail(CaseEntity, { id: dispute.caseId });
      const court = await this.courts.get(theCase.courtId, manager);
      const now = this.clock.now();
      const today = this.calculator.courtDay(court, now);

      const assessment = await this.assessor.forDispute(dispute, manager);
      const decision = escalationGate({
        itemsServedBetweenParties: await this.itemsServedBetweenParties(manager, dispute),
        conferralQualifies: assessment.qualifies,
        conferralExplanation: assessment.explanation,
        certification: await this.certificationOf(manager, dispute, side.id),
        today,
        lastDayToMove: theCase.discoveryCutoffOn
          ? this.calculator.compute(court, {
              triggeredOn: theCase.discoveryCutoffOn,
              days: DAYS_AFTER_CUTOFF,
            }).dueOn
          : null,
        disputeOpen: dispute.status === DisputeStatus.CONFERRING,
      });
      if (!decision.open) throw new EscalationGateError(decision.missing, decision.message);
      if (!assessment.qualifies) throw new Error('unreachable: the gate passed without qualifying conferral');

      const packet = await this.packets.build(manager, {
        dispute,
        court,
        escalatingPartyId: side.id,
        assessment,
      });
      const mine = { party: side.name, text: input.position, compromise: input.compromise ?? null };
      this.checkPageLimit(court, packet, [mine], true);

      const otherPartyId = this.disputeAccess.otherSide(dispute, side.id);
      const positionDue = this.calculator.compute(court, {
        triggeredOn: today,
        days: court.positionResponseDays,
      });
      const escalation = await manager.save(
        manager.create(EscalationEntity, {
          disputeId: dispute.id,
          caseId: dispute.caseId,
          courtId: court.id,
          escalatingPartyId: side.id,
          otherPartyId,
          status: EscalationStatus.AWAITING_POSITION,
          escalatedAt: now,
          escalatedById: actor.userId,
          positionDueOn: positionDue.dueOn,
          positionWindowEndsAt: DateTime.fromISO(positionDue.dueOn, { zone: court.timeZone })
            .plus({ days: 1 })
            .startOf('day')
            .toJSDate(),
          submittedAt: null,
          packet,
        }),
      );
      const position = await manager.save(
        manager.create(PositionEntity, {
          escalationId: escalation.id,
          partyId: side.id,
          text: input.position,
          compromise: input.compromise ?? null,
          submittedById: actor.userId,
          submittedAt: now,
        }),
      );
      await manager.update(DisputeEntity, { id: dispute.id }, { status: DisputeStatus.ESCALATED });
      await this.deadlines.open(manager, actor.userId, {
        caseId: dispute.caseId,
        partyId: otherPartyId,
        kind: DeadlineKind.POSITION_DUE,
        subjectType: 'Escalation',
        subjectId: escalation.id,
        description: 'Your part of the joint discovery letter',
        dueOn: positionDue.dueOn,
        steps: positionDue.steps,
      });
      await this.audit.append(manager, {
        caseId: dispute.caseId,
        actorId: actor.userId,
        action: 'DISPUTE_ESCALATED',
        subjectType: 'Escalation',
        subjectId: escalation.id,
        before: { disputeStatus: dispute.status },
        after: {
          disputeId: dispute.id,
          escalatingPartyId: side.id,
          positionDueOn: escalation.positionDueOn,
          conferralBasis: packet.conferralBasis,
          items: packet.items.length,
        },
      });
      await this.outbox.add(manager, NotifyPartiesJob, {
        caseId: dispute.caseId,
        partyIds: [otherPartyId],
        kind: NotificationKind.DISPUTE_ESCALATED,
        message: `${side.name} took the dispute to the court. Add your position and final compromise to the joint letter by ${escalation.positionDueOn}, or it goes to the court without them.`,
      });
      return toEscalationModel(escalation, [position], null, now);
    });
  }

  /** Each side writes its own part; the other side's part completes the letter and sends it to the court. */
  submitPosition(actor: Actor, input: SubmitPositionInput): Promise<EscalationModel> {
    return this.dataSource.transaction(async (manager) => {
      const escalation = await this.visibleToParties(actor, input.escalationId, manager);
      const dispute = await manager.findOneByOrFail(DisputeEntity, { id: escalation.disputeId });
      const side = await this.disputeAccess.signingSide(actor, dispute, manager);
      const now = this.clock.now();
      if (escalationState(escalation, false, now).status !== EscalationStatus.AWAITING_POSITION) {
        throw new ConflictError(
          'The joint letter is already before the court; positions can no longer change.',
        );
      }
      const positions = await manager.findBy(PositionEntity, { escalationId: escalation.id });
      const court = await this.courts.get(escalation.courtId, manager);
      const mine = { party: side.name, text: input.position, compromise: input.compromise ?? null };
      const letter: LetterPosition[] = [
        ...positions
          .filter((p) => p.partyId !== side.id)
          .map((p) => ({
            party: this.partyName(escalation.packet, p.partyId),
            text: p.text,
            compromise: p.compromise,
          })),
        mine,
      ];
      this.checkPageLimit(court, escalation.packet, letter, side.id === escalation.escalatingPartyId);

      const existing = positions.find((p) => p.partyId === side.id);
      const before = existing ? { text: existing.text, compromise: existing.compromise } : null;
      const saved = await manager.save(
        Object.assign(
          existing ?? manager.create(PositionEntity, { escalationId: escalation.id, partyId: side.id }),
          {
            text: input.position,
            compromise: input.compromise ?? null,
            submittedById: actor.userId,
            submittedAt: now,
          },
        ),
      );
      const completes = side.id === escalation.otherPartyId;
      if (completes) {
        Object.assign(escalation, { status: EscalationStatus.SUBMITTED, submittedAt: now });
        await manager.save(escalation);
        await this.deadlines.close(
          manager,
          actor.userId,
          escalation.id,
          DeadlineKind.POSITION_DUE,
          DeadlineStatus.MET,
        );
        await this.outbox.add(manager, NotifyCourtStaffJob, { escalationId: escalation.id });
      }
      await this.audit.append(manager, {
        caseId: escalation.caseId,
        actorId: actor.userId,
        action: 'POSITION_SUBMITTED',
        subjectType: 'Escalation',
        subjectId: escalation.id,
        before,
        after: {
          partyId: side.id,
          text: saved.text,
          compromise: saved.compromise,
          submittedToCourt: completes,
        },
      });
      await this.outbox.add(manager, NotifyPartiesJob, {
        caseId: escalation.caseId,
        partyIds: [this.disputeAccess.otherSide(dispute, side.id)],
        kind: NotificationKind.POSITION_SUBMITTED,
        message: completes
          ? `${side.name} added its part; the joint letter is now before the court.`
          : `${side.name} revised its part of the joint letter.`,
      });
      const all = await manager.findBy(PositionEntity, { escalationId: escalation.id });
      return toEscalationModel(escalation, all, null, now);
    });
  }

  /** The parties of the case, and court staff of its court once submitted. */
  async get(actor: Actor, id: string): Promise<EscalationModel> {
    const manager = this.dataSource.manager;
    const escalation = await manager.findOneBy(EscalationEntity, { id });
    if (!escalation) throw new NotFoundError('The escalation');
    const positions = await manager.findBy(PositionEntity, { escalationId: id });
    const now = this.clock.now();
    const submitted = escalationState(escalation, false, now).status !== EscalationStatus.AWAITING_POSITION;
    await this.access.requireEscalation(
      actor,
      { caseId: escalation.caseId, courtId: escalation.courtId, submitted },
      'READ',
    );
    const ruling = await manager.findOneBy(RulingEntity, { escalationId: id });
    return toEscalationModel(escalation, positions, ruling, now);
  }

  /** An escalation the actor may see as a party of its case. */
  async visibleToParties(actor: Actor, id: string, manager: EntityManager): Promise<EscalationEntity> {
    const escalation = await manager.findOne(EscalationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!escalation) throw new NotFoundError('The escalation');
    await this.access.requireEscalation(
      actor,
      { caseId: escalation.caseId, courtId: escalation.courtId, submitted: false },
      'READ',
      {
        manager,
      },
    );
    return escalation;
  }

  /** FRCP 37(a)(1), L.R. 37-2: only served items of this case, between the dispute's two parties. */
  private async itemsServedBetweenParties(manager: EntityManager, dispute: DisputeEntity): Promise<boolean> {
    const links = await manager.findBy(DisputeItemEntity, { disputeId: dispute.id });
    if (links.length === 0) return false;
    const items = await manager.find(DiscoveryItemEntity, {
      where: { id: In(links.map((l) => l.itemId)) },
      relations: { set: true },
    });
    return (
      items.length === links.length &&
      items.every(
        (i) =>
          i.set?.caseId === dispute.caseId &&
          i.set.servingPartyId === dispute.requestingPartyId &&
          i.set.respondingPartyId === dispute.respondingPartyId &&
          i.set.status !== SetStatus.DRAFT &&
          i.set.status !== SetStatus.WITHDRAWN,
      )
    );
  }

  /** The escalating party's latest certification, and whether its records still stand. */
  private async certificationOf(manager: EntityManager, dispute: DisputeEntity, partyId: string) {
    const latest = await manager.findOne(CertificationEntity, {
      where: { disputeId: dispute.id, partyId },
      order: { signedAt: 'DESC' },
    });
    if (!latest) return 'MISSING' as const;
    const [checked] = await this.certifications.withStaleness([latest], manager);
    return checked.stale ? ('STALE' as const) : ('PRESENT' as const);
  }

  /**
   * The court's page limit on the joint letter (a setting, default 5). The side writing first may use at
   * most half of it, rounded up, so the other side has room for its part.
   */
  private checkPageLimit(
    court: CourtModel,
    packet: EscalationPacket,
    letter: LetterPosition[],
    first: boolean,
  ) {
    const pages = jointLetterPages(packet, letter);
    const limit = court.jointLetterPageLimit;
    if (pages > limit) {
      throw new RuleViolationError(
        'Joint letter page limit',
        `The joint letter would run to ${pages} pages; this court allows ${limit}. Shorten your part.`,
      );
    }
    const share = Math.ceil(limit / 2);
    if (first && letter.length === 1 && pages > share) {
      throw new BadInputError(
        `Your part fills ${pages} pages; keep it to ${share} of the court's ${limit} so the other side has room for its part.`,
      );
    }
  }

  private partyName(packet: EscalationPacket, partyId: string): string {
    return packet.parties.find((p) => p.id === partyId)?.name ?? '';
  }
}
