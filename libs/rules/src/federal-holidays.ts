import { allForYear } from '@18f/us-federal-holidays';
import { CalendarDate } from './calendar-date';
import { DeadlineInputError } from './deadline-input.error';

/** One federal legal holiday of a year, on the day it is observed. */
export interface FederalHoliday {
  /** The day observed: the statutory day, or the Friday before / Monday after it (5 U.S.C. 6103(b)). */
  date: CalendarDate;
  name: string;
  /** True when `date` is the observed day of a holiday whose statutory day falls on a weekend. */
  observed: boolean;
}

/** A federal holiday with the statutory day it stands for, used to explain an observed day in steps. */
export interface FederalHolidayEntry extends FederalHoliday {
  statutoryDate: CalendarDate;
}

// The holiday list of FRCP 6(a)(6)(A) (the days of 5 U.S.C. 6103(a)) is modelled as it has stood since
// Martin Luther King Jr.'s Birthday was first observed in 1986; Juneteenth joins from 2021 (Pub. L.
// 117-17). Earlier years had other holidays, so they are refused rather than answered wrongly.
export const FIRST_HOLIDAY_YEAR = 1986;
export const LAST_HOLIDAY_YEAR = 2199;

// The names FRCP 6(a)(6)(A) uses, keyed by the names @18f/us-federal-holidays gives. Anything else the
// library may return (say Inauguration Day, 5 U.S.C. 6103(c), which covers only the Washington area) is
// not a FRCP 6(a)(6)(A) holiday and is left out.
const FRCP_NAMES: Readonly<Record<string, string>> = {
  "New Year's Day": "New Year's Day",
  'Birthday of Martin Luther King, Jr.': "Martin Luther King Jr.'s Birthday",
  "Washington's Birthday": "Washington's Birthday",
  'Memorial Day': 'Memorial Day',
  'Juneteenth National Independence Day': 'Juneteenth National Independence Day',
  'Independence Day': 'Independence Day',
  'Labor Day': 'Labor Day',
  'Columbus Day': 'Columbus Day',
  'Veterans Day': 'Veterans Day',
  'Thanksgiving Day': 'Thanksgiving Day',
  'Christmas Day': 'Christmas Day',
};

// Per-year caches: the library builds a year's list with dayjs, which is slow next to a Map lookup, and
// a deadline computation asks about several days. `byHolidayYear` holds the holidays of a year (New
// Year's Day of 2028 included, though it is observed on 2027-12-31); `byObservedYear` indexes the
// observed days that fall in a calendar year, which is what a lookup of one day needs.
const byHolidayYear = new Map<number, readonly FederalHolidayEntry[]>();
const byObservedYear = new Map<number, ReadonlyMap<CalendarDate, FederalHolidayEntry>>();

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    throw new DeadlineInputError(
      `The federal holiday calendar covers the years ${FIRST_HOLIDAY_YEAR} to ${LAST_HOLIDAY_YEAR}; got ${year}.`,
    );
  }
}

function holidaysOfYear(year: number): readonly FederalHolidayEntry[] {
  const cached = byHolidayYear.get(year);
  if (cached) return cached;
  // The library shifts weekend holidays by 5 U.S.C. 6103(b) (Saturday → Friday before, Sunday → Monday
  // after) by default; the unshifted list gives the statutory day, so `observed` is read off the two
  // rather than recomputed here. Only dateString is used: the library's Date objects are in the
  // process's local zone, while its date strings do not depend on it.
  const statutory = new Map(
    allForYear(year, { shiftSaturdayHolidays: false, shiftSundayHolidays: false }).map((h) => [
      h.name,
      h.dateString,
    ]),
  );
  const entries: FederalHolidayEntry[] = [];
  for (const holiday of allForYear(year)) {
    const name = FRCP_NAMES[holiday.name];
    const statutoryDate = statutory.get(holiday.name);
    if (!name || !statutoryDate) continue;
    entries.push({
      date: holiday.dateString,
      name,
      observed: holiday.dateString !== statutoryDate,
      statutoryDate,
    });
  }
  // A holiday silently missing would let a deadline fall on it; fail loudly if the library changes.
  const expected = year >= 2021 ? 11 : 10;
  if (entries.length !== expected) {
    throw new Error(
      `The federal holiday library gave ${entries.length} FRCP 6(a)(6)(A) holidays for ${year}.`,
    );
  }
  entries.sort((a, b) => a.date.localeCompare(b.date));
  byHolidayYear.set(year, entries);
  return entries;
}

function observedDaysOfYear(year: number): ReadonlyMap<CalendarDate, FederalHolidayEntry> {
  const cached = byObservedYear.get(year);
  if (cached) return cached;
  const prefix = `${year}-`;
  const index = new Map<CalendarDate, FederalHolidayEntry>();
  // Across the year boundary: New Year's Day of year + 1 is observed on December 31 of this year when
  // January 1 is a Saturday (e.g. 2027-12-31 for 2028), and this year's may fall in year - 1.
  for (const entry of [...holidaysOfYear(year), ...holidaysOfYear(year + 1)]) {
    if (entry.date.startsWith(prefix)) index.set(entry.date, entry);
  }
  byObservedYear.set(year, index);
  return index;
}

/**
 * The FRCP 6(a)(6)(A) holidays of `year`, in date order, each on its observed day (5 U.S.C. 6103(b)).
 * A holiday's observed day can fall in the year before: New Year's Day 2028 (a Saturday) is listed as
 * Friday, December 31, 2027 in the list for 2028.
 */
export function federalHolidays(
  year: number,
): Array<{ date: CalendarDate; name: string; observed: boolean }> {
  assertYear(year);
  return holidaysOfYear(year).map(({ date, name, observed }) => ({ date, name, observed }));
}

/** The federal holiday observed on a day, if any. `year` is the day's calendar year. */
export function federalHolidayOn(date: CalendarDate, year: number): FederalHolidayEntry | undefined {
  assertYear(year);
  return observedDaysOfYear(year).get(date);
}
