import { spawnSync } from 'node:child_process';
import { resetTestDatabases } from './test-database';

/**
 * Migrates once into a template database that each test file clones (ARCHITECTURE.md, habit 11).
 * It runs the same migrate entry point as `npm start`, in a child process: loading the GraphQL models
 * here, outside jest's sandbox, would register them against another realm's Boolean and String.
 */
export default async function globalSetup(): Promise<void> {
  await resetTestDatabases(async (databaseUrl) => {
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/migrate.ts'], {
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`Migrating the test template failed:\n${run.stderr}${run.stdout}`);
  });
}
