import { defineEvent } from '@parley/audit';
import { NotificationKind } from '@parley/notifications';
import { CalendarChange, describeCalendarChange } from '../deadline-events';

/** Who changed the court: named in its staff's notice (the chain itself records the actor's id). */
interface ChangedBy {
  courtName: string;
  byName: string;
  byRole: string;
}

const who = (d: ChangedBy) => (d.byRole === 'ADMIN' ? `The administrator ${d.byName}` : d.byName);

/**
 * A day added to or removed from a court's calendar: on the court's own chain, and told to its other
 * staff. It names no case: how many deadlines moved is the parties' business, told to them per case.
 */
export const CourtCalendarChanged = defineEvent<CalendarChange & ChangedBy>({
  action: 'COURT_CALENDAR_CHANGED',
  subjectType: 'Court',
  audience: 'court',
  courtNotice: {
    kind: NotificationKind.COURT_CALENDAR_CHANGED,
    compose: (d) =>
      `${who(d)} ${describeCalendarChange(d).replace(/its calendar$/, `the calendar of ${d.courtName}`)}. Open deadlines that count through that day were counted again, and the parties told of any that moved.`,
  },
});

export interface CourtSettingsData {
  conferralResponseDays: number;
  jointLetterPageLimit: number;
  positionResponseDays: number;
}

/** The court's periods or page limit changed: on its chain, with the values before and after. */
export const CourtSettingsChanged = defineEvent<CourtSettingsData & ChangedBy>({
  action: 'COURT_SETTINGS_CHANGED',
  subjectType: 'Court',
  audience: 'court',
  courtNotice: {
    kind: NotificationKind.COURT_CALENDAR_CHANGED,
    compose: (d) =>
      `${who(d)} changed the settings of ${d.courtName}: ${d.conferralResponseDays} days to answer a request to confer, ${d.positionResponseDays} days to add a position, joint letters of at most ${d.jointLetterPageLimit} pages. They apply to periods that start from now on.`,
  },
});
