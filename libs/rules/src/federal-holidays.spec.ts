import { allForYear } from '@18f/us-federal-holidays';
import { DateTime } from 'luxon';
import { DeadlineInputError } from './deadline-input.error';
import { federalHolidays, FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR } from './federal-holidays';

// Every FRCP 6(a)(6)(A) holiday of 2026-2028, written out by hand: the statutory day (5 U.S.C. 6103(a))
// with its weekday, and the day observed (5 U.S.C. 6103(b): Saturday → the Friday before, Sunday → the
// Monday after). The weekdays are checked below with luxon, so a slip in this table shows up too.
const TABLE: Array<[year: number, name: string, statutory: string, weekday: string, observedOn: string]> = [
  [2026, "New Year's Day", '2026-01-01', 'Thursday', '2026-01-01'],
  [2026, "Martin Luther King Jr.'s Birthday", '2026-01-19', 'Monday', '2026-01-19'],
  [2026, "Washington's Birthday", '2026-02-16', 'Monday', '2026-02-16'],
  [2026, 'Memorial Day', '2026-05-25', 'Monday', '2026-05-25'],
  [2026, 'Juneteenth National Independence Day', '2026-06-19', 'Friday', '2026-06-19'],
  [2026, 'Independence Day', '2026-07-04', 'Saturday', '2026-07-03'],
  [2026, 'Labor Day', '2026-09-07', 'Monday', '2026-09-07'],
  [2026, 'Columbus Day', '2026-10-12', 'Monday', '2026-10-12'],
  [2026, 'Veterans Day', '2026-11-11', 'Wednesday', '2026-11-11'],
  [2026, 'Thanksgiving Day', '2026-11-26', 'Thursday', '2026-11-26'],
  [2026, 'Christmas Day', '2026-12-25', 'Friday', '2026-12-25'],
  [2027, "New Year's Day", '2027-01-01', 'Friday', '2027-01-01'],
  [2027, "Martin Luther King Jr.'s Birthday", '2027-01-18', 'Monday', '2027-01-18'],
  [2027, "Washington's Birthday", '2027-02-15', 'Monday', '2027-02-15'],
  [2027, 'Memorial Day', '2027-05-31', 'Monday', '2027-05-31'],
  [2027, 'Juneteenth National Independence Day', '2027-06-19', 'Saturday', '2027-06-18'],
  [2027, 'Independence Day', '2027-07-04', 'Sunday', '2027-07-05'],
  [2027, 'Labor Day', '2027-09-06', 'Monday', '2027-09-06'],
  [2027, 'Columbus Day', '2027-10-11', 'Monday', '2027-10-11'],
  [2027, 'Veterans Day', '2027-11-11', 'Thursday', '2027-11-11'],
  [2027, 'Thanksgiving Day', '2027-11-25', 'Thursday', '2027-11-25'],
  [2027, 'Christmas Day', '2027-12-25', 'Saturday', '2027-12-24'],
  [2028, "New Year's Day", '2028-01-01', 'Saturday', '2027-12-31'],
  [2028, "Martin Luther King Jr.'s Birthday", '2028-01-17', 'Monday', '2028-01-17'],
  [2028, "Washington's Birthday", '2028-02-21', 'Monday', '2028-02-21'],
  [2028, 'Memorial Day', '2028-05-29', 'Monday', '2028-05-29'],
  [2028, 'Juneteenth National Independence Day', '2028-06-19', 'Monday', '2028-06-19'],
  [2028, 'Independence Day', '2028-07-04', 'Tuesday', '2028-07-04'],
  [2028, 'Labor Day', '2028-09-04', 'Monday', '2028-09-04'],
  [2028, 'Columbus Day', '2028-10-09', 'Monday', '2028-10-09'],
  [2028, 'Veterans Day', '2028-11-11', 'Saturday', '2028-11-10'],
  [2028, 'Thanksgiving Day', '2028-11-23', 'Thursday', '2028-11-23'],
  [2028, 'Christmas Day', '2028-12-25', 'Monday', '2028-12-25'],
];

