import fc from 'fast-check';
import { DateTime } from 'luxon';
import { isWeekend } from './calendar-date';
import { computeDeadline, DeadlineRequest, MAX_PERIOD_DAYS } from './compute-deadline';
import { CourtCalendar, CourtDay } from './court-calendar';
import { legalHoliday } from './legal-holidays';
import { SERVICE_METHODS, ServiceMethod } from './service-method';

// Property-based checks of the invariants DOMAIN.md names: a due date is never a weekend or legal
// holiday; mail never shortens a period; a later event or a longer period never gives an earlier date.

const FIRST = DateTime.utc(2000, 1, 1);
const SPAN_DAYS = 365 * 100; // triggers from 2000 to 2099; periods reach at most ten years past that

const dateArb = fc
  .integer({ min: 0, max: SPAN_DAYS })
  .map((n) => FIRST.plus({ days: n }).toISODate() as string);
const daysArb = fc.integer({ min: 1, max: MAX_PERIOD_DAYS });
const shortDaysArb = fc.integer({ min: 1, max: 60 });
const methodArb = fc.constantFrom<ServiceMethod | null>(null, ...SERVICE_METHODS);

// A calendar with a few random extra days near a random anchor, so that counts often run into them.
const calendarArb: fc.Arbitrary<CourtCalendar> = fc
  .tuple(
    fc.integer({ min: 0, max: SPAN_DAYS }),
    fc.uniqueArray(
      fc.record({
        offset: fc.integer({ min: 0, max: 90 }),
        kind: fc.constantFrom<CourtDay['kind']>('STATE_HOLIDAY', 'DECLARED_HOLIDAY'),
      }),
      { maxLength: 12, selector: (d) => d.offset },
    ),
  )
  .map(([anchor, days]) => ({
    timeZone: 'America/Los_Angeles',
    extraDays: days.map(({ offset, kind }) => ({
      date: FIRST.plus({ days: anchor + offset }).toISODate() as string,
      kind,
      source: `generated ${kind.toLowerCase()}`,
    })),
  }));

/** A request whose trigger sits near its calendar's extra days half of the time. */
const requestArb: fc.Arbitrary<DeadlineRequest> = fc
  .record({
    calendar: calendarArb,
    triggeredOn: dateArb,
    nearExtra: fc.boolean(),
    shift: fc.integer({ min: -40, max: 10 }),
    days: fc.oneof(shortDaysArb, daysArb),
    direction: fc.constantFrom<'AFTER' | 'BEFORE'>('AFTER', 'BEFORE'),
    method: methodArb,
    filing: fc.boolean(),
  })
  .map(({ calendar, triggeredOn, nearExtra, shift, days, direction, method, filing }) => {
    const anchor = calendar.extraDays[0]?.date;
    const trigger =
      nearExtra && anchor
        ? (DateTime.fromISO(anchor, { zone: 'utc' }).plus({ days: shift }).toISODate() as string)
        : triggeredOn;
    return {
      calendar,
      triggeredOn: trigger,
      days,
      direction,
      method: direction === 'AFTER' ? method : null,
      filing,
    };
  });

const plusDays = (date: string, n: number) =>
  DateTime.fromISO(date, { zone: 'utc' }).plus({ days: n }).toISODate() as string;

describe('computeDeadline properties', () => {
  it('never gives a due date on a weekend or legal holiday (FRCP 6(a)(1)(C), 6(a)(6))', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const { dueOn } = computeDeadline(request);
        expect(isWeekend(dueOn)).toBe(false);
        expect(legalHoliday(dueOn, request.calendar, request.direction ?? 'AFTER')).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('always ends its steps with dueOn, and starts them on the event day', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const { dueOn, steps } = computeDeadline(request);
        expect(steps[0]).toMatchObject({ rule: 'FRCP 6(a)(1)(A)', date: request.triggeredOn });
        expect(steps.at(-1)?.date).toBe(dueOn);
      }),
      { numRuns: 1000 },
    );
  });

  it('moves only as far as the first open day (FRCP 6(a)(1)(C): "the next day")', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const direction = request.direction ?? 'AFTER';
        const { dueOn } = computeDeadline({ ...request, method: null });
        const step = direction === 'AFTER' ? 1 : -1;
        // Every day from the last day of the count up to (not including) dueOn is closed.
        for (
          let day = plusDays(request.triggeredOn, step * request.days);
          day !== dueOn;
          day = plusDays(day, step)
        ) {
          expect(isWeekend(day) || legalHoliday(day, request.calendar, direction) !== null).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never gives mail (or any 6(d) method) an earlier date than electronic service (FRCP 6(d))', () => {
    fc.assert(
      fc.property(requestArb, methodArb, (request, method) => {
        const forward = { ...request, direction: 'AFTER' as const };
        const electronic = computeDeadline({ ...forward, method: 'ELECTRONIC' }).dueOn;
        const mail = computeDeadline({ ...forward, method: 'MAIL' }).dueOn;
        expect(mail > electronic).toBe(true);
        expect(computeDeadline({ ...forward, method }).dueOn >= electronic).toBe(true);
        expect(electronic).toBe(computeDeadline({ ...forward, method: null }).dueOn);
      }),
      { numRuns: 1000 },
    );
  });

  it('never gives a later event an earlier due date', () => {
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 1, max: 30 }), (request, later) => {
        const first = computeDeadline(request).dueOn;
        const second = computeDeadline({
          ...request,
          triggeredOn: plusDays(request.triggeredOn, later),
        }).dueOn;
        expect(second >= first).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never gives a longer period an earlier due date (or, counting backward, a later one)', () => {
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 1, max: 30 }), (request, more) => {
        fc.pre(request.days + more <= MAX_PERIOD_DAYS);
        const shorter = computeDeadline(request).dueOn;
        const longer = computeDeadline({ ...request, days: request.days + more }).dueOn;
        if ((request.direction ?? 'AFTER') === 'AFTER') expect(longer >= shorter).toBe(true);
        else expect(longer <= shorter).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
