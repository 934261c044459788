import { ConfigError, parseConfig } from './config.schema';

const noSecret = () => 'a-locally-generated-secret-of-enough-length';

describe('parseConfig', () => {
  it('applies the defaults of API.md', () => {
    const config = parseConfig({}, noSecret);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/parley');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.jwt.secret).toBe('a-locally-generated-secret-of-enough-length');
    expect(config.admin).toBeNull();
    expect(config.graphql.introspection).toBe(true);
    expect(config.login).toEqual({ maxFailures: 10, lockMinutes: 15 });
    expect(config.http.trustProxyHops).toBe(0);
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ PORT: '' }, noSecret).port).toBe(3000);
  });

  it('reads the configured values', () => {
    const config = parseConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgresql://u@db:5432/x',
        ADMIN_EMAIL: 'admin@example.org',
        ADMIN_PASSWORD: 'pw',
        GRAPHQL_INTROSPECTION: 'false',
      },
      noSecret,
    );
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgresql://u@db:5432/x');
    expect(config.admin).toEqual({ email: 'admin@example.org', password: 'pw' });
    expect(config.graphql.introspection).toBe(false);
  });

  it('keeps queues in Redis unless told otherwise; on PostgreSQL, in Parley’s database unless QUEUE_DATABASE_URL says', () => {
    expect(parseConfig({}, noSecret).queues).toEqual({
      backend: 'redis',
      postgresUrl: 'postgres://postgres@127.0.0.1:5432/parley',
      postgresSchema: 'bullmq',
      lockMs: 30_000,
      stalledCheckMs: 30_000,
      concurrency: 16,
    });
    expect(
      parseConfig(
        { QUEUE_BACKEND: 'postgres', QUEUE_DATABASE_URL: 'postgres://q@127.0.0.1:5433/queues' },
        noSecret,
      ).queues,
    ).toEqual({
      backend: 'postgres',
      postgresUrl: 'postgres://q@127.0.0.1:5433/queues',
      postgresSchema: 'bullmq',
      lockMs: 30_000,
      stalledCheckMs: 30_000,
      concurrency: 16,
    });
    expect(() =>
      parseConfig({ QUEUE_BACKEND: 'kafka', QUEUE_POSTGRES_SCHEMA: 'Drop Table' }, noSecret),
    ).toThrow(
      /QUEUE_BACKEND Invalid option: expected one of "redis"\|"postgres" \(got "kafka"\)[\s\S]*QUEUE_POSTGRES_SCHEMA must be a lower-case PostgreSQL identifier/,
    );
  });

  it('takes a queue prefix in braces, a Redis Cluster hash tag, and nothing that would split it', () => {
    expect(parseConfig({}, noSecret).queuePrefix).toBe('parley');
    expect(parseConfig({ QUEUE_PREFIX: '{parley}' }, noSecret).queuePrefix).toBe('{parley}');
    for (const bad of ['{parley', 'par}ley', '{a}{b}', '{}', 'parley:x'])
      expect(() => parseConfig({ QUEUE_PREFIX: bad }, noSecret)).toThrow(/QUEUE_PREFIX must be/);
  });

  it('shortens how long a dead worker holds its jobs when told, within bounds', () => {
    const config = parseConfig({ QUEUE_LOCK_MS: '5000', QUEUE_STALLED_CHECK_MS: '1000' }, noSecret);
    expect(config.queues).toMatchObject({ lockMs: 5000, stalledCheckMs: 1000 });
    expect(() => parseConfig({ QUEUE_LOCK_MS: '10' }, noSecret)).toThrow(
      /QUEUE_LOCK_MS must be at least 1000/,
    );
  });

  it('runs a few jobs at once per queue and worker, as many as WORKER_CONCURRENCY says within bounds', () => {
    expect(parseConfig({ WORKER_CONCURRENCY: '4' }, noSecret).queues.concurrency).toBe(4);
    expect(() => parseConfig({ WORKER_CONCURRENCY: '0' }, noSecret)).toThrow(
      /WORKER_CONCURRENCY must be at least 1 \(got "0"\)/,
    );
    expect(() => parseConfig({ WORKER_CONCURRENCY: 'many' }, noSecret)).toThrow(
      /WORKER_CONCURRENCY must be a whole number/,
    );
  });

  it('prepares hot statements unless DATABASE_PREPARED_STATEMENTS is false', () => {
    expect(parseConfig({}, noSecret).preparedStatements).toBe(true);
    expect(parseConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }, noSecret).preparedStatements).toBe(false);
    expect(() => parseConfig({ DATABASE_PREPARED_STATEMENTS: 'maybe' }, noSecret)).toThrow(
      /DATABASE_PREPARED_STATEMENTS must be true or false/,
    );
  });

  it('lists every bad value in one clear message', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'abc', REDIS_URL: 'http://x', ADMIN_EMAIL: 'root@example.org' }, noSecret);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT must be a whole number (got "abc")',
        'REDIS_URL must be a URL starting with redis:// or rediss:// (got "http://x")',
        'ADMIN_PASSWORD must be set too: ADMIN_EMAIL and ADMIN_PASSWORD go together',
      ]),
    );
    expect(message).toMatch(/^Invalid configuration:/);
  });

  it('never echoes a secret in its message', () => {
    expect(() => parseConfig({ JWT_SECRET: 'short-secret' }, noSecret)).toThrow(
      /JWT_SECRET must be at least 32 characters$/m,
    );
    expect(() => parseConfig({ JWT_SECRET: 'short-secret' }, noSecret)).not.toThrow(/short-secret/);
  });

  it('requires a JWT secret in production and turns the sandbox off', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' }, noSecret)).toThrow(
      /JWT_SECRET is required in production/,
    );
    const config = parseConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, noSecret);
    expect(config.graphql).toMatchObject({ introspection: false, sandbox: false });
  });

  it('limits the tokens of a query text, within sane bounds', () => {
    expect(parseConfig({}, noSecret).graphql.maxTokens).toBe(5000);
    expect(parseConfig({ GRAPHQL_MAX_TOKENS: '800' }, noSecret).graphql.maxTokens).toBe(800);
    expect(() => parseConfig({ GRAPHQL_MAX_TOKENS: '100' }, noSecret)).toThrow(
      /GRAPHQL_MAX_TOKENS must be at least 500 \(got "100"\)/,
    );
    expect(() => parseConfig({ GRAPHQL_MAX_TOKENS: 'lots' }, noSecret)).toThrow(
      /GRAPHQL_MAX_TOKENS must be a whole number/,
    );
  });
});
