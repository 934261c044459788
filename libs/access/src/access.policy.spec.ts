import fc from 'fast-check';
import { AccessSubject, SystemRole } from '@parley/platform';
import {
  AccessFacts,
  actFor,
  anyMember,
  anyOf,
  courtStaff,
  decideAccess,
  inviteTo,
  isVisible,
  owner,
  signFor,
  signForAnyParty,
} from './access.policy';
import { Reach } from './subject-definition';

const PLAINTIFF = { id: 'p', name: 'Luckert', hasMembers: true };
const DEFENDANT = { id: 'd', name: 'J. Brannon', hasMembers: true };
const NOBODY = { id: 'u', name: 'County of Marin', hasMembers: false };

const subject = (overrides: Partial<AccessSubject> = {}): AccessSubject => ({
  kind: 'set',
  id: 's',
  caseId: 'c',
  courtId: 'ndcal',
  parties: { serving: 'p', responding: 'd' },
  privateTo: null,
  beforeCourt: false,
  ownerUserId: null,
  facts: {},
  ...overrides,
});

const facts = (overrides: Partial<AccessFacts> = {}): AccessFacts => ({
  actor: { userId: 'u1', role: SystemRole.USER, courtId: null },
  subject: subject(),
  memberships: [],
  parties: [PLAINTIFF, DEFENDANT, NOBODY],
  ...overrides,
});

const proSe = [{ partyId: 'p', role: 'PRO_SE' }];
const counsel = [{ partyId: 'd', role: 'COUNSEL' }];
const paralegal = [{ partyId: 'd', role: 'PARALEGAL' }];
const staff = (courtId: string) => ({ userId: 'k', role: SystemRole.COURT_STAFF, courtId });
const admin = { userId: 'a', role: SystemRole.ADMIN, courtId: null };
const PARTIES: Reach = { parties: true };
const COURT: Reach = { parties: true, court: true };

type Expect = 'allowed' | 'invisible' | RegExp;
const rows: Array<[string, Reach, ReturnType<typeof signFor>, Partial<AccessFacts>, Expect]> = [
  // Who sees a case's things at all.
  ['a member sees a served set', PARTIES, anyMember(), { memberships: proSe }, 'allowed'],
  ['an outsider does not', PARTIES, anyMember(), {}, 'invisible'],
  ['court staff do not (FRCP 5(d)(1)(A))', PARTIES, anyMember(), { actor: staff('ndcal') }, 'invisible'],
  ['nor an admin', PARTIES, anyMember(), { actor: admin }, 'invisible'],
  [
    'court staff with a stray membership still do not',
    PARTIES,
    anyMember(),
    { actor: staff('ndcal'), memberships: proSe },
    'invisible',
  ],
  // Private work.
  [
    'a draft is its party’s',
    PARTIES,
    anyMember(),
    { memberships: paralegal, subject: subject({ privateTo: 'd' }) },
    'allowed',
  ],
  [
    'the other side cannot see that it exists',
    PARTIES,
    anyMember(),
    { memberships: proSe, subject: subject({ privateTo: 'd' }) },
    'invisible',
  ],
  // Signing (FRCP 26(g)).
  ['counsel serves for its party', PARTIES, signFor('responding'), { memberships: counsel }, 'allowed'],
  ['a paralegal drafts', PARTIES, actFor('responding'), { memberships: paralegal }, 'allowed'],
  [
    'but does not sign',
    PARTIES,
    signFor('responding'),
    { memberships: paralegal },
    /may sign for J\. Brannon \(FRCP 26\(g\)\); a paralegal can draft/,
  ],
  [
    'nobody signs for the other side',
    PARTIES,
    signFor('serving'),
    { memberships: counsel },
    /You do not represent Luckert in this case/,
  ],
  [
    'either side, when the step is either side’s',
    PARTIES,
    signFor(['serving', 'responding']),
    { memberships: proSe },
    'allowed',
  ],
  [
    'a party playing another part is told why',
    PARTIES,
    signFor('responding', { serving: 'You sent this; the other side answers it.' }),
    { memberships: proSe },
    /You sent this/,
  ],
  // Stipulations and orders.
  ['any signer stipulates', PARTIES, signForAnyParty(), { memberships: proSe }, 'allowed'],
  ['a paralegal does not', PARTIES, signForAnyParty(), { memberships: paralegal }, /paralegal/],
  // Invitations.
  [
    'counsel invites to its own party',
    PARTIES,
    inviteTo('party'),
    { memberships: counsel, subject: subject({ parties: { party: 'd' } }) },
    'allowed',
  ],
  [
    'a paralegal asks counsel',
    PARTIES,
    inviteTo('party'),
    { memberships: paralegal, subject: subject({ parties: { party: 'd' } }) },
    /Ask counsel/,
  ],
  [
    'a signer brings in a party nobody represents',
    PARTIES,
    inviteTo('party'),
    { memberships: proSe, subject: subject({ parties: { party: 'u' } }) },
    'allowed',
  ],
  [
    'nobody adds members to a represented other side',
    PARTIES,
    inviteTo('party'),
    { memberships: proSe, subject: subject({ parties: { party: 'd' } }) },
    /already represented/,
  ],
  // The court.
  [
    'its court’s staff read an escalation before the court',
    COURT,
    anyOf(anyMember(), courtStaff('x')),
    { actor: staff('ndcal'), subject: subject({ beforeCourt: true }) },
    'allowed',
  ],
  [
    'not before it is submitted',
    COURT,
    anyOf(anyMember(), courtStaff('x')),
    { actor: staff('ndcal') },
    'invisible',
  ],
  [
    'another court’s staff never',
    COURT,
    anyOf(anyMember(), courtStaff('x')),
    { actor: staff('sdny'), subject: subject({ beforeCourt: true }) },
    'invisible',
  ],
  [
    'a party reads it but does not rule',
    COURT,
    courtStaff('Only the court rules.'),
    { memberships: counsel, subject: subject({ beforeCourt: true }) },
    /Only the court rules/,
  ],
  // A user's own things.
  [
    'an owner revokes its own token',
    { owner: true },
    owner(),
    { subject: subject({ caseId: null, ownerUserId: 'u1' }) },
    'allowed',
  ],
  [
    'nobody else learns it exists',
    { owner: true },
    owner(),
    { subject: subject({ caseId: null, ownerUserId: 'u2' }) },
    'invisible',
  ],
];

