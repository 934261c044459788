import { CalendarDate } from './calendar-date';
import { assertDirection, CountDirection } from './count-direction';
import { CalendarIndex, CourtCalendar, CourtDay, indexCalendar } from './court-calendar';
import { dayFacts, DayNumber, readDay } from './day-number';
import { federalHolidayOn } from './federal-holidays';

/** A legal holiday found on a day: its name, the rule that makes it one, and a phrase for the steps. */
export interface HolidayMatch {
  name: string;
  rule: string;
  /** Reads after "<day> is ": e.g. "Labor Day, a legal holiday (FRCP 6(a)(6)(A))". */
  phrase: string;
}

/**
 * The legal holiday (FRCP 6(a)(6)) on a day, for a period counted in `direction`:
 * (A) the federal holidays, on their observed days (5 U.S.C. 6103(b));
 * (B) days declared a holiday by the President or Congress, in both directions;
 * (C) days the court's state declares a holiday, for periods counted forward only.
 */
export function holidayOn(
  day: DayNumber,
  calendar: CalendarIndex,
  direction: CountDirection,
): HolidayMatch | null {
  const { iso: date, year } = dayFacts(day);
  const federal = federalHolidayOn(date, year);
  if (federal) {
    if (!federal.observed) {
      const rule = 'FRCP 6(a)(6)(A)';
      return { name: federal.name, rule, phrase: `${federal.name}, a legal holiday (${rule})` };
    }
    const rule = 'FRCP 6(a)(6)(A); 5 U.S.C. 6103(b)';
    const statutory = dayFacts(readDay(federal.statutoryDate)).spoken;
    return {
      name: `${federal.name} (observed)`,
      rule,
      phrase: `the day ${federal.name} is observed (the holiday itself falls on ${statutory}), a legal holiday (${rule})`,
    };
  }
  const declared = calendar.declared.get(date);
  if (declared) {
    const rule = 'FRCP 6(a)(6)(B)';
    return {
      name: `Declared holiday: ${declared.source}`,
      rule,
      phrase: `a day declared a holiday (${declared.source}), a legal holiday (${rule})`,
    };
  }
  const state = direction === 'AFTER' ? calendar.state.get(date) : undefined;
  if (state) {
    const rule = 'FRCP 6(a)(6)(C)';
    return {
      name: `State holiday: ${state.source}`,
      rule,
      phrase: `a state holiday (${state.source}), a legal holiday for periods counted forward (${rule})`,
    };
  }
  return null;
}

/** The state holiday on a day, whatever the direction: used to say why one did not count backward. */
export function stateHolidayOn(day: DayNumber, calendar: CalendarIndex): CourtDay | undefined {
  return calendar.state.get(dayFacts(day).iso);
}

/**
 * The day's entry when the clerk's office was inaccessible. Not a legal holiday: FRCP 6(a)(3)(A)
 * extends only "the time for filing", so only a filing deadline passes over it.
 */
export function inaccessibleOn(day: DayNumber, calendar: CalendarIndex): CourtDay | undefined {
  return calendar.inaccessible.get(dayFacts(day).iso);
}

/**
 * Whether a day is a legal holiday under FRCP 6(a)(6) for a period counted in `direction`, and if so
 * its name and the rule that makes it one. Weekends are not holidays; see isWeekend.
 */
export function legalHoliday(
  date: CalendarDate,
  calendar: CourtCalendar,
  direction: CountDirection,
): { name: string; rule: string } | null {
  const day = readDay(date);
  assertDirection(direction);
  const match = holidayOn(day, indexCalendar(calendar), direction);
  return match && { name: match.name, rule: match.rule };
}
