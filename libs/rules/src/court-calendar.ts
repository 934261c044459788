import { CalendarDate, parseCalendarDate, toCalendarDate } from './calendar-date';
import { DeadlineInputError } from './deadline-input.error';
import { assertTimeZone } from './time-zone';

/**
 * A court's own day off beyond the federal list, with where it comes from.
 * STATE_HOLIDAY: a day the court's state declares a holiday; a legal holiday for forward-counted
 * periods only (FRCP 6(a)(6)(C)).
 * DECLARED_HOLIDAY: a day declared a holiday by the President or Congress (FRCP 6(a)(6)(B)), e.g. an
 * executive order closing federal offices; a legal holiday in both directions.
 */
export interface CourtDay {
  date: CalendarDate;
  kind: 'STATE_HOLIDAY' | 'DECLARED_HOLIDAY';
  source: string;
}

/** What the rules need to know about a court: its IANA time zone (FRCP 6(a)(4)) and its extra days. */
export interface CourtCalendar {
  timeZone: string;
  extraDays: readonly CourtDay[];
}

/** A checked calendar, its extra days indexed by date (a declared holiday wins over a state one). */
export interface CalendarIndex {
  timeZone: string;
  declared: ReadonlyMap<CalendarDate, CourtDay>;
  state: ReadonlyMap<CalendarDate, CourtDay>;
}

/** Checks a court calendar and indexes its extra days; throws DeadlineInputError on a bad entry. */
export function indexCalendar(calendar: CourtCalendar): CalendarIndex {
  if (typeof calendar !== 'object' || calendar === null) {
    throw new DeadlineInputError('calendar must give the court’s timeZone and extraDays.');
  }
  assertTimeZone(calendar.timeZone);
  if (!Array.isArray(calendar.extraDays)) {
    throw new DeadlineInputError('calendar.extraDays must be a list of court days (it may be empty).');
  }
  const declared = new Map<CalendarDate, CourtDay>();
  const state = new Map<CalendarDate, CourtDay>();
  calendar.extraDays.forEach((day: CourtDay, i: number) => {
    const label = `calendar.extraDays[${i}]`;
    if (typeof day !== 'object' || day === null)
      throw new DeadlineInputError(`${label} must be a court day.`);
    // Normalised through luxon so the index keys match the days the computation asks about.
    const date = toCalendarDate(parseCalendarDate(day.date, `${label}.date`));
    if (typeof day.source !== 'string' || day.source.trim() === '') {
      throw new DeadlineInputError(`${label}.source must say where the holiday comes from.`);
    }
    if (day.kind === 'DECLARED_HOLIDAY') declared.set(date, day);
    else if (day.kind === 'STATE_HOLIDAY') state.set(date, day);
    else {
      throw new DeadlineInputError(
        `${label}.kind must be STATE_HOLIDAY or DECLARED_HOLIDAY; got ${JSON.stringify(day.kind) ?? 'nothing'}.`,
      );
    }
  });
  return { timeZone: calendar.timeZone, declared, state };
}
