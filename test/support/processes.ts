import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { AppConfig } from '@parley/platform';

/** A free loopback port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/**
 * A Redis of the test's own on a spare port, so stopping it never touches the machine's shared one.
 * It keeps nothing on disk: a restart is a Redis that lost its data.
 */
export async function startPrivateRedis() {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Ready to accept connections')) resolve();
      });
      child!.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}

/** Compiles the apps once (swc, about two seconds) so processes start quickly; one folder per jest worker, so parallel files never read a half-written build. */
export function buildForProcesses(outDir = `tmp/process-build-${process.env.JEST_WORKER_ID ?? 0}`): string {
  const run = spawnSync(
    process.execPath,
    ['node_modules/@swc/cli/bin/swc.js', 'apps', 'libs', 'migrations', '-d', outDir, '--quiet'],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`Build failed: ${run.stderr}`);
  return outDir;
}

/** The settings a process of the installation gets, as the environment `npm run start:*` reads. */
function processEnvironment(config: AppConfig, env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    DATABASE_URL: config.databaseUrl,
    REDIS_URL: config.redisUrl,
    QUEUE_PREFIX: config.queuePrefix,
    JWT_SECRET: config.jwt.secret,
    LOG_LEVEL: 'fatal',
    DEADLINE_SWEEP_SECONDS: '0',
    PARLEY_DATA_DIR: 'tmp/parley-test-data',
    ...(config.mail.smtpUrl ? { SMTP_URL: config.mail.smtpUrl } : {}),
    ...env,
  };
}

/** The worker as its own process, on the test's settings, so it can be killed like a real one. */
export function spawnWorker(
  buildDir: string,
  config: AppConfig,
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(process.execPath, [`${buildDir}/apps/worker/src/main.js`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: processEnvironment(config, env),
  });
}

/** An API process on a free loopback port, started as `npm run start:api` starts one; resolves once healthy. */
export async function spawnApi(
  buildDir: string,
  config: AppConfig,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [`${buildDir}/apps/api/src/main.js`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: processEnvironment(config, {
      HOST: '127.0.0.1',
      PORT: String(port),
      WEB_DIR: 'tmp/no-web-app',
      ...env,
    }),
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The API process exited with ${child.exitCode} while starting`);
    const healthy = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { child, baseUrl };
    if (Date.now() > until) throw new Error(`The API process at ${baseUrl} was not healthy within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** SIGTERM, as an orchestrator stops a process; resolves with how it ended. */
export async function terminate(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return { code: child.exitCode, signal: child.signalCode };
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  child.kill('SIGTERM');
  const [code, signal] = await exited;
  return { code, signal };
}

export async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGKILL');
  await once(child, 'exit');
}
