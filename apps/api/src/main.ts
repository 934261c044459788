import 'reflect-metadata';
import { loadConfigFromEnvironment } from '@parley/platform';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigFromEnvironment();
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
