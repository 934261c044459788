import { assessConferral, ConferralPolicyInput, ConferralRecord } from './conferral-policy';

const AFTER = '2026-06-02T00:00:00Z';
const NOW = '2026-07-01T00:00:00Z';

const call = (at: string, contested = false): ConferralRecord => ({
  kind: 'CONFERENCE',
  id: `call-${at}`,
  mode: 'TELEPHONE',
  at,
  contested,
});
const letter = (
  at: string,
  from: 'REQUESTING' | 'RESPONDING',
  mode: 'LETTER' | 'EMAIL' = 'LETTER',
): ConferralRecord => ({
  kind: 'LETTER',
  id: `letter-${from}-${at}`,
  mode,
  at,
  from,
});
/** The court's days (10 by default) from the request, as the service computes them under FRCP 6. */
const request = (at: string, answeredAt: string | null = null, days = 10): ConferralRecord => ({
  kind: 'REQUEST',
  id: `request-${at}`,
  mode: 'TELEPHONE',
  at,
  from: 'REQUESTING',
  answeredAt,
  answerBy: new Date(Date.parse(at) + days * 86_400_000).toISOString(),
});

function assess(records: ConferralRecord[], overrides: Partial<ConferralPolicyInput> = {}) {
  return assessConferral({
    records,
    after: AFTER,
    lettersQualify: false,
    now: NOW,
    ...overrides,
  });
}

describe('what counts as conferral (FRCP 37(a)(1); N.D. Cal. Civil L.R. 1-5(n), 37-1)', () => {
  it.each([
    ['a telephone conference qualifies (L.R. 1-5(n))', [call('2026-06-10T17:00:00Z')], {}, 'CONFERENCE'],
    [
      'a video conference qualifies (L.R. 1-5(n))',
      [
        {
          kind: 'CONFERENCE',
          id: 'v',
          mode: 'VIDEO',
          at: '2026-06-10T17:00:00Z',
          contested: false,
        } as ConferralRecord,
      ],
      {},
      'CONFERENCE',
    ],
    [
      'a conference the other side contests does not (FRCP 37(a)(1))',
      [call('2026-06-10T17:00:00Z', true)],
      {},
      null,
    ],
    ['a conference before the responses does not count', [call('2026-05-20T17:00:00Z')], {}, null],
    [
      'letters alone do not qualify between counsel (L.R. 1-5(n))',
      [letter('2026-06-05T00:00:00Z', 'REQUESTING'), letter('2026-06-09T00:00:00Z', 'RESPONDING')],
      {},
      null,
    ],
    [
      'a prisoner’s exchange of letters, one each way, qualifies where the case allows it',
      [letter('2026-06-05T00:00:00Z', 'REQUESTING'), letter('2026-06-09T00:00:00Z', 'RESPONDING')],
      { lettersQualify: true },
      'LETTER_EXCHANGE',
    ],
    [
      'a one-way letter never qualifies, even for a prisoner',
      [letter('2026-06-05T00:00:00Z', 'REQUESTING'), letter('2026-06-07T00:00:00Z', 'REQUESTING')],
      { lettersQualify: true },
      null,
    ],
    [
      'emails count as letters in an exchange',
      [
        letter('2026-06-05T00:00:00Z', 'REQUESTING', 'EMAIL'),
        letter('2026-06-09T00:00:00Z', 'RESPONDING', 'EMAIL'),
      ],
      { lettersQualify: true },
      'LETTER_EXCHANGE',
    ],
    [
      'a request unanswered past the court’s days is an attempt (FRCP 37(a)(1), L.R. 37-1(b))',
      [request('2026-06-05T00:00:00Z')],
      {},
      'ATTEMPT',
    ],
    [
      'a request still within the court’s days is not yet an attempt',
      [request('2026-06-25T00:00:00Z')],
      {},
      null,
    ],
    [
      'an answered request is no attempt',
      [request('2026-06-05T00:00:00Z', '2026-06-06T00:00:00Z')],
      {},
      null,
    ],
    [
      'a request the other side answered by letter is no attempt',
      [request('2026-06-05T00:00:00Z'), letter('2026-06-07T00:00:00Z', 'RESPONDING')],
      {},
      null,
    ],
    ['the court’s own number of days applies', [request('2026-06-25T00:00:00Z', null, 5)], {}, 'ATTEMPT'],
  ] as Array<[string, ConferralRecord[], Partial<ConferralPolicyInput>, string | null]>)(
    '%s',
    (_, records, overrides, basis) => {
      const result = assess(records, overrides);
      if (basis) expect(result).toMatchObject({ qualifies: true, basis });
      else expect(result).toMatchObject({ qualifies: false, explanation: expect.any(String) });
    },
  );

  it('tells counsel relying on letters what would qualify', () => {
    const result = assess([
      letter('2026-06-05T00:00:00Z', 'REQUESTING'),
      letter('2026-06-09T00:00:00Z', 'RESPONDING'),
    ]);
    expect(result).toMatchObject({
      qualifies: false,
      explanation: expect.stringMatching(/in person, by video or by telephone/),
    });
  });
});
