import { stipulationStep } from './stipulation';

const same = (a: number, b: number) => a === b;
const parties = ['p', 'd'];

describe('stipulationStep (FRCP 29: every party signs the same terms)', () => {
  it.each([
    [
      'nothing pending: the first signature is a proposal',
      null,
      40,
      'p',
      { action: 'propose', agreedPartyIds: ['p'], supersedes: false },
    ],
    [
      'the other side signs the same terms: in effect',
      { terms: 40, agreedPartyIds: ['p'] },
      40,
      'd',
      { action: 'join', agreedPartyIds: ['p', 'd'], inEffect: true },
    ],
    [
      'the proposer signs again: nothing changes',
      { terms: 40, agreedPartyIds: ['p'] },
      40,
      'p',
      { action: 'unchanged' },
    ],
    [
      'other terms are a counter-proposal',
      { terms: 40, agreedPartyIds: ['p'] },
      30,
      'd',
      { action: 'propose', agreedPartyIds: ['d'], supersedes: true },
    ],
    [
      'the proposer changing terms replaces its own proposal',
      { terms: 40, agreedPartyIds: ['p'] },
      1,
      'p',
      { action: 'propose', agreedPartyIds: ['p'], supersedes: true },
    ],
  ] as const)('%s', (_, pending, terms, partyId, expected) => {
    expect(stipulationStep({ pending, terms, sameTerms: same, partyId, parties })).toEqual(expected);
  });

  it('waits for every party of a case with more than two', () => {
    const three = ['p', 'd1', 'd2'];
    expect(
      stipulationStep({
        pending: { terms: 1, agreedPartyIds: ['p'] },
        terms: 1,
        sameTerms: same,
        partyId: 'd1',
        parties: three,
      }),
    ).toEqual({ action: 'join', agreedPartyIds: ['p', 'd1'], inEffect: false });
    expect(
      stipulationStep({
        pending: { terms: 1, agreedPartyIds: ['p', 'd1'] },
        terms: 1,
        sameTerms: same,
        partyId: 'd2',
        parties: three,
      }),
    ).toEqual({ action: 'join', agreedPartyIds: ['p', 'd1', 'd2'], inEffect: true });
  });
});
