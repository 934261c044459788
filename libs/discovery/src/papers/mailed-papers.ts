import { Injectable } from '@nestjs/common';
import { CaseDirectory } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator, DeadlineKind, DeadlinesService, ServiceMethod } from '@parley/deadlines';
import { MailedPaper, MailingPaperKind, MailsPaper } from '@parley/mailings';
import { CalendarDate, Clock } from '@parley/platform';
import { spokenDate } from '@parley/rules';
import { EntityManager } from 'typeorm';
import { KIND_TITLE, RESPONSE_DAYS, RESPONSE_RULE, SetStatus } from '../discovery-enums';
import { DiscoverySetEntity } from '../sets/discovery-set.entity';
import { PapersService } from './papers.service';

/** A served set in a mailing: its paper, and its response date when it went in the mail late. */
@Injectable()
@MailsPaper(MailingPaperKind.DISCOVERY_SET)
export class MailedSets implements MailedPaper {
  constructor(
    private readonly papers: PapersService,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly deadlines: DeadlinesService,
    private readonly directory: CaseDirectory,
    private readonly clock: Clock,
  ) {}

  async print(setId: string): Promise<Uint8Array> {
    return (await this.papers.setPaper(setId)).pdf;
  }

  /**
   * FRCP 5(b)(2)(C): served by mail on the day mailed, so the response date counts from there (+3, FRCP
   * 6(d)); never earlier than the date already given. Only the party it is addressed to has a date.
   */
  async mailedAfterService(
    manager: EntityManager,
    actorId: string,
    setId: string,
    mailedOn: CalendarDate,
    to: { partyId: string },
  ): Promise<CalendarDate | null> {
    // The court's calendar before the set, as a change to the calendar takes them (it holds the
    // calendar, then locks the sets whose dates it moves): the other way round they could deadlock.
    const { caseId } = await manager.findOneOrFail(DiscoverySetEntity, {
      select: { caseId: true },
      where: { id: setId },
    });
    const theCase = await this.directory.getCase(caseId, manager);
    const court = await this.courts.getForComputation(theCase.courtId, manager);
    const set = await manager.findOneOrFail(DiscoverySetEntity, {
      where: { id: setId },
      lock: { mode: 'pessimistic_write' },
    });
    if (to.partyId !== set.respondingPartyId) return null;
    const running = set.status === SetStatus.SERVED || set.status === SetStatus.OVERDUE;
    if (!running || !set.responseDueOn || set.serviceMethod !== ServiceMethod.MAIL) return set.responseDueOn;
    const due = this.calculator.track(
      court,
      { triggeredOn: mailedOn, days: RESPONSE_DAYS, method: ServiceMethod.MAIL, filing: false },
      [
        {
          rule: 'FRCP 5(b)(2)(C)',
          text: `Mailed on ${spokenDate(mailedOn)}, after the day of service the paper states (${spokenDate(set.servedOn ?? mailedOn)}): service by mail is complete on mailing, so time runs from the mailing.`,
          date: mailedOn,
        },
        {
          rule: RESPONSE_RULE[set.kind],
          text: `${KIND_TITLE[set.kind]} are answered within ${RESPONSE_DAYS} days after being served.`,
          date: mailedOn,
        },
      ],
    );
    if (due.dueOn <= set.responseDueOn) return set.responseDueOn;
    // FRCP 36(a)(3): a set overdue on the earlier date runs again to the later one.
    const today = this.calculator.courtDay(court, this.clock.now());
    const reopen = set.status === SetStatus.OVERDUE && due.dueOn >= today;
    await manager.update(
      DiscoverySetEntity,
      { id: set.id },
      { responseDueOn: due.dueOn, ...(reopen ? { status: SetStatus.SERVED } : {}) },
    );
    await this.deadlines.move(manager, actorId, set.id, DeadlineKind.RESPONSE_DUE, due.dueOn, due.steps, {
      reopen,
    });
    return due.dueOn;
  }
}

/** A served response in a mailing: nothing runs from it, so a late mailing changes no date. */
@Injectable()
@MailsPaper(MailingPaperKind.DISCOVERY_RESPONSE)
export class MailedResponses implements MailedPaper {
  constructor(private readonly papers: PapersService) {}

  async print(responseId: string): Promise<Uint8Array> {
    return (await this.papers.responsePaper(responseId)).pdf;
  }

  async mailedAfterService(): Promise<CalendarDate | null> {
    return null;
  }
}
