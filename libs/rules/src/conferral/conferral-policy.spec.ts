import { assessConferral, ConferralPolicyInput } from './conferral-policy';
import { ConferralRecord, RulingRecord, Side } from './conferral-record';
import { AFTER, conference, letter, NOW, plus, request, SETTINGS } from './conferral.fixtures';

const REQUESTED = '2026-06-05T00:00:00.000Z';
const R = 'REQUESTING' as const;
const D = 'RESPONDING' as const;

function assess(
  records: ConferralRecord[],
  movant: Side = R,
  overrides: Partial<ConferralPolicyInput> & { lettersQualify?: boolean } = {},
) {
  const { lettersQualify, ...rest } = overrides;
  return assessConferral({
    records,
    movant,
    after: AFTER,
    settings: { ...SETTINGS, lettersQualify: lettersQualify ?? false },
    now: NOW,
    ...rest,
  });
}

type Row = [
  string,
  ConferralRecord[],
  Side,
  Partial<ConferralPolicyInput> & { lettersQualify?: boolean },
  string | null,
];

describe('what counts as conferral (FRCP 37(a)(1); N.D. Cal. Civil L.R. 1-5(n), 37-1)', () => {
  it.each<Row>([
    [
      'a telephone conference qualifies (L.R. 1-5(n))',
      [conference('2026-06-10T17:00:00Z')],
      R,
      {},
      'CONFERENCE',
    ],
    [
      'a video conference qualifies (L.R. 1-5(n))',
      [conference('2026-06-10T17:00:00Z', { mode: 'VIDEO' })],
      R,
      {},
      'CONFERENCE',
    ],
    ['a conference before the responses does not count', [conference('2026-05-20T17:00:00Z')], R, {}, null],
    [
      'letters alone do not qualify between counsel (L.R. 1-5(n))',
      [letter('2026-06-05T00:00:00Z', R), letter('2026-06-09T00:00:00Z', D)],
      R,
      {},
      null,
    ],
    [
      'a prisoner’s exchange of letters, one each way, qualifies where the case allows it',
      [letter('2026-06-05T00:00:00Z', R), letter('2026-06-09T00:00:00Z', D)],
      R,
      { lettersQualify: true },
      'LETTER_EXCHANGE',
    ],
    [
      'an exchange of letters counts for the responding side too',
      [letter('2026-06-05T00:00:00Z', R), letter('2026-06-09T00:00:00Z', D)],
      D,
      { lettersQualify: true },
      'LETTER_EXCHANGE',
    ],
    [
      'a one-way letter never qualifies, even for a prisoner',
      [letter('2026-06-05T00:00:00Z', R), letter('2026-06-07T00:00:00Z', R)],
      R,
      { lettersQualify: true },
      null,
    ],
    [
      'emails count as letters in an exchange',
      [letter('2026-06-05T00:00:00Z', R, 'EMAIL'), letter('2026-06-09T00:00:00Z', D, 'EMAIL')],
      R,
      { lettersQualify: true },
      'LETTER_EXCHANGE',
    ],
    [
      'a request unanswered past the court’s days is its sender’s attempt (FRCP 37(a)(1), L.R. 37-1(b))',
      [request(R, REQUESTED)],
      R,
      {},
      'ATTEMPT',
    ],
    [
      'a request still within the court’s days is not yet an attempt',
      [request(R, '2026-06-25T00:00:00Z')],
      R,
      {},
      null,
    ],
    [
      'the court’s own number of days applies',
      [request(R, '2026-06-25T00:00:00Z', { days: 5 })],
      R,
      {},
      'ATTEMPT',
    ],
  ])('%s', (_, records, movant, overrides, basis) => {
    const result = assess(records, movant, overrides);
    if (basis) expect(result).toMatchObject({ qualifies: true, basis });
    else expect(result).toMatchObject({ qualifies: false, explanation: expect.any(String) });
  });
});

