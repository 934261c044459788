/** 'June 4, 2026' for the calendar date '2026-06-04': the API's dates are already the court's days. */
export function spokenDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/**
 * 'June 3, 2026, 5:30 p.m. PDT': a moment on the court's clock, spoken as the API's papers and notices
 * speak it (the browser's own style varies with its ICU: "at", narrow spaces, "PM").
 */
export function spokenTime(instant: string, timeZone: string): string {
  const moment = new Date(instant);
  const part = (options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes) =>
    new Intl.DateTimeFormat('en-US', { ...options, timeZone })
      .formatToParts(moment)
      .find((p) => p.type === type)?.value ?? '';
  const clock = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
  const meridiem = part(clock, 'dayPeriod').toLowerCase() === 'am' ? 'a.m.' : 'p.m.';
  const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone }).format(moment);
  return `${date}, ${part(clock, 'hour')}:${part(clock, 'minute')} ${meridiem} ${part(clock, 'timeZoneName')}`;
}

/** Whole days from an instant to now: how long a matter has waited. */
export function daysSince(instant: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(instant).getTime()) / 86_400_000));
}
