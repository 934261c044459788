import { DateTime } from 'luxon';

/**
 * Every date a person reads is a day in the court's time zone (DOMAIN.md, "Court-ready papers"): a
 * call at 5:30 p.m. Pacific happened that day, not on the UTC day after.
 */

/** 'May 4, 2026' for a calendar date ('2026-05-04'), as papers spell dates. */
export function formatDay(date: string): string {
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  if (!day.isValid) throw new Error(`Not a calendar date: ${date}`);
  return day.setLocale('en-US').toFormat('MMMM d, yyyy');
}

/** The court's calendar day of an instant, as 'May 4, 2026'. */
export function formatCourtDay(instant: Date | string, timeZone: string): string {
  return formatDay(courtDay(instant, timeZone));
}

/** The court's calendar day of an instant, as '2026-05-04'. */
export function courtDay(instant: Date | string, timeZone: string): string {
  const at = typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  return at.setZone(timeZone).toISODate() as string;
}

/** 'May 4, 2026, 5:30 p.m. PDT': a moment, in the court's zone, for when the hour matters. */
export function formatCourtTime(instant: Date | string, timeZone: string): string {
  const at = typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  const local = at.setZone(timeZone).setLocale('en-US');
  const meridiem = local.hour < 12 ? 'a.m.' : 'p.m.';
  return `${local.toFormat('MMMM d, yyyy, h:mm')} ${meridiem} ${local.toFormat('ZZZZ')}`;
}
