import { Injectable } from '@nestjs/common';
import { DeadlineFollower, DeadlineKind, FollowsDeadline } from '@parley/deadlines';

/**
 * An order to comply "within N days" is a period, counted under FRCP 6(a) like any other, so a change
 * to the court's calendar moves its deadline. The ruling itself does not follow: it is the court's
 * record as entered, append-only at the database (DOMAIN.md, "Audit"), and its complianceDueOn stays
 * the date counted that day. The deadline, its reminders and the parties' notice carry the new date.
 */
@Injectable()
@FollowsDeadline(DeadlineKind.COMPLIANCE)
export class ComplianceFollower implements DeadlineFollower {
  async lockSubject(): Promise<void> {
    // Nothing of the ruling is written, so nothing to lock ahead of the deadline.
  }

  async moved(): Promise<void> {
    // The ruling stays as entered; the deadline alone carries the new date.
  }
}
