import fc from 'fast-check';
import { DateTime } from 'luxon';
import { isWeekend } from './calendar-date';
import { computeDeadline, DeadlineRequest } from './compute-deadline';
import { CourtCalendar, CourtDay, CourtDayKind } from './court-calendar';
import { legalHoliday } from './legal-holidays';
import { SERVICE_METHODS, ServiceMethod } from './service-method';

// Properties of a court's own days (DOMAIN.md, "The calendar changes"): what each kind may move and
// what it may never move, whatever the count.

const FIRST = DateTime.utc(2000, 1, 1);
const SPAN_DAYS = 365 * 100;
const day = (n: number) => FIRST.plus({ days: n }).toISODate() as string;
const shift = (date: string, n: number) =>
  DateTime.fromISO(date, { zone: 'utc' }).plus({ days: n }).toISODate() as string;

/** A count whose last day falls near `anchor`, so that days placed around the anchor matter. */
const countArb = fc
  .record({
    anchor: fc.integer({ min: 400, max: SPAN_DAYS }),
    days: fc.integer({ min: 1, max: 60 }),
    direction: fc.constantFrom<'AFTER' | 'BEFORE'>('AFTER', 'BEFORE'),
    method: fc.constantFrom<ServiceMethod | null>(null, ...SERVICE_METHODS),
  })
  .map(({ anchor, days, direction, method }) => ({
    triggeredOn: day(direction === 'AFTER' ? anchor - days : anchor + days),
    days,
    direction,
    method: direction === 'AFTER' ? method : null,
  }));

/** Extra days of some kinds within a fortnight either side of a count's last day. */
const daysAround = (kinds: CourtDayKind[]) =>
  fc.uniqueArray(fc.record({ offset: fc.integer({ min: -14, max: 14 }), kind: fc.constantFrom(...kinds) }), {
    maxLength: 10,
    selector: (d) => d.offset,
  });

const lastDayOf = (count: Omit<DeadlineRequest, 'calendar' | 'filing'>) =>
  shift(count.triggeredOn, (count.direction === 'BEFORE' ? -1 : 1) * count.days);

const place = (
  around: string,
  days: Array<{ offset: number; kind: CourtDayKind }>,
  source = 'generated',
): CourtDay[] => days.map(({ offset, kind }) => ({ date: shift(around, offset), kind, source }));

const calendarOf = (extraDays: CourtDay[]): CourtCalendar => ({ timeZone: 'America/Los_Angeles', extraDays });

/** A base calendar of state and declared holidays near the count, which the properties add to. */
const requestArb = fc
  .tuple(countArb, daysAround(['STATE_HOLIDAY', 'DECLARED_HOLIDAY']))
  .map(([count, base]) => ({ count, base: place(lastDayOf(count), base, 'base') }));

const RUNS = { numRuns: 800 };

