import { spokenDate } from '@parley/rules';
import { defineEvent } from '@parley/audit';
import { NotificationKind } from '@parley/notifications';

export const DeadlineSet = defineEvent<{ kind: string; partyId: string; subjectId: string; dueOn: string }>({
  action: 'DEADLINE_SET',
  subjectType: 'Deadline',
  audience: 'case',
});

export const DeadlineMoved = defineEvent<{ dueOn: string; status?: string }>({
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
      `${c.partyName(d.partyId) || 'A party'} reports it met: ${d.description} (due ${spokenDate(d.dueOn)}).`,
  },
});

export const DeadlinePassed = defineEvent<{ status: string; kind: string; dueOn: string }>({
  action: 'DEADLINE_PASSED',
  subjectType: 'Deadline',
  audience: 'case',
});

/** What changed in the court's calendar, as a recomputed deadline's event records it. */
export interface CalendarChange {
  change: 'ADDED' | 'REMOVED';
  date: string;
  kind: 'STATE_HOLIDAY' | 'DECLARED_HOLIDAY' | 'CLERK_OFFICE_INACCESSIBLE';
  source: string;
}

const KIND_WORDS: Record<CalendarChange['kind'], string> = {
  STATE_HOLIDAY: 'a state holiday',
  DECLARED_HOLIDAY: 'a declared holiday',
  CLERK_OFFICE_INACCESSIBLE: 'a day the clerk’s office is inaccessible',
};

/** A kind of day off in words, never its code: "a state holiday". */
export const dayOffWords = (kind: CalendarChange['kind']) => KIND_WORDS[kind];

/** The change in words: "added a state holiday on 2026-03-31 (Cal. Gov. Code …) to its calendar". */
export const describeCalendarChange = (c: CalendarChange) =>
  `${c.change === 'ADDED' ? 'added' : 'removed'} ${KIND_WORDS[c.kind]} on ${spokenDate(c.date)} (${c.source}) ${c.change === 'ADDED' ? 'to' : 'from'} its calendar`;

/**
 * A change to the court's calendar moved an open deadline: counted again under FRCP 6 on the new
 * calendar. Every party of the case sees its deadlines, so every party is told.
 */
export const DeadlineRecomputed = defineEvent<
  CalendarChange & {
    deadlineKind: string;
    partyId: string;
    description: string;
    previousDueOn: string;
    dueOn: string;
  }
>({
  action: 'DEADLINE_RECOMPUTED',
  subjectType: 'Deadline',
  audience: 'case',
  notice: {
    kind: NotificationKind.DEADLINE_MOVED,
    compose: (d, c, partyId) => {
      const whose =
        partyId === d.partyId
          ? 'Your deadline'
          : `The deadline of ${c.partyName(d.partyId) || 'another party'}`;
      return `${whose} moved from ${spokenDate(d.previousDueOn)} to ${spokenDate(d.dueOn)}: ${d.description}. The court ${describeCalendarChange(d)}.`;
    },
  },
});
