import { spokenDate, spokenDateOr, spokenDay, spokenTime } from './spoken-dates';

describe('spoken dates', () => {
  it('speaks a calendar date as people write it, the same each time it is asked', () => {
    expect(spokenDate('2026-05-04')).toBe('May 4, 2026');
    expect(spokenDate('2026-05-04')).toBe('May 4, 2026');
    expect(spokenDate('2026-12-31')).toBe('December 31, 2026');
  });

  it('refuses what is not a calendar date every time, remembering nothing of it', () => {
    expect(() => spokenDate('2026-02-30')).toThrow('Not a calendar date: 2026-02-30');
    expect(() => spokenDate('2026-02-30')).toThrow('Not a calendar date: 2026-02-30');
    expect(() => spokenDate('soon')).toThrow('Not a calendar date: soon');
  });

  it('stays right past the number of days it keeps', () => {
    const start = Date.UTC(2000, 0, 1);
    for (let n = 0; n < 10_000; n += 1) {
      const day = new Date(start + n * 86_400_000);
      const iso = day.toISOString().slice(0, 10);
      const expected = day.toLocaleDateString('en-US', {
        timeZone: 'UTC',
        month: 'long',
        day: 'numeric',
        year: 'numeric',
      });
      expect(spokenDate(iso)).toBe(expected);
    }
  });

  it("names the court's day of an instant, and the hour where it matters", () => {
    expect(spokenDay('2026-05-05T06:30:00Z', 'America/Los_Angeles')).toBe('May 4, 2026');
    expect(spokenTime('2026-05-05T00:30:00Z', 'America/Los_Angeles')).toBe('May 4, 2026, 5:30 p.m. PDT');
    expect(spokenDateOr(null, 'not recorded')).toBe('not recorded');
  });
});
