import { computeDeadline, DeadlineRequest } from './compute-deadline';
import { CourtCalendar } from './court-calendar';
import { DeadlineInputError } from './deadline-input.error';
import { legalHoliday } from './legal-holidays';

const OUTAGE = 'General Order 26-07: courthouse and CM/ECF closed by a power outage';
const STORM = 'Clerk’s notice: courthouse closed by a winter storm';
const CHAVEZ = 'Cal. Gov. Code § 6700(a)(7): Cesar Chavez Day, March 31';

/** N.D. Cal. with two days its clerk's office could not be reached, and a state holiday. */
const CALENDAR: CourtCalendar = {
  timeZone: 'America/Los_Angeles',
  extraDays: [
    { date: '2026-12-28', kind: 'CLERK_OFFICE_INACCESSIBLE', source: OUTAGE },
    { date: '2027-01-04', kind: 'CLERK_OFFICE_INACCESSIBLE', source: STORM },
    { date: '2026-03-30', kind: 'CLERK_OFFICE_INACCESSIBLE', source: STORM },
    { date: '2026-03-31', kind: 'STATE_HOLIDAY', source: CHAVEZ },
  ],
};

type Row = [
  why: string,
  request: Omit<DeadlineRequest, 'calendar' | 'filing'>,
  filing: string,
  parties: string,
];

const CASES: Row[] = [
  [
    'L.R. 37-3: day 7 after a 2026-12-18 cut-off is Christmas; Monday 12-28 is inaccessible',
    { triggeredOn: '2026-12-18', days: 7 },
    '2026-12-29',
    '2026-12-28',
  ],
  [
    'a period ending on the inaccessible day itself',
    { triggeredOn: '2026-12-14', days: 14 },
    '2026-12-29',
    '2026-12-28',
  ],
  [
    'mail: the 6(d) days end on an inaccessible Monday',
    { triggeredOn: '2026-12-03', days: 28, method: 'MAIL' },
    '2027-01-05',
    '2027-01-04',
  ],
  [
    'inaccessible, then a state holiday: a forward filing passes both',
    { triggeredOn: '2026-03-16', days: 14 },
    '2026-04-01',
    '2026-03-30',
  ],
  [
    'counted backward, a filing rolls back past the closure (FRCP 6(a)(5))',
    { triggeredOn: '2027-01-18', days: 14, direction: 'BEFORE' },
    '2026-12-31',
    '2027-01-04',
  ],
  [
    'an inaccessible day inside the period changes nothing (FRCP 6(a)(1)(B))',
    { triggeredOn: '2026-12-21', days: 10 },
    '2026-12-31',
    '2026-12-31',
  ],
];

describe('a clerk’s office that is inaccessible (FRCP 6(a)(3))', () => {
  it.each(CASES)('%s: filing %s, between the parties %s', (_why, request, filing, parties) => {
    expect(computeDeadline({ ...request, filing: true, calendar: CALENDAR }).dueOn).toBe(filing);
    expect(computeDeadline({ ...request, filing: false, calendar: CALENDAR }).dueOn).toBe(parties);
  });

  it('names the closure and its source when it extends a filing deadline', () => {
    const { steps } = computeDeadline({
      triggeredOn: '2026-12-18',
      days: 7,
      filing: true,
      calendar: CALENDAR,
    });
    expect(steps.at(-1)).toEqual({
      rule: 'FRCP 6(a)(1)(C), 6(a)(3)(A)',
      text:
        'Friday, December 25, 2026 is Christmas Day, a legal holiday (FRCP 6(a)(6)(A)); Saturday, December 26, 2026 is a weekend day; ' +
        'Sunday, December 27, 2026 is a weekend day; Monday, December 28, 2026 is a day the clerk’s office is inaccessible ' +
        `(${OUTAGE}), which extends a time for filing (FRCP 6(a)(3)(A)); the period runs to Tuesday, December 29, 2026.`,
      date: '2026-12-29',
    });
  });

  it('says why the same closure leaves a deadline between the parties where it is', () => {
    const { steps } = computeDeadline({
      triggeredOn: '2026-12-14',
      days: 14,
      filing: false,
      calendar: CALENDAR,
    });
    expect(steps.at(-1)).toEqual({
      rule: 'FRCP 6(a)(3)',
      text: `The clerk’s office is inaccessible on Monday, December 28, 2026 (${OUTAGE}), but that extends only a time for filing with the court (FRCP 6(a)(3)(A)); this deadline runs between the parties, so the period ends that day.`,
      date: '2026-12-28',
    });
  });

  it('is not a legal holiday (FRCP 6(a)(6)): it does not make the day a holiday for anything else', () => {
    expect(legalHoliday('2026-12-28', CALENDAR, 'AFTER')).toBeNull();
    expect(legalHoliday('2026-12-28', CALENDAR, 'BEFORE')).toBeNull();
  });

  it('refuses an unknown kind of day, naming the three', () => {
    const bad = {
      timeZone: 'America/Los_Angeles',
      extraDays: [{ date: '2026-12-28', kind: 'SNOW_DAY', source: 'x' }],
    } as unknown as CourtCalendar;
    expect(() =>
      computeDeadline({ triggeredOn: '2026-12-14', days: 14, filing: true, calendar: bad }),
    ).toThrow(
      new DeadlineInputError(
        'calendar.extraDays[0].kind must be one of STATE_HOLIDAY, DECLARED_HOLIDAY, CLERK_OFFICE_INACCESSIBLE; got "SNOW_DAY".',
      ),
    );
  });
});
