import { anyOf, courtStaff, defineCapability, when } from '@parley/access';
import { CourtSubject } from '@parley/accounts';
import { SystemRole } from '@parley/platform';

const REFUSAL = 'Only an administrator or this court’s own staff can change its calendar and settings.';

/** Admins run the installation's courts; a court's staff keep its calendar. Nobody else. */
const ADMIN_OR_OWN_STAFF = anyOf(
  when('an admin', (facts) => (facts.actor.role === SystemRole.ADMIN ? null : REFUSAL)),
  courtStaff(REFUSAL),
);

export const CourtCalendarCapabilities = {
  /** Add or remove a day off: a state holiday, a declared holiday, a day the clerk's office is inaccessible. */
  CHANGE_CALENDAR: defineCapability('court.calendar.change', CourtSubject, ADMIN_OR_OWN_STAFF),
  /** The court's periods and page limit. */
  CHANGE_SETTINGS: defineCapability('court.settings.change', CourtSubject, ADMIN_OR_OWN_STAFF),
};
