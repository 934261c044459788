import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@parley/audit';
import {
  DeadlineFacts,
  DeadlineKind,
  DeadlinePassedHandler,
  DeadlineStatus,
  HandlesDeadlinePassing,
  PassedOutcome,
} from '@parley/deadlines';
import { EntityManager } from 'typeorm';
import { EscalationStatus } from '../court-review-enums';
import { CompliancePassed, EscalationSubmitted } from '../court-review-events';
import { EscalationEntity } from '../escalations/escalation.entity';
import { lockEscalation } from '../escalations/position-due.follower';
import { RulingEntity } from '../rulings/ruling.entity';

/** The other side's time to add its part ran out: the packet goes to the court without it, marked so. */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.POSITION_DUE)
export class PositionDuePassedHandler implements DeadlinePassedHandler {
  constructor(private readonly events: DomainEvents) {}

  async lockSubject(manager: EntityManager, subjectId: string): Promise<void> {
    await lockEscalation(manager, subjectId);
  }

  async passed(
    manager: EntityManager,
    deadline: DeadlineFacts,
    { now }: { now: Date },
  ): Promise<PassedOutcome> {
    const escalation = await lockEscalation(manager, deadline.subjectId);
    if (!escalation || escalation.status !== EscalationStatus.AWAITING_POSITION)
      return { status: DeadlineStatus.MET };
    Object.assign(escalation, {
      status: EscalationStatus.SUBMITTED,
      submittedAt: escalation.positionWindowEndsAt,
    });
    await manager.save(escalation);
    await this.events.publish(manager, EscalationSubmitted, {
      caseId: escalation.caseId,
      actorId: null,
      subjectId: escalation.id,
      before: { status: EscalationStatus.AWAITING_POSITION },
      data: {
        escalationId: escalation.id,
        otherPartyId: escalation.otherPartyId,
        positionDueOn: escalation.positionDueOn,
        status: EscalationStatus.SUBMITTED,
        otherSideResponded: false,
        at: now.toISOString(),
      },
      notify: {
        parties: [escalation.escalatingPartyId, escalation.otherPartyId],
        court: escalation.courtId,
      },
    });
    return { status: DeadlineStatus.MISSED };
  }
}

/** The ordered party's time to comply passed: the other side is told it may raise it with the court. */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.COMPLIANCE)
export class CompliancePassedHandler implements DeadlinePassedHandler {
  constructor(private readonly events: DomainEvents) {}

  async passed(manager: EntityManager, deadline: DeadlineFacts): Promise<PassedOutcome> {
    const ruling = await manager.findOneBy(RulingEntity, { id: deadline.subjectId });
    const escalation = ruling ? await manager.findOneBy(EscalationEntity, { id: ruling.escalationId }) : null;
    if (!ruling || !escalation) return { status: DeadlineStatus.MISSED };
    await this.events.publish(manager, CompliancePassed, {
      caseId: escalation.caseId,
      actorId: null,
      subjectId: ruling.id,
      data: {
        rulingId: ruling.id,
        orderedPartyId: deadline.partyId,
        movingPartyId: escalation.escalatingPartyId,
        dueOn: deadline.dueOn,
      },
      notify: { parties: [escalation.escalatingPartyId, deadline.partyId] },
    });
    return { status: DeadlineStatus.MISSED };
  }
}
