import { decideDiscoveryTiming, TimingInput } from './discovery-timing';

const base: TimingInput = {
  kind: 'INTERROGATORIES',
  servedOn: '2026-04-20',
  conferenceOn: '2026-05-01',
  exemptFromDisclosures: false,
  earlyDiscoveryAllowed: false,
};

describe('FRCP 26(d): timing of discovery', () => {
  it.each([
    [
      'on the day of the conference (FRCP 26(d)(1))',
      { servedOn: '2026-05-01' },
      { allowed: true, early: false, servedOn: '2026-05-01' },
    ],
    ['after the conference (FRCP 26(d)(1))', { servedOn: '2026-06-01' }, { allowed: true, early: false }],
    ['before the conference: refused (FRCP 26(d)(1))', {}, { allowed: false, rule: 'FRCP 26(d)(1)' }],
    [
      'before any conference is set: refused (FRCP 26(d)(1))',
      { conferenceOn: null },
      { allowed: false, rule: 'FRCP 26(d)(1)' },
    ],
    [
      'a pro se prisoner’s action is exempt (FRCP 26(a)(1)(B)(iv))',
      { conferenceOn: null, exemptFromDisclosures: true },
      { allowed: true, early: false, servedOn: '2026-04-20' },
    ],
    [
      'a stipulation or order allows it (FRCP 26(d)(1))',
      { earlyDiscoveryAllowed: true },
      { allowed: true, early: false },
    ],
    [
      'early Rule 34 requests are served at the conference (FRCP 26(d)(2)(B))',
      { kind: 'PRODUCTION' },
      { allowed: true, early: true, servedOn: '2026-05-01' },
    ],
    [
      'early Rule 34 requests need a conference date (FRCP 26(d)(2))',
      { kind: 'PRODUCTION', conferenceOn: null },
      { allowed: false, rule: 'FRCP 26(d)(1)' },
    ],
    ['early admissions requests are not covered by 26(d)(2)', { kind: 'ADMISSIONS' }, { allowed: false }],
  ] as Array<[string, Partial<TimingInput>, object]>)('%s', (_, override, expected) => {
    expect(decideDiscoveryTiming({ ...base, ...override })).toMatchObject(expected);
  });

  it('explains what to do in plain words', () => {
    const decision = decideDiscoveryTiming({ ...base, kind: 'PRODUCTION', conferenceOn: null });
    expect(decision).toMatchObject({
      message: expect.stringMatching(/not set yet.*delivered early once the conference date is recorded/),
    });
  });
});
