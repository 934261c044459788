import { Injectable } from '@nestjs/common';
import { AuditService } from '@parley/audit';
import { memberUserIds } from '@parley/cases';
import {
  DeadlineEntity,
  DeadlineKind,
  DeadlinePassedHandler,
  DeadlineStatus,
  HandlesDeadlinePassing,
  PassedOutcome,
} from '@parley/deadlines';
import { Notice, NotificationKind } from '@parley/notifications';
import { EntityManager } from 'typeorm';
import { EscalationStatus } from '../court-review-enums';
import { EscalationEntity } from '../escalations/escalation.entity';
import { RulingEntity } from '../rulings/ruling.entity';
import { courtStaffNotices } from './court-staff';

const partyNotices = async (
  manager: EntityManager,
  partyIds: string[],
  caseId: string,
  eventId: string,
  message: string,
): Promise<Notice[]> =>
  (await memberUserIds(manager, partyIds)).map((userId) => ({
    userId,
    caseId,
    kind: NotificationKind.DEADLINE_PASSED,
    message,
    eventId,
  }));

/** The other side's time to add its part ran out: the packet goes to the court without it, marked so. */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.POSITION_DUE)
export class PositionDuePassedHandler implements DeadlinePassedHandler {
  constructor(private readonly audit: AuditService) {}

  async passed(
    manager: EntityManager,
    deadline: DeadlineEntity,
    { now, eventId }: { now: Date; eventId: string },
  ): Promise<PassedOutcome> {
    const escalation = await manager.findOne(EscalationEntity, {
      where: { id: deadline.subjectId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!escalation || escalation.status !== EscalationStatus.AWAITING_POSITION)
      return { status: DeadlineStatus.MET, notices: [] };
    Object.assign(escalation, {
      status: EscalationStatus.SUBMITTED,
      submittedAt: escalation.positionWindowEndsAt,
    });
    await manager.save(escalation);
    await this.audit.append(manager, {
      caseId: escalation.caseId,
      actorId: null,
      action: 'ESCALATION_SUBMITTED',
      subjectType: 'Escalation',
      subjectId: escalation.id,
      before: { status: EscalationStatus.AWAITING_POSITION },
      after: { status: EscalationStatus.SUBMITTED, otherSideResponded: false, at: now.toISOString() },
    });
    const other =
      escalation.packet.parties.find((p) => p.id === escalation.otherPartyId)?.name ?? 'The other side';
    return {
      status: DeadlineStatus.MISSED,
      notices: [
        ...(await partyNotices(
          manager,
          [escalation.escalatingPartyId, escalation.otherPartyId],
          escalation.caseId,
          eventId,
          `${other} did not add its part of the joint letter by ${escalation.positionDueOn}; the dispute went to the court without it.`,
        )),
        ...(await courtStaffNotices(manager, escalation, eventId)),
      ],
    };
  }
}

/** The ordered party's time to comply passed: the other side is told it may raise it with the court. */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.COMPLIANCE)
export class CompliancePassedHandler implements DeadlinePassedHandler {
  async passed(
    manager: EntityManager,
    deadline: DeadlineEntity,
    { eventId }: { eventId: string },
  ): Promise<PassedOutcome> {
    const ruling = await manager.findOneBy(RulingEntity, { id: deadline.subjectId });
    const escalation = ruling ? await manager.findOneBy(EscalationEntity, { id: ruling.escalationId }) : null;
    if (!ruling || !escalation) return { status: DeadlineStatus.MISSED, notices: [] };
    const ordered =
      escalation.packet.parties.find((p) => p.id === ruling.orderedPartyId)?.name ?? 'The ordered party';
    return {
      status: DeadlineStatus.MISSED,
      notices: [
        ...(await partyNotices(
          manager,
          [escalation.escalatingPartyId],
          escalation.caseId,
          eventId,
          `${ordered}'s time to comply with the court's order passed on ${deadline.dueOn} without being marked met. If it has not complied, you may raise it with the court.`,
        )),
        ...(await partyNotices(
          manager,
          [deadline.partyId],
          escalation.caseId,
          eventId,
          `Your time to comply with the court's order passed on ${deadline.dueOn}. If you have complied, mark it met; if not, do so at once.`,
        )),
      ],
    };
  }
}
