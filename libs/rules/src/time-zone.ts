import { DateTime, IANAZone } from 'luxon';
import { CalendarDate } from './calendar-date';
import { DeadlineInputError } from './deadline-input.error';

// Zone names already found valid. Checking a zone builds an Intl.DateTimeFormat, which costs far more
// than the rest of a deadline computation; only valid names are kept, so the set stays as small as the
// number of zones courts actually use.
const knownZones = new Set<string>();

/** Throws DeadlineInputError unless the name is an IANA time zone such as America/Los_Angeles. */
export function assertTimeZone(timeZone: unknown): asserts timeZone is string {
  if (typeof timeZone === 'string' && knownZones.has(timeZone)) return;
  if (typeof timeZone !== 'string' || !IANAZone.isValidZone(timeZone)) {
    throw new DeadlineInputError(
      `${JSON.stringify(timeZone) ?? 'undefined'} is not an IANA time zone; use a name such as America/Los_Angeles.`,
    );
  }
  knownZones.add(timeZone);
}

/**
 * FRCP 6(a)(4): the last day of a period ends at midnight in the court's time zone, so an instant (a
 * service timestamp, a filing receipt) belongs to the calendar day it falls on in that zone, not in UTC
 * or the server's zone. luxon does the zone arithmetic, daylight-saving changes included.
 */
export function courtDayOf(instant: Date, timeZone: string): CalendarDate {
  if (Object.prototype.toString.call(instant) !== '[object Date]' || Number.isNaN(instant.getTime())) {
    throw new DeadlineInputError('instant must be a valid Date.');
  }
  assertTimeZone(timeZone);
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() as CalendarDate;
}
