export type Environment = 'development' | 'test' | 'production';

/** The kinds of file Parley recognises by their first bytes (never by the name or the client's word). */
export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Where documents are kept: a folder on this machine, or an S3-compatible bucket (STACK.md). */
export type DocumentStorageSettings =
  | { kind: 'local'; folder: string }
  | {
      kind: 's3';
      bucket: string;
      /** An S3-compatible server (MinIO, Ceph, R2 …); null for AWS itself. */
      endpoint: string | null;
      region: string;
      /** null: the SDK's own chain (environment, instance role). */
      credentials: { accessKeyId: string; secretAccessKey: string } | null;
      forcePathStyle: boolean;
    };

/** Every setting Parley reads, validated once at boot (see config.schema.ts). */
export interface AppConfig {
  env: Environment;
  host: string;
  port: number;
  databaseUrl: string;
  /** Hot statements named and prepared once per connection (preparedQuery, queryRows). */
  preparedStatements: boolean;
  redisUrl: string;
  /** Prefix of every BullMQ key, so installations (and test files) can share one Redis. */
  queuePrefix: string;
  queues: {
    /** Where BullMQ keeps its queues: Redis, or BullMQ's PostgreSQL backend in Parley's database. */
    backend: 'redis' | 'postgres';
    /** The PostgreSQL backend's database: Parley's own unless QUEUE_DATABASE_URL says otherwise. */
    postgresUrl: string;
    /** The schema of the PostgreSQL backend's tables. */
    postgresSchema: string;
    /**
     * How long a worker's claim on a running job lasts unless renewed (renewed at half of it). A worker
     * that dies (SIGKILL, a lost machine) holds its jobs this long before another worker may take them.
     */
    lockMs: number;
    /** How often each worker looks for jobs whose claim lapsed, and puts them back in the queue. */
    stalledCheckMs: number;
    /**
     * Jobs each worker process runs at once per queue. Jobs mostly wait on PostgreSQL, Redis, a mail
     * server or a webhook, so a process keeps more in flight than it has cores.
     */
    concurrency: number;
  };
  /** Folder for local state such as the generated JWT secret; git-ignored. */
  dataDir: string;
  documents: {
    /** The largest upload accepted, in bytes. */
    maxBytes: number;
    /** The kinds of file accepted, recognised by content. */
    types: DocumentType[];
    storage: DocumentStorageSettings;
  };
  /** The built web app (apps/web → dist/web), served at /; not served when the folder is missing. */
  webDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  jwt: {
    secret: string;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
  };
  refreshTtlDays: number;
  /** How often the worker sweeps for deadline notices to fire or re-arm; 0 turns the repeating sweep off (tests sweep by hand). */
  deadlineSweepSeconds: number;
  invitationTtlDays: number;
  /** Failed sign-ins per account and address within lockMinutes before that pair waits lockMinutes. */
  login: { maxFailures: number; lockMinutes: number };
  admin: { email: string; password: string } | null;
  http: {
    bodyLimitBytes: number;
    /**
     * Proxies in front of the API whose X-Forwarded-For and -Proto are believed. 0 (default): none, so
     * a client cannot choose the address that sign-in throttling counts.
     */
    trustProxyHops: number;
    /**
     * On shutdown, how long requests in flight may take before their connections are cut: a stalled
     * client (an upload never finished) must not hold a rolling restart past its grace period.
     */
    shutdownGraceMs: number;
  };
  /** Where people reach this installation: links in emails, calendar feed URLs. */
  publicUrl: string;
  webhooks: {
    /** Allow endpoints on loopback and private networks (development, tests); never in production by default. */
    allowPrivateUrls: boolean;
    /** Failed attempts in a row after which an endpoint is disabled. */
    disableAfterFailures: number;
  };
  mail: {
    /** smtp: send through SMTP_URL; log: write each message to the log (development). */
    transport: 'smtp' | 'log';
    smtpUrl: string | null;
    from: string;
  };
  graphql: {
    introspection: boolean;
    sandbox: boolean;
    maxDepth: number;
    maxAliases: number;
    /** Weighted fields (graphql-armor's weights), times the `first`/`last` page sizes, variables included. */
    maxCost: number;
    /**
     * Tokens (names, values, punctuation) a query text may hold, read before parsing: parsing costs
     * time per token, and the longest guide example is under 800.
     */
    maxTokens: number;
  };
}
