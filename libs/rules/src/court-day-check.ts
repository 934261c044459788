import { CalendarDate, describeDay, isWeekendDay, parseCalendarDate, toCalendarDate } from './calendar-date';
import { federalHolidayOn, FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR } from './federal-holidays';

/**
 * How far from today a court's day off may be entered: a closure is often entered after the fact,
 * rarely more than a year on (only deadlines still open move); statutes fix holidays years ahead, but
 * a date more than ten years out is a typing slip (2062 for 2026), not a plan.
 */
export const COURT_DAY_YEARS_BACK = 1;
export const COURT_DAY_YEARS_AHEAD = 10;

/**
 * Why a day should not go on a court's calendar, in words the person entering it can act on; null
 * when it may. A Saturday, Sunday or federal holiday is closed for every count already (FRCP
 * 6(a)(1)(C), 6(a)(6)(A)): an entry there would change nothing and only mislead.
 */
export function courtDayProblem(date: CalendarDate, today: CalendarDate): string | null {
  const day = parseCalendarDate(date, 'date');
  const now = parseCalendarDate(today, 'today');
  const earliest = now.minus({ years: COURT_DAY_YEARS_BACK });
  const latest = now.plus({ years: COURT_DAY_YEARS_AHEAD });
  if (day < earliest || day > latest || day.year < FIRST_HOLIDAY_YEAR || day.year > LAST_HOLIDAY_YEAR) {
    return `date must fall between ${toCalendarDate(earliest)} and ${toCalendarDate(latest)} (a year before today to ten years after); got ${date}.`;
  }
  if (isWeekendDay(day)) {
    return `${describeDay(day)} is a weekend day, which no period ends on anyway (FRCP 6(a)(1)(C)); there is nothing to add.`;
  }
  const federal = federalHolidayOn(date, day.year);
  if (federal) {
    const name = federal.observed ? `the day ${federal.name} is observed` : federal.name;
    return `${describeDay(day)} is already ${name}, a legal holiday everywhere (FRCP 6(a)(6)(A)); there is nothing to add.`;
  }
  return null;
}
