import { Injectable } from '@nestjs/common';
import { DeadlineFacts, DeadlineFollower, DeadlineKind, FollowsDeadline } from '@parley/deadlines';
import { endOfDay } from '@parley/rules';
import { EntityManager } from 'typeorm';
import { ConferralRequestEntity } from './conferral-request.entity';

/**
 * A request to confer's time to answer follows its deadline when a change to the court's calendar
 * moves it: the request becomes an attempt only after the moved date (FRCP 37(a)(1)).
 */
@Injectable()
@FollowsDeadline(DeadlineKind.CONFERRAL_WINDOW)
export class ConferralWindowFollower implements DeadlineFollower {
  async lockSubject(manager: EntityManager, subjectId: string): Promise<void> {
    await manager.findOne(ConferralRequestEntity, {
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
      ConferralRequestEntity,
      { id: deadline.subjectId },
      { answerByOn: deadline.dueOn, answerBy: endOfDay(deadline.dueOn, timeZone) },
    );
  }
}
