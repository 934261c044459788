import { registerEnumType } from '@nestjs/graphql';

export enum CourtHolidayKind {
  /** A day the court's state declares a holiday: counts only for forward-counted periods (FRCP 6(a)(6)(C)). */
  STATE_HOLIDAY = 'STATE_HOLIDAY',
  /** A day declared a holiday for the court, e.g. by the President or Congress (FRCP 6(a)(6)(B)). */
  DECLARED_HOLIDAY = 'DECLARED_HOLIDAY',
  /**
   * A day the clerk's office could not be reached (weather, an outage): extends a time for filing with
   * the court only, never a deadline between the parties (FRCP 6(a)(3)).
   */
  CLERK_OFFICE_INACCESSIBLE = 'CLERK_OFFICE_INACCESSIBLE',
}

registerEnumType(CourtHolidayKind, {
  name: 'CourtHolidayKind',
  description:
    'STATE_HOLIDAY: forward-counted periods only (FRCP 6(a)(6)(C)). DECLARED_HOLIDAY: both directions (FRCP 6(a)(6)(B)). CLERK_OFFICE_INACCESSIBLE: extends a filing deadline only, not one between the parties (FRCP 6(a)(3)).',
});
