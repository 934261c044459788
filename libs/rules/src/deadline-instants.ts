import { DateTime } from 'luxon';
import { CalendarDate, parseCalendarDate } from './calendar-date';
import { assertTimeZone } from './time-zone';

/** Default reminders before a deadline (DOMAIN.md, "Deadlines and notices"). */
export const REMINDER_DAYS_BEFORE: readonly number[] = [7, 3, 1];
/** Reminders go out at 9 a.m. in the court's time zone: a working hour for the people who must act. */
export const REMINDER_HOUR = 9;

/** FRCP 6(a)(4)(A): the last day ends at midnight in the court's time zone. */
export function endOfDay(dueOn: CalendarDate, timeZone: string): Date {
  assertTimeZone(timeZone);
  parseCalendarDate(dueOn, 'dueOn');
  return DateTime.fromISO(dueOn, { zone: timeZone }).plus({ days: 1 }).startOf('day').toJSDate();
}

/** When to remind: N days before the last day, at the reminder hour there (daylight saving handled by luxon). */
export function reminderInstants(
  dueOn: CalendarDate,
  timeZone: string,
  daysBefore: readonly number[] = REMINDER_DAYS_BEFORE,
): Array<{ daysBefore: number; at: Date }> {
  assertTimeZone(timeZone);
  parseCalendarDate(dueOn, 'dueOn');
  const day = DateTime.fromISO(dueOn, { zone: timeZone });
  return daysBefore.map((n) => ({
    daysBefore: n,
    at: day.minus({ days: n }).set({ hour: REMINDER_HOUR }).toJSDate(),
  }));
}
