import { day } from './prisoner-case';

describe('the demo’s days', () => {
  it('are the court’s calendar days, not UTC’s', () => {
    // 4:30 pm in California on 1 December is already 2 December in UTC.
    const evening = new Date('2026-12-02T00:30:00Z');
    expect(day(evening, 0)).toBe('2026-12-01');
    expect(day(evening, -45)).toBe('2026-10-17');
    expect(day(evening, 120)).toBe('2027-03-31');
    expect(day(new Date('2026-12-01T20:00:00Z'), 0)).toBe('2026-12-01');
  });

  it('count whole days across a change of clocks', () => {
    // Daylight saving time ended on 1 November 2026 in California.
    const morning = new Date('2026-11-02T08:30:00Z');
    expect(day(morning, 0)).toBe('2026-11-02');
    expect(day(morning, -1)).toBe('2026-11-01');
    expect(day(morning, -2)).toBe('2026-10-31');
  });
});
