import { CalendarDate } from './calendar-date';
import { assertDirection, CountDirection } from './count-direction';
import { CalendarIndex, CourtCalendar, indexCalendar } from './court-calendar';
import { dayFacts, DayNumber, readDay } from './day-number';
import { DeadlineInputError } from './deadline-input.error';
import { holidayOn, inaccessibleOn, stateHolidayOn } from './legal-holidays';
import { serviceMethodRule, ServiceMethod } from './service-method';

export interface DeadlineRequest {
  /** The event day, already a calendar day in the court's zone (see courtDayOf, FRCP 6(a)(4)). */
  triggeredOn: CalendarDate;
  /** Whole days, 1 to MAX_PERIOD_DAYS. */
  days: number;
  /** Default AFTER. */
  direction?: CountDirection;
  /** How the triggering paper was served; null or absent when the period is not triggered by service. */
  method?: ServiceMethod | null;
  /**
   * Whether this is a time for filing with the court (the L.R. 37-3 last day for a discovery motion)
   * rather than a time to act toward another party (responses, a position): only a filing deadline
   * passes over a day the clerk's office is inaccessible (FRCP 6(a)(3)). Required, so that no caller
   * gets either answer by default.
   */
  filing: boolean;
  calendar: CourtCalendar;
}

/** One step of the count, with the rule it applies and the day it reaches, for a lawyer to check. */
export interface DeadlineStep {
  rule: string;
  text: string;
  date: CalendarDate;
}

export interface DeadlineComputation {
  dueOn: CalendarDate;
  /** The work, in order; the last step's date is always dueOn. */
  steps: DeadlineStep[];
}

/** Ten years: longer than any period the rules or a scheduling order set, short of absurd input. */
export const MAX_PERIOD_DAYS = 3650;

/** FRCP 6(d): "3 days are added after the period would otherwise expire under Rule 6(a)". */
const SERVICE_DAYS = 3;

/**
 * Computes when a period stated in days ends, under FRCP 6(a) and 6(d), and shows the work.
 * Throws DeadlineInputError for bad input.
 */
export function computeDeadline(request: DeadlineRequest): DeadlineComputation {
  if (typeof request !== 'object' || request === null) {
    throw new DeadlineInputError('A deadline request must give triggeredOn, days and calendar.');
  }
  const event = readDay(request.triggeredOn, 'triggeredOn');
  const { days } = request;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_PERIOD_DAYS) {
    const got = typeof days === 'number' ? String(days) : (JSON.stringify(days) ?? 'nothing');
    throw new DeadlineInputError(`days must be a whole number from 1 to ${MAX_PERIOD_DAYS}; got ${got}.`);
  }
  const direction = request.direction ?? 'AFTER';
  assertDirection(direction);
  const { filing } = request;
  if (typeof filing !== 'boolean') {
    throw new DeadlineInputError(
      `filing must say whether the deadline is a time for filing with the court (FRCP 6(a)(3)): true or false; got ${JSON.stringify(filing) ?? 'nothing'}.`,
    );
  }
  const count: Count = { direction, filing };
  const service = request.method == null ? null : serviceMethodRule(request.method);
  if (service && direction === 'BEFORE') {
    // FRCP 6(d) applies when a party "may or must act within a specified time after being served".
    throw new DeadlineInputError(
      'A service method applies only to periods counted after service (FRCP 6(d)); a period counted BEFORE an event cannot take one.',
    );
  }
  const calendar = indexCalendar(request.calendar);
  const steps: DeadlineStep[] = [];
  const step = (rule: string, text: string, day: DayNumber): void => {
    steps.push({ rule, text, date: dayFacts(day).iso });
  };

  // FRCP 6(a)(1)(A): exclude the day of the event that triggers the period.
  step('FRCP 6(a)(1)(A)', `Exclude the day of the event, ${spoken(event)}.`, event);

  // FRCP 6(a)(1)(B): count every day, including intermediate Saturdays, Sundays and legal holidays.
  const unit = days === 1 ? 'day' : 'days';
  const lastDay = event + (direction === 'AFTER' ? days : -days);
  step(
    'FRCP 6(a)(1)(B)',
    direction === 'AFTER'
      ? `Count ${days} ${unit}: day ${days} is ${spoken(lastDay)}.`
      : `Count ${days} ${unit} back: day ${days} before the event is ${spoken(lastDay)}.`,
    lastDay,
  );

  // FRCP 6(a)(1)(C): include the last day, unless it is a Saturday, Sunday or legal holiday; then the
  // period runs to the next day that is none of those. FRCP 6(a)(5): counting backward, "next" is earlier.
  // FRCP 6(a)(3)(A): for a filing, a day the clerk's office is inaccessible is passed over too.
  let dueOn = runPastClosedDays(
    lastDay,
    calendar,
    count,
    direction === 'AFTER' ? 'FRCP 6(a)(1)(C)' : 'FRCP 6(a)(1)(C), 6(a)(5)',
    step,
  );

  if (direction === 'BEFORE') {
    const state = stateHolidayOn(dueOn, calendar);
    if (state) {
      step(
        'FRCP 6(a)(6)(C)',
        `${spoken(dueOn)} is a state holiday (${state.source}), but state holidays are legal holidays only for periods counted forward; the period ends that day.`,
        dueOn,
      );
    }
  }

  if (service) {
    if (service.addsThreeDays) {
      // FRCP 6(d): the 3 days come after the 6(a) period, roll included, and the result is itself a
      // last day under 6(a)(1)(C).
      const extended = dueOn + SERVICE_DAYS;
      step(
        'FRCP 6(d)',
        `Served ${service.how}: ${SERVICE_DAYS} days are added after the period would otherwise expire: ${spoken(extended)}.`,
        extended,
      );
      dueOn = runPastClosedDays(extended, calendar, count, 'FRCP 6(d), 6(a)(1)(C)', step);
    } else {
      step(
        'FRCP 6(d)',
        `Served ${service.how}: no days are added; the period ends ${spoken(dueOn)}.`,
        dueOn,
      );
    }
  }

  const closed = filing ? undefined : inaccessibleOn(dueOn, calendar);
  if (closed) {
    step(
      'FRCP 6(a)(3)',
      `The clerk’s office is inaccessible on ${spoken(dueOn)} (${closed.source}), but that extends only a time for filing with the court (FRCP 6(a)(3)(A)); this deadline runs between the parties, so the period ends that day.`,
      dueOn,
    );
  }

  return { dueOn: dayFacts(dueOn).iso, steps };
}

