import { anyMember, defineCapability, defineSubject, owner, signFor } from '@parley/access';

/** A deadline concerns served papers or orders: every party of its case sees it. */
export const DeadlineSubject = defineSubject<'party'>({
  kind: 'deadline',
  noun: 'The deadline',
  reach: { parties: true },
  from: 'deadlines d',
  id: 'd.id',
  caseId: 'd.case_id',
  parties: { party: 'd.party_id' },
});

/** A user's secret calendar address: theirs alone. */
export const CalendarFeedSubject = defineSubject({
  kind: 'calendar-feed',
  noun: 'The calendar feed',
  reach: { owner: true },
  from: 'calendar_feeds f',
  id: 'f.id',
  owner: 'f.user_id',
});

export const DeadlineCapabilities = {
  READ: defineCapability('deadline.read', DeadlineSubject, anyMember()),
  /** The party that must act reports it did (complying with an order, supplementing as agreed). */
  MEET: defineCapability('deadline.meet', DeadlineSubject, signFor('party')),
  REVOKE_FEED: defineCapability('calendar-feed.revoke', CalendarFeedSubject, owner()),
};
