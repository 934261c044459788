import { CalendarDate } from './calendar-date';
import { dayFacts, readDay } from './day-number';
import { DeadlineInputError } from './deadline-input.error';
import { assertTimeZone } from './time-zone';

/**
 * The kinds of day a court's calendar carries beyond the federal list.
 * STATE_HOLIDAY: a day the court's state declares a holiday; a legal holiday for forward-counted
 * periods only (FRCP 6(a)(6)(C)).
 * DECLARED_HOLIDAY: a day declared a holiday by the President or Congress (FRCP 6(a)(6)(B)), e.g. an
 * executive order closing federal offices; a legal holiday in both directions.
 * CLERK_OFFICE_INACCESSIBLE: a day the clerk's office could not be reached (a closure for weather, a
 * filing system down). Not a legal holiday: it extends only a time for filing with the court, not one
 * between the parties (FRCP 6(a)(3)(A)).
 */
export const COURT_DAY_KINDS = ['STATE_HOLIDAY', 'DECLARED_HOLIDAY', 'CLERK_OFFICE_INACCESSIBLE'] as const;
export type CourtDayKind = (typeof COURT_DAY_KINDS)[number];

/** A court's own day off beyond the federal list, with where it comes from. */
export interface CourtDay {
  date: CalendarDate;
  kind: CourtDayKind;
  source: string;
}

/** What the rules need to know about a court: its IANA time zone (FRCP 6(a)(4)) and its extra days. */
export interface CourtCalendar {
  timeZone: string;
  extraDays: readonly CourtDay[];
}

/** A checked calendar, its extra days indexed by date and kind. */
export interface CalendarIndex {
  timeZone: string;
  declared: ReadonlyMap<CalendarDate, CourtDay>;
  state: ReadonlyMap<CalendarDate, CourtDay>;
  inaccessible: ReadonlyMap<CalendarDate, CourtDay>;
}

// Indexes already built, per list of extra days: a court's calendar is read far more often than it
// changes, and a caller counting many periods on one court (a calendar change recounting every open
// deadline) passes the same list each time. The list is read as immutable, as its type says: a
// changed calendar is a new list. Held weakly, so a list no one holds frees its index.
const indexed = new WeakMap<readonly CourtDay[], { timeZone: string; size: number; index: CalendarIndex }>();

/** Checks a court calendar and indexes its extra days; throws DeadlineInputError on a bad entry. */
export function indexCalendar(calendar: CourtCalendar): CalendarIndex {
  if (typeof calendar !== 'object' || calendar === null) {
    throw new DeadlineInputError('calendar must give the court’s timeZone and extraDays.');
  }
  assertTimeZone(calendar.timeZone);
  if (!Array.isArray(calendar.extraDays)) {
    throw new DeadlineInputError('calendar.extraDays must be a list of court days (it may be empty).');
  }
  const known = indexed.get(calendar.extraDays);
  if (known?.timeZone === calendar.timeZone && known.size === calendar.extraDays.length) return known.index;
  const index = buildIndex(calendar);
  indexed.set(calendar.extraDays, { timeZone: calendar.timeZone, size: calendar.extraDays.length, index });
  return index;
}

function buildIndex(calendar: CourtCalendar): CalendarIndex {
  const declared = new Map<CalendarDate, CourtDay>();
  const state = new Map<CalendarDate, CourtDay>();
  const inaccessible = new Map<CalendarDate, CourtDay>();
  const byKind: Record<CourtDayKind, Map<CalendarDate, CourtDay>> = {
    DECLARED_HOLIDAY: declared,
    STATE_HOLIDAY: state,
    CLERK_OFFICE_INACCESSIBLE: inaccessible,
  };
  // A plain loop with labels built only for an error: a court's calendar is indexed on every
  // computation, so this runs hot.
  const { extraDays } = calendar;
  for (let i = 0; i < extraDays.length; i++) {
    const day: CourtDay = extraDays[i];
    if (typeof day !== 'object' || day === null)
      throw new DeadlineInputError(`${dayLabel(i)} must be a court day.`);
    // Normalised so the index keys match the days the computation asks about.
    const date = dayFacts(readDay(day.date, `${dayLabel(i)}.date`)).iso;
    if (typeof day.source !== 'string' || day.source.trim() === '') {
      throw new DeadlineInputError(`${dayLabel(i)}.source must say where the holiday comes from.`);
    }
    const index = Object.prototype.hasOwnProperty.call(byKind, day.kind) ? byKind[day.kind] : undefined;
    if (!index) {
      throw new DeadlineInputError(
        `${dayLabel(i)}.kind must be one of ${COURT_DAY_KINDS.join(', ')}; got ${JSON.stringify(day.kind) ?? 'nothing'}.`,
      );
    }
    index.set(date, day);
  }
  return { timeZone: calendar.timeZone, declared, state, inaccessible };
}

function dayLabel(i: number): string {
  return `calendar.extraDays[${i}]`;
}
