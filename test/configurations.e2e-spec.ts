import { signIn, signUp } from './support/factories';
import { ADMIN, startParley } from './support/test-app';

// Each test starts its own instances, one after another (see startParley on passport's registry).
describe('Parley under other settings', () => {
  it('GET /health answers 503 while Redis is down, and the API keeps working', async () => {
    const parley = await startParley({ worker: false, env: { REDIS_URL: 'redis://127.0.0.1:6390' } });
    try {
      const response = await fetch(`${parley.baseUrl}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', database: 'up', redis: 'down' });
      // Nothing on the write path talks to Redis.
      await signUp(parley, 'No Redis Needed');
    } finally {
      await parley.close();
    }
  });

  it('introspection and field suggestions are off when configured (the production default)', async () => {
    const parley = await startParley({ worker: false, env: { GRAPHQL_INTROSPECTION: 'false' } });
    try {
      const introspection = await parley.client.fails(`{ __schema { types { name } } }`);
      expect(introspection).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/introspection/i),
      });
      const fieldError = await parley.client.fails(`{ mee { id } }`);
      expect(fieldError.message).toBe('Cannot query field "mee" on type "Query".');
    } finally {
      await parley.close();
    }
  });

  it('the first admin is created once: a restart with other admin settings adds none', async () => {
    const first = await startParley({ worker: false });
    await first.api.close();
    const second = await startParley({
      worker: false,
      sameDatabaseAs: first,
      env: { ADMIN_EMAIL: 'second.admin@parley.test', ADMIN_PASSWORD: 'another quiet harbor stone' },
    });
    try {
      const error = await second.client.fails(
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email: 'second.admin@parley.test', password: 'another quiet harbor stone' } },
      );
      expect(error.extensions.code).toBe('UNAUTHENTICATED');
      await signIn(second, ADMIN.email, ADMIN.password);
      const [{ n }] = await second.db.query(`SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN'`);
      expect(n).toBe(1);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
