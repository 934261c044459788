import { DateTime } from 'luxon';
import { describeDay, isWeekendDay, toCalendarDate } from './calendar-date';
import { CourtDay } from './court-calendar';
import { DeadlineInputError } from './deadline-input.error';
import { federalHolidayOn, LAST_HOLIDAY_YEAR } from './federal-holidays';

/**
 * The list below is Cal. Gov. Code § 6700(a) as amended in 2022 (Lunar New Year, Genocide
 * Remembrance Day and Juneteenth added, the paragraphs renumbered), in force from 2023. Earlier years
 * had other lists and other paragraph numbers, so they are refused rather than answered wrongly.
 */
export const FIRST_CALIFORNIA_YEAR = 2023;

interface FixedDay {
  month: number;
  day: number;
  name: string;
  paragraph: string;
  /** Named in § 6701: "falls upon a Sunday, the Monday following is a holiday". */
  sundayMovesToMonday: boolean;
}

// § 6700(a)'s full days that the federal list of FRCP 6(a)(6)(A) does not already hold. Left out:
// (a)(1) Sundays (weekend days anyway); (a)(2), (3), (6), (9), (10), (11), (12), (15), (16), (17), the
// federal holidays under the same or another name; (a)(4) Lunar New Year, defined by the new moon
// with no time zone, so the day can differ between California and East Asia (2030: Feb 2 or 3) and
// the Governor's proclamation settles it: court staff add it with addCourtHoliday; (a)(18) Good
// Friday from noon to 3 p.m., not a whole day, so never the day a period ends on; (a)(19) days the
// Governor appoints, one at a time, added the same way.
const FIXED_DAYS: readonly FixedDay[] = [
  { month: 2, day: 12, name: 'Lincoln Day', paragraph: '(a)(5)', sundayMovesToMonday: true },
  { month: 3, day: 31, name: 'Cesar Chavez Day', paragraph: '(a)(7)', sundayMovesToMonday: true },
  // § 6701's list of days moved from a Sunday predates April 24 and does not name it; we do not
  // invent an observed Monday the statute does not give.
  { month: 4, day: 24, name: 'Genocide Remembrance Day', paragraph: '(a)(8)', sundayMovesToMonday: false },
  { month: 9, day: 9, name: 'Admission Day', paragraph: '(a)(13)', sundayMovesToMonday: true },
];

const MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];

/**
 * California's state holidays (FRCP 6(a)(6)(C): a legal holiday for forward-counted periods in a
 * district court in California) from `fromYear` to `toYear`, each with its source, in date order:
 * - Cal. Gov. Code § 6700(a): Lincoln Day (Feb 12), Cesar Chavez Day (Mar 31), Genocide Remembrance
 *   Day (Apr 24), Admission Day (Sep 9), Native American Day (the fourth Friday in September);
 * - § 6701: when Feb 12, Mar 31 or Sep 9 falls on a Sunday, the Monday following. A day falling on a
 *   Saturday stays there: § 6701 moves only November 11 back to Friday (a federal holiday anyway), and
 *   the Saturday-to-Friday rule of Cal. Rules of Court, rule 1.11 governs when the state's own courts
 *   close, not which days the state declares holidays;
 * - Cal. Code Civ. Proc. § 135: the day after Thanksgiving Day, which that section declares a
 *   judicial holiday (it is not in § 6700).
 * Days on a Saturday or Sunday, or on a federal holiday, are left out: the count already passes
 * over them (FRCP 6(a)(1)(C), 6(a)(6)(A)).
 */
export function californiaStateHolidays(fromYear: number, toYear: number): CourtDay[] {
  for (const [label, year] of [
    ['fromYear', fromYear],
    ['toYear', toYear],
  ] as const) {
    if (!Number.isInteger(year) || year < FIRST_CALIFORNIA_YEAR || year > LAST_HOLIDAY_YEAR) {
      throw new DeadlineInputError(
        `${label} must be a year from ${FIRST_CALIFORNIA_YEAR} to ${LAST_HOLIDAY_YEAR}; got ${String(year)}.`,
      );
    }
  }
  if (fromYear > toYear) {
    throw new DeadlineInputError(`fromYear (${fromYear}) must not come after toYear (${toYear}).`);
  }
  const days: CourtDay[] = [];
  for (let year = fromYear; year <= toYear; year++) days.push(...yearOf(year));
  return days;
}

function yearOf(year: number): CourtDay[] {
  const found: Array<{ day: DateTime; source: string }> = [];
  for (const fixed of FIXED_DAYS) {
    const day = DateTime.utc(year, fixed.month, fixed.day);
    const source = `Cal. Gov. Code § 6700${fixed.paragraph}: ${fixed.name}, ${MONTHS[fixed.month]} ${fixed.day}`;
    found.push({ day, source });
    if (fixed.sundayMovesToMonday && day.weekday === 7) {
      found.push({
        day: day.plus({ days: 1 }),
        source: `Cal. Gov. Code § 6701: ${fixed.name} (§ 6700${fixed.paragraph}) falls on ${describeDay(day)}, so the Monday following is a holiday`,
      });
    }
  }
  found.push({
    day: nthWeekday(year, 9, 5, 4),
    source: 'Cal. Gov. Code § 6700(a)(14): Native American Day, the fourth Friday in September',
  });
  found.push({
    day: nthWeekday(year, 11, 4, 4).plus({ days: 1 }),
    source: 'Cal. Code Civ. Proc. § 135: the day after Thanksgiving Day, a judicial holiday',
  });
  return found
    .filter(({ day }) => !isWeekendDay(day) && !federalHolidayOn(toCalendarDate(day), year))
    .sort((a, b) => a.day.toMillis() - b.day.toMillis())
    .map(({ day, source }) => ({ date: toCalendarDate(day), kind: 'STATE_HOLIDAY' as const, source }));
}

/** The nth (1-based) weekday (luxon: 1 = Monday … 7 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): DateTime {
  const first = DateTime.utc(year, month, 1);
  return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
}
