import { GraphQLScalarType, Kind } from 'graphql';
import { DateTime } from 'luxon';
import { BadInputError } from '../errors/app-error';

/** A calendar day, `YYYY-MM-DD`, kept as that string inside Parley (never a JS Date: no time zone drift). */
export type CalendarDate = string;

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function parseCalendarDate(value: unknown): CalendarDate {
  if (typeof value !== 'string' || !SHAPE.test(value)) {
    throw new BadInputError(`Dates are written YYYY-MM-DD, for example 2026-05-01.`);
  }
  const day = DateTime.fromISO(value, { zone: 'utc' });
  if (!day.isValid) throw new BadInputError(`${value} is not a day on the calendar.`);
  if (day.year < 1900 || day.year > 2200)
    throw new BadInputError(`${value} is outside the years Parley accepts.`);
  return value;
}

export const CalendarDateScalar = new GraphQLScalarType<CalendarDate, CalendarDate>({
  name: 'Date',
  description: 'A calendar day (YYYY-MM-DD) in the court’s time zone.',
  // What Parley sends was checked as a day when it came in: the shape is enough going out.
  serialize: (value) => {
    if (typeof value !== 'string' || !SHAPE.test(value))
      throw new Error(`Not a calendar day: ${String(value)}`);
    return value;
  },
  parseValue: (value) => parseCalendarDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new BadInputError('Dates are written as strings: "YYYY-MM-DD".');
    return parseCalendarDate(ast.value);
  },
});
