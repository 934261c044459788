import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { NoticeDispatcher, NotificationKind } from '@parley/notifications';
import { Clock, HandlesJob, JobHandler, PayloadOf } from '@parley/platform';
import { DataSource } from 'typeorm';
import { DeadlineStatus } from '../deadline-enums';
import { DeadlinePassed } from '../deadline-events';
import { DeadlineEntity } from '../deadline.entity';
import { DeadlineNoticeEntity, DeadlineNoticeKind } from '../notices/deadline-notice.entity';
import { DeadlineNoticeJob } from './deadline-jobs';
import { DeadlinePassedRegistry } from './deadline-passed';
import { spokenDate } from '@parley/rules';

const DAYS: Record<string, number> = { REMINDER_7: 7, REMINDER_3: 3, REMINDER_1: 1 };

/**
 * Fires a reminder or a passing event. It re-reads everything first: a job for a date that has since
 * moved, a notice already fired or cancelled, or a deadline no longer open, does nothing. The effects,
 * the notices and the fired mark commit together, so a crash repeats all or nothing.
 */
@Injectable()
@HandlesJob(DeadlineNoticeJob)
export class DeadlineNoticeHandler implements JobHandler<PayloadOf<typeof DeadlineNoticeJob>> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: DeadlinePassedRegistry,
    private readonly notices: NoticeDispatcher,
    private readonly directory: CaseDirectory,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async handle({ deadlineId, kind, dueOn }: PayloadOf<typeof DeadlineNoticeJob>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Locks in the order every flow that closes a deadline takes them: its subject, the deadline,
      // its notices, the audit chain last. Serving a response locks the set, then the deadline, then
      // cancels the notices; a passing that held its notice first and then waited for the set
      // deadlocked with it (PostgreSQL then aborted the response).
      if (kind === DeadlineNoticeKind.PASSED) {
        // Its kind and subject never change: read without a lock to know which subject to lock.
        const facts = await manager.findOneBy(DeadlineEntity, { id: deadlineId });
        if (facts) await this.registry.handlerFor(facts.kind).lockSubject?.(manager, facts.subjectId);
      }
      const deadline = await manager.findOne(DeadlineEntity, {
        where: { id: deadlineId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!deadline) return;
      const notice = await manager.findOne(DeadlineNoticeEntity, {
        where: { deadlineId, kind },
        lock: { mode: 'pessimistic_write' },
      });
      const now = this.clock.now();
      if (!notice || notice.firedAt || notice.cancelledAt || notice.dueOn !== dueOn) return;
      // Early (a clock set back, a job armed ahead): the sweeper fires it when its time comes.
      if (now.getTime() < notice.fireAt.getTime()) return;
      notice.firedAt = now;
      await manager.save(notice);
      if (deadline.status !== DeadlineStatus.OPEN) return;
      const eventId = `deadline:${deadline.id}:${kind}:${dueOn}`;

      if (kind !== DeadlineNoticeKind.PASSED) {
        const days = DAYS[kind];
        const message = `Reminder, due ${spokenDate(deadline.dueOn)}, in ${days} day${days === 1 ? '' : 's'}: ${deadline.description}.`;
        const userIds = await this.directory.memberUserIds([deadline.partyId], manager);
        await this.notices.deliver(
          manager,
          userIds.map((userId) => ({
            userId,
            caseId: deadline.caseId,
            eventId,
            kind: NotificationKind.DEADLINE_REMINDER,
            message,
          })),
        );
        return;
      }

      const outcome = await this.registry.handlerFor(deadline.kind).passed(manager, deadline, { now });
      await manager.update(DeadlineEntity, { id: deadline.id }, { status: outcome.status, closedAt: now });
      await this.events.publish(manager, DeadlinePassed, {
        caseId: deadline.caseId,
        actorId: null,
        subjectId: deadline.id,
        before: { status: deadline.status },
        data: { status: outcome.status, kind: deadline.kind, dueOn: deadline.dueOn },
      });
    });
  }
}
