import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '@parley/accounts';
import { DomainEvents } from '@parley/audit';
import { CourtCalendarStore, CourtModel, CourtSettings, CourtsService } from '@parley/courts';
import { BadInputError, Clock, ConflictError, Grant, NotFoundError } from '@parley/platform';
import { courtDayOf, courtDayProblem } from '@parley/rules';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarChange, dayOffWords } from '../deadline-events';
import { CourtCalendarChanged, CourtSettingsChanged } from './court-calendar-events';
import { AddCourtHolidayInput, RemoveCourtHolidayInput, UpdateCourtInput } from './court-calendar.inputs';
import { DeadlineRecomputer } from './deadline-recomputer';

const SETTINGS: ReadonlyArray<keyof CourtSettings> = [
  'conferralResponseDays',
  'jointLetterPageLimit',
  'positionResponseDays',
];

/**
 * A court's calendar and settings after it is set up (DOMAIN.md, "The calendar changes"). Each change
 * runs in one transaction holding the court's calendar: the day, the court's audit link, and the open
 * deadlines it moves with their events and notices, all or nothing.
 */
@Injectable()
export class CourtCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: CourtCalendarStore,
    private readonly courts: CourtsService,
    private readonly users: UsersService,
    private readonly recomputer: DeadlineRecomputer,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /**
   * grant: court.calendar.change. The same day, kind and source again changes nothing (a retried
   * request is safe); another entry for that day is a CONFLICT: remove it first, so that no change
   * to a day's meaning goes unrecorded.
   */
  addHoliday(grant: Grant, input: AddCourtHolidayInput): Promise<CourtModel> {
    return this.dataSource.transaction(async (manager) => {
      const court = await this.store.holdForChange(manager, grant.subject.id);
      const problem = courtDayProblem(input.date, courtDayOf(this.clock.now(), court.timeZone));
      if (problem) throw new BadInputError(problem);
      const existing = await this.store.holidayOn(manager, court.id, input.date);
      if (existing) {
        if (existing.kind === input.kind && existing.source === input.source) return court;
        throw new ConflictError(
          `${input.date} is already on the calendar of ${court.name} as ${dayOffWords(existing.kind)} (${existing.source}). Remove it first to enter it differently.`,
        );
      }
      const day = { date: input.date, kind: input.kind, source: input.source };
      await this.store.addHoliday(manager, court.id, day);
      return this.changed(manager, grant, court, { change: 'ADDED', ...day });
    });
  }

  /** grant: court.calendar.change. */
  removeHoliday(grant: Grant, input: RemoveCourtHolidayInput): Promise<CourtModel> {
    return this.dataSource.transaction(async (manager) => {
      const court = await this.store.holdForChange(manager, grant.subject.id);
      const removed = await this.store.removeHoliday(manager, court.id, input.date);
      if (!removed) throw new NotFoundError(`The day off on ${input.date}`);
      return this.changed(manager, grant, court, { change: 'REMOVED', ...removed });
    });
  }

  /**
   * grant: court.settings.change. Settings count the periods that start after the change: a request
   * to confer already sent keeps the time it gave, as the other side was told.
   */
  updateSettings(grant: Grant, input: UpdateCourtInput): Promise<CourtModel> {
    const given = SETTINGS.filter((key) => input[key] !== undefined && input[key] !== null);
    if (given.length === 0) {
      throw new BadInputError(`Give at least one setting to change: ${SETTINGS.join(', ')}.`);
    }
    return this.dataSource.transaction(async (manager) => {
      const court = await this.store.holdForChange(manager, grant.subject.id);
      const before = settingsOf(court);
      const after = { ...before };
      for (const key of given) after[key] = input[key] as number;
      if (SETTINGS.every((key) => before[key] === after[key])) return court;
      await this.store.updateSettings(manager, court.id, after);
      await this.events.publish(manager, CourtSettingsChanged, {
        caseId: null,
        courtId: court.id,
        actorId: grant.actor.userId,
        subjectId: court.id,
        before: { ...before },
        data: { ...after, ...(await this.changedBy(manager, grant, court)) },
        notify: { court: court.id, exceptUsers: [grant.actor.userId] },
      });
      return this.courts.get(court.id, manager);
    });
  }

  /** Records a day added or removed on the court's chain, then moves the open deadlines it moves. */
  private async changed(
    manager: EntityManager,
    grant: Grant,
    court: CourtModel,
    change: CalendarChange,
  ): Promise<CourtModel> {
    await this.events.publish(manager, CourtCalendarChanged, {
      caseId: null,
      courtId: court.id,
      actorId: grant.actor.userId,
      subjectId: court.id,
      data: { ...change, ...(await this.changedBy(manager, grant, court)) },
      notify: { court: court.id, exceptUsers: [grant.actor.userId] },
    });
    const now = await this.courts.get(court.id, manager);
    await this.recomputer.afterCalendarChange(manager, now, grant.actor.userId, change);
    return now;
  }

  private async changedBy(manager: EntityManager, grant: Grant, court: CourtModel) {
    const by = await this.users.get(grant.actor.userId, manager);
    return { courtName: court.name, byName: by.name, byRole: by.role };
  }
}

function settingsOf(court: CourtModel): CourtSettings {
  return {
    conferralResponseDays: court.conferralResponseDays,
    jointLetterPageLimit: court.jointLetterPageLimit,
    positionResponseDays: court.positionResponseDays,
  };
}
