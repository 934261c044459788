import { certificationStanding, vouchedRecordIds } from './certification-standing';
import { CertificationRecord, ConferralRecord, RulingRecord, Side } from './conferral-record';
import { AFTER, certification, conference, letter, NOW, request, SETTINGS } from './conferral.fixtures';

const R = 'REQUESTING' as const;
const D = 'RESPONDING' as const;
const CALL = conference('2026-06-10T17:00:00.000Z');

function standing(
  records: ConferralRecord[],
  certifications: CertificationRecord[],
  options: { movant?: Side; rulings?: RulingRecord[]; now?: string } = {},
) {
  // As the service signs them: each names the records that counted and existed when it was signed.
  const signed = certifications.map((c) =>
    c.recordIds.length ? c : { ...c, recordIds: vouchedRecordIds(records, c.at, AFTER, options.rulings) },
  );
  return certificationStanding({
    records,
    certifications: signed,
    movant: options.movant ?? R,
    after: AFTER,
    rulings: options.rulings ?? [],
    settings: SETTINGS,
    now: options.now ?? NOW,
  });
}

describe('a certification vouches for the records that exist when it is signed (FRCP 37(a)(1))', () => {
  it.each<
    [string, ConferralRecord[], CertificationRecord[], { movant?: Side; rulings?: RulingRecord[] }, string]
  >([
    ['none signed', [CALL], [], {}, 'MISSING'],
    [
      'signed after conferral, nothing since',
      [CALL],
      [certification(R, '2026-06-11T00:00:00.000Z')],
      {},
      'PRESENT',
    ],
    [
      'the other side’s certification is not the movant’s',
      [CALL],
      [certification(D, '2026-06-11T00:00:00.000Z')],
      {},
      'MISSING',
    ],
    [
      'signed before any conferral qualified: it cannot vouch for the conference that came later',
      [CALL],
      [certification(R, '2026-06-09T00:00:00.000Z')],
      {},
      'STALE',
    ],
    [
      'signed while the other side’s attempt stood: that attempt was never the signer’s',
      [request(D, '2026-06-03T00:00:00.000Z')],
      [certification(R, '2026-06-20T00:00:00.000Z')],
      {},
      'STALE',
    ],
    [
      'a later record makes it stale, whoever made it',
      [CALL, letter('2026-06-12T00:00:00.000Z', D)],
      [certification(R, '2026-06-11T00:00:00.000Z')],
      {},
      'STALE',
    ],
    [
      'a conference recorded later, even one held earlier, makes it stale',
      [CALL, conference('2026-06-09T17:00:00.000Z', { recordedAt: '2026-06-12T00:00:00.000Z' })],
      [certification(R, '2026-06-11T00:00:00.000Z')],
      {},
      'STALE',
    ],
    [
      'a contest of a record it relies on makes it stale',
      [
        conference('2026-06-10T17:00:00.000Z', {
          standing: 'CONTESTED',
          answeredAt: '2026-06-12T00:00:00.000Z',
        }),
      ],
      [certification(R, '2026-06-11T00:00:00.000Z')],
      {},
      'STALE',
    ],
    [
      'a confirmation only strengthens a record: it stands',
      [
        conference('2026-06-10T17:00:00.000Z', {
          standing: 'CONFIRMED',
          answeredAt: '2026-06-12T00:00:00.000Z',
        }),
      ],
      [certification(R, '2026-06-11T00:00:00.000Z')],
      {},
      'PRESENT',
    ],
    [
      'a late answer to the request it relies on makes it stale (the attempt itself stands)',
      [
        request(R, '2026-06-03T00:00:00.000Z', {
          answer: { kind: 'ACCEPT', at: '2026-06-20T00:00:00.000Z' },
        }),
      ],
      [certification(R, '2026-06-15T00:00:00.000Z')],
      {},
      'STALE',
    ],
    [
      'the records it hashed no longer match',
      [CALL],
      [certification(R, '2026-06-11T00:00:00.000Z', [CALL.id], false)],
      {},
      'STALE',
    ],
    [
      'the latest counts: a fresh one after a stale one stands',
      [CALL, letter('2026-06-12T00:00:00.000Z', D)],
      [certification(R, '2026-06-11T00:00:00.000Z'), certification(R, '2026-06-13T00:00:00.000Z')],
      {},
      'PRESENT',
    ],
    [
      'signed before the court returned the dispute to confer: missing',
      [CALL, conference('2026-06-22T17:00:00.000Z')],
      [certification(R, '2026-06-11T00:00:00.000Z')],
      { rulings: [{ at: '2026-06-20T00:00:00.000Z', outcome: 'RETURNED_TO_CONFER' }] },
      'MISSING',
    ],
    [
      'signed after the return, on conferral after it',
      [CALL, conference('2026-06-22T17:00:00.000Z')],
      [certification(R, '2026-06-23T00:00:00.000Z')],
      { rulings: [{ at: '2026-06-20T00:00:00.000Z', outcome: 'RETURNED_TO_CONFER' }] },
      'PRESENT',
    ],
    [
      'signed after the return while only conferral before it existed',
      [CALL, conference('2026-06-22T17:00:00.000Z')],
      [certification(R, '2026-06-21T00:00:00.000Z')],
      { rulings: [{ at: '2026-06-20T00:00:00.000Z', outcome: 'RETURNED_TO_CONFER' }] },
      'STALE',
    ],
  ])('%s', (_, records, certifications, options, status) => {
    expect(standing(records, certifications, options)).toMatchObject({
      status,
      explanation: status === 'PRESENT' ? '' : expect.stringMatching(/certify/i),
    });
  });

  it('a record made in the same instant, after it was signed, is not among those it vouches for', () => {
    const at = '2026-06-11T00:00:00.000Z';
    const signedFirst = certification(R, at, [CALL.id]);
    expect(standing([CALL], [signedFirst]).status).toBe('PRESENT');
    expect(standing([CALL, letter(at, D)], [signedFirst]).status).toBe('STALE');
  });

  it('vouches only for records recorded by the time it is signed, and only those that count', () => {
    const late = conference('2026-06-09T17:00:00.000Z', { recordedAt: '2026-06-12T00:00:00.000Z' });
    const early = conference('2026-05-20T17:00:00.000Z');
    const refused = request(R, '2026-06-03T00:00:00.000Z', {
      answer: { kind: 'ACCEPT', at: '2026-06-04T00:00:00.000Z', times: ['2026-06-05T00:00:00.000Z'] },
      noShow: { scheduledFor: '2026-06-05T00:00:00.000Z', recordedAt: '2026-06-05T01:00:00.000Z' },
    });
    expect(vouchedRecordIds([CALL, late, early, refused], '2026-06-11T00:00:00.000Z', AFTER)).toEqual([
      CALL.id,
      refused.id,
      refused.noShow!.id,
    ]);
  });
});
