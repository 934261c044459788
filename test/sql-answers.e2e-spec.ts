import { SqlAnswerer } from '@parley/api';
import { draftSet, serveSet } from './support/discovery';
import { countQueries } from './support/query-counter';
import { Parley, startParley } from './support/test-app';
import { buildWorld, Role, ROLES, World } from './support/world';

/** A party's case dashboard, as `npm run bench` asks for it. */
const DASHBOARD = `query($id: ID!) {
  case(id: $id) { id title docketNumber parties { id name side } }
  discoverySets(caseId: $id) { id title status responseDueOn items { id number text } }
  deadlines(caseId: $id) { id kind dueOn status }
}`;

/** Every field of the three roots that SQL answers, in an order of their own. */
const EVERY_FIELD = `query Everything($id: ID!) {
  deadlines(caseId: $id) { status subjectId description id caseId partyId subjectType kind dueOn }
  theCase: case(id: $id) { judge discoveryCutoffOn id rule26fConferenceOn docketNumber title
    parties { mailingAddress incarcerated proSe side name id } }
  discoverySets(caseId: $id) { items { subparts text number id } id caseId kind title status servedOn
    serviceMethod signature paperSha256 responseDueOn dueAfterCutoff }
}`;

/** Hostile text, as a party may type it: quotes, escapes, markup, line breaks, scripts, emoji. */
const HOSTILE = [
  'He said "no" \\ and left </script><script>alert(1)</script>',
  'Line one\nLine two\ttabbed\nthird',
  'Ünïcödé — ‘quotes’ “curly” 𝒳 🚔 \u2028 separator \u2029 paragraph',
  "O'Brien's; DROP TABLE discovery_items; --",
];

interface Raw {
  status: number;
  type: string | null;
  body: string;
}

