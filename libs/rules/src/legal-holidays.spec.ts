import { CourtCalendar } from './court-calendar';
import { DeadlineInputError } from './deadline-input.error';
import { legalHoliday } from './legal-holidays';

const CHAVEZ = 'California Government Code § 6700 (Cesar Chavez Day)';
const CLOSURE = 'Executive order closing federal offices on December 24, 2026';
const calendar: CourtCalendar = {
  timeZone: 'America/Los_Angeles',
  extraDays: [
    { date: '2026-03-31', kind: 'STATE_HOLIDAY', source: CHAVEZ },
    { date: '2026-12-24', kind: 'DECLARED_HOLIDAY', source: CLOSURE },
  ],
};

describe('legalHoliday (FRCP 6(a)(6))', () => {
  it.each([
    ['2026-09-07', 'AFTER', { name: 'Labor Day', rule: 'FRCP 6(a)(6)(A)' }],
    ['2026-09-07', 'BEFORE', { name: 'Labor Day', rule: 'FRCP 6(a)(6)(A)' }],
    [
      '2026-07-03',
      'AFTER',
      { name: 'Independence Day (observed)', rule: 'FRCP 6(a)(6)(A); 5 U.S.C. 6103(b)' },
    ],
    [
      '2027-07-05',
      'BEFORE',
      { name: 'Independence Day (observed)', rule: 'FRCP 6(a)(6)(A); 5 U.S.C. 6103(b)' },
    ],
    ['2027-12-31', 'AFTER', { name: "New Year's Day (observed)", rule: 'FRCP 6(a)(6)(A); 5 U.S.C. 6103(b)' }],
    // 6(a)(6)(B): a declared holiday counts both ways.
    ['2026-12-24', 'AFTER', { name: `Declared holiday: ${CLOSURE}`, rule: 'FRCP 6(a)(6)(B)' }],
    ['2026-12-24', 'BEFORE', { name: `Declared holiday: ${CLOSURE}`, rule: 'FRCP 6(a)(6)(B)' }],
    // 6(a)(6)(C): a state holiday counts only for periods measured after an event.
    ['2026-03-31', 'AFTER', { name: `State holiday: ${CHAVEZ}`, rule: 'FRCP 6(a)(6)(C)' }],
    ['2026-03-31', 'BEFORE', null],
    // The statutory day of a weekend holiday is not itself the holiday day; it is a weekend anyway.
    ['2026-07-04', 'AFTER', null],
    ['2026-05-01', 'AFTER', null],
  ] as const)('%s counted %s: %p', (date, direction, expected) => {
    expect(legalHoliday(date, calendar, direction)).toEqual(expected);
  });

  it.each([
    [{ ...calendar, timeZone: 'Nowhere/Special' }, /is not an IANA time zone/],
    [
      { ...calendar, extraDays: [{ date: '2026-02-30', kind: 'STATE_HOLIDAY', source: 'x' }] },
      /extraDays\[0\]\.date/,
    ],
    [
      { ...calendar, extraDays: [{ date: '2026-02-03', kind: 'COURT_PICNIC', source: 'x' }] },
      /one of STATE_HOLIDAY, DECLARED_HOLIDAY, CLERK_OFFICE_INACCESSIBLE/,
    ],
    [
      { ...calendar, extraDays: [{ date: '2026-02-03', kind: 'STATE_HOLIDAY', source: ' ' }] },
      /where the holiday/,
    ],
  ])('refuses a bad calendar (%#)', (bad, message) => {
    expect(() => legalHoliday('2026-05-01', bad as CourtCalendar, 'AFTER')).toThrow(DeadlineInputError);
    expect(() => legalHoliday('2026-05-01', bad as CourtCalendar, 'AFTER')).toThrow(message);
  });

  it('refuses an unknown direction', () => {
    expect(() => legalHoliday('2026-05-01', calendar, 'SIDEWAYS' as 'AFTER')).toThrow(/AFTER or BEFORE/);
  });
});
