import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@parley/audit';
import {
  DeadlineFacts,
  DeadlineFollower,
  DeadlineKind,
  DeadlinePassedHandler,
  DeadlineStatus,
  FollowsDeadline,
  HandlesDeadlinePassing,
  PassedOutcome,
} from '@parley/deadlines';
import { EntityManager } from 'typeorm';
import { ClawbackUnanswered } from '../production-events';
import { ClawbackEntity } from './clawback.entity';
import { batesRangeWords } from './clawback-reads';
import { formatBates } from '../volume';

/** The receiving party let the week pass without saying what it did with the pages: on the record. */
@Injectable()
@HandlesDeadlinePassing(DeadlineKind.CLAWBACK_ANSWER)
export class ClawbackAnswerPassedHandler implements DeadlinePassedHandler {
  constructor(private readonly events: DomainEvents) {}

  async passed(manager: EntityManager, deadline: DeadlineFacts): Promise<PassedOutcome> {
    const clawback = await manager.findOneBy(ClawbackEntity, { id: deadline.subjectId });
    if (!clawback) return { status: DeadlineStatus.MISSED };
    if (clawback.outcome !== null) return { status: DeadlineStatus.MET };
    await this.events.publish(manager, ClawbackUnanswered, {
      caseId: clawback.caseId,
      actorId: null,
      subjectId: clawback.id,
      data: {
        range: batesRangeWords(
          formatBates(clawback.batesPrefix, clawback.firstBates),
          formatBates(clawback.batesPrefix, clawback.lastBates),
        ),
        receivingPartyId: clawback.receivingPartyId,
        dueOn: deadline.dueOn,
      },
    });
    return { status: DeadlineStatus.MISSED };
  }
}

/** The clawback keeps its own copy of the day to answer by: it follows a change to the court's calendar. */
@Injectable()
@FollowsDeadline(DeadlineKind.CLAWBACK_ANSWER)
export class ClawbackAnswerFollower implements DeadlineFollower {
  async lockSubject(manager: EntityManager, subjectId: string): Promise<void> {
    await manager.query(`SELECT id FROM clawbacks WHERE id = $1 FOR UPDATE`, [subjectId]);
  }

  async moved(manager: EntityManager, deadline: DeadlineFacts): Promise<void> {
    await manager.update(ClawbackEntity, { id: deadline.subjectId }, { answerDueOn: deadline.dueOn });
  }
}
