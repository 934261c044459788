import { SystemRole } from '@parley/platform';
import { MemberRole } from '../parties/party-enums';
import { CaseAccessRequest, decideCaseAccess } from './case-access.policy';
import { CaseCapability } from './case-capability';

const PLAINTIFF = { id: 'p', name: 'Luckert', hasMembers: true };
const DEFENDANT = { id: 'd', name: 'Brannon', hasMembers: true };
const UNREPRESENTED = { id: 'u', name: 'Doe Corp.', hasMembers: false };

const counselForDefendant = [{ partyId: 'd', role: MemberRole.COUNSEL }];
const paralegalForDefendant = [{ partyId: 'd', role: MemberRole.PARALEGAL }];
const proSePlaintiff = [{ partyId: 'p', role: MemberRole.PRO_SE }];

type Row = [string, Partial<CaseAccessRequest>, 'allowed' | 'invisible' | RegExp];

const rows: Row[] = [
  // Visibility: members only; court staff and admins never (FRCP 5(d)(1)(A)).
  ['a member reads the case', { memberships: proSePlaintiff }, 'allowed'],
  ['an outsider cannot see the case', { memberships: [] }, 'invisible'],
  ['court staff cannot see the case', { actorRole: SystemRole.COURT_STAFF, memberships: [] }, 'invisible'],
  ['an admin cannot see the case', { actorRole: SystemRole.ADMIN, memberships: [] }, 'invisible'],
  [
    'court staff cannot see it even with a stray membership',
    { actorRole: SystemRole.COURT_STAFF, memberships: proSePlaintiff },
    'invisible',
  ],
  [
    'an outsider cannot act for a party',
    { memberships: [], capability: CaseCapability.ACT_FOR_PARTY, party: PLAINTIFF },
    'invisible',
  ],
  // Acting and signing (FRCP 26(g)).
  [
    'a paralegal drafts for their party',
    { memberships: paralegalForDefendant, capability: CaseCapability.ACT_FOR_PARTY, party: DEFENDANT },
    'allowed',
  ],
  [
    'nobody acts for the other side',
    { memberships: proSePlaintiff, capability: CaseCapability.ACT_FOR_PARTY, party: DEFENDANT },
    /do not represent Brannon/,
  ],
  [
    'counsel signs for their party',
    { memberships: counselForDefendant, capability: CaseCapability.SIGN_FOR_PARTY, party: DEFENDANT },
    'allowed',
  ],
  [
    'a pro se party signs for themselves',
    { memberships: proSePlaintiff, capability: CaseCapability.SIGN_FOR_PARTY, party: PLAINTIFF },
    'allowed',
  ],
  [
    'a paralegal cannot sign (FRCP 26(g))',
    { memberships: paralegalForDefendant, capability: CaseCapability.SIGN_FOR_PARTY, party: DEFENDANT },
    /FRCP 26\(g\)/,
  ],
  [
    'nobody signs for the other side',
    { memberships: counselForDefendant, capability: CaseCapability.SIGN_FOR_PARTY, party: PLAINTIFF },
    /do not represent Luckert/,
  ],
  // Drafts are visible to the drafting party alone.
  [
    'a party sees its own drafts',
    { memberships: paralegalForDefendant, capability: CaseCapability.READ_PARTY_DRAFTS, party: DEFENDANT },
    'allowed',
  ],
  [
    'the other side cannot see a draft at all',
    { memberships: proSePlaintiff, capability: CaseCapability.READ_PARTY_DRAFTS, party: DEFENDANT },
    'invisible',
  ],
  // Stipulations and orders.
  [
    'counsel records an order',
    { memberships: counselForDefendant, capability: CaseCapability.RECORD_CASE_ORDER },
    'allowed',
  ],
  [
    'a paralegal cannot record one',
    { memberships: paralegalForDefendant, capability: CaseCapability.RECORD_CASE_ORDER },
    /paralegal/,
  ],
  [
    'an outsider cannot either',
    { memberships: [], capability: CaseCapability.RECORD_CASE_ORDER },
    'invisible',
  ],
  // Invitations.
  [
    'counsel invites to their own party',
    { memberships: counselForDefendant, capability: CaseCapability.INVITE_TO_PARTY, party: DEFENDANT },
    'allowed',
  ],
  [
    'a paralegal asks counsel to invite',
    { memberships: paralegalForDefendant, capability: CaseCapability.INVITE_TO_PARTY, party: DEFENDANT },
    /Ask counsel/,
  ],
  [
    'a party brings in an unrepresented other side',
    { memberships: proSePlaintiff, capability: CaseCapability.INVITE_TO_PARTY, party: UNREPRESENTED },
    'allowed',
  ],
  [
    'a paralegal cannot bring in the other side',
    { memberships: paralegalForDefendant, capability: CaseCapability.INVITE_TO_PARTY, party: UNREPRESENTED },
    /Only counsel or a pro se party/,
  ],
  [
    'nobody adds members to a represented other side',
    { memberships: proSePlaintiff, capability: CaseCapability.INVITE_TO_PARTY, party: DEFENDANT },
    /already represented/,
  ],
];

describe('decideCaseAccess', () => {
  it.each(rows)('%s', (_, overrides, expected) => {
    const decision = decideCaseAccess({
      actorRole: SystemRole.USER,
      memberships: [],
      capability: CaseCapability.READ,
      ...overrides,
    });
    if (expected === 'allowed') expect(decision).toEqual({ allowed: true });
    else if (expected === 'invisible') expect(decision).toEqual({ allowed: false, invisible: true });
    else
      expect(decision).toEqual({ allowed: false, invisible: false, reason: expect.stringMatching(expected) });
  });

  it('refuses to decide a party capability without the party', () => {
    expect(() =>
      decideCaseAccess({
        actorRole: SystemRole.USER,
        memberships: proSePlaintiff,
        capability: CaseCapability.SIGN_FOR_PARTY,
      }),
    ).toThrow(/needs the party/);
  });
});
