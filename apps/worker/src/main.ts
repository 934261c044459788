import 'reflect-metadata';
import { loadConfigFromEnvironment } from '@parley/platform';
import { Logger } from 'nestjs-pino';
import { createWorker } from './bootstrap';

async function main(): Promise<void> {
  const worker = await createWorker(loadConfigFromEnvironment());
  await worker.init();
  worker.get(Logger).log('Parley worker started: relaying the outbox and running jobs');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
