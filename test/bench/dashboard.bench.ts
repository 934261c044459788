/**
 * A party's case dashboard served by Parley, against the floor the hardware allows: the same data read
 * by a bare fastify + pg endpoint in one SQL statement, measured side by side in one run (issue 14).
 *
 *   npm run bench [-- seconds per side, default 10] [cases, default 200]   (BENCH_SQL=1 lists the SQL)
 *
 * Seeds, through the API, `cases` cases each with 5 served sets of 10 requests (the defense's
 * dashboard), then drives each side with autocannon at 50 connections, every request for another
 * case, and prints requests per second, p50 and p99 latency, SQL statements per request, and the ratio.
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { draftSet, serveSet } from '../support/discovery';
import { createCase, createCourt, join, signInAsAdmin, signUp, SignedIn } from '../support/factories';
import globalSetup from '../support/global-setup';
import { countQueries } from '../support/query-counter';
import { Parley, startParley } from '../support/test-app';

const SETS_PER_CASE = 5;
const ITEMS_PER_SET = 10;
const CONNECTIONS = 50;

const DASHBOARD = `query($id: ID!) {
  case(id: $id) { id title docketNumber parties { id name side } }
  discoverySets(caseId: $id) { id title status responseDueOn items { id number text } }
  deadlines(caseId: $id) { id kind dueOn status }
}`;

/** The same dashboard in one statement, JSON built in PostgreSQL: what the hardware allows. */
const FLOOR_SQL = `SELECT json_build_object(
  'case', (SELECT json_build_object('id', c.id, 'title', c.title, 'docketNumber', c.docket_number,
     'parties', (SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'side', p.side))
                 FROM parties p WHERE p.case_id = c.id))
   FROM cases c WHERE c.id = $1),
  'discoverySets', (SELECT json_agg(json_build_object('id', s.id, 'title', s.title, 'status', s.status,
     'responseDueOn', s.response_due_on,
     'items', (SELECT json_agg(json_build_object('id', i.id, 'number', i.number, 'text', i.text) ORDER BY i.number)
               FROM discovery_items i WHERE i.set_id = s.id)) ORDER BY s.created_at DESC)
   FROM discovery_sets s WHERE s.case_id = $1 AND s.status <> 'DRAFT'),
  'deadlines', (SELECT json_agg(json_build_object('id', d.id, 'kind', d.kind, 'dueOn', d.due_on, 'status', d.status)
     ORDER BY d.due_on) FROM deadlines d WHERE d.case_id = $1)
) AS dashboard`;

interface Side {
  name: string;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
}

async function seedCase(courtId: string, defense: SignedIn, plaintiff: SignedIn, n: number): Promise<string> {
  const created = await createCase(defense.client, courtId, { title: `Bench ${n} v. Brannon` });
  const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
  await join(defense.client, plaintiffId, plaintiff, 'PRO_SE');
  for (let s = 0; s < SETS_PER_CASE; s++) {
    const draft = await draftSet(plaintiff.client, {
      caseId: created.id,
      servingPartyId: plaintiffId,
      respondingPartyId: defendantId,
      kind: 'PRODUCTION',
      title: `Request for Production, Set ${s + 1}`,
      items: Array.from({ length: ITEMS_PER_SET }, (_, i) => ({
        text: `All documents concerning topic ${i + 1}.`,
      })),
    });
    await serveSet(plaintiff.client, draft.id, 'ELECTRONIC', '/s/ Bench Plaintiff');
  }
  return created.id as string;
}

async function seed(parley: Parley, cases: number) {
  parley.setTime('2026-06-01T17:00:00Z');
  const court = await createCourt(await signInAsAdmin(parley));
  const defense = await signUp(parley, 'Bench Defense');
  const ids: string[] = [];
  // A plaintiff per case, as in life; ten cases at a time keeps the seeding short.
  for (let start = 0; start < cases; start += 10) {
    const batch = Array.from({ length: Math.min(10, cases - start) }, (_, k) => start + k);
    ids.push(
      ...(await Promise.all(
        batch.map(async (n) => seedCase(court.id, defense, await signUp(parley, `Plaintiff ${n}`), n)),
      )),
    );
  }
  return { defense, ids };
}

