import { endOfDay, reminderInstants } from './deadline-instants';

describe('when deadlines end and reminders go out', () => {
  it('a last day ends at midnight in the court’s zone (FRCP 6(a)(4)(A))', () => {
    expect(endOfDay('2026-06-04', 'America/Los_Angeles').toISOString()).toBe('2026-06-05T07:00:00.000Z');
    expect(endOfDay('2026-12-04', 'America/Los_Angeles').toISOString()).toBe('2026-12-05T08:00:00.000Z');
    expect(endOfDay('2026-06-04', 'America/New_York').toISOString()).toBe('2026-06-05T04:00:00.000Z');
  });

  it('reminders go out 7, 3 and 1 days before, at 9 a.m. local, across a daylight-saving change', () => {
    // 2026-11-01 is the end of daylight saving in California.
    expect(
      reminderInstants('2026-11-04', 'America/Los_Angeles').map((r) => [r.daysBefore, r.at.toISOString()]),
    ).toEqual([
      [7, '2026-10-28T16:00:00.000Z'],
      [3, '2026-11-01T17:00:00.000Z'],
      [1, '2026-11-03T17:00:00.000Z'],
    ]);
  });

  it('answers a day asked again the same, in a Date of its own each time', () => {
    const first = endOfDay('2026-11-01', 'America/Los_Angeles');
    first.setTime(0);
    expect(endOfDay('2026-11-01', 'America/Los_Angeles').toISOString()).toBe('2026-11-02T08:00:00.000Z');
    // The same day in another zone is another instant, not the one kept for the first zone.
    expect(endOfDay('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-02T05:00:00.000Z');
    const [seven] = reminderInstants('2026-11-04', 'America/Los_Angeles');
    seven.at.setTime(0);
    expect(reminderInstants('2026-11-04', 'America/Los_Angeles')[0].at.toISOString()).toBe(
      '2026-10-28T16:00:00.000Z',
    );
    expect(reminderInstants('2026-11-04', 'America/Los_Angeles', [2])).toEqual([
      { daysBefore: 2, at: new Date('2026-11-02T17:00:00.000Z') },
    ]);
  });

  it('refuses a day that does not exist or an unknown zone', () => {
    expect(() => endOfDay('2026-02-30', 'America/Los_Angeles')).toThrow(/dueOn/);
    expect(() => reminderInstants('2026-06-04', 'Mars/Base')).toThrow(/IANA/);
  });
});
