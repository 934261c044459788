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
import { SetStatus } from '../discovery-enums';
import { SetOverdue } from '../discovery-events';
import { lockSet } from '../sets/response-date.follower';

/**
 * The time to respond ran out with nothing served: the set is OVERDUE and both sides are told what the
 * rules attach to it (FRCP 36(a)(3) for admissions, 33(b)(4) for objections), flagged, not decided.
 */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.RESPONSE_DUE)
export class ResponseDuePassedHandler implements DeadlinePassedHandler {
  constructor(private readonly events: DomainEvents) {}

  async lockSubject(manager: EntityManager, subjectId: string): Promise<void> {
    await lockSet(manager, subjectId);
  }

  async passed(manager: EntityManager, deadline: DeadlineFacts): Promise<PassedOutcome> {
    const set = await lockSet(manager, deadline.subjectId);
    if (!set || set.status !== SetStatus.SERVED) return { status: DeadlineStatus.MISSED };
    set.status = SetStatus.OVERDUE;
    await manager.save(set);
    await this.events.publish(manager, SetOverdue, {
      caseId: set.caseId,
      actorId: null,
      subjectId: set.id,
      before: { status: SetStatus.SERVED },
      data: {
        title: set.title,
        kind: set.kind,
        status: SetStatus.OVERDUE,
        responseDueOn: set.responseDueOn,
        servingPartyId: set.servingPartyId,
        respondingPartyId: set.respondingPartyId,
      },
      notify: { parties: [set.respondingPartyId, set.servingPartyId] },
    });
    return { status: DeadlineStatus.MISSED };
  }
}
