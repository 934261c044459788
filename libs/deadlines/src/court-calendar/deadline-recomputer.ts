import { Injectable } from '@nestjs/common';
import { CaseDirectory } from '@parley/cases';
import { CourtModel } from '@parley/courts';
import { EntityManager } from 'typeorm';
import { CalendarChange } from '../deadline-events';
import { DeadlinesService } from '../deadlines.service';
import { DeadlineFollowers } from './deadline-followers';

/**
 * After a day is added to or removed from a court's calendar: every open deadline of every case in
 * that court whose count reads the day is counted again, in the transaction of the change (the
 * caller holds the calendar). Those whose date moves are moved with their reminders and their
 * subject's copy of the date, and the parties told; the rest are not touched.
 *
 * In the change's own transaction rather than a later job: the calendar and the dates it gives never
 * disagree, not even for a moment, and the answer to the change already reflects them. The work is
 * bounded by the deadlines whose count reads that one day (a count reads only the days from its last
 * day to its due date), a handful per day even in a busy court, not by the court's size.
 */
@Injectable()
export class DeadlineRecomputer {
  constructor(
    private readonly directory: CaseDirectory,
    private readonly deadlines: DeadlinesService,
    private readonly followers: DeadlineFollowers,
  ) {}

  /** Returns how many deadlines moved. */
  async afterCalendarChange(
    manager: EntityManager,
    court: CourtModel,
    actorId: string,
    change: CalendarChange,
  ): Promise<number> {
    const caseIds = await this.directory.caseIdsInCourt(court.id, manager);
    const candidates = await this.deadlines.countsReading(manager, caseIds, change.date);
    const moving = candidates.filter((d) => this.deadlines.recountedMove(court, d) !== null);
    // Every row before any event: publishing locks a case's audit chain, which other flows take
    // last, after the subject and the deadline; taking the rows first keeps to that order.
    for (const deadline of moving) {
      await this.followers.of(deadline.kind).lockSubject(manager, deadline.subjectId);
    }
    await this.deadlines.lockRows(
      manager,
      moving.map((d) => d.id),
    );
    let moved = 0;
    for (const candidate of moving) {
      const deadline = await this.deadlines.recount(manager, candidate.id, court, actorId, change);
      if (!deadline) continue;
      const { id, caseId, partyId, kind, subjectId, dueOn } = deadline;
      await this.followers
        .of(kind)
        .moved(manager, { id, caseId, partyId, kind, subjectId, dueOn }, { timeZone: court.timeZone });
      moved += 1;
    }
    return moved;
  }
}