describe('Queries answered in SQL (issue 14)', () => {
  let parley: Parley;
  let world: World;
  let answerer: SqlAnswerer;
  /** Makes every text new to the server: whitespace GraphQL ignores, so the resolvers answer it. */
  let fresh = 0;

  async function post(token: string | undefined, body: Record<string, unknown>): Promise<Raw> {
    const response = await fetch(`${parley.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  }

  /** The same request answered by the resolvers (a text never seen) and then, when it can be, in SQL. */
  async function bothWays(
    token: string | undefined,
    query: string,
    variables: Record<string, unknown>,
    extra = {},
  ) {
    // Seen once, so that its plan is made; then as the resolvers answer it now.
    await post(token, { query, variables, ...extra });
    const resolvers = await post(token, { query: `${query}${' '.repeat(++fresh)}`, variables, ...extra });
    const before = answerer.answered;
    const sql = await post(token, { query, variables, ...extra });
    return { resolvers, sql, inSql: answerer.answered - before };
  }

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    world = await buildWorld(parley);
    answerer = parley.api.get(SqlAnswerer);
    const { clients, caseId, plaintiffId, defendantId } = world;
    // The defense's own served set of hostile text, and an address across lines.
    const hostile = await draftSet(clients.defenseCounsel, {
      caseId,
      servingPartyId: defendantId,
      respondingPartyId: plaintiffId,
      kind: 'ADMISSIONS',
      title: HOSTILE[0],
      items: HOSTILE.map((text) => ({ text })),
    });
    await serveSet(clients.defenseCounsel, hostile.id, 'ELECTRONIC', '/s/ Dana "D.W." Wu');
    await clients.plaintiffProSe.ok(
      `mutation($input: SetPartyAddressInput!) { setPartyAddress(input: $input) { id } }`,
      {
        input: {
          partyId: plaintiffId,
          mailingAddress: 'R. Luckert #K-1234\nPelican Bay State Prison\nCrescent City, CA 95532',
        },
      },
    );
  }, 120_000);

  afterAll(() => parley?.close());

  it('answers the dashboard in one statement, byte for byte as the resolvers do', async () => {
    const token = world.tokens.defenseCounsel;
    const { resolvers, sql, inSql } = await bothWays(token, DASHBOARD, { id: world.caseId });
    expect(inSql).toBe(1);
    expect(sql).toEqual(resolvers);
    expect(sql.status).toBe(200);
    const { data } = JSON.parse(sql.body);
    expect(data.discoverySets.length).toBeGreaterThan(1);
    expect(data.deadlines.length).toBeGreaterThan(0);
    const statements = await countQueries(parley.db, () =>
      post(token, { query: DASHBOARD, variables: { id: world.caseId } }),
    );
    expect(statements).toHaveLength(1);
  });

  it('answers every field it covers, aliased and in any order, hostile text included, as the resolvers do', async () => {
    for (const role of ['defenseCounsel', 'defenseParalegal', 'plaintiffProSe'] as const) {
      const { resolvers, sql, inSql } = await bothWays(world.tokens[role], EVERY_FIELD, { id: world.caseId });
      expect({ role, inSql }).toEqual({ role, inSql: 1 });
      expect(sql).toEqual(resolvers);
      expect(sql.body).toContain('Pelican Bay State Prison\\nCrescent City');
      for (const text of HOSTILE) expect(sql.body).toContain(JSON.stringify(text));
    }
  });

  it('answers each field alone as the resolvers do', async () => {
    const words = (list: string) => list.split(' ');
    const fields = {
      case: [
        ...words('id judge discoveryCutoffOn rule26fConferenceOn docketNumber title'),
        'parties { mailingAddress incarcerated proSe side name id }',
        'parties { id } parties { name }',
      ],
      discoverySets: [
        ...words(
          'id caseId kind title status servedOn serviceMethod signature paperSha256 responseDueOn dueAfterCutoff',
        ),
        'items { subparts text number id }',
      ],
      deadlines: words('status subjectId description id caseId partyId subjectType kind dueOn'),
    };
    const argument = { case: 'id', discoverySets: 'caseId', deadlines: 'caseId' };
    for (const [root, list] of Object.entries(fields) as Array<[keyof typeof fields, string[]]>) {
      for (const field of list) {
        const query = `query($c: ID!) { ${root}(${argument[root]}: $c) { ${field} } }`;
        const { resolvers, sql, inSql } = await bothWays(world.tokens.defenseCounsel, query, {
          c: world.caseId,
        });
        // `parties { id } parties { … }` merges two selections of one field: only the resolvers do that.
        expect({ query, inSql }).toEqual({ query, inSql: field.startsWith('parties { id }') ? 0 : 1 });
        expect({ query, body: sql.body }).toEqual({ query, body: resolvers.body });
      }
    }
  });

  it('checks an API token on every request: answered in SQL while it holds, refused once revoked or expired', async () => {
    const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { id token } }`;
    const create = async (name: string) =>
      (await world.clients.defenseCounsel.ok(CREATE, { input: { name, scopes: ['READ'] } }))
        .createApiToken as {
        id: string;
        token: string;
      };
    const dashboard = { query: DASHBOARD, variables: { id: world.caseId } };

    const revoked = await create('Revoked CMS');
    const held = await bothWays(revoked.token, DASHBOARD, { id: world.caseId });
    expect(held.inSql).toBe(1);
    expect(held.sql).toEqual(held.resolvers);
    expect(JSON.parse(held.sql.body).data.case.id).toBe(world.caseId);
    // Its check and the answer: two statements (the use is recorded once a minute, not now).
    expect(await countQueries(parley.db, () => post(revoked.token, dashboard))).toHaveLength(2);
    await world.clients.defenseCounsel.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, {
      id: revoked.id,
    });

    const expired = await create('Expired CMS');
    expect((await bothWays(expired.token, DASHBOARD, { id: world.caseId })).inSql).toBe(1);
    await parley.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expired.id,
    ]);

    for (const token of [revoked.token, expired.token, `${revoked.token}x`]) {
      const before = answerer.answered;
      const refused = await post(token, dashboard);
      expect(answerer.answered).toBe(before);
      const { data, errors } = JSON.parse(refused.body);
      expect(data).toBeNull();
      const codes = new Set(errors.map((e: { extensions: { code: string } }) => e.extensions.code));
      expect([...codes]).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('leaves every other reader to the resolvers, which refuse or answer as before', async () => {
    for (const role of ROLES) {
      const { resolvers, sql, inSql } = await bothWays(world.tokens[role as Role], DASHBOARD, {
        id: world.caseId,
      });
      // Only the case's own members read it, and the defense counsel's read-only API token as he
      // would; the others are refused.
      const members = ['readToken', 'plaintiffProSe', 'defenseParalegal', 'defenseCounsel'];
      expect({ role, inSql }).toEqual({ role, inSql: members.includes(role) ? 1 : 0 });
      expect({ role, body: withoutRequestIds(sql.body) }).toEqual({
        role,
        body: withoutRequestIds(resolvers.body),
      });
    }
    // The other party's draft is theirs alone, whichever way the answer is read.
    const seen = await post(world.tokens.plaintiffProSe, {
      query: DASHBOARD,
      variables: { id: world.caseId },
    });
    expect(seen.body).not.toContain(world.draft.id);
    const own = await post(world.tokens.defenseCounsel, {
      query: DASHBOARD,
      variables: { id: world.caseId },
    });
    expect(own.body).toContain(world.draft.id);
  });

  it('leaves to the resolvers what it does not cover, and bad ids, unknown ids and names', async () => {
    const token = world.tokens.defenseCounsel;
    const id = world.caseId;
    const cases: Array<[string, Record<string, unknown>, Record<string, unknown>?]> = [
      // Fields it does not cover: an instant, a relation of another lib, a type name, an argument.
      [`query($id: ID!) { case(id: $id) { id createdAt } }`, { id }],
      [`query($id: ID!) { case(id: $id) { id court { id } } }`, { id }],
      [`query($id: ID!) { case(id: $id) { __typename id } }`, { id }],
      [`query($id: ID!) { discoverySets(caseId: $id, first: 1) { id } }`, { id }],
      [`query($id: ID!) { discoverySets(caseId: $id) { id deadline { id } } }`, { id }],
      [`query($id: ID!) { case(id: $id) { id } cases { edges { node { id } } } }`, { id }],
      [
        `query($id: ID!, $skip: Boolean!) { case(id: $id) { id title @skip(if: $skip) } }`,
        { id, skip: true },
      ],
      [`query($id: ID!) { case(id: $id) { ...F } } fragment F on Case { id }`, { id }],
      [`query { case(id: "${id}") { id } }`, {}],
      // Ids it cannot read, and a name that is not the operation's.
      [DASHBOARD, { id: 'not-a-uuid' }],
      [DASHBOARD, { id: world.otherCaseId }],
      [DASHBOARD, { id: '00000000-0000-4000-8000-000000000000' }],
      [DASHBOARD, { id: 42 }],
      [DASHBOARD, {}],
      [DASHBOARD, { id }, { operationName: 'Elsewhere' }],
    ];
    for (const [query, variables, extra] of cases) {
      const { resolvers, sql, inSql } = await bothWays(token, query, variables, extra);
      expect({ query, variables, inSql }).toEqual({ query, variables, inSql: 0 });
      expect({ query, body: withoutRequestIds(sql.body) }).toEqual({
        query,
        body: withoutRequestIds(resolvers.body),
      });
    }
    // The id as the guard reads it, whatever its case.
    const upper = await bothWays(token, DASHBOARD, { id: id.toUpperCase() });
    expect(upper.inSql).toBe(1);
    expect(upper.sql).toEqual(upper.resolvers);
  });

  it('answers many at once, each its own reader’s answer', async () => {
    const readers = ['defenseCounsel', 'plaintiffProSe', 'outsider'] as const;
    const alone = await Promise.all(
      readers.map((r) => post(world.tokens[r], { query: DASHBOARD, variables: { id: world.caseId } })),
    );
    const together = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        post(world.tokens[readers[i % 3]], { query: DASHBOARD, variables: { id: world.caseId } }),
      ),
    );
    together.forEach((answer, i) =>
      expect(withoutRequestIds(answer.body)).toBe(withoutRequestIds(alone[i % 3].body)),
    );
  });
});

/** Each answer names its own request in its errors; the rest must be the same. */
function withoutRequestIds(body: string): string {
  return body.replace(/"requestId":"[^"]*"/g, '"requestId":"…"');
}
