import { lowercaseIds } from './id-arguments';

describe('lowercaseIds', () => {
  const ID = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11';

  it('lowercases UUIDs in id arguments, nested and in lists', () => {
    const args = { id: ID, input: { caseId: ID, itemIds: [ID, ID], items: [{ itemId: ID }] } };
    lowercaseIds(args);
    const lower = ID.toLowerCase();
    expect(args).toEqual({
      id: lower,
      input: { caseId: lower, itemIds: [lower, lower], items: [{ itemId: lower }] },
    });
  });

  it('leaves free text, and id arguments that are not UUIDs, as they came', () => {
    const args = { input: { title: ID, summary: `About ${ID}`, token: ID, id: 'NOT-A-UUID' } };
    lowercaseIds(args);
    expect(args).toEqual({ input: { title: ID, summary: `About ${ID}`, token: ID, id: 'NOT-A-UUID' } });
  });
});
