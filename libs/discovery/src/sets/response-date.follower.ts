import { Injectable } from '@nestjs/common';
import { DeadlineFacts, DeadlineFollower, DeadlineKind, FollowsDeadline } from '@parley/deadlines';
import { EntityManager } from 'typeorm';
import { DiscoverySetEntity } from './discovery-set.entity';

/** A set's response date follows its deadline when a change to the court's calendar moves it. */
@Injectable()
@FollowsDeadline(DeadlineKind.RESPONSE_DUE)
export class ResponseDateFollower implements DeadlineFollower {
  async lockSubject(manager: EntityManager, subjectId: string): Promise<void> {
    await manager.findOne(DiscoverySetEntity, {
      where: { id: subjectId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async moved(manager: EntityManager, deadline: DeadlineFacts): Promise<void> {
    await manager.update(DiscoverySetEntity, { id: deadline.subjectId }, { responseDueOn: deadline.dueOn });
  }
}
