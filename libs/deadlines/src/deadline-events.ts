import { defineEvent } from '@parley/audit';
import { NotificationKind } from '@parley/notifications';

export const DeadlineSet = defineEvent<{ kind: string; partyId: string; subjectId: string; dueOn: string }>({
  action: 'DEADLINE_SET',
  subjectType: 'Deadline',
  audience: 'case',
});

export const DeadlineMoved = defineEvent<{ dueOn: string }>({
  action: 'DEADLINE_MOVED',
  subjectType: 'Deadline',
  audience: 'case',
});

export const DeadlineClosed = defineEvent<{ status: string }>({
  action: 'DEADLINE_CLOSED',
  subjectType: 'Deadline',
  audience: 'case',
});

/** The party that had to act says it did; the others are told. */
export const DeadlineMet = defineEvent<{ partyId: string; description: string; dueOn: string }>({
  action: 'DEADLINE_REPORTED_MET',
  subjectType: 'Deadline',
  audience: 'case',
  notice: {
    kind: NotificationKind.DEADLINE_MET,
    compose: (d, c) =>
      `${c.partyName(d.partyId) || 'A party'} reports it met: ${d.description} (due ${d.dueOn}).`,
  },
});

export const DeadlinePassed = defineEvent<{ status: string; kind: string; dueOn: string }>({
  action: 'DEADLINE_PASSED',
  subjectType: 'Deadline',
  audience: 'case',
});
