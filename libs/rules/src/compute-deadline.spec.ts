import { computeDeadline, DeadlineRequest } from './compute-deadline';
import { CourtCalendar } from './court-calendar';
import { DeadlineInputError } from './deadline-input.error';

const CHAVEZ = 'California Government Code § 6700 (Cesar Chavez Day)';
const CLOSURE = 'Executive order closing federal offices on December 24, 2026';

/** A Northern District of California calendar with one state holiday and one declared closure. */
const NDCAL: CourtCalendar = {
  timeZone: 'America/Los_Angeles',
  extraDays: [
    { date: '2026-03-31', kind: 'STATE_HOLIDAY', source: CHAVEZ },
    { date: '2026-12-24', kind: 'DECLARED_HOLIDAY', source: CLOSURE },
  ],
};

type Row = [rule: string, why: string, request: Omit<DeadlineRequest, 'calendar' | 'filing'>, dueOn: string];

const CASES: Row[] = [
  // FRCP 6(a)(1): exclude the event day, count every day, keep the last day if the court is open.
  ['FRCP 6(a)(1)(A)-(B)', 'day 14 is a Monday', { triggeredOn: '2026-05-04', days: 14 }, '2026-05-18'],
  [
    'FRCP 6(a)(1)(B)',
    'holidays inside the period count',
    { triggeredOn: '2026-06-30', days: 7 },
    '2026-07-07',
  ],
  [
    'FRCP 6(a)(1)(B)',
    'Feb 29 of a leap year is counted',
    { triggeredOn: '2028-02-01', days: 28 },
    '2028-02-29',
  ],
  ['FRCP 6(a)(1)(C)', 'day 1 is a Saturday', { triggeredOn: '2026-05-01', days: 1 }, '2026-05-04'],
  ['FRCP 6(a)(1)(C)', 'day 30 is a Sunday', { triggeredOn: '2026-05-01', days: 30 }, '2026-06-01'],
  [
    'FRCP 6(a)(1)(C)',
    'the longest period, 3650 days, ends on a Sunday',
    { triggeredOn: '2026-01-01', days: 3650 },
    '2035-12-31',
  ],
  // FRCP 6(a)(6)(A): federal holidays on the days observed (5 U.S.C. 6103(b)).
  ['FRCP 6(a)(6)(A)', 'day 14 is Labor Day', { triggeredOn: '2026-08-24', days: 14 }, '2026-09-08'],
  [
    'FRCP 6(a)(6)(A)',
    'Saturday, Sunday, then Labor Day',
    { triggeredOn: '2026-08-22', days: 14 },
    '2026-09-08',
  ],
  ['FRCP 6(a)(6)(A)', 'day 14 is MLK Day', { triggeredOn: '2027-01-04', days: 14 }, '2027-01-19'],
  [
    'FRCP 6(a)(6)(A)',
    'day 14 is Thanksgiving; the Friday after is open',
    { triggeredOn: '2026-11-12', days: 14 },
    '2026-11-27',
  ],
  [
    '5 U.S.C. 6103(b)',
    'observed Friday, July 3, 2026 (Independence Day)',
    { triggeredOn: '2026-06-19', days: 14 },
    '2026-07-06',
  ],
  [
    '5 U.S.C. 6103(b)',
    'observed Friday, June 18, 2027 (Juneteenth)',
    { triggeredOn: '2027-06-04', days: 14 },
    '2027-06-21',
  ],
  [
    '5 U.S.C. 6103(b)',
    'observed Monday, July 5, 2027 (Independence Day)',
    { triggeredOn: '2027-06-21', days: 14 },
    '2027-07-06',
  ],
  [
    '5 U.S.C. 6103(b)',
    'observed Friday, December 24, 2027 (Christmas)',
    { triggeredOn: '2027-12-10', days: 14 },
    '2027-12-27',
  ],
  [
    '5 U.S.C. 6103(b)',
    'observed Friday, December 31, 2027 (New Year’s Day 2028)',
    { triggeredOn: '2027-12-17', days: 14 },
    '2028-01-03',
  ],
  [
    '5 U.S.C. 6103(b)',
    'observed Friday, November 10, 2028 (Veterans Day)',
    { triggeredOn: '2028-10-27', days: 14 },
    '2028-11-13',
  ],
  // FRCP 6(d): 3 days after the 6(a) period for 5(b)(2)(C), (D), (F); none for (A)-(B), (E).
  [
    'FRCP 6(d); 5(b)(2)(C)',
    'DOMAIN.md: mail, day 30 Sunday → Monday → +3',
    { triggeredOn: '2026-05-01', days: 30, method: 'MAIL' },
    '2026-06-04',
  ],
  [
    'FRCP 6(d); 5(b)(2)(D)',
    'left with the clerk adds 3 days',
    { triggeredOn: '2026-05-01', days: 30, method: 'LEFT_WITH_CLERK' },
    '2026-06-04',
  ],
  [
    'FRCP 6(d); 5(b)(2)(F)',
    'other consented means add 3 days',
    { triggeredOn: '2026-05-01', days: 30, method: 'OTHER_CONSENTED' },
    '2026-06-04',
  ],
  [
    'FRCP 6(d); 5(b)(2)(E)',
    'electronic service adds nothing',
    { triggeredOn: '2026-05-01', days: 30, method: 'ELECTRONIC' },
    '2026-06-01',
  ],
  [
    'FRCP 6(d); 5(b)(2)(A)',
    'hand delivery adds nothing',
    { triggeredOn: '2026-05-01', days: 30, method: 'HAND' },
    '2026-06-01',
  ],
  [
    'FRCP 6(a)',
    'no service method: a plain period',
    { triggeredOn: '2026-05-01', days: 30, method: null },
    '2026-06-01',
  ],
  [
    'FRCP 6(d), 6(a)(1)(C)',
    'mail: +3 lands on a Saturday',
    { triggeredOn: '2026-05-04', days: 30, method: 'MAIL' },
    '2026-06-08',
  ],
  [
    'FRCP 6(d)',
    'electronic, same period',
    { triggeredOn: '2026-05-04', days: 30, method: 'ELECTRONIC' },
    '2026-06-03',
  ],
  [
    'FRCP 6(d), 6(a)(6)(A)',
    'mail: +3 lands on Labor Day',
    { triggeredOn: '2026-08-07', days: 28, method: 'MAIL' },
    '2026-09-08',
  ],
  [
    'FRCP 6(d), 5 U.S.C. 6103(b)',
    'mail: +3 lands on observed 2027-12-31',
    { triggeredOn: '2027-11-30', days: 28, method: 'MAIL' },
    '2028-01-03',
  ],
  // FRCP 6(a)(6)(C): state holidays count for forward periods only.
  [
    'FRCP 6(a)(6)(C)',
    'forward: Cesar Chavez Day is skipped',
    { triggeredOn: '2026-03-17', days: 14 },
    '2026-04-01',
  ],
  [
    'FRCP 6(a)(6)(C)',
    'backward: Cesar Chavez Day is a day like any other',
    { triggeredOn: '2026-04-14', days: 14, direction: 'BEFORE' },
    '2026-03-31',
  ],
  // FRCP 6(a)(6)(B): declared holidays count both ways.
  [
    'FRCP 6(a)(6)(B)',
    'forward: closure, Christmas, weekend',
    { triggeredOn: '2026-12-10', days: 14 },
    '2026-12-28',
  ],
  [
    'FRCP 6(a)(6)(B), 6(a)(5)',
    'backward: the closure rolls back a day',
    { triggeredOn: '2027-01-07', days: 14, direction: 'BEFORE' },
    '2026-12-23',
  ],
  // FRCP 6(a)(5): counting backward, the "next day" is the day before.
  [
    'FRCP 6(a)(5)',
    'backward onto a weekday: no roll',
    { triggeredOn: '2026-05-29', days: 14, direction: 'BEFORE' },
    '2026-05-15',
  ],
  [
    'FRCP 6(a)(5)',
    'backward onto a Sunday: back past Saturday to Friday',
    { triggeredOn: '2026-06-15', days: 15, direction: 'BEFORE' },
    '2026-05-29',
  ],
  [
    'FRCP 6(a)(5)',
    'backward onto observed Monday, July 5, 2027',
    { triggeredOn: '2027-07-19', days: 14, direction: 'BEFORE' },
    '2027-07-02',
  ],
  [
    'FRCP 6(a)(5)',
    'backward onto observed Friday, December 31, 2027, across the year',
    { triggeredOn: '2028-01-14', days: 14, direction: 'BEFORE' },
    '2027-12-30',
  ],
];

