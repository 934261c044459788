import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { AppConfig } from '../config/app-config';

// A DATE is a calendar day in the court's time zone: keep PostgreSQL's YYYY-MM-DD text rather than
// letting pg turn it into a JS Date at local midnight of the server.
types.setTypeParser(types.builtins.DATE, (value) => value);
// COUNT(*) and bigserial sequence numbers come back as bigint; ours stay far below 2^53.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

export function dataSourceOptions(
  config: Pick<AppConfig, 'databaseUrl'>,
  applicationName: string,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName,
    extra: {
      max: 10,
      // pg closes a connection idle for 10 s by default; the next burst then waits for new backends,
      // each planning its statements again on cold caches: the first second after a lull answered
      // in 0.3–0.5 s (issue 14's bench at 70% load). Five minutes keeps a busy day's pool warm.
      idleTimeoutMillis: 300_000,
    },
  };
}
