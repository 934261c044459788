import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserEntity } from '@parley/accounts';
import { AuditService } from '@parley/audit';
import { CaseAccessService, NotifyPartiesJob } from '@parley/cases';
import { DisputeEntity, DisputeStatus } from '@parley/conferral';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import { NotificationKind } from '@parley/notifications';
import { Actor, BadInputError, Clock, ConflictError, NotFoundError, Outbox } from '@parley/platform';
import { DataSource } from 'typeorm';
import { EscalationStatus, ORDERING_OUTCOMES, RulingOutcome } from '../court-review-enums';
import { escalationState } from '../escalations/escalation-state';
import { EscalationEntity } from '../escalations/escalation.entity';
import { toEscalationModel } from '../escalations/escalation.mapper';
import { RulingModel } from '../escalations/escalation.model';
import { PositionEntity } from '../escalations/position.entity';
import { RuleOnEscalationInput } from './rule-on-escalation.input';
import { RulingEntity } from './ruling.entity';

const OUTCOME_WORDS: Record<RulingOutcome, string> = {
  GRANTED: 'granted',
  DENIED: 'denied',
  GRANTED_IN_PART: 'granted in part',
  VACATED: 'vacated',
  RETURNED_TO_CONFER: 'returned to the parties to meet and confer further',
};

/** The court rules on a submitted escalation; an order to comply becomes the ordered party's deadline. */
@Injectable()
export class RulingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  rule(actor: Actor, input: RuleOnEscalationInput): Promise<RulingModel> {
    const orders = ORDERING_OUTCOMES.includes(input.outcome);
    if (input.complianceDays && !orders) {
      throw new BadInputError(
        'complianceDays belongs to a ruling that orders something: GRANTED or GRANTED_IN_PART.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const escalation = await manager.findOne(EscalationEntity, {
        where: { id: input.escalationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!escalation) throw new NotFoundError('The escalation');
      const now = this.clock.now();
      const positions = await manager.findBy(PositionEntity, { escalationId: escalation.id });
      const state = escalationState(
        escalation,
        positions.some((p) => p.partyId === escalation.otherPartyId),
        now,
      );
      await this.access.requireEscalation(
        actor,
        {
          caseId: escalation.caseId,
          courtId: escalation.courtId,
          submitted: state.status !== EscalationStatus.AWAITING_POSITION,
        },
        'RULE',
        { manager },
      );
      if (state.status === EscalationStatus.RULED)
        throw new ConflictError('The court has already ruled on this escalation.');

      const court = await this.courts.get(escalation.courtId, manager);
      const today = this.calculator.courtDay(court, now);
      const compliance =
        orders && input.complianceDays
          ? this.calculator.compute(court, { triggeredOn: today, days: input.complianceDays })
          : null;
      const judge = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      const ruling = await manager.save(
        manager.create(RulingEntity, {
          escalationId: escalation.id,
          outcome: input.outcome,
          orderText: input.orderText,
          complianceDays: compliance ? (input.complianceDays ?? null) : null,
          complianceDueOn: compliance?.dueOn ?? null,
          orderedPartyId: orders ? escalation.otherPartyId : null,
          ruledById: actor.userId,
          ruledByName: judge.name,
          ruledAt: now,
        }),
      );
      if (state.otherSideResponded === false) {
        await this.deadlines.close(
          manager,
          null,
          escalation.id,
          DeadlineKind.POSITION_DUE,
          DeadlineStatus.MISSED,
        );
      }
      Object.assign(escalation, {
        status: EscalationStatus.RULED,
        submittedAt: escalation.submittedAt ?? escalation.positionWindowEndsAt,
      });
      await manager.save(escalation);
      const disputeStatus =
        input.outcome === RulingOutcome.RETURNED_TO_CONFER ? DisputeStatus.CONFERRING : DisputeStatus.RULED;
      await manager.update(DisputeEntity, { id: escalation.disputeId }, { status: disputeStatus });
      if (compliance && ruling.orderedPartyId) {
        await this.deadlines.open(manager, actor.userId, {
          caseId: escalation.caseId,
          partyId: ruling.orderedPartyId,
          kind: DeadlineKind.COMPLIANCE,
          subjectType: 'Ruling',
          subjectId: ruling.id,
          description: `Comply with the court's order: ${input.orderText.slice(0, 200)}`,
          dueOn: compliance.dueOn,
          steps: compliance.steps,
        });
      }
      await this.audit.append(manager, {
        caseId: escalation.caseId,
        actorId: actor.userId,
        action: 'RULING_ISSUED',
        subjectType: 'Ruling',
        subjectId: ruling.id,
        after: {
          escalationId: escalation.id,
          outcome: ruling.outcome,
          orderText: ruling.orderText,
          complianceDueOn: ruling.complianceDueOn,
          orderedPartyId: ruling.orderedPartyId,
          disputeStatus,
        },
      });
      const due = ruling.complianceDueOn ? ` Compliance is due ${ruling.complianceDueOn}.` : '';
      await this.outbox.add(manager, NotifyPartiesJob, {
        caseId: escalation.caseId,
        partyIds: [escalation.escalatingPartyId, escalation.otherPartyId],
        kind: NotificationKind.RULING_ISSUED,
        message: `The court ruled on the discovery dispute: ${OUTCOME_WORDS[ruling.outcome]}.${due}`,
      });
      return toEscalationModel(escalation, positions, ruling, now).ruling as RulingModel;
    });
  }
}
