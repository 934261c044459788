import 'reflect-metadata';
import { MIGRATIONS } from '@parley/migrations';
import { ensureDatabaseExists, loadConfigFromEnvironment, runMigrations } from '@parley/platform';

/** `npm start` runs this before the API and worker: create the database if needed, apply migrations. */
async function main(): Promise<void> {
  const config = loadConfigFromEnvironment();
  await ensureDatabaseExists(config.databaseUrl);
  const applied = await runMigrations(config, MIGRATIONS);
  console.log(
    applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.',
  );
}

main().catch((error: unknown) => {
  console.error(`Migrations failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
