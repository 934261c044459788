import { existsSync } from 'node:fs';
import { AppConfig } from './app-config';
import { parseConfig } from './config.schema';
import { localJwtSecret } from './local-jwt-secret';

/** The one place that reads process.env. A `.env` file fills in what the real environment lacks. */
export function loadConfigFromEnvironment(overrides: Record<string, string | undefined> = {}): AppConfig {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return parseConfig({ ...process.env, ...overrides }, localJwtSecret);
}
