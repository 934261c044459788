import { SystemRole } from '@parley/platform';
import { MemberRole } from '../parties/party-enums';
import { decideEscalationAccess, EscalationAccessRequest } from './escalation-access.policy';

const base: EscalationAccessRequest = {
  actorRole: SystemRole.COURT_STAFF,
  actorCourtId: 'ndcal',
  memberships: [],
  escalation: { courtId: 'ndcal', submitted: true },
  capability: 'READ',
};
const counsel = [{ partyId: 'd', role: MemberRole.COUNSEL }];

describe('decideEscalationAccess (DOMAIN.md, "The court")', () => {
  it.each([
    ['court staff of the escalation’s court read it', {}, 'allowed'],
    ['and rule on it', { capability: 'RULE' }, 'allowed'],
    ['court staff of another court see nothing', { actorCourtId: 'sdny' }, 'invisible'],
    [
      'court staff see nothing before it is submitted',
      { escalation: { courtId: 'ndcal', submitted: false } },
      'invisible',
    ],
    [
      'a party of the case reads it',
      { actorRole: SystemRole.USER, actorCourtId: null, memberships: counsel },
      'allowed',
    ],
    [
      'a party cannot rule',
      { actorRole: SystemRole.USER, actorCourtId: null, memberships: counsel, capability: 'RULE' },
      /Only the court rules/,
    ],
    ['an outsider sees nothing', { actorRole: SystemRole.USER, actorCourtId: null }, 'invisible'],
    ['an admin sees nothing', { actorRole: SystemRole.ADMIN, actorCourtId: null }, 'invisible'],
  ] as Array<[string, Partial<EscalationAccessRequest>, 'allowed' | 'invisible' | RegExp]>)(
    '%s',
    (_, overrides, expected) => {
      const decision = decideEscalationAccess({ ...base, ...overrides });
      if (expected === 'allowed') expect(decision).toEqual({ allowed: true });
      else if (expected === 'invisible') expect(decision).toEqual({ allowed: false, invisible: true });
      else
        expect(decision).toMatchObject({
          allowed: false,
          invisible: false,
          reason: expect.stringMatching(expected),
        });
    },
  );
});
