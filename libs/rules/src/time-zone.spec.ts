import { DeadlineInputError } from './deadline-input.error';
import { courtDayOf } from './time-zone';

const LA = 'America/Los_Angeles';

describe('courtDayOf (FRCP 6(a)(4): the day ends at midnight in the court’s time zone)', () => {
  it.each([
    ['2026-05-02T06:30:00Z', LA, '2026-05-01', '11:30 pm PDT on May 1, though already May 2 in UTC'],
    ['2026-05-02T07:00:00Z', LA, '2026-05-02', 'midnight PDT starts May 2'],
    ['2026-05-02T03:30:00Z', 'America/New_York', '2026-05-01', '11:30 pm EDT'],
    ['2026-05-02T03:30:00Z', 'UTC', '2026-05-02', 'UTC'],
    // Spring forward in Los Angeles on 2026-03-08: 2:00 am PST becomes 3:00 am PDT (10:00Z).
    ['2026-03-08T07:59:59Z', LA, '2026-03-07', '11:59:59 pm PST the night before'],
    ['2026-03-08T08:00:00Z', LA, '2026-03-08', 'midnight PST'],
    ['2026-03-08T10:30:00Z', LA, '2026-03-08', '3:30 am PDT, just after the change'],
    ['2026-03-09T06:59:59Z', LA, '2026-03-08', '11:59:59 pm PDT: the short day ends an hour earlier in UTC'],
    ['2026-03-09T07:00:00Z', LA, '2026-03-09', 'midnight PDT'],
    // Fall back on 2026-11-01: 2:00 am PDT becomes 1:00 am PST (09:00Z); the day is 25 hours long.
    ['2026-11-01T06:59:59Z', LA, '2026-10-31', '11:59:59 pm PDT'],
    ['2026-11-01T07:00:00Z', LA, '2026-11-01', 'midnight PDT'],
    ['2026-11-01T09:30:00Z', LA, '2026-11-01', '1:30 am PST, the second 1:30 of the night'],
    ['2026-11-02T07:59:59Z', LA, '2026-11-01', '11:59:59 pm PST: the long day ends an hour later in UTC'],
    ['2026-11-02T08:00:00Z', LA, '2026-11-02', 'midnight PST'],
  ])('%s in %s is %s (%s)', (instant, zone, day) => {
    expect(courtDayOf(new Date(instant), zone)).toBe(day);
  });

  it('refuses an unknown time zone', () => {
    expect(() => courtDayOf(new Date('2026-05-01T12:00:00Z'), 'Mars/Olympus_Mons')).toThrow(
      DeadlineInputError,
    );
    expect(() => courtDayOf(new Date('2026-05-01T12:00:00Z'), 'Mars/Olympus_Mons')).toThrow(
      '"Mars/Olympus_Mons" is not an IANA time zone; use a name such as America/Los_Angeles.',
    );
  });

  it('refuses an invalid Date', () => {
    expect(() => courtDayOf(new Date('not a date'), LA)).toThrow(DeadlineInputError);
    expect(() => courtDayOf('2026-05-01' as unknown as Date, LA)).toThrow('instant must be a valid Date.');
  });
});
