import 'reflect-metadata';
import { loadConfigFromEnvironment } from '@parley/platform';
import { Logger } from 'nestjs-pino';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigFromEnvironment();
  const app = await createApiApp(config);
  await app.listen(config.port, config.host);
  const where = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  app.get(Logger).log(`Parley API listening: GraphQL at ${where}/graphql, health at ${where}/health`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
