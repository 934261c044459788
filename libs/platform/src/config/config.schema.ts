import { z } from 'zod';
import { AppConfig, DOCUMENT_TYPES } from './app-config';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const integer = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` });

const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

/** The environment variables of API.md and a few more; defaults are for a developer's machine. */
export const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: integer(0, 65535).default(3000),
  DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/parley'),
  // Off for a pooler that cannot keep a connection's prepared statements (PgBouncer before 1.21 in
  // transaction mode) and for the embedded database, whose connections share one session.
  DATABASE_PREPARED_STATEMENTS: boolean.optional(),
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  QUEUE_BACKEND: z.enum(['redis', 'postgres']).default('redis'),
  QUEUE_DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  QUEUE_POSTGRES_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'must be a lower-case PostgreSQL identifier' })
    .default('bullmq'),
  // Per queue and worker process. At 5, a worker delivered fewer than 200 notices a second and they
  // queued for seconds (test/bench/notices.bench.ts); the database pool (10) bounds the rest.
  WORKER_CONCURRENCY: integer(1, 100).default(16),
  // Braces make the prefix a Redis Cluster hash tag ({parley}): every key of every queue then lives
  // in one slot, as BullMQ's multi-key scripts need on a cluster.
  QUEUE_PREFIX: z
    .string()
    .regex(/^(\{[a-z0-9_-]{1,40}\}|[a-z0-9_-]{1,40})$/i, {
      message: 'must be 1-40 letters, digits, - or _, optionally in braces as a hash tag ({parley})',
    })
    .default('parley'),
  QUEUE_LOCK_MS: integer(1000, 600_000).default(30_000),
  QUEUE_STALLED_CHECK_MS: integer(1000, 600_000).default(30_000),
  PARLEY_DATA_DIR: z.string().min(1).default('.parley'),
  // A mailed paper's scan is a few megabytes; productions (natives, long PDFs) may need more. GraphQL's
  // Int carries the size, so 2 GiB is the ceiling.
  DOCUMENT_MAX_BYTES: integer(1024, 2 ** 31 - 1).default(50 * 1024 * 1024),
  DOCUMENT_TYPES: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.enum(DOCUMENT_TYPES, { message: `must list types among ${DOCUMENT_TYPES.join(', ')}` }))
        .min(1, { message: 'must list at least one type' }),
    )
    .default([...DOCUMENT_TYPES]),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_ENDPOINT: url(['http:', 'https:']).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Path-style addressing (http://host/bucket/key) is what MinIO, Ceph and other S3-compatible servers
  // expect; AWS itself takes virtual-hosted style.
  S3_FORCE_PATH_STYLE: boolean.optional(),
  WEB_DIR: z.string().min(1).default('dist/web'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  JWT_ACCESS_TTL_SECONDS: integer(60, 3600).default(900),
  REFRESH_TTL_DAYS: integer(1, 365).default(30),
  DEADLINE_SWEEP_SECONDS: integer(0, 3600).default(60),
  INVITATION_TTL_DAYS: integer(1, 90).default(14),
  LOGIN_MAX_FAILURES: integer(3, 1000).default(10),
  LOGIN_LOCK_MINUTES: integer(1, 24 * 60).default(15),
  ADMIN_EMAIL: z.email({ message: 'must be an email address' }).optional(),
  ADMIN_PASSWORD: z.string().min(1).optional(),
  BODY_LIMIT_BYTES: integer(1024, 50 * 1024 * 1024).default(1024 * 1024),
  TRUST_PROXY_HOPS: integer(0, 10).default(0),
  HTTP_SHUTDOWN_GRACE_MS: integer(0, 120_000).default(10_000),
  PUBLIC_URL: url(['http:', 'https:']).optional(),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).default('Parley <notices@parley.invalid>'),
  WEBHOOK_ALLOW_PRIVATE_URLS: boolean.optional(),
  WEBHOOK_DISABLE_AFTER_FAILURES: integer(1, 1000).default(10),
  GRAPHQL_INTROSPECTION: boolean.optional(),
  GRAPHQL_MAX_DEPTH: integer(2, 50).default(12),
  GRAPHQL_MAX_ALIASES: integer(0, 100).default(15),
  // 5,000 was set while `first: $n` cost as n = 1. Counted honestly, a page of 50 cases with their
  // court, parties and members costs about 6,800 and a full page of 100 about 13,600.
  GRAPHQL_MAX_COST: integer(100, 1_000_000).default(20_000),
  GRAPHQL_MAX_TOKENS: integer(500, 100_000).default(5000),
});

/** Rules across variables, checked even when single values are wrong so every problem is told at once. */
function crossFieldProblems(env: Record<string, string>): string[] {
  const problems: string[] = [];
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    problems.push(
      `${env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'} must be set too: ADMIN_EMAIL and ADMIN_PASSWORD go together`,
    );
  }
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) problems.push('JWT_SECRET is required in production');
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
  }
  if (!env.S3_BUCKET && (env.S3_ENDPOINT || env.S3_ACCESS_KEY_ID)) {
    problems.push(
      'S3_BUCKET must be set too: documents go to S3-compatible storage only when it names a bucket',
    );
  }
  return problems;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment and turns it into the typed settings. `localJwtSecret` supplies a
 * secret when none is configured outside production (API.md: generated and persisted locally).
 */