describe('the access policy (DOMAIN.md, "Actors"; "Private work stays private")', () => {
  it.each(rows)('%s', (_, reach, permit, overrides, expected) => {
    const decision = decideAccess(reach, permit, facts(overrides));
    if (expected === 'allowed') expect(decision).toMatchObject({ allowed: true });
    else if (expected === 'invisible') expect(decision).toEqual({ allowed: false, invisible: true });
    else
      expect(decision).toEqual({ allowed: false, invisible: false, reason: expect.stringMatching(expected) });
  });

  it('names the side acted for', () => {
    expect(
      decideAccess(PARTIES, signFor(['serving', 'responding']), facts({ memberships: counsel })),
    ).toEqual({
      allowed: true,
      side: { id: 'd', name: 'J. Brannon' },
    });
  });

  interface SomeFacts {
    role: SystemRole;
    courtId: string | null;
    memberships: Array<{ partyId: string; role: string }>;
    privateTo: string | null;
    beforeCourt: boolean;
    subjectCourt: string;
  }
  const role = fc.constantFrom(SystemRole.USER, SystemRole.COURT_STAFF, SystemRole.ADMIN);
  const someFacts: fc.Arbitrary<SomeFacts> = fc.record({
    role,
    courtId: fc.constantFrom(null, 'ndcal', 'sdny'),
    memberships: fc.subarray([...proSe, ...counsel, ...paralegal]),
    privateTo: fc.constantFrom(null, 'p', 'd'),
    beforeCourt: fc.boolean(),
    subjectCourt: fc.constantFrom('ndcal', 'sdny'),
  });
  const build = (f: SomeFacts) =>
    facts({
      actor: { userId: 'u1', role: f.role, courtId: f.courtId },
      memberships: f.role === SystemRole.USER ? f.memberships : [],
      subject: subject({ privateTo: f.privateTo, beforeCourt: f.beforeCourt, courtId: f.subjectCourt }),
    });

  it('never shows an admin a case’s things, nor court staff anything not before their own court', () => {
    fc.assert(
      fc.property(someFacts, (f) => {
        const visible = isVisible(COURT, build(f));
        if (f.role === SystemRole.ADMIN) return !visible;
        if (f.role === SystemRole.COURT_STAFF)
          return visible === (f.beforeCourt && f.courtId === f.subjectCourt);
        return true;
      }),
    );
  });

  it('never shows private work to anyone outside its party', () => {
    fc.assert(
      fc.property(someFacts, (f) => {
        const visible = isVisible(PARTIES, build(f));
        const onParty = f.role === SystemRole.USER && f.memberships.some((m) => m.partyId === f.privateTo);
        return f.privateTo === null || visible === onParty;
      }),
    );
  });

  it('decides nothing for someone who cannot see the subject: invisible is always NOT_FOUND', () => {
    fc.assert(
      fc.property(someFacts, (f) => {
        const all = build(f);
        const decision = decideAccess(PARTIES, signFor(['serving', 'responding']), all);
        return isVisible(PARTIES, all) || (!decision.allowed && decision.invisible);
      }),
    );
  });
});
