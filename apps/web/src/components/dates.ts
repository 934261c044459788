/** 'June 4, 2026' for the calendar date '2026-06-04': the API's dates are already the court's days. */
export function spokenDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
