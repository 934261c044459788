import { DateTime } from 'luxon';
import { dayFacts, dayNumberOf, readDay } from './day-number';
import { DeadlineInputError } from './deadline-input.error';

// The count runs on day numbers rather than luxon; luxon stays the reference for what a day is.
describe('day numbers agree with luxon on every day the holiday table models', () => {
  it('1986-01-01 to 2199-12-31: ISO form, year, weekday and spoken form', () => {
    let luxonDay = DateTime.utc(1986, 1, 1);
    let number = readDay('1986-01-01');
    const mismatches: string[] = [];
    while (luxonDay.year < 2200) {
      const facts = dayFacts(number);
      const expected = {
        iso: luxonDay.toISODate(),
        year: luxonDay.year,
        weekday: luxonDay.weekday,
        spoken: luxonDay.setLocale('en-US').toFormat('cccc, LLLL d, yyyy'),
      };
      if (JSON.stringify(facts) !== JSON.stringify(expected)) mismatches.push(`${expected.iso}`);
      if (readDay(expected.iso as string) !== number) mismatches.push(`read ${expected.iso}`);
      luxonDay = luxonDay.plus({ days: 1 });
      number += 1;
    }
    expect(mismatches).toEqual([]);
  });

  it('counts from 1970-01-01, a Thursday', () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(dayFacts(0).weekday).toBe(4);
    expect(dayFacts(-1)).toMatchObject({ iso: '1969-12-31', weekday: 3 });
  });

  it.each([
    ['2026-02-30', /not a real calendar date/],
    ['2100-02-29', /not a real calendar date/],
    ['2026-13-01', /not a real calendar date/],
    ['2026-00-10', /not a real calendar date/],
    ['2026-5-1', /YYYY-MM-DD/],
  ])('refuses %p', (value, message) => {
    expect(() => readDay(value)).toThrow(DeadlineInputError);
    expect(() => readDay(value)).toThrow(message);
  });
});
