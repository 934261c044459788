import { Injectable } from '@nestjs/common';
import { DeadlineFacts, DeadlineFollower, DeadlineKind, FollowsDeadline } from '@parley/deadlines';
import { endOfDay } from '@parley/rules';
import { EntityManager } from 'typeorm';
import { EscalationEntity } from './escalation.entity';

/**
 * The other side's time to add its part of the joint letter follows its deadline when a change to
 * the court's calendar moves it; the packet waits for the new end of the window.
 */
@Injectable()
@FollowsDeadline(DeadlineKind.POSITION_DUE)
export class PositionDueFollower implements DeadlineFollower {
  async lockSubject(manager: EntityManager, subjectId: string): Promise<void> {
    await manager.findOne(EscalationEntity, {
      where: { id: subjectId },
      lock: { mode: 'pessimistic_write' },
    });
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