async function load(
  name: string,
  url: string,
  headers: Record<string, string>,
  bodies: string[],
  seconds: number,
) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    // The load in a thread of its own, so the servers' event loop is theirs alone.
    workers: 1,
    requests: bodies.map((body) => ({ method: 'POST' as const, headers, body })),
  });
  return {
    name,
    requests: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  } satisfies Side;
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  const cases = Number(process.argv[3] ?? 200);
  // The suites' own migrated template, which each Parley clones (a later run drops it).
  await globalSetup();
  const parley = await startParley({ worker: false, env: { LOG_LEVEL: 'silent' } });
  const floor = Fastify({ logger: false });
  const pool = new pg.Pool({ connectionString: parley.config.databaseUrl, max: 10 });
  try {
    const started = Date.now();
    const { defense, ids } = await seed(parley, cases);
    console.log(
      `Seeded ${cases} cases × ${SETS_PER_CASE} sets × ${ITEMS_PER_SET} items through the API in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );

    floor.post<{ Body: { id: string } }>('/dashboard', async (request) => {
      const { rows } = await pool.query({ name: 'dashboard', text: FLOOR_SQL, values: [request.body.id] });
      return rows[0].dashboard;
    });
    const floorUrl = await floor.listen({ port: 0, host: '127.0.0.1' });

    const headers = { 'content-type': 'application/json', authorization: `Bearer ${defense.accessToken}` };
    const graphqlBodies = ids.map((id) => JSON.stringify({ query: DASHBOARD, variables: { id } }));
    const check = await fetch(`${parley.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: graphqlBodies[0],
    });
    const answer = (await check.json()) as { errors?: unknown; data?: { discoverySets: unknown[] } };
    if (answer.errors || answer.data?.discoverySets.length !== SETS_PER_CASE) {
      throw new Error(`The dashboard query failed: ${JSON.stringify(answer).slice(0, 500)}`);
    }
    const statements = await countQueries(parley.db, () =>
      fetch(`${parley.baseUrl}/graphql`, { method: 'POST', headers, body: graphqlBodies[1] }).then((r) =>
        r.text(),
      ),
    );

    const parleySide = await load(
      'Parley (GraphQL)',
      `${parley.baseUrl}/graphql`,
      headers,
      graphqlBodies,
      seconds,
    );
    const floorSide = await load(
      'floor (fastify + pg, one statement)',
      `${floorUrl}/dashboard`,
      { 'content-type': 'application/json' },
      ids.map((id) => JSON.stringify({ id })),
      seconds,
    );

    console.log(
      `\nA party's case dashboard: ${cases} cases, ${CONNECTIONS} connections, ${seconds} s each, Node ${process.version}`,
    );
    for (const side of [parleySide, floorSide]) {
      console.log(
        `  ${side.name.padEnd(38)} ${side.requests.toFixed(0).padStart(6)} req/s  p50 ${String(side.p50).padStart(4)} ms  ` +
          `p99 ${String(side.p99).padStart(4)} ms  ${side.errors} errors`,
      );
    }
    console.log(`  Parley: ${statements.length} SQL statements per request; the floor: 1`);
    // BENCH_SQL=1 lists them, for the profile of where a request's time goes.
    if (process.env.BENCH_SQL)
      statements.forEach((sql, i) => console.log(`    ${i + 1}. ${sql.replace(/\s+/g, ' ').slice(0, 160)}`));
    console.log(
      `  Parley / floor: ${(parleySide.requests / floorSide.requests).toFixed(2)} of the floor's throughput`,
    );
  } finally {
    await floor.close();
    await pool.end();
    await parley.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
