import { federalHolidays } from './federal-holidays';

// The library may list days that are not FRCP 6(a)(6)(A) holidays. Inauguration Day (5 U.S.C. 6103(c))
// is a holiday only for federal employees in and around Washington, so it must never reach the table.
jest.mock('@18f/us-federal-holidays', () => {
  const actual = jest.requireActual('@18f/us-federal-holidays');
  return {
    ...actual,
    allForYear: (year: number, options?: object) => [
      ...actual.allForYear(year, options),
      { name: 'Inauguration Day', date: new Date(), dateString: `${year}-01-22` },
    ],
  };
});

describe('federalHolidays keeps only the FRCP 6(a)(6)(A) list', () => {
  it('leaves out Inauguration Day when the library returns it', () => {
    const list = federalHolidays(2029);
    expect(list).toHaveLength(11);
    expect(list.map((h) => h.date)).not.toContain('2029-01-22');
  });
});
