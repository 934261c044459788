import { anyOf, courtStaff, defineCapability, defineSubject, owner, when } from '@parley/access';
import { SystemRole } from '@parley/platform';

/** A court: its name and calendar are public to anyone signed in; its accounts are its staff's business. */
export const CourtSubject = defineSubject({
  kind: 'court',
  noun: 'The court',
  reach: { everyone: true },
  from: 'courts c',
  id: 'c.id',
  courtId: 'c.id',
  facts: {
    hasStaff: `EXISTS (SELECT 1 FROM users s WHERE s.court_id = c.id AND s.role = 'COURT_STAFF')`,
  },
});

/** A user's personal API token: theirs alone. */
export const ApiTokenSubject = defineSubject({
  kind: 'api-token',
  noun: 'The API token',
  reach: { owner: true },
  from: 'api_tokens t',
  id: 't.id',
  owner: 't.user_id',
});

const OWN_STAFF_ONLY = 'Only the court’s own staff can do this.';

export const CourtCapabilities = {
  READ_STAFF: defineCapability('court.staff.read', CourtSubject, courtStaff(OWN_STAFF_ONLY)),
  /**
   * Admins run the installation and read no case: an admin may create a court's first staff account
   * only; after that the court's own staff add their colleagues, and are told of each one.
   */
  ADD_STAFF: defineCapability(
    'court.staff.add',
    CourtSubject,
    // The admin's permit first: its refusal is the one that says why to whoever is refused.
    anyOf(
      when('an admin, for the court’s first staff account only', (facts) =>
        facts.actor.role !== SystemRole.ADMIN
          ? OWN_STAFF_ONLY
          : facts.subject.facts.hasStaff
            ? 'This court already has staff; only its staff can add another account.'
            : null,
      ),
      courtStaff(OWN_STAFF_ONLY),
    ),
  ),
};

export const ApiTokenCapabilities = {
  REVOKE: defineCapability('api-token.revoke', ApiTokenSubject, owner()),
};
