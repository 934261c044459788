import { AccessDeclarations } from '@parley/platform';
import { expected, MATRIX, Outcome } from './support/access-matrix';
import { Parley, startParley } from './support/test-app';
import { uploadDocument } from './support/uploads';
import { buildWorld, Role, ROLES, World } from './support/world';

const DENIALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/**
 * Issue 11: every operation the API declares, tried by every kind of caller, answers exactly as the
 * table in support/access-matrix.ts says: through the door, or NOT_FOUND (worded as for what does not
 * exist), FORBIDDEN or UNAUTHENTICATED. A new operation fails this test until it has its row.
 */
describe('who may do what: the role × operation matrix', () => {
  let parley: Parley;
  let world: World;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    world = await buildWorld(parley);
  }, 120_000);
  afterAll(() => parley?.close());

  it('has a row for every declared operation and route, and none for an operation that does not exist', () => {
    const declared = parley.api
      .get(AccessDeclarations)
      .list()
      .map((d) => d.operation);
    const rows = Object.keys(MATRIX).map((key) => key.replace(/ \(.*\)$/, ''));
    expect([...new Set(rows)].sort()).toEqual([...declared].sort());
  });

  it('answers every role as the table says, and every refusal of a missing thing reads as not found', async () => {
    const declarations = parley.api.get(AccessDeclarations).list();
    const publicOps = new Set(
      declarations.filter((d) => d.access?.kind === 'public').map((d) => d.operation),
    );
    const mismatches: string[] = [];
    for (const [name, row] of Object.entries(MATRIX)) {
      const isPublic = publicOps.has(name.replace(/ \(.*\)$/, ''));
      for (const role of ROLES) {
        const want = expected(row, role, isPublic);
        const { outcome, message } = await attempt(row.call(world), role);
        if (outcome !== want)
          mismatches.push(`${name} as ${role}: expected ${want}, got ${outcome} (${message})`);
        if (outcome === 'NOT_FOUND' && !/^The [\w -]+ was not found\.$/.test(message)) {
          mismatches.push(`${name} as ${role}: a not-found that tells more than a missing one: ${message}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  async function attempt(call: ReturnType<(typeof MATRIX)[string]['call']>, role: Role) {
    const token = world.tokens[role];
    if (call.upload) {
      const { body } = await uploadDocument(parley.baseUrl, token, call.upload, {
        filename: 'empty.pdf',
        content: Buffer.alloc(0),
      });
      const error = body.errors?.[0];
      return classify(error?.extensions.code ?? null, error?.message ?? 'data');
    }
    if (call.path) {
      const response = await fetch(`${parley.baseUrl}${call.path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      const code = response.ok
        ? null
        : ((await response.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> })
            .errors?.[0];
      return classify(code?.extensions.code ?? null, code?.message ?? String(response.status));
    }
    const result = await world.clients[role].request(call.query as string, call.variables ?? {});
    const error = result.errors?.[0];
    return classify(error?.extensions.code ?? null, error?.message ?? 'data');
  }
});

function classify(code: string | null, message: string): { outcome: Outcome; message: string } {
  return { outcome: code && DENIALS.has(code) ? (code as Outcome) : 'ok', message };
}
