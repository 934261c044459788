import { registerEnumType } from '@nestjs/graphql';

export enum CourtHolidayKind {
  /** A day the court's state declares a holiday: counts only for forward-counted periods (FRCP 6(a)(6)(C)). */
  STATE_HOLIDAY = 'STATE_HOLIDAY',
  /** A day declared a holiday for the court, e.g. by the President or Congress (FRCP 6(a)(6)(B)). */
  DECLARED_HOLIDAY = 'DECLARED_HOLIDAY',
}

registerEnumType(CourtHolidayKind, { name: 'CourtHolidayKind' });
