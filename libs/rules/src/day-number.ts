import { CalendarDate } from './calendar-date';
import { DeadlineInputError } from './deadline-input.error';

/**
 * A calendar day as a whole number of days since 1970-01-01 (proleptic Gregorian, no zone): what the
 * FRCP 6 count runs on. Adding n days is `+ n`, so no daylight-saving change or object is involved;
 * luxon DateTimes here cost about 30× the rest of a computation (bench/deadlines.bench.ts), since each
 * `plus`, weekday and format builds and normalises new objects.
 */
export type DayNumber = number;

/** What the count reads and writes about a day, worked out once per day (see dayFacts). */
export interface DayFacts {
  iso: CalendarDate;
  year: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 'Friday, May 1, 2026'. */
  spoken: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Fixed English names, whatever the process locale: the steps are read by lawyers in English.
const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Days since 1970-01-01 of a valid year, month (1-12) and day, by H. Hinnant's days_from_civil. */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

// Days already read: a court's dates recur (its holidays, today's service dates); emptied past a
// bound so odd input cannot bloat it.
const readDays = new Map<string, DayNumber>();
const CACHE_LIMIT = 20_000;

// The facts of days already reached, in an array indexed from 1900-01-01 to 2299-12-31 (146,097 days,
// about 1 MB when full): an array read is several times cheaper than a Map's, and the range is fixed,
// so it cannot grow. Days outside it are worked out each time.
const FIRST_CACHED = dayNumberOf(1900, 1, 1);
const CACHED_DAYS = dayNumberOf(2300, 1, 1) - FIRST_CACHED;
const facts: Array<DayFacts | undefined> = new Array<DayFacts | undefined>(CACHED_DAYS).fill(undefined);

/**
 * Reads a 'YYYY-MM-DD' string as a day number. Throws DeadlineInputError for any other shape or for a
 * day that does not exist, in the words of parseCalendarDate.
 */
export function readDay(value: unknown, label = 'date'): DayNumber {
  if (typeof value === 'string') {
    const known = readDays.get(value);
    if (known !== undefined) return known;
  } else {
    throw new DeadlineInputError(
      `${label} must be a calendar date written YYYY-MM-DD; got ${describe(value)}.`,
    );
  }
  const match = ISO_DAY.exec(value);
  if (!match) {
    throw new DeadlineInputError(`${label} must be a calendar date written YYYY-MM-DD; got "${value}".`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new DeadlineInputError(`${label} "${value}" is not a real calendar date.`);
  }
  const number = dayNumberOf(year, month, day);
  if (readDays.size >= CACHE_LIMIT) readDays.clear();
  readDays.set(value, number);
  return number;
}

/** The ISO form, year, weekday and spoken form of a day, by H. Hinnant's civil_from_days. */
export function dayFacts(number: DayNumber): DayFacts {
  const slot = number - FIRST_CACHED;
  const cacheable = slot >= 0 && slot < CACHED_DAYS;
  const known = cacheable ? facts[slot] : undefined;
  if (known) return known;
  const z = number + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // 1970-01-01 was a Thursday (ISO weekday 4).
  const weekday = ((((number + 3) % 7) + 7) % 7) + 1;
  const found: DayFacts = {
    iso: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    year,
    weekday,
    spoken: `${WEEKDAYS[weekday]}, ${MONTHS[month]} ${day}, ${year}`,
  };
  if (cacheable) facts[slot] = found;
  return found;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
