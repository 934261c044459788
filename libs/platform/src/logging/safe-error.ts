import { stdSerializers } from 'pino';

/**
 * What a database error carries beyond its message is the data it failed on: a query's parameters
 * (titles, answers, letters) and the driver's detail ("Key (email)=(…)"). A log line keeps the kind of
 * failure, its code and the statement, never those values.
 */
const CARRIES_DATA = ['parameters', 'driverError', 'detail', 'where', 'internalQuery', 'parameter'];

export function safeError(error: Error): Record<string, unknown> {
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(serialized)) {
    if (!CARRIES_DATA.includes(key)) safe[key] = value;
  }
  return safe;
}
