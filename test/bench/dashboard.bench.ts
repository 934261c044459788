/**
 * A party's case dashboard served by Parley, against the floor the hardware allows: the same data read
 * by a bare fastify + pg endpoint in one SQL statement, measured side by side in one run (issue 14).
 *
 *   node -r @swc-node/register test/bench/dashboard.bench.ts [seconds per run, default 10] [cases, default 200]
 *   (npm run bench runs it with the others; BENCH_SQL=1 lists the SQL; BENCH_PROFILE=<file> profiles
 *   Parley's peak phase, test/bench/profile.ts)
 *
 * Seeds, through the API, `cases` cases each with 5 served sets of 10 requests (the defense's
 * dashboard), then drives each side with autocannon at 50 connections, every request for another
 * case, and prints requests per second, p50 and p99 latency, SQL statements per request, and the ratio;
 * Parley's peak also on a read-only API token, as a firm's system polls it (the token checked each time).
 * Then Parley again at a steady 70% of the peak it reached, paced evenly and timed from when each
 * request was due (a load it can carry: p99 there is what a user feels), three runs and their median
 * p99 (steadyLoad); then the same at ten times the data (the tables copied nine times over in SQL, since
 * seeding 2,000 cases through the API would take most of an hour), against the 1× latency.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { serveSet } from '../support/discovery';
import { createCase, createCourt, join, signInAsAdmin, signUp, SignedIn } from '../support/factories';
import globalSetup from '../support/global-setup';
import { countQueries } from '../support/query-counter';
import { SqlAnswerer } from '@parley/api';
import { Parley, startParley } from '../support/test-app';
import { profiled } from './profile';
import { draftRequests, load, printSide, reportTarget, runBench, steadyLoad } from './support';

const SETS_PER_CASE = 5;
const ITEMS_PER_SET = 10;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

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

async function seedCase(courtId: string, defense: SignedIn, plaintiff: SignedIn, n: number): Promise<string> {
  const created = await createCase(defense.client, courtId, { title: `Bench ${n} v. Brannon` });
  const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
  await join(defense.client, plaintiffId, plaintiff, 'PRO_SE');
  for (let s = 0; s < SETS_PER_CASE; s++) {
    const draft = await draftRequests(
      plaintiff.client,
      { caseId: created.id, servingPartyId: plaintiffId, respondingPartyId: defendantId },
      s + 1,
      ITEMS_PER_SET,
    );
    await serveSet(plaintiff.client, draft, 'ELECTRONIC', '/s/ Bench Plaintiff');
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

/**
 * Copies the seeded cases nine times over in SQL (new ids, the same users), so every table the
 * dashboard reads is ten times the size while the requests still ask for the first cases.
 */
