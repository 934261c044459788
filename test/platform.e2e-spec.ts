import { readdirSync, readFileSync } from 'node:fs';
import { FIRST_STEPS, printApiSchema } from '@parley/api';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { MIGRATIONS } from '@parley/migrations';
import { AccessDeclarations, describeAccess, queryRows } from '@parley/platform';
import { createCase, createCourt, join, signInAsAdmin, signUp } from './support/factories';
import { countQueries } from './support/query-counter';
import { Parley, startParley } from './support/test-app';

describe('the platform', () => {
  let parley: Parley;
  beforeAll(async () => {
    parley = await startParley({ worker: false });
  });
  afterAll(() => parley?.close());

  describe('generated and declared things', () => {
    it('apps/api/schema.gql matches the resolvers (run `npm run schema` after changing them)', () => {
      expect(readFileSync('apps/api/schema.gql', 'utf8')).toBe(printApiSchema(parley.api));
    });

    it('every operation declares its access; the list is reviewed here', () => {
      const declarations = parley.api.get(AccessDeclarations).list();
      expect(declarations.every((d) => d.access)).toBe(true);
      expect(declarations.map((d) => `${d.operation}: ${describeAccess(d.access!)}`)).toMatchSnapshot();
    });

    it('the build resolves the same @parley/* paths as the type checker', () => {
      const swc = JSON.parse(readFileSync('.swcrc', 'utf8')).jsc.paths;
      const ts = JSON.parse(readFileSync('tsconfig.base.json', 'utf8')).compilerOptions.paths;
      expect(swc).toEqual(ts);
    });

    it('every migration file is listed, in order', () => {
      const files = readdirSync('migrations')
        .filter((f) => /^\d+-\w+\.ts$/.test(f))
        .sort();
      expect(MIGRATIONS.map((m) => `${/\d+$/.exec(m.name)![0]}-${m.name.replace(/\d+$/, '')}.ts`)).toEqual(
        files,
      );
    });
  });

  describe('first contact', () => {
    it('the sandbox’s first steps and every example in the README and docs/ are valid operations', () => {
      const schema = buildSchema(readFileSync('apps/api/schema.gql', 'utf8'));
      const guides = [
        'README.md',
        ...readdirSync('docs')
          .filter((f) => f.endsWith('.md'))
          .map((f) => `docs/${f}`),
      ];
      const examples = [
        FIRST_STEPS,
        ...guides.flatMap((file) =>
          [...readFileSync(file, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]),
        ),
      ];
      expect(examples.length).toBeGreaterThan(4);
      // Each operation on its own: a guide may list several unnamed ones in one block.
      const problems = examples.flatMap((text) =>
        parse(text).definitions.flatMap((definition) =>
          validate(schema, { kind: Kind.DOCUMENT, definitions: [definition] }).map((e) => e.message),
        ),
      );
      expect(problems).toEqual([]);
    });

    it('a browser opening /graphql gets the sandbox, open on first steps; a GET query still runs', async () => {
      const page = await fetch(`${parley.baseUrl}/graphql`, {
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      const html = await page.text();
      expect(html).toContain('<title>Parley GraphQL sandbox</title>');
      expect(html).toContain('mutation SignIn');
      const query = await fetch(`${parley.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
      expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('GET /health', () => {
    it('answers 200 when PostgreSQL and Redis are up', async () => {
      const response = await fetch(`${parley.baseUrl}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', database: 'up', redis: 'up' });
    });
  });

  describe('query limits', () => {
    it('refuses an operation nested deeper than the limit', async () => {
      let selection = 'id';
      for (let i = 0; i < 8; i++) selection = `members { party { ${selection} } }`;
      const error = await parley.client.fails(
        `query($id: ID!) { case(id: $id) { parties { ${selection} } } }`,
        {
          id: '00000000-0000-4000-8000-000000000000',
        },
      );
      expect(error).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/depth/i),
      });
    });

    it('refuses too many aliases', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: courts { id }`).join(' ');
      const error = await parley.client.fails(`{ ${aliases} }`);
      expect(error).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/aliases/i),
      });
    });

    it('refuses a body over the size limit with a clear message', async () => {
      const response = await fetch(`${parley.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
      });
      expect(response.status).toBe(413);
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: object }> };
      expect(body.errors[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/too large/),
      });
    });

    it('refuses an unknown enum value and an unknown field with BAD_USER_INPUT', async () => {
      const enumError = await parley.client.fails(
        `mutation { createApiToken(input: { name: "x", scopes: [EVERYTHING] }) { id } }`,
      );
      expect(enumError.extensions.code).toBe('BAD_USER_INPUT');
      const fieldError = await parley.client.fails(`{ mee { id } }`);
      expect(fieldError).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/Did you mean "me"/),
      });
    });
  });

  describe('request ids', () => {
    it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
      const kept = await parley.client.request('{ courts { id } }', {}, { 'x-request-id': 'firm-sync-42' });
      expect(kept.headers.get('x-request-id')).toBe('firm-sync-42');
      const replaced = await parley.client.request(
        '{ courts { id } }',
        {},
        { 'x-request-id': 'bad id\twith spaces' },
      );
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('serves requests without AsyncLocalStorage, whose promise hooks slow every request (issue 14)', async () => {
      await parley.client.request('{ courts { id } }');
      // nestjs-pino's store, which its request middleware would have turned on (Node's `enabled`).
      const { storage } = jest.requireActual('nestjs-pino/storage');
      expect(storage.enabled).toBe(false);
    });
  });

  describe('data loading', () => {
    it('lists 50 cases with their court, parties and members in a constant number of SQL statements', async () => {
      const admin = await signInAsAdmin(parley);
      const courtId = (await createCourt(admin)).id;
      const lawyer = await signUp(parley, 'Loaded Lawyer');
      const query = `query($first: Int) { cases(first: $first) { edges { node { id court { id name }
        parties { id name members { id name role party { id } } } myMemberships { id party { id } } } } } }`;
      const created = [];
      for (let i = 0; i < 3; i++) created.push(await createCase(lawyer.client, courtId));
      await join(lawyer.client, created[0].parties[0].id, await signUp(parley, 'First Plaintiff'), 'PRO_SE');
      const few = await countQueries(parley.db, () => lawyer.client.ok(query, { first: 50 }));

      for (let i = 0; i < 47; i++) created.push(await createCase(lawyer.client, courtId));
      for (const i of [10, 20, 30]) {
        await join(lawyer.client, created[i].parties[0].id, await signUp(parley, `Plaintiff ${i}`), 'PRO_SE');
      }
      let result: any;
      const many = await countQueries(parley.db, async () => {
        result = await lawyer.client.ok(query, { first: 50 });
      });
      expect(result.cases.edges).toHaveLength(50);
      expect(many.length).toBe(few.length);
      expect(many.length).toBeLessThanOrEqual(6);
      // Member look-ups read names only, never password hashes.
      expect(many.join('\n')).not.toMatch(/password_hash/);
    });

    it("runs a statement in the caller's transaction when it has one, else as a prepared statement", async () => {
      const name = `SELECT current_setting('application_name') AS name`;
      const inside = await parley.db.transaction(async (manager) => {
        await manager.query(`SET LOCAL application_name = 'inside-a-transaction'`);
        return queryRows<{ name: string }>(manager, name, []);
      });
      expect(inside).toEqual([{ name: 'inside-a-transaction' }]);
      // Named, so kept on its connection: the statement finds its own text among the session's.
      const itself = `SELECT count(*)::int AS named FROM pg_prepared_statements WHERE statement = current_query()`;
      const inTransaction = await parley.db.transaction((manager) => queryRows(manager, itself, []));
      expect(inTransaction).toEqual([{ named: 1 }]);
      expect(await queryRows(parley.db.manager, itself, [])).toEqual([{ named: 1 }]);
      // A text sent unnamed, as TypeORM sends its own, is not kept.
      expect(await parley.db.query(itself.replace('AS named', 'AS unnamed'))).toEqual([{ unnamed: 0 }]);
      // A prepared statement's failure is TypeORM's, with the statement, as every other query's.
      await expect(queryRows(parley.db.manager, 'SELECT * FROM no_such_table', [])).rejects.toMatchObject({
        name: 'QueryFailedError',
        query: 'SELECT * FROM no_such_table',
      });
    });
  });

  describe('unexpected errors', () => {
    it('reach the client as a generic message with a correlation id, never a stack', async () => {
      const user = await signUp(parley, 'Unlucky');
      await parley.db.query('ALTER TABLE notifications RENAME TO notifications_gone');
      try {
        const result = await user.client.request('{ notifications { id } }');
        const [error] = result.errors!;
        expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
        expect(error.message).toMatch(/^Something went wrong on our side/);
        expect(error.extensions.correlationId).toBe(result.headers.get('x-request-id'));
        expect(JSON.stringify(result)).not.toMatch(
          /notifications_gone|does not exist|\.ts:\d|QueryFailedError/,
        );
      } finally {
        await parley.db.query('ALTER TABLE notifications_gone RENAME TO notifications');
      }
    });
  });
});
