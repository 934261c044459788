import { createHmac } from 'node:crypto';
import { countRows, signInAsAdmin, signUp, STRONG_PASSWORD } from './support/factories';
import { ADMIN, Parley, startParley } from './support/test-app';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id email name role courtId } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id email } } }`;
const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken user { id } } }`;
const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { id name token scopes } }`;

function base64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A token signed with the right secret but otherwise chosen by the test. */
function forgeJwt(header: object, payload: object, secret?: string): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  const signature = secret ? createHmac('sha256', secret).update(unsigned).digest('base64url') : '';
  return `${unsigned}.${signature}`;
}

describe('accounts', () => {
  let parley: Parley;
  beforeAll(async () => {
    parley = await startParley({ worker: false });
  });
  afterAll(() => parley?.close());

  describe('register and login', () => {
    it('signs a new user up and in, with a lower-cased email', async () => {
      const { register } = await parley.client.ok(REGISTER, {
        input: { email: '  Jane.Roe@Example.ORG ', password: STRONG_PASSWORD, name: ' Jane Roe ' },
      });
      expect(register.user).toEqual({
        id: expect.any(String),
        email: 'jane.roe@example.org',
        name: 'Jane Roe',
        role: 'USER',
        courtId: null,
      });
      const { me } = await parley.client.as(register.accessToken).ok('{ me { id email } }');
      expect(me.id).toBe(register.user.id);

      const { login } = await parley.client.ok(LOGIN, {
        input: { email: 'JANE.ROE@example.org', password: STRONG_PASSWORD },
      });
      expect(login.user.id).toBe(register.user.id);
    });

    it('stores an argon2id hash, never the password', async () => {
      const user = await signUp(parley, 'Hash Check');
      const [row] = await parley.db.query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain(STRONG_PASSWORD);
    });

    it('refuses a second account with the same email', async () => {
      const user = await signUp(parley, 'Twice');
      const error = await parley.client.fails(REGISTER, {
        input: { email: user.email.toUpperCase(), password: STRONG_PASSWORD, name: 'Again' },
      });
      expect(error.extensions.code).toBe('CONFLICT');
      expect(error.message).toMatch(/already exists/);
    });

    it.each([
      ['an invalid email', { email: 'not-an-email' }, /email must be an email address/],
      ['a weak password', { password: 'password123' }, /too easy to guess/],
      ['a short password', { password: 'short' }, /at least 10 characters/],
      ['an empty name', { name: '   ' }, /name must not be empty/],
      [
        'an over-long name',
        { name: 'x'.repeat(201) },
        /name must be shorter than or equal to 200 characters/,
      ],
      ['an over-long email', { email: `${'x'.repeat(250)}@example.org` }, /email/],
    ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_, override, message) => {
      const before = await countRows(parley, 'users');
      const error = await parley.client.fails(REGISTER, {
        input: {
          email: 'valid.person@example.org',
          password: STRONG_PASSWORD,
          name: 'Valid Person',
          ...override,
        },
      });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(message);
      expect(await countRows(parley, 'users')).toBe(before);
    });

    it('refuses a wrong password and an unknown email alike', async () => {
      const user = await signUp(parley, 'Wrong Password');
      const wrong = await parley.client.fails(LOGIN, {
        input: { email: user.email, password: 'not the password' },
      });
      const unknown = await parley.client.fails(LOGIN, {
        input: { email: 'nobody@example.org', password: STRONG_PASSWORD },
      });
      expect(wrong).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(unknown.message).toBe(wrong.message);
    });

    it('makes a guesser wait after ten failures in a row, even with the right password; others sign in', async () => {
      const user = await signUp(parley, 'Guessed At');
      const attempt = (password: string) =>
        parley.client.request(LOGIN, { input: { email: user.email, password } });
      // A success clears the count: nine failures, a success, nine more, and a success still works.
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 9; i++) expect((await attempt(`guess ${round}-${i}`)).errors).toHaveLength(1);
        expect((await attempt(STRONG_PASSWORD)).data?.login.user.email).toBe(user.email);
      }
      for (let i = 0; i < 10; i++) {
        const { errors } = await attempt(`guess ${i}`);
        expect(errors?.[0].message).toMatch(/^The email or password is not right/);
      }
      const { errors, data } = await attempt(STRONG_PASSWORD);
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({
        message: 'Too many failed sign-ins. Wait 15 minutes and try again.',
        extensions: { code: 'UNAUTHENTICATED', retryAfterSeconds: 900 },
      });
      // A made-up X-Forwarded-For is not a new address (no proxy is trusted by default).
      const spoofed = await parley.client.request(
        LOGIN,
        { input: { email: user.email, password: STRONG_PASSWORD } },
        { 'x-forwarded-for': '203.0.113.9' },
      );
      expect(spoofed.errors?.[0].message).toMatch(/^Too many failed sign-ins/);
      // The same address signs in to another account.
      await parley.client.ok(LOGIN, { input: { email: ADMIN.email, password: ADMIN.password } });
    });
  });

  describe('refresh tokens', () => {
    it('rotate on every use', async () => {
      const user = await signUp(parley, 'Rotating');
      const first = (await parley.client.ok(REFRESH, { token: user.refreshToken })).refreshSession;
      expect(first.refreshToken).not.toBe(user.refreshToken);
      expect(first.user.id).toBe(user.id);
      const second = (await parley.client.ok(REFRESH, { token: first.refreshToken })).refreshSession;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      const { me } = await parley.client.as(second.accessToken).ok('{ me { id } }');
      expect(me.id).toBe(user.id);
    });

    it('a reused refresh token revokes its whole family', async () => {
      const user = await signUp(parley, 'Stolen Token');
      const rotated = (await parley.client.ok(REFRESH, { token: user.refreshToken })).refreshSession;

      // The original is presented again (by a thief or a confused client)...
      const reuse = await parley.client.fails(REFRESH, { token: user.refreshToken });
      expect(reuse.extensions.code).toBe('UNAUTHENTICATED');
      // ...so the legitimate latest token stops working too.
      const latest = await parley.client.fails(REFRESH, { token: rotated.refreshToken });
      expect(latest.extensions.code).toBe('UNAUTHENTICATED');

      // Other sessions of the same user are separate families and live on.
      const other = await parley.client.ok(LOGIN, { input: { email: user.email, password: user.password } });
      await parley.client.ok(REFRESH, { token: other.login.refreshToken });
    });

    it('are stored only as hashes', async () => {
      const user = await signUp(parley, 'Hashed Refresh');
      const rows = await parley.db.query('SELECT token_hash FROM refresh_tokens WHERE user_id = $1', [
        user.id,
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0].token_hash).not.toContain(user.refreshToken);
    });

    it('refuses an unknown, expired or absurd refresh token', async () => {
      const unknown = await parley.client.fails(REFRESH, { token: 'rt_not-a-real-token' });
      expect(unknown.extensions.code).toBe('UNAUTHENTICATED');

      const user = await signUp(parley, 'Expired Refresh');
      await parley.db.query(
        `UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [user.id],
      );
      const expired = await parley.client.fails(REFRESH, { token: user.refreshToken });
      expect(expired.extensions.code).toBe('UNAUTHENTICATED');

      const absurd = await parley.client.fails(REFRESH, { token: 'x'.repeat(5000) });
      expect(absurd.extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('access tokens', () => {
    it('are HS256 JWTs with our issuer and audience, short-lived', async () => {
      const user = await signUp(parley, 'Claims');
      const [header, payload] = user.accessToken
        .split('.')
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString() || '{}'));
      expect(header.alg).toBe('HS256');
      expect(payload).toMatchObject({ sub: user.id, iss: 'parley', aud: 'parley-api', typ: 'access' });
      expect(payload.exp - payload.iat).toBe(900);
    });

    it('refuses requests without a token on signed-in operations', async () => {
      const error = await parley.client.fails('{ me { id } }');
      expect(error).toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: expect.stringMatching(/sign in/i),
      });
    });

    it.each([
      [
        'alg none',
        (sub: string) =>
          forgeJwt(
            { alg: 'none', typ: 'JWT' },
            {
              sub,
              typ: 'access',
              iss: 'parley',
              aud: 'parley-api',
              exp: Math.floor(Date.now() / 1000) + 600,
            },
          ),
      ],
      [
        'a wrong secret',
        (sub: string) =>
          forgeJwt(
            { alg: 'HS256', typ: 'JWT' },
            {
              sub,
              typ: 'access',
              iss: 'parley',
              aud: 'parley-api',
              exp: Math.floor(Date.now() / 1000) + 600,
            },
            'some-other-secret-of-sufficient-length',
          ),
      ],
      [
        'an expired token',
        (sub: string, secret: string) =>
          forgeJwt(
            { alg: 'HS256', typ: 'JWT' },
            {
              sub,
              typ: 'access',
              iss: 'parley',
              aud: 'parley-api',
              iat: Math.floor(Date.now() / 1000) - 3600,
              exp: Math.floor(Date.now() / 1000) - 60,
            },
            secret,
          ),
      ],
      [
        'a wrong audience',
        (sub: string, secret: string) =>
          forgeJwt(
            { alg: 'HS256', typ: 'JWT' },
            {
              sub,
              typ: 'access',
              iss: 'parley',
              aud: 'someone-else',
              exp: Math.floor(Date.now() / 1000) + 600,
            },
            secret,
          ),
      ],
      [
        'a wrong issuer',
        (sub: string, secret: string) =>
          forgeJwt(
            { alg: 'HS256', typ: 'JWT' },
            { sub, typ: 'access', iss: 'evil', aud: 'parley-api', exp: Math.floor(Date.now() / 1000) + 600 },
            secret,
          ),
      ],
      ['garbage', () => 'not.a.token'],
    ])('refuses %s as UNAUTHENTICATED', async (_, forge) => {
      const user = await signUp(parley, 'Forgery Target');
      const error = await parley.client.as(forge(user.id, parley.config.jwt.secret)).fails('{ me { id } }');
      expect(error.extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a token at its expiry though it was accepted, and remembered, a moment before', async () => {
      const user = await signUp(parley, 'Short Session');
      const exp = Math.floor(Date.now() / 1000) + 2;
      const token = forgeJwt(
        { alg: 'HS256', typ: 'JWT' },
        { sub: user.id, typ: 'access', role: 'USER', court: null, iss: 'parley', aud: 'parley-api', exp },
        parley.config.jwt.secret,
      );
      const { me } = await parley.client.as(token).ok('{ me { id } }');
      expect(me.id).toBe(user.id);
      await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
      const error = await parley.client.as(token).fails('{ me { id } }');
      expect(error.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('API tokens', () => {
    it('are shown once, stored hashed, and act as their user', async () => {
      const user = await signUp(parley, 'Firm System');
      const { createApiToken } = await user.client.ok(CREATE_TOKEN, { input: { name: 'Case sync' } });
      expect(createApiToken).toMatchObject({ name: 'Case sync', scopes: ['READ', 'WRITE'] });
      expect(createApiToken.token).toMatch(/^pat_/);

      const { me } = await parley.client.as(createApiToken.token).ok('{ me { id } }');
      expect(me.id).toBe(user.id);

      const { apiTokens } = await user.client.ok('{ apiTokens { id name token lastUsedAt } }');
      expect(apiTokens).toEqual([
        { id: createApiToken.id, name: 'Case sync', token: null, lastUsedAt: expect.any(String) },
      ]);
      const [row] = await parley.db.query('SELECT token_hash FROM api_tokens WHERE id = $1', [
        createApiToken.id,
      ]);
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('a read-only token can query but not change anything', async () => {
      const user = await signUp(parley, 'Read Only');
      const { createApiToken } = await user.client.ok(CREATE_TOKEN, {
        input: { name: 'Reporting', scopes: ['READ'] },
      });
      const client = parley.client.as(createApiToken.token);
      await client.ok('{ me { id } }');
      const error = await client.fails(`mutation { markNotificationsRead }`);
      expect(error).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringMatching(/read-only/),
      });
    });

    it('cannot mint credentials that would outlive it: tokens, webhook secrets, calendar addresses', async () => {
      const user = await signUp(parley, 'No Minting');
      const { createApiToken } = await user.client.ok(CREATE_TOKEN, { input: { name: 'First' } });
      const token = parley.client.as(createApiToken.token);
      const counts = async () =>
        (
          await parley.db.query(
            `SELECT (SELECT count(*) FROM api_tokens WHERE user_id = $1)::int AS tokens,
                    (SELECT count(*) FROM webhook_endpoints WHERE user_id = $1)::int AS endpoints,
                    (SELECT count(*) FROM calendar_feeds WHERE user_id = $1)::int AS feeds`,
            [user.id],
          )
        )[0];
      const before = await counts();
      for (const [query, variables] of [
        [CREATE_TOKEN, { input: { name: 'Second' } }],
        [
          `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id } }`,
          { input: { url: 'https://hooks.example.com/parley' } },
        ],
        [`mutation { createCalendarFeed { id url } }`, {}],
      ] as const) {
        const error = await token.fails(query, variables);
        expect([error.extensions.code, error.message]).toEqual([
          'FORBIDDEN',
          expect.stringMatching(
            /Sign in with your password .* cannot create credentials that would outlive it/,
          ),
        ]);
      }
      expect(await counts()).toEqual(before);
    });

    it('stop working when revoked or expired', async () => {
      const user = await signUp(parley, 'Revoker');
      const { createApiToken } = await user.client.ok(CREATE_TOKEN, {
        input: { name: 'Temp', expiresInDays: 1 },
      });
      const client = parley.client.as(createApiToken.token);
      await client.ok('{ me { id } }');
      await user.client.ok('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', {
        id: createApiToken.id,
      });
      expect((await client.fails('{ me { id } }')).extensions.code).toBe('UNAUTHENTICATED');

      const other = (await user.client.ok(CREATE_TOKEN, { input: { name: 'Short' } })).createApiToken;
      await parley.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        other.id,
      ]);
      expect((await parley.client.as(other.token).fails('{ me { id } }')).extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('cannot be revoked by another user, who is told it does not exist', async () => {
      const owner = await signUp(parley, 'Owner');
      const stranger = await signUp(parley, 'Stranger');
      const { createApiToken } = await owner.client.ok(CREATE_TOKEN, { input: { name: 'Mine' } });
      const error = await stranger.client.fails('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', {
        id: createApiToken.id,
      });
      expect(error.extensions.code).toBe('NOT_FOUND');
    });

    it('refuses an empty name and an unknown scope', async () => {
      const user = await signUp(parley, 'Bad Token Input');
      expect((await user.client.fails(CREATE_TOKEN, { input: { name: ' ' } })).extensions.code).toBe(
        'BAD_USER_INPUT',
      );
      const scope = await user.client.fails(CREATE_TOKEN, { input: { name: 'x', scopes: ['ADMIN'] } });
      expect(scope.extensions.code).toBe('BAD_USER_INPUT');
      expect(await countRows(parley, 'api_tokens')).toBeGreaterThanOrEqual(0);
    });
  });

  describe('the first admin', () => {
    it('exists from ADMIN_EMAIL and ADMIN_PASSWORD, once', async () => {
      const admin = await signInAsAdmin(parley);
      const { me } = await admin.ok('{ me { email role } }');
      expect(me).toEqual({ email: ADMIN.email, role: 'ADMIN' });
      const [{ n }] = await parley.db.query(`SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN'`);
      expect(n).toBe(1);
    });
  });
});
