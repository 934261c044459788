import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory, PaperPeople } from '@parley/cases';
import { DisputeFacts, DisputeRecords, DisputeSide, DisputeStatus } from '@parley/conferral';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import { DiscoveryReader, SetStatus } from '@parley/discovery';
import { mailRecipient, MailingPaperKind, MailingsService } from '@parley/mailings';
import { Clock, ConflictError, EscalationGateError, Grant } from '@parley/platform';
import { escalationGate } from '@parley/rules';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { EscalationStatus } from '../court-review-enums';
import { DisputeEscalated, PositionSubmitted } from '../court-review-events';
import { packetCaption } from '../packet/escalation-packet';
import { LetterPosition, letterPosition } from '../packet/joint-letter';
import { PacketBuilder } from '../packet/packet-builder';
import { RulingEntity } from '../rulings/ruling.entity';
import { escalationState } from './escalation-state';
import { EscalationEntity } from './escalation.entity';
import { EscalateDisputeInput, SubmitPositionInput } from './escalation.inputs';
import { toEscalationModel } from './escalation.mapper';
import { EscalationModel } from './escalation.model';
import { GateVerdictModel } from './gate-verdict.model';
import { checkPageLimit, measureJointLetter } from './joint-letter-measure';
import { PositionEntity } from './position.entity';

/** N.D. Cal. Civil L.R. 37-3: discovery motions no later than 7 days after the discovery cut-off. */
export const DAYS_AFTER_CUTOFF = 7;

/**
 * Taking a dispute to the court through the gate, and the joint letter the two sides write for it.
 * Court staff reach it through their court once it is submitted; they rule in rulings.service.ts.
 */