export function parseConfig(
  env: Record<string, string | undefined>,
  localJwtSecret: (dataDir: string) => string,
): AppConfig {
  const blankAsUnset = Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
  const result = environmentSchema.safeParse(blankAsUnset);
  const problems = [
    ...(result.error?.issues ?? []).map((issue) => {
      const key = issue.path.join('.') || 'environment';
      const given = typeof blankAsUnset[key] === 'string' ? ` (got "${blankAsUnset[key]}")` : '';
      const secret = /SECRET|PASSWORD/.test(key);
      return `${key} ${issue.message}${secret ? '' : given}`;
    }),
    ...crossFieldProblems(blankAsUnset),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const e = result.data;
  const production = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    preparedStatements: e.DATABASE_PREPARED_STATEMENTS ?? true,
    redisUrl: e.REDIS_URL,
    queuePrefix: e.QUEUE_PREFIX,
    queues: {
      backend: e.QUEUE_BACKEND,
      postgresUrl: e.QUEUE_DATABASE_URL ?? e.DATABASE_URL,
      postgresSchema: e.QUEUE_POSTGRES_SCHEMA,
      lockMs: e.QUEUE_LOCK_MS,
      stalledCheckMs: e.QUEUE_STALLED_CHECK_MS,
      concurrency: e.WORKER_CONCURRENCY,
    },
    dataDir: e.PARLEY_DATA_DIR,
    documents: {
      maxBytes: e.DOCUMENT_MAX_BYTES,
      types: e.DOCUMENT_TYPES,
      storage: e.S3_BUCKET
        ? {
            kind: 's3',
            bucket: e.S3_BUCKET,
            endpoint: e.S3_ENDPOINT ?? null,
            region: e.S3_REGION,
            credentials:
              e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
                : null,
            forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
          }
        : { kind: 'local', folder: `${e.PARLEY_DATA_DIR}/documents` },
    },
    webDir: e.WEB_DIR,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'info'),
    jwt: {
      secret: e.JWT_SECRET ?? localJwtSecret(e.PARLEY_DATA_DIR),
      issuer: 'parley',
      audience: 'parley-api',
      accessTtlSeconds: e.JWT_ACCESS_TTL_SECONDS,
    },
    refreshTtlDays: e.REFRESH_TTL_DAYS,
    deadlineSweepSeconds: e.DEADLINE_SWEEP_SECONDS,
    invitationTtlDays: e.INVITATION_TTL_DAYS,
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES },
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : null,
    http: {
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      trustProxyHops: e.TRUST_PROXY_HOPS,
      shutdownGraceMs: e.HTTP_SHUTDOWN_GRACE_MS,
    },
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    webhooks: {
      allowPrivateUrls: e.WEBHOOK_ALLOW_PRIVATE_URLS ?? !production,
      disableAfterFailures: e.WEBHOOK_DISABLE_AFTER_FAILURES,
    },
    mail: { transport: e.SMTP_URL ? 'smtp' : 'log', smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM },
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION ?? !production,
      sandbox: !production,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxCost: e.GRAPHQL_MAX_COST,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
    },
  };
}
