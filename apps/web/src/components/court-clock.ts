import { DateTime } from 'luxon';

/**
 * A time typed in a `datetime-local` input, read on the court's clock (the parties confer on the court's
 * day, whatever the browser's zone), as the instant the API takes. Null while the input is incomplete.
 */
export function instantOnCourtClock(local: string, timeZone: string): string | null {
  if (!local) return null;
  const time = DateTime.fromISO(local, { zone: timeZone });
  return time.isValid ? time.toUTC().toISO({ suppressMilliseconds: true }) : null;
}

/** The short name of the court's zone now ("PST"), for a label that says which clock a time is on. */
export function zoneName(timeZone: string): string {
  return DateTime.now().setZone(timeZone).toFormat('ZZZZ');
}

/** Today on the court's calendar, as a date input holds it. */
export function courtToday(timeZone: string): string {
  return DateTime.now().setZone(timeZone).toISODate() as string;
}
