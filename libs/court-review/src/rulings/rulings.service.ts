import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@parley/accounts';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { DisputeRecords } from '@parley/conferral';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import { mailRecipient, MailingPaperKind, MailingsService } from '@parley/mailings';
import { BadInputError, Clock, ConflictError, Grant } from '@parley/platform';
import { DataSource, EntityManager } from 'typeorm';
import { EscalationStatus, ORDERING_OUTCOMES, RulingOutcome } from '../court-review-enums';
import { RulingIssued } from '../court-review-events';
import { escalationState } from '../escalations/escalation-state';
import { EscalationEntity } from '../escalations/escalation.entity';
import { toEscalationModel } from '../escalations/escalation.mapper';
import { RulingModel } from '../escalations/escalation.model';
import { PositionEntity } from '../escalations/position.entity';
import { packetCaption } from '../packet/escalation-packet';
import { RuleOnEscalationInput } from './rule-on-escalation.input';
import { courtSigner } from './court-signer';
import { RulingEntity } from './ruling.entity';

/** The court rules on a submitted escalation; an order to comply becomes the ordered party's deadline. */
@Injectable()
export class RulingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly disputes: DisputeRecords,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly directory: CaseDirectory,
    private readonly mailings: MailingsService,
  ) {}

  /** grant: escalation.rule, held by the staff of the court it is before. */
  rule(grant: Grant, input: RuleOnEscalationInput): Promise<RulingModel> {
    const actor = grant.actor;
    const orders = ORDERING_OUTCOMES.includes(input.outcome);
    if (input.complianceDays && !orders) {
      throw new BadInputError(
        'complianceDays belongs to a ruling that orders something: GRANTED or GRANTED_IN_PART.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      // Before the escalation's lock: a calendar change locks the escalation too (its position due
      // date), after holding the calendar; taking them in the same order cannot deadlock.
      const court = await this.courts.getForComputation(grant.subject.courtId as string, manager);
      // The dispute before its escalation, as confirming or contesting a conference record takes
      // them (the dispute, then its packet's escalation): the other way round they could deadlock.
      const { disputeId } = await manager.findOneOrFail(EscalationEntity, {
        select: { disputeId: true },
        where: { id: grant.subject.id },
      });
      await this.disputes.lock(manager, disputeId);
      const escalation = await manager.findOneOrFail(EscalationEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      const now = this.clock.now();
      const positions = await manager.findBy(PositionEntity, { escalationId: escalation.id });
      const state = escalationState(
        escalation,
        positions.some((p) => p.partyId === escalation.otherPartyId),
        now,
      );
      if (state.status === EscalationStatus.RULED)
        throw new ConflictError('The court has already ruled on this escalation.');

      const today = this.calculator.courtDay(court, now);
      const compliance =
        orders && input.complianceDays
          ? this.calculator.track(court, {
              triggeredOn: today,
              days: input.complianceDays,
              // Complying (producing, answering) is done toward the other side.
              filing: false,
            })
          : null;
      const judge = await this.users.get(actor.userId, manager);
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
      // Returned to confer: only conferral and a certification after this ruling count toward
      // escalating the dispute again (DOMAIN.md, "The gate, closed to gaming").
      const disputeStatus = await this.disputes.afterRuling(
        manager,
        escalation.disputeId,
        input.outcome === RulingOutcome.RETURNED_TO_CONFER,
        now,
      );
      if (compliance && ruling.orderedPartyId) {
        await this.deadlines.open(manager, actor.userId, {
          caseId: escalation.caseId,
          partyId: ruling.orderedPartyId,
          kind: DeadlineKind.COMPLIANCE,
          subjectType: 'Ruling',
          subjectId: ruling.id,
          description: `Comply with the court's order: ${input.orderText.slice(0, 200)}`,
          ...compliance,
        });
      }
      await this.mailToPartiesOnPaper(manager, escalation, ruling, court, today);
      await this.events.publish(manager, RulingIssued, {
        caseId: escalation.caseId,
        actorId: actor.userId,
        subjectId: ruling.id,
        data: {
          escalationId: escalation.id,
          outcome: ruling.outcome,
          orderText: ruling.orderText,
          complianceDueOn: ruling.complianceDueOn,
          orderedPartyId: ruling.orderedPartyId,
          disputeStatus,
        },
        notify: { parties: [escalation.escalatingPartyId, escalation.otherPartyId] },
      });
      return toEscalationModel(escalation, positions, ruling, now).ruling as RulingModel;
    });
  }

  /**
   * A party nobody represents on Parley gets the court's order by mail, from the court: a mailing its
   * staff print and mark, with the compliance date on the cover where the order is to that party.
   */
  private async mailToPartiesOnPaper(
    manager: EntityManager,
    escalation: EscalationEntity,
    ruling: RulingEntity,
    court: { id: string; name: string; timeZone: string },
    today: string,
  ): Promise<void> {
    const members = await this.directory.members(escalation.caseId, manager);
    const parties = await this.directory.parties(escalation.caseId, manager);
    const offline = parties.filter(
      (p) =>
        [escalation.escalatingPartyId, escalation.otherPartyId].includes(p.id) &&
        !members.some((m) => m.partyId === p.id),
    );
    for (const party of offline) {
      await this.mailings.prepare(manager, {
        caseId: escalation.caseId,
        fromPartyId: null,
        courtId: court.id,
        preparedById: ruling.ruledById,
        kind: MailingPaperKind.RULING,
        paperId: ruling.id,
        title: 'Order on Discovery Dispute',
        dueOn: ruling.orderedPartyId === party.id ? ruling.complianceDueOn : null,
        servedOn: today,
        caption: packetCaption(escalation.packet),
        from: courtSigner(ruling.ruledByName, court.name),
        lettersQualify: null,
        timeZone: court.timeZone,
        recipients: [mailRecipient(party)],
      });
    }
  }
}
