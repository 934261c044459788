import { escalationGate, GateInput } from './escalation-gate';

const ready: GateInput = {
  itemsServedBetweenParties: true,
  conferralQualifies: true,
  conferralExplanation: '',
  certification: 'PRESENT',
  today: '2026-12-20',
  lastDayToMove: '2026-12-28',
  disputeOpen: true,
};

describe('the escalation gate (FRCP 37(a)(1); N.D. Cal. Civil L.R. 37-1, 37-3)', () => {
  it.each([
    ['everything in order opens it', {}, []],
    [
      'items never served between the parties (the seed case’s error)',
      { itemsServedBetweenParties: false },
      ['ITEM_NOT_SERVED'],
    ],
    ['no qualifying conferral (FRCP 37(a)(1))', { conferralQualifies: false }, ['NO_QUALIFYING_CONFERRAL']],
    ['no certification (FRCP 37(a)(1))', { certification: 'MISSING' }, ['NO_CERTIFICATION']],
    ['a stale certification', { certification: 'STALE' }, ['CERTIFICATION_STALE']],
    ['on the last day after the cut-off (L.R. 37-3)', { today: '2026-12-28' }, []],
    ['a day later than 7 days after the cut-off (L.R. 37-3)', { today: '2026-12-29' }, ['PAST_CUTOFF']],
    ['no cut-off set', { lastDayToMove: null, today: '2030-01-01' }, []],
    ['a closed dispute', { disputeOpen: false }, ['DISPUTE_CLOSED']],
    [
      'requests answerable only after the cut-off, without the court’s order (L.R. 37-3)',
      { dueAfterCutoffWithoutOrder: true },
      ['NO_ORDER_AFTER_CUTOFF'],
    ],
    [
      'every missing element at once',
      {
        itemsServedBetweenParties: false,
        conferralQualifies: false,
        certification: 'MISSING',
        today: '2027-02-01',
        disputeOpen: false,
        dueAfterCutoffWithoutOrder: true,
      },
      [
        'DISPUTE_CLOSED',
        'ITEM_NOT_SERVED',
        'NO_ORDER_AFTER_CUTOFF',
        'NO_QUALIFYING_CONFERRAL',
        'NO_CERTIFICATION',
        'PAST_CUTOFF',
      ],
    ],
  ] as Array<[string, Partial<GateInput>, string[]]>)('%s', (_, overrides, missing) => {
    const decision = escalationGate({ ...ready, ...overrides });
    if (missing.length === 0) expect(decision).toEqual({ open: true });
    else expect(decision).toMatchObject({ open: false, missing });
  });

  it('explains in plain words what to do next', () => {
    const decision = escalationGate({
      ...ready,
      itemsServedBetweenParties: false,
      conferralQualifies: false,
      conferralExplanation: 'No call yet.',
    });
    expect(decision).toMatchObject({
      message: expect.stringMatching(
        /send requests to the other party, not to the court.*Meet and confer in good faith first.*No call yet\./,
      ),
    });
  });

  it('says why a certification does not count, in the rules’ own words', () => {
    const decision = escalationGate({
      ...ready,
      certification: 'MISSING',
      certificationExplanation: 'The court returned the dispute to confer on 2026-06-20; certify again.',
    });
    expect(decision).toMatchObject({
      missing: ['NO_CERTIFICATION'],
      message: expect.stringMatching(/returned the dispute to confer on 2026-06-20/),
    });
  });

  it('names the order a dispute over requests answerable after the cut-off needs (L.R. 37-3)', () => {
    expect(escalationGate({ ...ready, dueAfterCutoffWithoutOrder: true })).toMatchObject({
      message: expect.stringMatching(/not enforceable without a court order.*Civil L\.R\. 37-3/),
    });
  });
});
