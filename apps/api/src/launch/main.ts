import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { MIGRATIONS } from '@parley/migrations';
import { ensureDatabaseExists, loadConfigFromEnvironment, runMigrations } from '@parley/platform';
import { DEMO_ACCOUNTS, DEMO_ADMIN, DEMO_DOCKET, DEMO_PASSWORD, seedDemo } from './demo/seed-demo';
import { MissingServiceError, resolveServices } from './embedded-services';

const say = (line: string) => console.log(`[parley] ${line}`);

async function waitForApi(baseUrl: string, api: ChildProcess): Promise<void> {
  const until = Date.now() + 120_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error('The API stopped while starting; see its log above.');
    if (Date.now() > until)
      throw new Error(`The API at ${baseUrl} was not healthy within two minutes; see /health.`);
    const healthy = await fetch(`${baseUrl}/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function printDemo(baseUrl: string, seeded: boolean): void {
  const accounts = Object.values(DEMO_ACCOUNTS)
    .map((a) => `    ${a.email.padEnd(28)} ${a.as}`)
    .join('\n');
  say(
    `Demo ${seeded ? 'seeded' : 'already seeded'}: Luckert v. Brannon, ${DEMO_DOCKET}.
  Open ${baseUrl}/ in a browser and sign in with password "${DEMO_PASSWORD}" (GraphQL: ${baseUrl}/graphql):
${accounts}
    ${DEMO_ADMIN.email.padEnd(28)} the admin (unless ADMIN_EMAIL is set)
  Try:
    mutation { login(input: { email: "${DEMO_ACCOUNTS.chambers.email}", password: "${DEMO_PASSWORD}" }) { accessToken } }
    query { courtDocket { id caption docketNumber status items { number text objections } } }   # as chambers
    query { paperFilings { caption kind status verdict { missing { code } } proposedOrder } }    # chambers' intake
    query { cases(first: 5) { edges { node { id title docketNumber } } } }                       # as a party
    query { notifications { kind message createdAt } }`,
  );
}

/**
 * `npm start`: finds PostgreSQL and Redis or stands in for them, applies migrations, runs the API and
 * the worker, and with --demo seeds Luckert v. Brannon. Embedded PostgreSQL lives in this process,
 * so it stops last.
 */
async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  const config = loadConfigFromEnvironment();
  if (demo && config.env === 'production') {
    throw new MissingServiceError(
      'The demo is for trying Parley out; it does not run with NODE_ENV=production.',
    );
  }
  const services = await resolveServices(config, say);
  const demoAdmin =
    demo && !config.admin ? { ADMIN_EMAIL: DEMO_ADMIN.email, ADMIN_PASSWORD: DEMO_ADMIN.password } : {};
  const childEnv = { ...services.env, ...demoAdmin };
  const settings = loadConfigFromEnvironment(childEnv);

  const children: ChildProcess[] = [];
  let stopping: Promise<void> | null = null;
  const stopAll = (code: number) =>
    (stopping ??= (async () => {
      process.exitCode = code;
      await Promise.all(
        children.map(async (child) => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          // A process stuck in shutdown must not keep the embedded database (and the terminal) hostage.
          const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await once(child, 'exit');
          clearTimeout(force);
        }),
      );
      await services.stop();
    })());
  // Once everything is down, leave at once: an idle keep-alive socket must not hold the terminal.
  const shutDown = (code: number) => void stopAll(code).then(() => process.exit());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => shutDown(0));

  try {
    if (!services.embeddedDatabase) await ensureDatabaseExists(settings.databaseUrl);
    const applied = await runMigrations(settings, MIGRATIONS);
    say(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');

    for (const app of [join(__dirname, '..', 'main.js'), join(__dirname, '../../../worker/src/main.js')]) {
      const child = spawn(process.execPath, ['--enable-source-maps', app], {
        stdio: 'inherit',
        env: { ...process.env, ...childEnv },
      });
      child.on('exit', (code) => shutDown(stopping ? 0 : (code ?? 1)));
      children.push(child);
    }
    if (demo) {
      const baseUrl = `http://127.0.0.1:${settings.port}`;
      await waitForApi(baseUrl, children[0]);
      const admin = settings.admin ?? DEMO_ADMIN;
      const { seeded } = await seedDemo(`${baseUrl}/graphql`, admin);
      printDemo(`http://localhost:${settings.port}`, seeded);
    }
  } catch (error) {
    // Said before stopping: a child's exit ends this process as soon as everything is down.
    sayFailure(error);
    await stopAll(1);
    process.exit(1);
  }
}

function sayFailure(error: unknown): void {
  console.error(`[parley] ${error instanceof Error ? error.message : String(error)}`);
}

main().catch((error: unknown) => {
  sayFailure(error);
  process.exit(1);
});
