import { DateTime } from 'luxon';
import { DeadlineInputError } from './deadline-input.error';

/** A calendar day written 'YYYY-MM-DD', with no time and no zone: a day on the court's calendar. */
export type CalendarDate = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Days already read. Building a luxon DateTime is most of the cost of checking a court's extra days on
// every computation (see bench/deadlines.bench.ts); DateTimes are immutable, so one can be shared. Only
// valid days are kept, and the map is emptied when it grows past a bound, so odd input cannot bloat it.
const parsed = new Map<string, DateTime>();
const PARSED_LIMIT = 20_000;

// Fixed English names: luxon's 'cccc' follows the process locale, and the steps are read by lawyers in
// English whatever the server's locale is. Indexed by luxon's weekday (1 = Monday ... 7 = Sunday).

/**
 * Reads a 'YYYY-MM-DD' string as a calendar day. The day is held as a luxon DateTime at midnight UTC
 * purely as a calendar: adding days to it never meets a daylight-saving change, so one day is always
 * one calendar day. Throws DeadlineInputError for any other shape or for a day that does not exist.
 */
export function parseCalendarDate(value: unknown, label = 'date'): DateTime {
  const known = typeof value === 'string' ? parsed.get(value) : undefined;
  if (known) return known;
  if (typeof value !== 'string') {
    throw new DeadlineInputError(
      `${label} must be a calendar date written YYYY-MM-DD; got ${describe(value)}.`,
    );
  }
  const match = ISO_DAY.exec(value);
  if (!match) {
    throw new DeadlineInputError(`${label} must be a calendar date written YYYY-MM-DD; got "${value}".`);
  }
  const day = DateTime.utc(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!day.isValid) {
    throw new DeadlineInputError(`${label} "${value}" is not a real calendar date.`);
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(value, day);
  return day;
}

/** The 'YYYY-MM-DD' form of a day read by parseCalendarDate. */
export function toCalendarDate(day: DateTime): CalendarDate {
  return day.toISODate() as CalendarDate;
}

/** FRCP 6(a)(1)(C) names Saturday and Sunday; luxon numbers them 6 and 7. */
export function isWeekendDay(day: DateTime): boolean {
  return day.weekday >= 6;
}

/** Whether a calendar date is a Saturday or Sunday (FRCP 6(a)(1)(C)). */
export function isWeekend(date: CalendarDate): boolean {
  return isWeekendDay(parseCalendarDate(date));
}

/**
 * 'Friday, May 1, 2026': the weekday spelled out, so a reader can check the count without a calendar,
 * and the day as people write it (the steps are read by litigants, not only by lawyers).
 */
export function describeDay(day: DateTime): string {
  return day.setLocale('en-US').toFormat('cccc, LLLL d, yyyy');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