describe('computeDeadline (FRCP 6(a), 6(d))', () => {
  it.each(CASES)('%s: %s', (_rule, _why, request, dueOn) => {
    const result = computeDeadline({ ...request, filing: false, calendar: NDCAL });
    // No inaccessible day in this calendar: a filing deadline ends the same day (FRCP 6(a)(3)).
    expect(computeDeadline({ ...request, filing: true, calendar: NDCAL }).dueOn).toBe(dueOn);
    expect(result.dueOn).toBe(dueOn);
    expect(result.steps.at(-1)?.date).toBe(dueOn);
  });

  it('shows the DOMAIN.md example step by step', () => {
    expect(
      computeDeadline({
        triggeredOn: '2026-05-01',
        days: 30,
        method: 'MAIL',
        filing: false,
        calendar: NDCAL,
      }),
    ).toEqual({
      dueOn: '2026-06-04',
      steps: [
        {
          rule: 'FRCP 6(a)(1)(A)',
          text: 'Exclude the day of the event, Friday, May 1, 2026.',
          date: '2026-05-01',
        },
        {
          rule: 'FRCP 6(a)(1)(B)',
          text: 'Count 30 days: day 30 is Sunday, May 31, 2026.',
          date: '2026-05-31',
        },
        {
          rule: 'FRCP 6(a)(1)(C)',
          text: 'Sunday, May 31, 2026 is a weekend day; the period runs to Monday, June 1, 2026.',
          date: '2026-06-01',
        },
        {
          rule: 'FRCP 6(d)',
          text: 'Served by mail (FRCP 5(b)(2)(C)): 3 days are added after the period would otherwise expire: Thursday, June 4, 2026.',
          date: '2026-06-04',
        },
      ],
    });
  });

  it('names each day passed over, holidays by name', () => {
    const { steps } = computeDeadline({
      triggeredOn: '2026-08-22',
      days: 14,
      filing: false,
      calendar: NDCAL,
    });
    expect(steps.at(-1)).toEqual({
      rule: 'FRCP 6(a)(1)(C)',
      text:
        'Saturday, September 5, 2026 is a weekend day; Sunday, September 6, 2026 is a weekend day; ' +
        'Monday, September 7, 2026 is Labor Day, a legal holiday (FRCP 6(a)(6)(A)); the period runs to Tuesday, September 8, 2026.',
      date: '2026-09-08',
    });
  });

  it('rolls again after the 6(d) days when they end on a holiday', () => {
    const { steps } = computeDeadline({
      triggeredOn: '2026-08-07',
      days: 28,
      method: 'MAIL',
      filing: false,
      calendar: NDCAL,
    });
    expect(steps.slice(1).map((s) => [s.rule, s.date])).toEqual([
      ['FRCP 6(a)(1)(B)', '2026-09-04'],
      ['FRCP 6(d)', '2026-09-07'],
      ['FRCP 6(d), 6(a)(1)(C)', '2026-09-08'],
    ]);
    expect(steps[3].text).toBe(
      'Monday, September 7, 2026 is Labor Day, a legal holiday (FRCP 6(a)(6)(A)); the period runs to Tuesday, September 8, 2026.',
    );
  });

  it('explains an observed day and rolls backward past it (FRCP 6(a)(5))', () => {
    const { steps } = computeDeadline({
      triggeredOn: '2028-01-14',
      days: 14,
      direction: 'BEFORE',
      filing: false,
      calendar: NDCAL,
    });
    expect(steps).toEqual([
      {
        rule: 'FRCP 6(a)(1)(A)',
        text: 'Exclude the day of the event, Friday, January 14, 2028.',
        date: '2028-01-14',
      },
      {
        rule: 'FRCP 6(a)(1)(B)',
        text: 'Count 14 days back: day 14 before the event is Friday, December 31, 2027.',
        date: '2027-12-31',
      },
      {
        rule: 'FRCP 6(a)(1)(C), 6(a)(5)',
        text:
          "Friday, December 31, 2027 is the day New Year's Day is observed (the holiday itself falls on Saturday, January 1, 2028), " +
          'a legal holiday (FRCP 6(a)(6)(A); 5 U.S.C. 6103(b)); counting backward, the period runs back to Thursday, December 30, 2027.',
        date: '2027-12-30',
      },
    ]);
  });

  it('says why a state holiday does not move a backward count', () => {
    const { steps } = computeDeadline({
      triggeredOn: '2026-04-14',
      days: 14,
      direction: 'BEFORE',
      filing: false,
      calendar: NDCAL,
    });
    expect(steps.at(-1)).toEqual({
      rule: 'FRCP 6(a)(6)(C)',
      text: `Tuesday, March 31, 2026 is a state holiday (${CHAVEZ}), but state holidays are legal holidays only for periods counted forward; the period ends that day.`,
      date: '2026-03-31',
    });
  });

  it('names the state holiday skipped going forward', () => {
    const { steps } = computeDeadline({
      triggeredOn: '2026-03-17',
      days: 14,
      filing: false,
      calendar: NDCAL,
    });
    expect(steps.at(-1)?.text).toBe(
      `Tuesday, March 31, 2026 is a state holiday (${CHAVEZ}), a legal holiday for periods counted forward (FRCP 6(a)(6)(C)); the period runs to Wednesday, April 1, 2026.`,
    );
  });

  it.each([
    [
      'ELECTRONIC',
      'Served electronically (FRCP 5(b)(2)(E)): no days are added; the period ends Monday, June 1, 2026.',
    ],
    [
      'HAND',
      'Served by hand delivery (FRCP 5(b)(2)(A)-(B)): no days are added; the period ends Monday, June 1, 2026.',
    ],
  ] as const)('records that %s service adds no days (FRCP 6(d))', (method, text) => {
    const { steps } = computeDeadline({
      triggeredOn: '2026-05-01',
      days: 30,
      method,
      filing: false,
      calendar: NDCAL,
    });
    expect(steps.at(-1)).toEqual({ rule: 'FRCP 6(d)', text, date: '2026-06-01' });
  });

  it('writes "1 day" in the singular', () => {
    const { steps } = computeDeadline({ triggeredOn: '2026-05-01', days: 1, filing: false, calendar: NDCAL });
    expect(steps[1].text).toBe('Count 1 day: day 1 is Saturday, May 2, 2026.');
  });

  describe('bad input throws DeadlineInputError with a clear message', () => {
    const base: DeadlineRequest = { triggeredOn: '2026-05-01', days: 30, filing: false, calendar: NDCAL };
    it.each([
      [
        'an impossible date',
        { triggeredOn: '2026-02-30' },
        'triggeredOn "2026-02-30" is not a real calendar date.',
      ],
      [
        'a date without padding',
        { triggeredOn: '2026-5-1' },
        'triggeredOn must be a calendar date written YYYY-MM-DD; got "2026-5-1".',
      ],
      [
        'no date',
        { triggeredOn: undefined },
        'triggeredOn must be a calendar date written YYYY-MM-DD; got nothing.',
      ],
      ['0 days', { days: 0 }, 'days must be a whole number from 1 to 3650; got 0.'],
      ['3651 days', { days: 3651 }, 'days must be a whole number from 1 to 3650; got 3651.'],
      ['1.5 days', { days: 1.5 }, 'days must be a whole number from 1 to 3650; got 1.5.'],
      ['NaN days', { days: Number.NaN }, 'days must be a whole number from 1 to 3650; got NaN.'],
      ['days as text', { days: '30' }, 'days must be a whole number from 1 to 3650; got "30".'],
      [
        'an unknown time zone',
        { calendar: { ...NDCAL, timeZone: 'America/Springfield' } },
        '"America/Springfield" is not an IANA time zone; use a name such as America/Los_Angeles.',
      ],
      [
        'an unknown method',
        { method: 'CARRIER_PIGEON' },
        'Unknown service method "CARRIER_PIGEON"; use one of MAIL, LEFT_WITH_CLERK, OTHER_CONSENTED, ELECTRONIC, HAND.',
      ],
      [
        'a method with BEFORE',
        { method: 'MAIL', direction: 'BEFORE' },
        'A service method applies only to periods counted after service (FRCP 6(d)); a period counted BEFORE an event cannot take one.',
      ],
      [
        'an unknown direction',
        { direction: 'SIDEWAYS' },
        'direction must be AFTER or BEFORE; got "SIDEWAYS".',
      ],
      ['no calendar', { calendar: undefined }, 'calendar must give the court’s timeZone and extraDays.'],
      [
        'no word on filing',
        { filing: undefined },
        'filing must say whether the deadline is a time for filing with the court (FRCP 6(a)(3)): true or false; got nothing.',
      ],
      [
        'a date before the modelled holidays',
        { triggeredOn: '1985-06-03' },
        'The federal holiday calendar covers the years 1986 to 2199; got 1985.',
      ],
    ])('%s', (_what, change, message) => {
      const request = { ...base, ...change } as DeadlineRequest;
      expect(() => computeDeadline(request)).toThrow(DeadlineInputError);
      expect(() => computeDeadline(request)).toThrow(message);
    });
  });
});
