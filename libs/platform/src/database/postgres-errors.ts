import { QueryFailedError } from 'typeorm';

/** True when the error is PostgreSQL refusing a duplicate on the named unique constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}

/** True when PostgreSQL refused a row overlapping another on the named exclusion constraint. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23P01' && (!constraint || driverError.constraint === constraint);
}