async function tenfold(pool: pg.Pool): Promise<void> {
  const copy = (table: string, changes: string, join: string) =>
    `INSERT INTO ${table} SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(t) || ${changes})).*
       FROM ${table} t ${join}`;
  for (let k = 1; k < 10; k++) {
    await pool.query(`BEGIN;
      CREATE TEMP TABLE case_map ON COMMIT DROP AS
        SELECT id AS old, gen_random_uuid() AS new FROM cases WHERE title LIKE 'Bench %' AND docket_number NOT LIKE '%/%';
      CREATE TEMP TABLE party_map ON COMMIT DROP AS
        SELECT p.id AS old, gen_random_uuid() AS new FROM parties p JOIN case_map c ON c.old = p.case_id;
      CREATE TEMP TABLE set_map ON COMMIT DROP AS
        SELECT s.id AS old, gen_random_uuid() AS new FROM discovery_sets s JOIN case_map c ON c.old = s.case_id;
      ${copy('cases', `jsonb_build_object('id', c.new, 'docket_number', t.docket_number || '/${k}')`, 'JOIN case_map c ON c.old = t.id')};
      ${copy('parties', `jsonb_build_object('id', p.new, 'case_id', c.new)`, 'JOIN party_map p ON p.old = t.id JOIN case_map c ON c.old = t.case_id')};
      ${copy('memberships', `jsonb_build_object('id', gen_random_uuid(), 'case_id', c.new, 'party_id', p.new)`, 'JOIN case_map c ON c.old = t.case_id JOIN party_map p ON p.old = t.party_id')};
      ${copy('discovery_sets', `jsonb_build_object('id', s.new, 'case_id', c.new, 'serving_party_id', sp.new, 'responding_party_id', rp.new)`, 'JOIN set_map s ON s.old = t.id JOIN case_map c ON c.old = t.case_id JOIN party_map sp ON sp.old = t.serving_party_id JOIN party_map rp ON rp.old = t.responding_party_id')};
      ${copy('discovery_items', `jsonb_build_object('id', gen_random_uuid(), 'set_id', s.new)`, 'JOIN set_map s ON s.old = t.set_id')};
      ${copy('deadlines', `jsonb_build_object('id', gen_random_uuid(), 'case_id', c.new, 'party_id', p.new, 'subject_id', s.new)`, 'JOIN case_map c ON c.old = t.case_id JOIN party_map p ON p.old = t.party_id JOIN set_map s ON s.old = t.subject_id')};
      COMMIT;`);
  }
  await pool.query('VACUUM ANALYZE');
  await pool.query('CHECKPOINT');
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

    // As autovacuum would have by the time anyone reads: plans made on the seeded tables' real sizes,
    // and the visibility map set so index-only scans stay so.
    await pool.query('VACUUM ANALYZE');
    // The seeding's writes flushed now rather than by a checkpoint in the middle of a measurement.
    await pool.query('CHECKPOINT');
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

    const parleyLoad = {
      name: 'Parley (GraphQL)',
      url: `${parley.baseUrl}/graphql`,
      headers,
      bodies: graphqlBodies,
    };
    const answerer = parley.api.get(SqlAnswerer);
    const answeredBefore = answerer.answered;
    const parleySide = await profiled(() => load({ ...parleyLoad, connections: CONNECTIONS, seconds }));
    const answeredInSql = answerer.answered - answeredBefore;
    // A firm's system polling on a read-only API token: the token is checked on every request.
    const { createApiToken: apiToken } = await defense.client.ok(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`,
      { input: { name: 'Bench CMS', scopes: ['READ'] } },
    );
    const tokenSide = await load({
      ...parleyLoad,
      name: 'Parley on an API token',
      headers: { ...headers, authorization: `Bearer ${apiToken.token}` },
      connections: CONNECTIONS,
      seconds,
    });
    const floorLoad = {
      name: 'floor (fastify + pg, one statement)',
      url: `${floorUrl}/dashboard`,
      headers: { 'content-type': 'application/json' },
      bodies: ids.map((id) => JSON.stringify({ id })),
      connections: CONNECTIONS,
      seconds,
    };
    const floorSide = await load(floorLoad);
    // For reading Parley's p99: what the machine itself gives at 70% of the floor's own peak.
    const floorRate = Math.max(1, Math.floor(floorSide.requests * 0.7));
    const floorCarried = await steadyLoad({
      ...floorLoad,
      name: `floor at ${floorRate} req/s (70%)`,
      rate: floorRate,
    });
    // A load Parley carries (70% of its peak), at 1× and at 10× the data: what a user waits.
    const rate = Math.max(1, Math.floor(parleySide.requests * 0.7));
    const atRate = (name: string) =>
      steadyLoad({ ...parleyLoad, name, connections: CONNECTIONS, seconds, rate });
    const carried = await atRate(`Parley at ${rate} req/s (70%)`);
    const started10 = Date.now();
    await tenfold(pool);
    const [{ sets }] = (await pool.query('SELECT count(*)::int AS sets FROM discovery_sets')).rows;
    const tenfoldSide = await atRate(`… with 10× the data`);

    console.log(
      `\nA party's case dashboard: ${cases} cases, ${CONNECTIONS} connections, ${seconds} s each, Node ${process.version}`,
    );
    [parleySide, tokenSide, floorSide, carried, floorCarried].forEach(printSide);
    console.log(
      `  then ${sets} sets in all (copied in SQL in ${((Date.now() - started10) / 1000).toFixed(0)} s):`,
    );
    printSide(tenfoldSide);
    console.log(`  Parley: ${statements.length} SQL statements per request; the floor: 1`);
    // Which way Parley answered at its peak: in SQL (sql-answerer.ts) or through the resolvers.
    // (Requests still in flight when autocannon stops counting are answered too.)
    console.log(
      `  Parley answered ${answeredInSql} requests in SQL during its peak phase; autocannon counted ${parleySide.total}`,
    );
    // BENCH_SQL=1 lists them, for the profile of where a request's time goes.
    if (process.env.BENCH_SQL)
      statements.forEach((sql, i) =>
        console.log(
          `    ${i + 1}. ${sql.replace(/\s+/g, ' ').slice(0, Number(process.env.BENCH_SQL) > 1 ? undefined : 160)}`,
        ),
      );
    const ratio = parleySide.requests / floorSide.requests;
    console.log(
      `  Parley / floor: ${ratio.toFixed(2)} of the floor's throughput (${(tokenSide.requests / floorSide.requests).toFixed(2)} on an API token)`,
    );
    reportTarget({
      target: 'dashboard ≥ 0.5× the floor',
      measured: `${ratio.toFixed(2)}× (${parleySide.requests.toFixed(0)} vs ${floorSide.requests.toFixed(0)} req/s)`,
      met: ratio >= 0.5 && parleySide.errors === 0,
    });
    reportTarget({
      target: 'dashboard p99 ≤ 50 ms at 70% of its peak',
      measured: `p99 ${carried.p99} ms at ${rate} req/s`,
      met: carried.p99 <= 50 && carried.errors === 0,
    });
    const slower = tenfoldSide.p50 / carried.p50;
    reportTarget({
      target: 'dashboard at 10× the data ≤ 1.5× the latency',
      measured: `p50 ${slower.toFixed(2)}× (${carried.p50} → ${tenfoldSide.p50} ms; p99 ${carried.p99} → ${tenfoldSide.p99} ms)`,
      met: slower <= 1.5 && tenfoldSide.errors === 0,
    });
  } finally {
    await floor.close();
    await pool.end();
    await parley.close();
  }
}

runBench(main);
