import { DateTime } from 'luxon';
import { CalendarDate, parseCalendarDate } from './calendar-date';
import { assertTimeZone } from './time-zone';

/** Default reminders before a deadline (DOMAIN.md, "Deadlines and notices"). */
export const REMINDER_DAYS_BEFORE: readonly number[] = [7, 3, 1];
/** Reminders go out at 9 a.m. in the court's time zone: a working hour for the people who must act. */
export const REMINDER_HOUR = 9;

// The instants of a day in a zone, found before: luxon asks Intl for a zone's offset at each instant
// it converts, which cost a served set more than its whole deadline computation. A day's midnight
// and 9 a.m. in a zone never change, so they are kept, as milliseconds (a Date could be changed by
// whoever is handed it); the oldest are forgotten first past a bound no court's calendar reaches.
const instants = new Map<string, number>();
const KEPT_INSTANTS = 50_000;

function instantOf(key: string, compute: () => Date): Date {
  let ms = instants.get(key);
  if (ms === undefined) {
    ms = compute().getTime();
    if (instants.size >= KEPT_INSTANTS) instants.delete(instants.keys().next().value as string);
    instants.set(key, ms);
  }
  return new Date(ms);
}

/** FRCP 6(a)(4)(A): the last day ends at midnight in the court's time zone. */
export function endOfDay(dueOn: CalendarDate, timeZone: string): Date {
  assertTimeZone(timeZone);
  parseCalendarDate(dueOn, 'dueOn');
  return instantOf(`${timeZone} ${dueOn} end`, () =>
    DateTime.fromISO(dueOn, { zone: timeZone }).plus({ days: 1 }).startOf('day').toJSDate(),
  );
}

/** When to remind: N days before the last day, at the reminder hour there (daylight saving handled by luxon). */
export function reminderInstants(
  dueOn: CalendarDate,
  timeZone: string,
  daysBefore: readonly number[] = REMINDER_DAYS_BEFORE,
): Array<{ daysBefore: number; at: Date }> {
  assertTimeZone(timeZone);
  parseCalendarDate(dueOn, 'dueOn');
  return daysBefore.map((n) => ({
    daysBefore: n,
    at: instantOf(`${timeZone} ${dueOn} -${n}`, () =>
      DateTime.fromISO(dueOn, { zone: timeZone }).minus({ days: n }).set({ hour: REMINDER_HOUR }).toJSDate(),
    ),
  }));
}
