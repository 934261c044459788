import { lateResponseFlags, ResponseItemInput, responseItemProblems } from './response-rules';

const empty: ResponseItemInput = { answer: null, objections: [], admission: null, production: null };

describe('what a response to each request must hold', () => {
  it.each([
    ['an interrogatory answered (FRCP 33(b)(3))', 'INTERROGATORIES', { answer: 'Yes.' }, []],
    [
      'an interrogatory objected to (FRCP 33(b)(4))',
      'INTERROGATORIES',
      { objections: ['Overbroad as to time.'] },
      [],
    ],
    ['an interrogatory left blank', 'INTERROGATORIES', {}, ['FRCP 33(b)(3)']],
    [
      'an interrogatory given an admission',
      'INTERROGATORIES',
      { answer: 'x', admission: 'ADMIT' },
      ['FRCP 33(b)(3)'],
    ],
    ['an empty objection', 'INTERROGATORIES', { objections: [' '] }, ['FRCP 33(b)(4)']],
    ['production promised (FRCP 34(b)(2)(B))', 'PRODUCTION', { production: 'WILL_PRODUCE' }, []],
    [
      'a production objection that says what is withheld (FRCP 34(b)(2)(C))',
      'PRODUCTION',
      { objections: ['Privileged.'], production: 'PRODUCING_WITH_WITHHOLDING' },
      [],
    ],
    [
      'everything withheld on the objections stated (FRCP 34(b)(2)(C))',
      'PRODUCTION',
      { objections: ['Privileged: attorney-client communications.'], production: 'WITHHOLDING_ALL' },
      [],
    ],
    [
      'everything withheld with no objection stated (FRCP 34(b)(2)(C))',
      'PRODUCTION',
      { production: 'WITHHOLDING_ALL' },
      ['FRCP 34(b)(2)(C)'],
    ],
    [
      'some withheld with no objection stated (FRCP 34(b)(2)(C))',
      'PRODUCTION',
      { production: 'PRODUCING_WITH_WITHHOLDING' },
      ['FRCP 34(b)(2)(C)'],
    ],
    [
      'a production objection silent on withholding (FRCP 34(b)(2)(C))',
      'PRODUCTION',
      { objections: ['Burdensome.'] },
      ['FRCP 34(b)(2)(C)'],
    ],
    ['a production request left blank', 'PRODUCTION', {}, ['FRCP 34(b)(2)(B)']],
    ['an admission (FRCP 36(a)(4))', 'ADMISSIONS', { admission: 'ADMIT' }, []],
    ['a denial (FRCP 36(a)(4))', 'ADMISSIONS', { admission: 'DENY' }, []],
    [
      'cannot admit or deny, explained (FRCP 36(a)(4))',
      'ADMISSIONS',
      { admission: 'CANNOT_ADMIT_OR_DENY', answer: 'Records were destroyed in the 2019 flood.' },
      [],
    ],
    [
      'cannot admit or deny, unexplained (FRCP 36(a)(4))',
      'ADMISSIONS',
      { admission: 'CANNOT_ADMIT_OR_DENY' },
      ['FRCP 36(a)(4)'],
    ],
    ['an admission request left blank', 'ADMISSIONS', {}, ['FRCP 36(a)(4)']],
  ] as Array<
    [string, 'INTERROGATORIES' | 'PRODUCTION' | 'ADMISSIONS', Partial<ResponseItemInput>, string[]]
  >)('%s', (_, kind, item, rules) => {
    expect(responseItemProblems(kind, { ...empty, ...item }, 1).map((p) => p.rule)).toEqual(rules);
  });
});

describe('late responses are flagged, not decided', () => {
  it('objections to late interrogatory answers may be waived (FRCP 33(b)(4))', () => {
    expect(lateResponseFlags('INTERROGATORIES', true)).toEqual([
      expect.objectContaining({ rule: 'FRCP 33(b)(4)' }),
    ]);
    expect(lateResponseFlags('INTERROGATORIES', false)).toEqual([]);
  });

  it('late answers to requests for admission: matters may be deemed admitted (FRCP 36(a)(3))', () => {
    expect(lateResponseFlags('ADMISSIONS', false)).toEqual([
      expect.objectContaining({ rule: 'FRCP 36(a)(3)' }),
    ]);
  });

  it('late production responses carry no automatic consequence', () => {
    expect(lateResponseFlags('PRODUCTION', true)).toEqual([]);
  });
});
