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

/** The worker as its own process, on the test's settings, so it can be killed like a real one. */
export function spawnWorker(
  buildDir: string,
  config: AppConfig,
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(process.execPath, [`${buildDir}/apps/worker/src/main.js`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
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
    },
  });
}

export async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGKILL');
  await once(child, 'exit');
}
