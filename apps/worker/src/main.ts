import 'reflect-metadata';
import { loadConfigFromEnvironment } from '@parley/platform';
import { createWorker } from './bootstrap';

async function main(): Promise<void> {
  const worker = await createWorker(loadConfigFromEnvironment());
  await worker.init();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