describe('a court’s own days: what each kind moves (FRCP 6(a)(3), 6(a)(6)(B)-(C))', () => {
  it('an inaccessible clerk’s office never moves a deadline between the parties (FRCP 6(a)(3))', () => {
    fc.assert(
      fc.property(requestArb, daysAround(['CLERK_OFFICE_INACCESSIBLE']), ({ count, base }, closed) => {
        const without = computeDeadline({ ...count, filing: false, calendar: calendarOf(base) });
        const around = [lastDayOf(count), without.dueOn];
        for (const anchor of around) {
          const withClosures = computeDeadline({
            ...count,
            filing: false,
            calendar: calendarOf([...base, ...place(anchor, closed)]),
          });
          expect(withClosures.dueOn).toBe(without.dueOn);
        }
      }),
      RUNS,
    );
  });

  it('an inaccessible clerk’s office on a filing deadline’s last day always moves it, to an open day (FRCP 6(a)(3)(A))', () => {
    fc.assert(
      fc.property(requestArb, daysAround(['CLERK_OFFICE_INACCESSIBLE']), ({ count, base }, more) => {
        const { dueOn } = computeDeadline({ ...count, filing: true, calendar: calendarOf(base) });
        const closures = [
          { date: dueOn, kind: 'CLERK_OFFICE_INACCESSIBLE' as const, source: 'closed' },
          ...place(dueOn, more),
        ];
        const calendar = calendarOf([...base, ...closures]);
        const moved = computeDeadline({ ...count, filing: true, calendar }).dueOn;
        if (count.direction === 'AFTER') expect(moved > dueOn).toBe(true);
        else expect(moved < dueOn).toBe(true);
        expect(isWeekend(moved)).toBe(false);
        expect(legalHoliday(moved, calendar, count.direction)).toBeNull();
        expect(closures.some((c) => c.date === moved)).toBe(false);
      }),
      RUNS,
    );
  });

  it('a filing deadline never comes before the same count between the parties (or, backward, after it)', () => {
    fc.assert(
      fc.property(requestArb, daysAround(['CLERK_OFFICE_INACCESSIBLE']), ({ count, base }, closed) => {
        const calendar = calendarOf([...base, ...place(lastDayOf(count), closed)]);
        const filing = computeDeadline({ ...count, filing: true, calendar }).dueOn;
        const parties = computeDeadline({ ...count, filing: false, calendar }).dueOn;
        if (count.direction === 'AFTER') expect(filing >= parties).toBe(true);
        else expect(filing <= parties).toBe(true);
      }),
      RUNS,
    );
  });

  it('a state holiday never moves a period counted backward (FRCP 6(a)(6)(C))', () => {
    fc.assert(
      fc.property(
        requestArb,
        daysAround(['STATE_HOLIDAY']),
        fc.boolean(),
        ({ count, base }, state, filing) => {
          const backward = { ...count, direction: 'BEFORE' as const, method: null, filing };
          const without = computeDeadline({ ...backward, calendar: calendarOf(base) });
          // On the due date itself, and around the last day of the count.
          const added = [
            { date: without.dueOn, kind: 'STATE_HOLIDAY' as const, source: 'state' },
            ...place(lastDayOf(backward), state),
          ];
          const withState = computeDeadline({ ...backward, calendar: calendarOf([...base, ...added]) });
          expect(withState.dueOn).toBe(without.dueOn);
        },
      ),
      RUNS,
    );
  });

  it('a state holiday on a forward period’s due date moves it; a declared holiday moves either direction (FRCP 6(a)(6)(B)-(C))', () => {
    fc.assert(
      fc.property(requestArb, fc.boolean(), ({ count, base }, filing) => {
        const { dueOn } = computeDeadline({ ...count, filing, calendar: calendarOf(base) });
        const declared = calendarOf([...base, { date: dueOn, kind: 'DECLARED_HOLIDAY', source: 'order' }]);
        expect(computeDeadline({ ...count, filing, calendar: declared }).dueOn).not.toBe(dueOn);
        if (count.direction === 'AFTER') {
          const state = calendarOf([...base, { date: dueOn, kind: 'STATE_HOLIDAY', source: 'statute' }]);
          expect(computeDeadline({ ...count, filing, calendar: state }).dueOn > dueOn).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a day off outside the stretch a count looks at changes nothing (what recomputation relies on)', () => {
    fc.assert(
      fc.property(
        requestArb,
        fc.constantFrom<CourtDayKind>('STATE_HOLIDAY', 'DECLARED_HOLIDAY', 'CLERK_OFFICE_INACCESSIBLE'),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        ({ count, base }, kind, distance, filing) => {
          const request = { ...count, filing };
          const before = computeDeadline({ ...request, calendar: calendarOf(base) });
          // The count reads the days from its last day to its due date, and nothing else.
          const [low, high] = [lastDayOf(count), before.dueOn].sort();
          for (const date of [shift(low, -distance), shift(high, distance)]) {
            const after = computeDeadline({
              ...request,
              calendar: calendarOf([...base, { date, kind, source: 'elsewhere' }]),
            });
            expect(after).toEqual(before);
          }
        },
      ),
      RUNS,
    );
  });
});