const weekdayOf = (date: string) =>
  DateTime.fromISO(date, { zone: 'utc' }).setLocale('en-US').toFormat('cccc');

describe('federalHolidays (FRCP 6(a)(6)(A); 5 U.S.C. 6103)', () => {
  it('has the 33 rows of the table', () => expect(TABLE).toHaveLength(33));

  it.each(TABLE)('%i %s: %s (%s) is observed on %s', (year, name, statutory, weekday, observedOn) => {
    expect(weekdayOf(statutory)).toBe(weekday);
    // 5 U.S.C. 6103(b), checked independently of the library.
    const expected = weekday === 'Saturday' ? -1 : weekday === 'Sunday' ? 1 : 0;
    expect(DateTime.fromISO(statutory, { zone: 'utc' }).plus({ days: expected }).toISODate()).toBe(
      observedOn,
    );
    expect(federalHolidays(year)).toContainEqual({
      date: observedOn,
      name,
      observed: observedOn !== statutory,
    });
  });

  it.each([2026, 2027, 2028])('%i has exactly the 11 holidays of the table, in date order', (year) => {
    const rows = TABLE.filter(([y]) => y === year).map(([, name, statutory, , date]) => ({
      date,
      name,
      observed: date !== statutory,
    }));
    expect(federalHolidays(year)).toEqual(rows);
  });

  it('lists New Year’s Day 2028 on Friday, December 31, 2027, across the year boundary', () => {
    expect(federalHolidays(2028)[0]).toEqual({ date: '2027-12-31', name: "New Year's Day", observed: true });
    expect(federalHolidays(2027).map((h) => h.date)).not.toContain('2027-12-31');
  });

  it('adds Juneteenth from 2021 (Pub. L. 117-17), first observed Friday, June 18, 2021', () => {
    expect(federalHolidays(2020).map((h) => h.name)).not.toContain('Juneteenth National Independence Day');
    expect(federalHolidays(2021)).toContainEqual({
      date: '2021-06-18',
      name: 'Juneteenth National Independence Day',
      observed: true,
    });
  });

  it('leaves out days that are not FRCP 6(a)(6)(A) holidays, e.g. Inauguration Day (5 U.S.C. 6103(c))', () => {
    const names = federalHolidays(2029).map((h) => h.name);
    expect(names).toHaveLength(11);
    expect(names.join()).not.toMatch(/inaugur/i);
  });

  it('agrees with 5 U.S.C. 6103(b) for every fixed-date holiday from 1986 to 2199', () => {
    const fixed: Array<[string, string]> = [
      ["New Year's Day", '01-01'],
      ['Juneteenth National Independence Day', '06-19'],
      ['Independence Day', '07-04'],
      ['Veterans Day', '11-11'],
      ['Christmas Day', '12-25'],
    ];
    for (let year = FIRST_HOLIDAY_YEAR; year <= LAST_HOLIDAY_YEAR; year++) {
      const list = federalHolidays(year);
      for (const [name, monthDay] of fixed) {
        if (name.startsWith('Juneteenth') && year < 2021) continue;
        const day = DateTime.fromISO(`${year}-${monthDay}`, { zone: 'utc' });
        const shift = day.weekday === 6 ? -1 : day.weekday === 7 ? 1 : 0;
        expect(list).toContainEqual({
          date: day.plus({ days: shift }).toISODate(),
          name,
          observed: shift !== 0,
        });
      }
      // No observed day is ever a weekend.
      for (const h of list) expect(DateTime.fromISO(h.date, { zone: 'utc' }).weekday).toBeLessThan(6);
    }
  });

  it('matches the library’s own observed days, shifting on by default', () => {
    expect(allForYear(2028)[0].dateString).toBe('2027-12-31');
  });

  it.each([1985, 2200, 2026.5, Number.NaN])('refuses year %p outside the modelled calendar', (year) => {
    expect(() => federalHolidays(year)).toThrow(DeadlineInputError);
    expect(() => federalHolidays(year)).toThrow(/covers the years 1986 to 2199/);
  });
});
