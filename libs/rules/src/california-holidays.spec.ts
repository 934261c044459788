import { isWeekend } from './calendar-date';
import { californiaStateHolidays } from './california-holidays';
import { computeDeadline } from './compute-deadline';
import { DeadlineInputError } from './deadline-input.error';
import { federalHolidays } from './federal-holidays';

const dates = (from: number, to = from) => californiaStateHolidays(from, to).map((d) => d.date);

describe('californiaStateHolidays (Cal. Gov. Code §§ 6700, 6701; Code Civ. Proc. § 135)', () => {
  it('lists 2026 with the paragraph of each day', () => {
    expect(californiaStateHolidays(2026, 2026)).toEqual([
      {
        date: '2026-02-12',
        kind: 'STATE_HOLIDAY',
        source: 'Cal. Gov. Code § 6700(a)(5): Lincoln Day, February 12',
      },
      {
        date: '2026-03-31',
        kind: 'STATE_HOLIDAY',
        source: 'Cal. Gov. Code § 6700(a)(7): Cesar Chavez Day, March 31',
      },
      {
        date: '2026-04-24',
        kind: 'STATE_HOLIDAY',
        source: 'Cal. Gov. Code § 6700(a)(8): Genocide Remembrance Day, April 24',
      },
      {
        date: '2026-09-09',
        kind: 'STATE_HOLIDAY',
        source: 'Cal. Gov. Code § 6700(a)(13): Admission Day, September 9',
      },
      {
        date: '2026-09-25',
        kind: 'STATE_HOLIDAY',
        source: 'Cal. Gov. Code § 6700(a)(14): Native American Day, the fourth Friday in September',
      },
      {
        date: '2026-11-27',
        kind: 'STATE_HOLIDAY',
        source: 'Cal. Code Civ. Proc. § 135: the day after Thanksgiving Day, a judicial holiday',
      },
    ]);
  });

  it.each([
    [2027, '2027-09-24', 'the fourth Friday in September (Sep 1 is a Wednesday)'],
    [2029, '2029-09-28', 'the fourth Friday in September (Sep 1 is a Saturday)'],
    [2027, '2027-11-26', 'the day after Thanksgiving, November 25'],
    [2030, '2030-11-29', 'the day after Thanksgiving, November 28'],
  ])('%i holds %s: %s', (year, date) => {
    expect(dates(year)).toContain(date);
  });

  it('moves Lincoln Day, Cesar Chavez Day and Admission Day from a Sunday to the Monday (§ 6701)', () => {
    expect(dates(2030)).toContain('2030-04-01');
    expect(dates(2030)).not.toContain('2030-03-31');
    expect(dates(2029)).toContain('2029-09-10');
    expect(dates(2034)).toContain('2034-02-13');
    expect(californiaStateHolidays(2030, 2030).find((d) => d.date === '2030-04-01')?.source).toBe(
      'Cal. Gov. Code § 6701: Cesar Chavez Day (§ 6700(a)(7)) falls on Sunday, March 31, 2030, so the Monday following is a holiday',
    );
  });

  it('leaves a Saturday where it is: § 6701 moves only November 11 back to the Friday', () => {
    // Lincoln Day 2028 and Cesar Chavez Day 2029 are Saturdays: closed anyway, and no Friday added.
    expect(dates(2028)).not.toContain('2028-02-11');
    expect(dates(2028)).not.toContain('2028-02-12');
    expect(dates(2029)).not.toContain('2029-03-30');
    expect(dates(2029)).not.toContain('2029-03-31');
  });

  it('does not move Genocide Remembrance Day off a Sunday: § 6701 does not name April 24', () => {
    expect(dates(2033).filter((d) => d.startsWith('2033-04'))).toEqual([]);
  });

  it('lists only weekdays that are not federal holidays, in order, each with a California source', () => {
    const all = californiaStateHolidays(2023, 2060);
    const federal = new Set(
      Array.from({ length: 38 }, (_, i) => federalHolidays(2023 + i).map((h) => h.date)).flat(),
    );
    for (const day of all) {
      expect(isWeekend(day.date)).toBe(false);
      expect(federal.has(day.date)).toBe(false);
      expect(day.kind).toBe('STATE_HOLIDAY');
      expect(day.source).toMatch(/^Cal\. (Gov\. Code § 670[01]|Code Civ\. Proc\. § 135)/);
    }
    expect(all.map((d) => d.date)).toEqual([...all.map((d) => d.date)].sort());
    expect(new Set(all.map((d) => d.date)).size).toBe(all.length);
  });

  it('makes Cesar Chavez Day 2026 (Tuesday March 31) end a forward period the next day (FRCP 6(a)(6)(C))', () => {
    const calendar = { timeZone: 'America/Los_Angeles', extraDays: californiaStateHolidays(2026, 2026) };
    const forward = computeDeadline({ triggeredOn: '2026-03-17', days: 14, filing: false, calendar });
    expect(forward.dueOn).toBe('2026-04-01');
    expect(forward.steps.at(-1)).toEqual({
      rule: 'FRCP 6(a)(1)(C)',
      text: 'Tuesday, March 31, 2026 is a state holiday (Cal. Gov. Code § 6700(a)(7): Cesar Chavez Day, March 31), a legal holiday for periods counted forward (FRCP 6(a)(6)(C)); the period runs to Wednesday, April 1, 2026.',
      date: '2026-04-01',
    });
    // Counted backward, it is a day like any other.
    const backward = computeDeadline({
      triggeredOn: '2026-04-14',
      days: 14,
      direction: 'BEFORE',
      filing: false,
      calendar,
    });
    expect(backward.dueOn).toBe('2026-03-31');
  });

  it.each([
    [2022, 2026, 'fromYear must be a year from 2023 to 2199; got 2022.'],
    [2026, 2200, 'toYear must be a year from 2023 to 2199; got 2200.'],
    [2026.5, 2027, 'fromYear must be a year from 2023 to 2199; got 2026.5.'],
    [2030, 2026, 'fromYear (2030) must not come after toYear (2026).'],
  ])('refuses %p to %p', (from, to, message) => {
    expect(() => californiaStateHolidays(from, to)).toThrow(DeadlineInputError);
    expect(() => californiaStateHolidays(from, to)).toThrow(message);
  });
});
