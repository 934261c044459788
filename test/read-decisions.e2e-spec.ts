import { Parley, startParley } from './support/test-app';
import { buildWorld, World } from './support/world';

const DASHBOARD = `query($id: ID!, $first: Int) {
  case(id: $id) { id title parties { id name } }
  discoverySets(caseId: $id, first: $first) { id title status items { id text } }
  deadlines(caseId: $id, first: $first) { id kind dueOn }
}`;

/**
 * Issue 14: a case's dashboard is decided in the statement that reads it (Access.toRead). What the
 * door answered before still holds: each caller the policy refuses reads NOT_FOUND, worded as for a
 * case that does not exist, on every root field, with no data beside it; a malformed id is refused
 * in its argument's words; and what a member reads is what the policy lets them see.
 */
describe('reads decided with their statement', () => {
  let parley: Parley;
  let world: World;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    world = await buildWorld(parley);
  }, 120_000);
  afterAll(() => parley?.close());

  it('answers the case’s members, each with what their party may see', async () => {
    const defense = await world.clients.defenseCounsel.ok(DASHBOARD, { id: world.caseId });
    const plaintiff = await world.clients.plaintiffProSe.ok(DASHBOARD, { id: world.caseId });
    expect(defense.case.id).toBe(world.caseId);
    expect(plaintiff.case.id).toBe(world.caseId);
    const setIds = (answer: Record<string, any>) => answer.discoverySets.map((s: { id: string }) => s.id);
    // The defense's draft is its own private work (DOMAIN.md).
    expect(setIds(defense)).toContain(world.draft.id);
    expect(setIds(plaintiff)).not.toContain(world.draft.id);
    expect(setIds(plaintiff)).toContain(world.served.id);
  });

  it.each(['outsider', 'otherCaseMember', 'courtStaffHere', 'courtStaffElsewhere', 'admin'] as const)(
    'refuses %s on every field as for a case that does not exist, with no data',
    async (role) => {
      const answer = await world.clients[role].request(DASHBOARD, { id: world.caseId });
      const missing = await world.clients.defenseCounsel.request(DASHBOARD, {
        id: '00000000-0000-4000-8000-000000000000',
      });
      for (const result of [answer, missing]) {
        // A non-null list's refusal nulls the whole answer (GraphQL's error propagation).
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.length).toBeGreaterThan(0);
        for (const error of result.errors ?? []) {
          expect([error.extensions.code, error.message]).toEqual(['NOT_FOUND', 'The case was not found.']);
        }
      }
    },
  );

  it('refuses a malformed id in its argument’s words before reading anything', async () => {
    const error = await world.clients.defenseCounsel.fails(DASHBOARD, { id: 'not-a-case' });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/must be an id given out by Parley/);
  });

  it('refuses bad page arguments to anyone, and a refused reader learns nothing more', async () => {
    for (const role of ['outsider', 'defenseCounsel'] as const) {
      const result = await world.clients[role].request(DASHBOARD, { id: world.caseId, first: -1 });
      expect(result.data ?? null).toBeNull();
      const codes = new Set(result.errors?.map((e) => e.extensions.code));
      // The outsider's case field is still NOT_FOUND; the lists refuse their arguments alike for both.
      expect([...codes].every((code) => code === 'BAD_USER_INPUT' || code === 'NOT_FOUND')).toBe(true);
      expect(codes.has('BAD_USER_INPUT')).toBe(true);
    }
  });

  it('many at once, members and outsiders mixed, each answered as alone', async () => {
    const roles = ['defenseCounsel', 'outsider', 'plaintiffProSe', 'courtStaffHere'] as const;
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        world.clients[roles[i % roles.length]].request(DASHBOARD, { id: world.caseId }),
      ),
    );
    answers.forEach((answer, i) => {
      const member =
        roles[i % roles.length] === 'defenseCounsel' || roles[i % roles.length] === 'plaintiffProSe';
      if (member) expect(answer.data?.case?.id).toBe(world.caseId);
      else expect(answer.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });

  it('builds a set of the fields asked for, each answering as the whole set read by id does', async () => {
    const client = world.clients.defenseCounsel;
    const { __type } = await client.ok(`{ __type(name: "DiscoverySet") { fields { name type { ...T } } } }
      fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`);
    const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
    const scalarsOf = async (typeName: string): Promise<string> => {
      const { __type: type } = await client.ok(
        `query($n: String!) { __type(name: $n) { fields { name args { name } type { ...T } } } }
         fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`,
        { n: typeName },
      );
      return type.fields
        .filter((f: Field) => f.args.length === 0 && ['SCALAR', 'ENUM'].includes(named(f.type).kind))
        .map((f: Field) => f.name)
        .join(' ');
    };
    let compared = 0;
    for (const field of __type.fields as Field[]) {
      const type = named(field.type);
      const selection = ['OBJECT', 'INTERFACE'].includes(type.kind)
        ? `${field.name} { ${await scalarsOf(type.name)} }`
        : field.name;
      for (const caseId of [world.caseId, world.onPaperCaseId]) {
        const { discoverySets } = await client.ok(
          `query($id: ID!) { discoverySets(caseId: $id) { id ${selection} } }`,
          { id: caseId },
        );
        for (const set of discoverySets) {
          const { discoverySet } = await client.ok(
            `query($id: ID!) { discoverySet(id: $id) { id ${selection} } }`,
            {
              id: set.id,
            },
          );
          expect({ field: field.name, value: set[field.name] }).toEqual({
            field: field.name,
            value: discoverySet[field.name],
          });
          compared++;
        }
      }
    }
    // Every field, over the served, answered, drafted and on-paper sets of the world.
    expect(compared).toBeGreaterThanOrEqual(__type.fields.length * 3);
  }, 120_000);
});

interface TypeRef {
  kind: string;
  name: string;
  ofType?: TypeRef;
}

interface Field {
  name: string;
  args: Array<{ name: string }>;
  type: TypeRef;
}