const spoken = (day: DayNumber): string => dayFacts(day).spoken;

interface Count {
  direction: CountDirection;
  filing: boolean;
}

/** Why the court counts a day as closed for this count, or null when the period may end on it. */
function closedBecause(
  day: DayNumber,
  calendar: CalendarIndex,
  { direction, filing }: Count,
): { phrase: string; inaccessible: boolean } | null {
  if (dayFacts(day).weekday >= 6) return { phrase: 'a weekend day', inaccessible: false };
  const holiday = holidayOn(day, calendar, direction);
  if (holiday) return { phrase: holiday.phrase, inaccessible: false };
  const closed = filing ? inaccessibleOn(day, calendar) : undefined;
  if (!closed) return null;
  return {
    phrase: `a day the clerk’s office is inaccessible (${closed.source}), which extends a time for filing (FRCP 6(a)(3)(A))`,
    inaccessible: true,
  };
}

/**
 * From a period's last day, moves on (AFTER) or back (BEFORE, FRCP 6(a)(5)) to the first day that is
 * not a Saturday, Sunday or legal holiday (nor, for a filing, a day the clerk's office is
 * inaccessible), and records one step naming each day passed over and why.
 *
 * A filing counted backward also rolls back past an inaccessible day. FRCP 6(a)(3)(A) says the time is
 * "extended to the first accessible day", written for forward counts; for "no later than N days
 * before" a later day would defeat the period, so this follows 6(a)(5)'s direction, the reading that
 * never makes a filer late.
 */
function runPastClosedDays(
  lastDay: DayNumber,
  calendar: CalendarIndex,
  count: Count,
  rule: string,
  step: (rule: string, text: string, day: DayNumber) => void,
): DayNumber {
  const reasons: string[] = [];
  let inaccessible = false;
  let day = lastDay;
  for (;;) {
    const closed = closedBecause(day, calendar, count);
    if (!closed) break;
    inaccessible ||= closed.inaccessible;
    reasons.push(`${spoken(day)} is ${closed.phrase}`);
    day += count.direction === 'AFTER' ? 1 : -1;
  }
  if (reasons.length > 0) {
    const runsTo =
      count.direction === 'AFTER' ? 'the period runs to' : 'counting backward, the period runs back to';
    step(
      inaccessible ? `${rule}, 6(a)(3)(A)` : rule,
      `${reasons.join('; ')}; ${runsTo} ${spoken(day)}.`,
      day,
    );
  }
  return day;
}
