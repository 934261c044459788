import { CalendarDate, CountDirection, DeadlineRequest, ServiceMethod } from '@parley/rules';

/**
 * The count under FRCP 6 that gave a deadline its date, kept so the date can be counted again when
 * the court's calendar changes. A date the parties stipulated or agreed has none: it is a date, not a
 * period (FRCP 29(b)), and no holiday added later moves it.
 */
export interface DeadlineBasis {
  triggeredOn: CalendarDate;
  days: number;
  direction: CountDirection;
  method: ServiceMethod | null;
  /** A time for filing with the court (FRCP 6(a)(3)); false for a deadline between the parties. */
  filing: boolean;
  /** How many of the stored steps come before the count (the rule that sets the period): kept as they are. */
  leadSteps: number;
}

export function requestOf(basis: DeadlineBasis): Omit<DeadlineRequest, 'calendar'> {
  const { triggeredOn, days, direction, method, filing } = basis;
  return { triggeredOn, days, direction, method, filing };
}
