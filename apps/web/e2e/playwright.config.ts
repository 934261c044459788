import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3310);

/**
 * The web app in Debian's Chromium against a real Parley (API, worker, PostgreSQL, Redis) started the
 * way `npm start -- --demo` starts it, on a database of its own (scripts/browser-server.mjs).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.story.ts',
  outputDir: join(ROOT, 'tmp', 'playwright'),
  timeout: 90_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: join(ROOT, 'reports', 'playwright.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/browser-server.mjs ${PORT}`,
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // Not Playwright's default SIGKILL: Parley stops its processes, and the server script then drops
    // its database and its queues' keys (scripts/browser-server.mjs).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
