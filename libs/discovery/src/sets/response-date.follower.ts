import { Injectable } from '@nestjs/common';
import { DeadlineFacts, DeadlineFollower, DeadlineKind, FollowsDeadline } from '@parley/deadlines';
import { EntityManager } from 'typeorm';
import { DiscoverySetEntity } from './discovery-set.entity';

/** A set's row, locked for the transaction. */
export const lockSet = (manager: EntityManager, id: string) =>
  manager.findOne(DiscoverySetEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });

/** A set's response date follows its deadline when a change to the court's calendar moves it. */
@Injectable()
@FollowsDeadline(DeadlineKind.RESPONSE_DUE)
export class ResponseDateFollower implements DeadlineFollower {
  async lockSubject(manager: EntityManager, subjectId: string): Promise<void> {
    await lockSet(manager, subjectId);
  }

  async moved(manager: EntityManager, deadline: DeadlineFacts): Promise<void> {
    await manager.update(DiscoverySetEntity, { id: deadline.subjectId }, { responseDueOn: deadline.dueOn });
  }
}