@Injectable()
export class EscalationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly disputes: DisputeRecords,
    private readonly discovery: DiscoveryReader,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly packets: PacketBuilder,
    private readonly people: PaperPeople,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly mailings: MailingsService,
  ) {}

  /**
   * The gate for one side as movant, now: what escalateDispute would decide (FRCP 37(a)(1): the
   * movant's own conferral or attempt, and its own certification; Civil L.R. 37-1, 37-3).
   */
  async judge(manager: EntityManager, dispute: DisputeFacts, movantPartyId: string) {
    const theCase = await this.directory.getCase(dispute.caseId, manager);
    const court = await this.courts.getForComputation(theCase.courtId, manager);
    const now = this.clock.now();
    const today = this.calculator.courtDay(court, now);
    const standing = await this.disputes.standing(manager, dispute, movantPartyId);
    const assessment = standing.conferral;
    const items = await this.disputedItems(manager, dispute);
    const decision = escalationGate({
      itemsServedBetweenParties: items.servedBetweenParties,
      dueAfterCutoffWithoutOrder:
        items.dueAfterCutoff &&
        !(await this.discovery.courtPermitsDiscoveryAfterCutoff(dispute.caseId, manager)),
      conferralQualifies: assessment.qualifies,
      conferralExplanation: assessment.explanation,
      certification: standing.certification.status,
      certificationExplanation: standing.certification.explanation,
      today,
      lastDayToMove: theCase.discoveryCutoffOn
        ? this.calculator.compute(court, {
            triggeredOn: theCase.discoveryCutoffOn,
            days: DAYS_AFTER_CUTOFF,
            // A discovery motion is filed with the court: an inaccessible clerk's office extends it
            // (FRCP 6(a)(3)(A)).
            filing: true,
          }).dueOn
        : null,
      disputeOpen: dispute.status === DisputeStatus.CONFERRING,
    });
    return { decision, assessment, court, now, today };
  }

  /** The gate as a checklist for one side (Dispute.gate); reads only. */
  async gate(disputeId: string, side: DisputeSide): Promise<GateVerdictModel> {
    // A transaction of its own: the court's calendar is read under a share lock, as escalating reads it.
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.disputes.get(manager, disputeId);
      const movant = side === DisputeSide.RESPONDING ? dispute.respondingPartyId : dispute.requestingPartyId;
      const { decision } = await this.judge(manager, dispute, movant);
      return decision.open ? { open: true, missing: [] } : { open: false, missing: decision.elements };
    });
  }

  /** grant: dispute.escalate; the gate then decides (FRCP 37(a)(1); Civil L.R. 37-1, 37-3). */
  escalate(grant: Grant<'requesting' | 'responding'>, input: EscalateDisputeInput): Promise<EscalationModel> {
    const actor = grant.actor;
    const side = grant.party;
    return this.dataSource.transaction(async (manager) => {
      const dispute = await this.disputes.lock(manager, grant.subject.id);
      const { decision, assessment, court, now, today } = await this.judge(manager, dispute, side.id);
      if (!decision.open) throw new EscalationGateError(decision.missing, decision.message);
      if (!assessment.qualifies) throw new Error('unreachable: the gate passed without qualifying conferral');

      const packet = await this.packets.build(manager, {
        dispute,
        court,
        escalatingPartyId: side.id,
        assessment,
      });
      const signer = await this.people.signer(manager, { userId: actor.userId, partyId: side.id });
      const mine: LetterPosition = {
        party: side.name,
        text: input.position,
        compromise: input.compromise ?? null,
        signer,
      };
      checkPageLimit(measureJointLetter(court, packet, [mine], true, now));

      const otherPartyId =
        side.id === dispute.requestingPartyId ? dispute.respondingPartyId : dispute.requestingPartyId;
      const positionDue = this.calculator.track(court, {
        triggeredOn: today,
        days: court.positionResponseDays,
        // The other side's part goes into the joint letter its opponent holds, not to the clerk.
        filing: false,
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
          signer: mine.signer,
        }),
      );
      await this.disputes.markEscalated(manager, dispute.id, now);
      await this.deadlines.open(manager, actor.userId, {
        caseId: dispute.caseId,
        partyId: otherPartyId,
        kind: DeadlineKind.POSITION_DUE,
        subjectType: 'Escalation',
        subjectId: escalation.id,
        description: 'Your part of the joint discovery letter',
        ...positionDue,
      });
      // The other side not on Parley gets the letter by mail, with the day its part is due.
      const other = await this.directory.party(otherPartyId, manager);
      const members = await this.directory.members(dispute.caseId, manager);
      if (other && !members.some((m) => m.partyId === other.id)) {
        await this.mailings.prepare(manager, {
          caseId: dispute.caseId,
          fromPartyId: side.id,
          preparedById: actor.userId,
          kind: MailingPaperKind.JOINT_LETTER,
          paperId: escalation.id,
          title: 'Joint Discovery Letter',
          dueOn: positionDue.dueOn,
          servedOn: today,
          caption: packetCaption(packet),
          from: signer,
          lettersQualify: null,
          timeZone: court.timeZone,
          recipients: [mailRecipient(other)],
        });
      }
      await this.events.publish(manager, DisputeEscalated, {
        caseId: dispute.caseId,
        actorId: actor.userId,
        subjectId: escalation.id,
        before: { disputeStatus: dispute.status },
        data: {
          escalationId: escalation.id,
          disputeId: dispute.id,
          escalatingPartyId: side.id,
          otherPartyId,
          positionDueOn: escalation.positionDueOn,
          conferralBasis: packet.conferralBasis,
          items: packet.items.length,
        },
        notify: { parties: [otherPartyId] },
      });
      return toEscalationModel(escalation, [position], null, now);
    });
  }

  /**
   * Each side writes its own part; the other side's part completes the letter and sends it to the
   * court. grant: escalation.position.
   */
  submitPosition(grant: Grant<'escalating' | 'other'>, input: SubmitPositionInput): Promise<EscalationModel> {
    const actor = grant.actor;
    const side = grant.party;
    return this.dataSource.transaction(async (manager) => {
      const escalation = await manager.findOneOrFail(EscalationEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      const now = this.clock.now();
      if (escalationState(escalation, false, now).status !== EscalationStatus.AWAITING_POSITION) {
        throw new ConflictError(
          'The joint letter is already before the court; positions can no longer change.',
        );
      }
      const positions = await manager.findBy(PositionEntity, { escalationId: escalation.id });
      const court = await this.courts.get(escalation.courtId, manager);
      const signer = await this.people.signer(manager, { userId: actor.userId, partyId: side.id });
      const mine: LetterPosition = {
        party: side.name,
        text: input.position,
        compromise: input.compromise ?? null,
        signer,
      };
      const letter: LetterPosition[] = [
        ...positions.filter((p) => p.partyId !== side.id).map((p) => letterPosition(escalation.packet, p)),
        mine,
      ];
      checkPageLimit(
        measureJointLetter(court, escalation.packet, letter, side.id === escalation.escalatingPartyId, now),
      );

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
            signer: mine.signer,
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
      }
      const otherPartyId =
        side.id === escalation.escalatingPartyId ? escalation.otherPartyId : escalation.escalatingPartyId;
      await this.events.publish(manager, PositionSubmitted, {
        caseId: escalation.caseId,
        actorId: actor.userId,
        subjectId: escalation.id,
        before,
        data: {
          escalationId: escalation.id,
          partyId: side.id,
          otherPartyId,
          text: saved.text,
          compromise: saved.compromise,
          submittedToCourt: completes,
        },
        notify: { parties: [otherPartyId], ...(completes ? { court: escalation.courtId } : {}) },
      });
      const all = await manager.findBy(PositionEntity, { escalationId: escalation.id });
      return toEscalationModel(escalation, all, null, now);
    });
  }

  /** grant: escalation.read (its parties; its court's staff once it is before them). */
  async get(grant: Grant): Promise<EscalationModel> {
    const manager = this.dataSource.manager;
    const escalation = await manager.findOneByOrFail(EscalationEntity, { id: grant.subject.id });
    const positions = await manager.findBy(PositionEntity, { escalationId: escalation.id });
    const ruling = await manager.findOneBy(RulingEntity, { escalationId: escalation.id });
    return toEscalationModel(escalation, positions, ruling, this.clock.now());
  }

  /**
   * FRCP 37(a)(1), L.R. 37-2: only served items of this case, between the dispute's two parties; and
   * whether any was served so late that its responses fell due after the discovery cut-off (L.R. 37-3).
   */
  private async disputedItems(
    manager: EntityManager,
    dispute: DisputeFacts,
  ): Promise<{ servedBetweenParties: boolean; dueAfterCutoff: boolean }> {
    const ids = await this.disputes.itemIds(manager, dispute.id);
    const items = ids.length ? await this.discovery.items(ids, manager) : [];
    return {
      servedBetweenParties:
        ids.length > 0 &&
        items.length === ids.length &&
        items.every(
          (i) =>
            i.set.caseId === dispute.caseId &&
            i.set.servingPartyId === dispute.requestingPartyId &&
            i.set.respondingPartyId === dispute.respondingPartyId &&
            i.set.status !== SetStatus.DRAFT &&
            i.set.status !== SetStatus.WITHDRAWN,
        ),
      dueAfterCutoff: items.some((i) => i.set.dueAfterCutoff),
    };
  }
}
