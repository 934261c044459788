/** 'June 4, 2026' for the calendar date '2026-06-04': the API's dates are already the court's days. */
export function spokenDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** 'June 3, 2026, 5:30 PM PDT': a moment on the court's clock. */
export function spokenTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  })
    .format(new Date(instant))
    .concat(
      ` ${
        new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
          .formatToParts(new Date(instant))
          .find((p) => p.type === 'timeZoneName')?.value ?? ''
      }`,
    )
    .trim();
}

/** Whole days from an instant to now: how long a matter has waited. */
export function daysSince(instant: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(instant).getTime()) / 86_400_000));
}
