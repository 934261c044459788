import { isWeekend } from './calendar-date';
import { DeadlineInputError } from './deadline-input.error';

describe('isWeekend (FRCP 6(a)(1)(C): Saturday and Sunday)', () => {
  it.each([
    ['2026-05-01', false, 'Friday'],
    ['2026-05-02', true, 'Saturday'],
    ['2026-05-03', true, 'Sunday'],
    ['2026-05-04', false, 'Monday'],
    ['2028-02-29', false, 'Tuesday, a leap day'],
  ])('%s is a weekend day: %p (%s)', (date, expected) => {
    expect(isWeekend(date)).toBe(expected);
  });

  it.each([
    ['2026-02-30', /not a real calendar date/],
    ['2027-02-29', /not a real calendar date/],
    ['2026-5-1', /YYYY-MM-DD/],
    ['2026-05-01T00:00:00Z', /YYYY-MM-DD/],
    ['', /YYYY-MM-DD/],
  ])('refuses %p', (date, message) => {
    expect(() => isWeekend(date)).toThrow(DeadlineInputError);
    expect(() => isWeekend(date)).toThrow(message);
  });
});
