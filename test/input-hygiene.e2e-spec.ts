import fc from 'fast-check';
import { textProblem } from '@parley/platform';
import { CREATE_SET } from './support/discovery';
import {
  createCase,
  createCourt,
  signInAsAdmin,
  signUp,
  SignedIn,
  STRONG_PASSWORD,
} from './support/factories';
import { GraphQLResponse } from './support/graphql-client';
import { countQueries } from './support/query-counter';
import { textLeaves } from './support/schema-sweep';
import { countAllRows } from './support/table-counts';
import { Parley, startParley } from './support/test-app';

// Sent as variables (JSON can carry anything) and as literals (GraphQL text cannot hold a lone
// surrogate, even escaped: its parser refuses it with a syntax error of its own).
const AS_VARIABLE = ['\u0000', '\uD800', '\uDC00', '\r', '\u0085', '\u007F', '\u001B'];
const AS_LITERAL = ['\u0000', '\r', '\u0085', '\u007F', '\u0007'];

const leaves = textLeaves();
const operations = [...new Set(leaves.map((l) => `${l.kind} ${l.field}`))];

type Body = { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };

const CLIENT_CODES = ['BAD_USER_INPUT', 'CONFLICT', 'RULE_VIOLATION', 'NOT_FOUND', 'FORBIDDEN'];

