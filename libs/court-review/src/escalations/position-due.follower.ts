import { Injectable } from '@nestjs/common';
import { DeadlineFacts, DeadlineFollower, DeadlineKind, FollowsDeadline } from '@parley/deadlines';
import { endOfDay } from '@parley/rules';
import { EntityManager } from 'typeorm';
import { EscalationEntity } from './escalation.entity';

/** An escalation's row, locked for the transaction. */
export const lockEscalation = (manager: EntityManager, id: string) =>
  manager.findOne(EscalationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });

/**
 * The other side's time to add its part of the joint letter follows its deadline when a change to
 * the court's calendar moves it; the packet waits for the new end of the window.
 */
@Injectable()
@FollowsDeadline(DeadlineKind.POSITION_DUE)
export class PositionDueFollower implements DeadlineFollower {
  async lockSubject(manager: EntityManager, subjectId: string): Promise<void> {
    await lockEscalation(manager, subjectId);
  }

  async moved(
    manager: EntityManager,
    deadline: DeadlineFacts,
    { timeZone }: { timeZone: string },
  ): Promise<void> {
    await manager.update(
      EscalationEntity,
      { id: deadline.subjectId },
      { positionDueOn: deadline.dueOn, positionWindowEndsAt: endOfDay(deadline.dueOn, timeZone) },
    );
  }
}
