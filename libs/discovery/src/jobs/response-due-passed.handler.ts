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
import { lateResponseFlags } from '@parley/rules';
import { EntityManager } from 'typeorm';
import { SetStatus } from '../discovery-enums';
import { DiscoverySetEntity } from '../sets/discovery-set.entity';

/**
 * The time to respond ran out with nothing served: the set is OVERDUE and both sides are told what the
 * rules attach to it (FRCP 36(a)(3) for admissions, 33(b)(4) for objections), flagged, not decided.
 */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.RESPONSE_DUE)
export class ResponseDuePassedHandler implements DeadlinePassedHandler {
  constructor(private readonly audit: AuditService) {}

  async passed(
    manager: EntityManager,
    deadline: DeadlineEntity,
    { eventId }: { eventId: string },
  ): Promise<PassedOutcome> {
    const set = await manager.findOne(DiscoverySetEntity, {
      where: { id: deadline.subjectId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!set || set.status !== SetStatus.SERVED) return { status: DeadlineStatus.MISSED, notices: [] };
    set.status = SetStatus.OVERDUE;
    await manager.save(set);
    await this.audit.append(manager, {
      caseId: set.caseId,
      actorId: null,
      action: 'SET_OVERDUE',
      subjectType: 'DiscoverySet',
      subjectId: set.id,
      before: { status: SetStatus.SERVED },
      after: { status: SetStatus.OVERDUE, responseDueOn: set.responseDueOn },
    });
    const consequence = lateResponseFlags(set.kind, true)
      .map((f) => `${f.message.replace(/^Served late: /, '')} (${f.rule})`)
      .join(' ');
    const notice = (userIds: string[], message: string): Notice[] =>
      userIds.map((userId) => ({
        userId,
        caseId: set.caseId,
        kind: NotificationKind.DEADLINE_PASSED,
        message,
        eventId,
      }));
    return {
      status: DeadlineStatus.MISSED,
      notices: [
        ...notice(
          await memberUserIds(manager, [set.respondingPartyId]),
          `The time to respond to “${set.title}” ran out on ${set.responseDueOn}. Serve your responses as soon as you can. ${consequence}`.trim(),
        ),
        ...notice(
          await memberUserIds(manager, [set.servingPartyId]),
          `No responses to “${set.title}” were served by ${set.responseDueOn}. ${consequence}`.trim(),
        ),
      ],
    };
  }
}