describe('input hygiene (a production-mode server)', () => {
  let parley: Parley;
  let user: SignedIn;
  let courtId: string;

  const post = (body: string) =>
    fetch(`${parley.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  beforeAll(async () => {
    // No worker: nothing in the background writes, so row counts move only with requests.
    parley = await startParley({ worker: false, env: { NODE_ENV: 'production' } });
    courtId = (await createCourt(await signInAsAdmin(parley))).id;
    user = await signUp(parley, 'Hygiene Tester');
  });
  afterAll(() => parley?.close());

  describe('every String and ID argument of every query and mutation (from apps/api/schema.gql)', () => {
    it('finds the operations that take text', () => {
      expect(operations.length).toBeGreaterThan(45);
      expect(leaves.map((l) => `${l.field} ${l.path}`)).toEqual(
        expect.arrayContaining([
          'createDiscoverySet input.items.0.text',
          'createCase input.parties.0.name',
          'refreshSession refreshToken',
          'acceptInvitation token',
          'cases after',
        ]),
      );
    });

    it.each(operations)(
      '%s: refused at each path, as a variable and as a literal, before any SQL',
      async (op) => {
        const before = await countAllRows(parley.db);
        for (const [i, leaf] of leaves.filter((l) => `${l.kind} ${l.field}` === op).entries()) {
          const variables = leaf.withVariables(`ok ${AS_VARIABLE[i % AS_VARIABLE.length]} ok`);
          const literal = leaf.withLiterals(`ok ${AS_LITERAL[i % AS_LITERAL.length]} ok`);
          const startsWithPath = new RegExp(`^${leaf.path.replace(/\./g, '\\.')} contains `);
          const sends = [
            ['variable', () => user.client.request(variables.query, variables.variables)],
            ['literal', () => user.client.request(literal)],
          ] as const;
          for (const [how, send] of sends) {
            let result!: GraphQLResponse;
            const sql = await countQueries(parley.db, async () => void (result = await send()));
            const seen = { how, sql, status: result.status, errors: result.errors };
            expect(seen).toEqual({
              how,
              sql: [],
              status: 200,
              errors: [
                {
                  message: expect.stringMatching(startsWithPath),
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fields: [leaf.path],
                    problems: [expect.stringMatching(startsWithPath)],
                  },
                },
              ],
            });
          }
        }
        expect(await countAllRows(parley.db)).toEqual(before);
      },
    );
  });

  describe('arbitrary text in representative mutations (fast-check)', () => {
    const unit = fc.oneof(
      fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\r', '\n', '\t', ' ', '\u0085'),
      fc.constantFrom('\u007F', '\u001B', '\u200F', '\u202E', '\u200B', '\uFEFF', '😀', '👍🏽', 'é', '王'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    const piece = fc.string({ unit, maxLength: 30 });
    // Long text too: over the field limits, and up to a megabyte (over the body limit once encoded).
    const hostileText = fc.oneof(
      { weight: 6, arbitrary: piece },
      {
        weight: 1,
        arbitrary: fc
          .tuple(piece, fc.constantFrom(600, 60_000, 1_000_000))
          .map(([p, size]) => (p || 'x').repeat(Math.ceil(size / Math.max(p.length, 1))).slice(0, size)),
      },
    );

    /** Outcomes seen by the running property: it must have seen both to have shown anything. */
    const outcomes = new Set<'accepted' | 'refused'>();
    beforeEach(() => outcomes.clear());
    afterEach(() => expect([...outcomes].sort()).toEqual(['accepted', 'refused']));

    /**
     * Never a 5xx or INTERNAL_SERVER_ERROR. Refused: a code a client can act on, and no row written;
     * text the hygiene check refuses is always refused. Accepted: exactly the text (trimmed, as these
     * fields are) reads back.
     */
    async function expectHandled(
      texts: string[],
      before: Record<string, number>,
      result: GraphQLResponse,
      readBack: () => Promise<string[]>,
    ) {
      outcomes.add(result.errors ? 'refused' : 'accepted');
      expect(result.status).toBeLessThan(500);
      const codes = (result.errors ?? []).map((e) => e.extensions.code);
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      if (texts.some((t) => textProblem(t))) expect(codes).toEqual(['BAD_USER_INPUT']);
      if (result.errors) {
        expect(CLIENT_CODES).toEqual(expect.arrayContaining(codes));
        expect(await countAllRows(parley.db)).toEqual(before);
      } else {
        expect(await readBack()).toEqual(texts.map((t) => t.trim()));
      }
    }

    let serial = 0;
    it('register: the name', async () => {
      await fc.assert(
        fc.asyncProperty(hostileText, async (name) => {
          const before = await countAllRows(parley.db);
          const email = `arbitrary.${++serial}.${Date.now()}@example.org`;
          const result = await parley.client.request(
            'mutation($input: RegisterInput!) { register(input: $input) { accessToken } }',
            { input: { email, password: STRONG_PASSWORD, name } },
          );
          await expectHandled([name], before, result, async () => {
            const { me } = await parley.client.as(result.data!.register.accessToken).ok('{ me { name } }');
            return [me.name];
          });
        }),
        { numRuns: 30, examples: [['Zoë \u200Fכהן 😀'], ['Bad\u0000Name']] },
      );
    }, 180_000);

    it('createCase: the title and a party’s name', async () => {
      const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
      await fc.assert(
        fc.asyncProperty(hostileText, hostileText, async (title, partyName) => {
          const before = await countAllRows(parley.db);
          const result = await user.client.request(CREATE, {
            input: {
              courtId,
              docketNumber: `C 26-${++serial} EDL`,
              title,
              judge: 'Elizabeth D. Laporte',
              parties: [
                { name: partyName, side: 'PLAINTIFF' },
                { name: 'J. Brannon', side: 'DEFENDANT' },
              ],
              myPartyIndex: 1,
              myRole: 'COUNSEL',
            },
          });
          await expectHandled([title, partyName], before, result, async () => {
            const query = 'query($id: ID!) { case(id: $id) { title parties { name } } }';
            const found = await user.client.ok(query, { id: result.data!.createCase.id });
            return [found.case.title, found.case.parties[0].name];
          });
        }),
        {
          numRuns: 40,
          examples: [
            ['Luckert v. Brannon \u202E', 'José 👍🏽'],
            ['Title\r\nSecond line', 'Luckert'],
          ],
        },
      );
    }, 180_000);

    it('createDiscoverySet: an item’s text', async () => {
      const created = await createCase(user.client, courtId);
      const [plaintiff, defendant] = created.parties;
      await fc.assert(
        fc.asyncProperty(hostileText, async (text) => {
          const before = await countAllRows(parley.db);
          const result = await user.client.request(CREATE_SET, {
            input: {
              caseId: created.id,
              servingPartyId: defendant.id,
              respondingPartyId: plaintiff.id,
              kind: 'INTERROGATORIES',
              title: 'First Set of Interrogatories',
              items: [{ text: 'State your name.' }, { text }],
            },
          });
          await expectHandled([text], before, result, async () => {
            const query = 'query($id: ID!) { discoverySet(id: $id) { items { text } } }';
            const found = await user.client.ok(query, { id: result.data!.createDiscoverySet.id });
            return [found.discoverySet.items[1].text];
          });
        }),
        { numRuns: 40, examples: [['Describe\teach use of force\n😀'], ['Lone \uD800 surrogate']] },
      );
    }, 180_000);
  });

  describe('documents nested too deep for a recursive parser', () => {
    const DEEP = 20_000;

    async function expectRefused(response: Response, message: RegExp) {
      expect(response.status).toBe(200);
      const body = (await response.json()) as Body;
      expect(body.errors).toEqual([
        { message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } },
      ]);
    }

    it('a 20,000-deep selection and a 20,000-deep list literal', async () => {
      const selection = `{ ${'me { '.repeat(DEEP)}id${' }'.repeat(DEEP)} }`;
      await expectRefused(await post(JSON.stringify({ query: selection })), /nested too deeply/);
      const list = `mutation { markNotificationsRead(ids: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}) }`;
      await expectRefused(await post(JSON.stringify({ query: list })), /nested too deeply/);
    });

    it('a query longer than GRAPHQL_MAX_TOKENS', async () => {
      const query = `{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`;
      await expectRefused(await post(JSON.stringify({ query })), /too long: at most 5000 tokens/);
    });

    it('a JSON syntax tree in place of GraphQL text, deep or not', async () => {
      const field = (inner: string) =>
        `{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[${inner}]}}`;
      const tree = (selection: string) =>
        `{"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","selectionSet":{"kind":"SelectionSet","selections":[${selection}]}}]}`;
      let deep = '{"kind":"Field","name":{"kind":"Name","value":"id"}}';
      for (let i = 0; i < 5000; i++) deep = field(deep);
      const deepBody = JSON.stringify({ query: tree(deep) });
      expect(deepBody.length).toBeLessThan(1024 * 1024);
      await expectRefused(await post(deepBody), /nested too deeply/);
      const shallow = tree('{"kind":"Field","name":{"kind":"Name","value":"__typename"}}');
      await expectRefused(await post(JSON.stringify({ query: shallow })), /JSON syntax tree is not accepted/);
    });

    it('deep JSON in variables: refused where used, ignored where not', async () => {
      const deepList = `${'['.repeat(DEEP)}"x"${']'.repeat(DEEP)}`;
      const deepObject = `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`;
      const used = await post(
        `{"query":"mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }","variables":{"ids":${deepList}}}`,
      );
      expect(used.status).toBeLessThan(500);
      expect(((await used.json()) as Body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const object = await post(
        `{"query":"mutation($i: RegisterInput!) { register(input: $i) { accessToken } }","variables":{"i":${deepObject}}}`,
      );
      expect(object.status).toBeLessThan(500);
      expect(((await object.json()) as Body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const unused = await post(`{"query":"{ __typename }","variables":{"deep":${deepList}}}`);
      expect(await unused.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  it('a mutation over GET: 405, and what to do instead', async () => {
    const before = await countAllRows(parley.db);
    const query = encodeURIComponent('mutation { createCalendarFeed { id } }');
    const response = await fetch(`${parley.baseUrl}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${user.accessToken}` },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toEqual({
      data: null,
      errors: [
        {
          message: 'Changes must be sent with POST; GET can only read.',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    expect(await countAllRows(parley.db)).toEqual(before);
  });

  describe('query cost', () => {
    const PAGE = (first: string) => `cases(first: ${first}) { edges { node { id court { id name }
      parties { id name members { id name role party { id } } } myMemberships { id party { id } } } } }`;
    const pages = (first: string) => ['a', 'b', 'c'].map((alias) => `${alias}: ${PAGE(first)}`).join(' ');

    it('counts `first: $n` with n = 100 as it counts `first: 100`', async () => {
      const literal = await user.client.request(`{ ${pages('100')} }`);
      const variable = await user.client.request(`query($n: Int) { ${pages('$n')} }`, { n: 100 });
      expect(literal.errors).toEqual([
        {
          message: expect.stringMatching(/^This query costs \d+, more than the limit of 20000/),
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        },
      ]);
      expect(variable.errors).toEqual(literal.errors);
      await user.client.ok(`query($n: Int) { ${pages('$n')} }`, { n: 10 });
    });

    it('refuses 1,000 aliases of __typename', async () => {
      const aliases = Array.from({ length: 1000 }, (_, i) => `t${i}: __typename`).join(' ');
      const error = await user.client.fails(`{ ${aliases} }`);
      expect(error).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/Aliases limit of 15 exceeded, found 1000/),
      });
    });
  });

  it('REST paths with NUL or garbage in them are refused, never a 5xx', async () => {
    const expected: Array<[string, number, string]> = [
      ['/discovery-sets/%00/paper.pdf', 400, 'BAD_USER_INPUT'],
      ['/discovery-sets/00000000-0000-4000-8000-000000000000%00/paper.pdf', 400, 'BAD_USER_INPUT'],
      ['/discovery-sets/%ZZ/paper.pdf', 400, 'BAD_USER_INPUT'],
      ['/escalations/%00/packet.pdf', 400, 'BAD_USER_INPUT'],
      ['/escalations/%ED%A0%80/packet.pdf', 400, 'BAD_USER_INPUT'],
      ['/calendar/cal_%00.ics', 404, 'NOT_FOUND'],
      ['/calendar/cal_%C2%85%0D.ics', 404, 'NOT_FOUND'],
    ];
    for (const [path, status, code] of expected) {
      const response = await fetch(`${parley.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${user.accessToken}` },
      });
      const body = (await response.json()) as Body;
      expect({ path, status: response.status, code: body.errors[0].extensions.code }).toEqual({
        path,
        status,
        code,
      });
    }
  });
});
