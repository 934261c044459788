import { defineEvent } from '@parley/audit';

/**
 * A court staff account was created: recorded on the court's own chain and told to the court's staff,
 * so an account nobody there asked for does not go unnoticed.
 */
export const CourtStaffAdded = defineEvent<{
  userId: string;
  name: string;
  email: string;
  courtName: string;
  addedByName: string;
  addedByRole: string;
}>({
  action: 'COURT_STAFF_ADDED',
  subjectType: 'User',
  audience: 'court',
  courtNotice: {
    // NotificationKind.COURT_STAFF_ADDED (the notifications lib sits above this one).
    kind: 'COURT_STAFF_ADDED',
    compose: (d) =>
      `${d.name} (${d.email}) now has a staff account for ${d.courtName}, created by ${d.addedByRole === 'ADMIN' ? `the administrator ${d.addedByName}` : d.addedByName}. If nobody at the court asked for it, tell your administrator.`,
  },
});
