import { DateTime } from 'luxon';

/**
 * Dates as people read them, on the court's clock (DOMAIN.md, "Court-ready papers": every date a
 * person reads is a day in the court's time zone): explanations, notices and papers alike.
 */

const at = (instant: Date | string) =>
  typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);

// Notices and papers speak the same few hundred days over and over, and luxon's formatting was most
// of what composing a notice cost; a full map is simply emptied (no date is kept that was not asked).
const spoken = new Map<string, string>();
const MOST_SPOKEN = 4096;

/** 'May 4, 2026' for the calendar date '2026-05-04'. */
export function spokenDate(date: string): string {
  const known = spoken.get(date);
  if (known !== undefined) return known;
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  if (!day.isValid) throw new Error(`Not a calendar date: ${date}`);
  const words = day.setLocale('en-US').toFormat('MMMM d, yyyy');
  if (spoken.size >= MOST_SPOKEN) spoken.clear();
  spoken.set(date, words);
  return words;
}

/** The court's day of an instant: 'May 4, 2026' for 11:30 p.m. Pacific, though UTC is on May 5. */
export function spokenDay(instant: Date | string, timeZone: string): string {
  return spokenDate(at(instant).setZone(timeZone).toISODate() as string);
}

/** 'May 4, 2026, 5:30 p.m. PDT': a moment on the court's clock, where the hour matters. */
export function spokenTime(instant: Date | string, timeZone: string): string {
  const local = at(instant).setZone(timeZone).setLocale('en-US');
  return `${local.toFormat('MMMM d, yyyy, h:mm')} ${local.hour < 12 ? 'a.m.' : 'p.m.'} ${local.toFormat('ZZZZ')}`;
}

/** A calendar date that records from before it was kept may lack: the date spoken, or words instead. */
export function spokenDateOr(date: string | null | undefined, otherwise: string): string {
  return date ? spokenDate(date) : otherwise;
}
