export type Environment = 'development' | 'test' | 'production';

/** Every setting Parley reads, validated once at boot (see config.schema.ts). */
export interface AppConfig {
  env: Environment;
  host: string;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every BullMQ key, so installations (and test files) can share one Redis. */
  queuePrefix: string;
  /** Folder for local state such as the generated JWT secret; git-ignored. */
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  jwt: {
    secret: string;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
  };
  refreshTtlDays: number;
  invitationTtlDays: number;
  admin: { email: string; password: string } | null;
  http: { bodyLimitBytes: number };
  graphql: {
    introspection: boolean;
    sandbox: boolean;
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
  };
}