describe('the gate, closed to gaming (DOMAIN.md; FRCP 37(a)(1): the movant must have conferred or attempted to)', () => {
  const WITHIN = plus(REQUESTED, 3);
  const TIME = plus(REQUESTED, 6);

  it.each<Row>([
    // An attempt to confer counts only for the side that made it.
    ['the requester’s unanswered request is its attempt', [request(R, REQUESTED)], R, {}, 'ATTEMPT'],
    ['a side that ignored a request cannot go to the court on it', [request(R, REQUESTED)], D, {}, null],
    [
      'the responding side’s own unanswered request is its own attempt, not the requesting side’s',
      [request(D, REQUESTED)],
      R,
      {},
      null,
    ],
    ['… and counts for the responding side', [request(D, REQUESTED)], D, {}, 'ATTEMPT'],
    // A request declined is an attempt at once.
    [
      'declined: an attempt at once, within the other side’s time',
      [request(R, REQUESTED, { answer: { kind: 'DECLINE', at: WITHIN } })],
      R,
      { now: plus(WITHIN, 0.01) },
      'ATTEMPT',
    ],
    // Accepted and then not attended, recorded by the requester, is an attempt at once.
    [
      'accepted, then not attended: an attempt once the requester records it',
      [
        request(R, REQUESTED, {
          answer: { kind: 'ACCEPT', at: WITHIN, times: [TIME] },
          noShow: { scheduledFor: TIME, recordedAt: plus(TIME, 0.1) },
        }),
      ],
      R,
      { now: plus(TIME, 0.2) },
      'ATTEMPT',
    ],
    [
      '… even when the other side contests that record (the court weighs it)',
      [
        request(R, REQUESTED, {
          answer: { kind: 'ACCEPT', at: WITHIN, times: [TIME] },
          noShow: { scheduledFor: TIME, recordedAt: plus(TIME, 0.1), standing: 'CONTESTED' },
        }),
      ],
      R,
      {},
      'ATTEMPT',
    ],
    [
      'accepted in time and nothing recorded: the requester must confer, so no attempt, ever',
      [request(R, REQUESTED, { answer: { kind: 'ACCEPT', at: WITHIN, times: [TIME] } })],
      R,
      {},
      null,
    ],
    // An answer offering times within the window obliges the requester to confer.
    [
      'countered in time with a time within the window: the requester must confer',
      [request(R, REQUESTED, { answer: { kind: 'COUNTER', at: WITHIN, times: [plus(REQUESTED, 8)] } })],
      R,
      {},
      null,
    ],
    [
      'countered, then not attended at the time offered: an attempt',
      [
        request(R, REQUESTED, {
          answer: { kind: 'COUNTER', at: WITHIN, times: [plus(REQUESTED, 8)] },
          noShow: { scheduledFor: plus(REQUESTED, 8), recordedAt: plus(REQUESTED, 8.5) },
        }),
      ],
      R,
      {},
      'ATTEMPT',
    ],
    [
      'countered with times only after the window: no time offered, an attempt when the window ends',
      [request(R, REQUESTED, { answer: { kind: 'COUNTER', at: WITHIN, times: [plus(REQUESTED, 40)] } })],
      R,
      {},
      'ATTEMPT',
    ],
    // A late answer does not undo an attempt already made.
    [
      'accepted after the window: late, the attempt stands',
      [request(R, REQUESTED, { answer: { kind: 'ACCEPT', at: plus(REQUESTED, 12), times: [TIME] } })],
      R,
      {},
      'ATTEMPT',
    ],
    [
      'a letter from the other side is no answer: the attempt stands',
      [request(R, REQUESTED), letter(plus(REQUESTED, 2), D)],
      R,
      {},
      'ATTEMPT',
    ],
    // A conference by direct dialogue counts when recorded; confirming or contesting is the other side's.
    [
      'a conference counts when recorded, unconfirmed',
      [conference('2026-06-10T17:00:00Z')],
      R,
      {},
      'CONFERENCE',
    ],
    [
      'a conference the other side contests still counts: the packet shows the contest',
      [conference('2026-06-10T17:00:00Z', { standing: 'CONTESTED' })],
      R,
      {},
      'CONFERENCE',
    ],
    [
      'a conference the responding side recorded counts for the requesting side: both conferred',
      [conference('2026-06-10T17:00:00Z', { recordedBy: D })],
      R,
      {},
      'CONFERENCE',
    ],
  ])('%s', (_, records, movant, overrides, basis) => {
    const result = assess(records, movant, overrides);
    if (basis) expect(result).toMatchObject({ qualifies: true, basis });
    else expect(result).toMatchObject({ qualifies: false, explanation: expect.any(String) });
  });

  describe('a ruling of RETURNED_TO_CONFER: only conferral after it counts', () => {
    const RULED: RulingRecord[] = [{ at: '2026-06-20T00:00:00.000Z', outcome: 'RETURNED_TO_CONFER' }];
    it.each<Row>([
      ['a conference before the ruling', [conference('2026-06-10T17:00:00Z')], R, { rulings: RULED }, null],
      ['a conference after it', [conference('2026-06-22T17:00:00Z')], R, { rulings: RULED }, 'CONFERENCE'],
      [
        'a conference held before it, recorded after it',
        [conference('2026-06-18T17:00:00Z', { recordedAt: '2026-06-21T00:00:00Z' })],
        R,
        { rulings: RULED },
        null,
      ],
      [
        'a request sent before it, whose window ends after it',
        [request(R, '2026-06-15T00:00:00.000Z')],
        R,
        { rulings: RULED },
        null,
      ],
      ['an earlier attempt', [request(R, REQUESTED)], R, { rulings: RULED }, null],
      [
        'other rulings change nothing',
        [conference('2026-06-10T17:00:00Z')],
        R,
        { rulings: [{ at: '2026-06-20T00:00:00.000Z', outcome: 'DENIED' }] },
        'CONFERENCE',
      ],
    ])('%s', (_, records, movant, overrides, basis) => {
      const result = assess(records, movant, overrides);
      if (basis) expect(result).toMatchObject({ qualifies: true, basis });
      else expect(result).toMatchObject({ qualifies: false, countFrom: RULED[0].at });
    });
  });

  it('explains who attempted, when, and what the other side did', () => {
    const result = assess([request(R, REQUESTED, { answer: { kind: 'DECLINE', at: WITHIN } })], R, {
      settings: { ...SETTINGS, timeZone: 'America/Los_Angeles' },
    });
    expect(result).toMatchObject({
      qualifies: true,
      basis: 'ATTEMPT',
      attempt: { by: R, at: WITHIN, how: 'DECLINED', requestId: `request-${R}-${REQUESTED}` },
      explanation:
        'The requesting side asked to confer on June 4, 2026; the other side declined to confer on June 7, 2026. That is an attempt to confer.',
    });
  });

  it('tells the side that ignored a request that the attempt is not its own', () => {
    expect(assess([request(R, REQUESTED)], D)).toMatchObject({
      qualifies: false,
      attempts: [expect.objectContaining({ by: R, how: 'UNANSWERED' })],
      explanation: expect.stringMatching(/attempt to confer is its own and counts only for it/),
    });
  });

  it('tells a requester obliged to confer what to do', () => {
    const result = assess([request(R, REQUESTED, { answer: { kind: 'ACCEPT', at: WITHIN, times: [TIME] } })]);
    expect(result.explanation).toMatch(
      /accepted a time to confer.*confer then.*record that it did not come\./,
    );
  });

  it('names a late answer for what it is', () => {
    const result = assess([
      request(R, REQUESTED, { answer: { kind: 'ACCEPT', at: plus(REQUESTED, 12), times: [TIME] } }),
    ]);
    expect(result).toMatchObject({
      attempt: { how: 'UNANSWERED', at: plus(REQUESTED, 10) },
      explanation: expect.stringMatching(
        /did not answer within the court’s time \(by June 14, 2026\); it answered late, on June 17, 2026/,
      ),
    });
  });

  it('tells counsel relying on letters what would qualify', () => {
    expect(assess([letter('2026-06-05T00:00:00Z', R), letter('2026-06-09T00:00:00Z', D)])).toMatchObject({
      qualifies: false,
      explanation: expect.stringMatching(/in person, by video or by telephone/),
    });
  });
});
