import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfigFromEnvironment } from '@parley/platform';
import { createApiApp } from './bootstrap';
import { printApiSchema, SCHEMA_FILE } from './graphql/print-schema';

/** `npm run schema`: regenerates apps/api/schema.gql (a test fails while it is stale). */
async function main(): Promise<void> {
  const app = await createApiApp(loadConfigFromEnvironment({ LOG_LEVEL: 'warn' }));
  await app.init();
  writeFileSync(SCHEMA_FILE, printApiSchema(app));
  await app.close();
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
