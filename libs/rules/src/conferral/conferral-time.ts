import { DateTime } from 'luxon';

export const ms = (iso: string): number => Date.parse(iso);

/** The court's calendar day of an instant. */
export const day = (iso: string, zone = 'UTC'): string =>
  DateTime.fromISO(iso, { zone }).toISODate() as string;

/** The last day of a period that ends at `end`, the midnight closing it (FRCP 6(a)(4)). */
export const lastDayBefore = (end: string, zone = 'UTC'): string =>
  day(new Date(ms(end) - 1).toISOString(), zone);
