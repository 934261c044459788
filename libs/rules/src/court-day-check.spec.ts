import { courtDayProblem } from './court-day-check';
import { DeadlineInputError } from './deadline-input.error';

const TODAY = '2026-03-10';

describe('courtDayProblem: what may go on a court’s calendar', () => {
  it.each([
    ['2026-03-31', 'a Tuesday in range (Cesar Chavez Day)'],
    ['2025-03-10', 'exactly a year back (a closure entered late)'],
    ['2036-03-10', 'exactly ten years ahead'],
    ['2026-11-27', 'the day after Thanksgiving'],
  ])('accepts %s: %s', (date) => {
    expect(courtDayProblem(date, TODAY)).toBeNull();
  });

  it.each([
    [
      '2025-03-07',
      'date must fall between 2025-03-10 and 2036-03-10 (a year before today to ten years after); got 2025-03-07.',
    ],
    [
      '2062-03-31',
      'date must fall between 2025-03-10 and 2036-03-10 (a year before today to ten years after); got 2062-03-31.',
    ],
    [
      '2026-03-28',
      'Saturday, March 28, 2026 is a weekend day, which no period ends on anyway (FRCP 6(a)(1)(C)); there is nothing to add.',
    ],
    [
      '2026-09-07',
      'Monday, September 7, 2026 is already Labor Day, a legal holiday everywhere (FRCP 6(a)(6)(A)); there is nothing to add.',
    ],
    [
      '2026-07-03',
      'Friday, July 3, 2026 is already the day Independence Day is observed, a legal holiday everywhere (FRCP 6(a)(6)(A)); there is nothing to add.',
    ],
  ])('refuses %s', (date, message) => {
    expect(courtDayProblem(date, TODAY)).toBe(message);
  });

  it('throws DeadlineInputError for a day that does not exist', () => {
    expect(() => courtDayProblem('2026-02-30', TODAY)).toThrow(DeadlineInputError);
  });
});
