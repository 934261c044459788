/**
 * Serving a set through the API (the write path: one transaction that locks the draft, checks the
 * rules, stores the paper, opens the response deadline with its reminders, appends the audit links
 * and writes the outbox rows), against a raw-pg transaction writing the same rows, side by side in one
 * run (issue 14; target: Parley at least 0.3× the raw transaction's throughput).
 *
 *   node -r @swc-node/register test/bench/write-path.bench.ts [seconds, default 10] [cases, default 40]
 *   (BENCH_SQL=1 lists the statements one serve runs)
 *
 * Seeds through the API `cases` cases, then drafts in them (about `seconds` worth at 200 serves/s),
 * and serves each draft exactly once at 32 connections, each request another set. The raw side serves
 * copies of those drafts (made in SQL: drafting is not what is measured) with one transaction of the
 * same writes: the draft locked, the set updated with a paper of the same size and its SHA-256, the
 * deadline and its four reminders, the chain head read under the chain's lock, two hashed audit links,
 * two outbox rows and the wake-up notify. It does not read the case's facts or check any rule: that
 * is the floor the hardware allows, not a second implementation.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import Fastify from 'fastify';
import pg from 'pg';
import { createCase, createCourt, join, signInAsAdmin, signUp, SignedIn } from '../support/factories';
import globalSetup from '../support/global-setup';
import { countQueries } from '../support/query-counter';
import { Parley, startParley } from '../support/test-app';
import { draftRequests, load, printSide, reportTarget, runBench } from './support';

const CONNECTIONS = 32;
const ITEMS_PER_SET = 10;
const TARGET = 0.3;

const SERVE = `mutation($input: ServeDiscoverySetInput!) {
  serveDiscoverySet(input: $input) { id status responseDueOn deadline { id dueOn } } }`;

interface Seeded {
  plaintiff: SignedIn;
  caseIds: string[];
  drafts: string[];
}

async function seed(parley: Parley, cases: number, drafts: number): Promise<Seeded> {
  parley.setTime('2026-06-01T17:00:00Z');
  const court = await createCourt(await signInAsAdmin(parley));
  const defense = await signUp(parley, 'Bench Defense');
  // One plaintiff in every case (a frequent filer), so one token drives the load.
  const plaintiff = await signUp(parley, 'Bench Plaintiff');
  const parties: Array<{ caseId: string; plaintiffId: string; defendantId: string }> = [];
  for (let n = 0; n < cases; n++) {
    const created = await createCase(defense.client, court.id, { title: `Bench ${n} v. Brannon` });
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, plaintiff, 'PRO_SE');
    parties.push({ caseId: created.id, plaintiffId, defendantId });
  }
  const ids: string[] = [];
  // Ten drafts at a time, round the cases, keeps the seeding short.
  for (let start = 0; start < drafts; start += 10) {
    const batch = Array.from({ length: Math.min(10, drafts - start) }, (_, k) => start + k);
    ids.push(
      ...(await Promise.all(
        batch.map(async (n) => {
          const { caseId, plaintiffId, defendantId } = parties[n % cases];
          return draftRequests(
            plaintiff.client,
            { caseId, servingPartyId: plaintiffId, respondingPartyId: defendantId },
            n + 1,
            ITEMS_PER_SET,
          );
        }),
      )),
    );
  }
  return { plaintiff, caseIds: parties.map((p) => p.caseId), drafts: ids };
}

/** Copies of the case's drafts, made in SQL, for the raw side to serve. */
async function copyDrafts(pool: pg.Pool, caseIds: string[], perCase: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO discovery_sets (case_id, serving_party_id, responding_party_id, kind, title, status, created_by_id)
     SELECT s.case_id, s.serving_party_id, s.responding_party_id, s.kind, s.title, 'DRAFT', s.created_by_id
     FROM unnest($1::uuid[]) AS c(id)
     CROSS JOIN LATERAL (SELECT * FROM discovery_sets WHERE case_id = c.id AND status = 'DRAFT' LIMIT 1) s
     CROSS JOIN generate_series(1, $2::int)
     RETURNING id`,
    [caseIds, perCase],
  );
  // Interleaved across cases, as the API side's drafts are.
  return rows.map((r) => r.id).sort();
}

interface Template {
  paper: Record<string, unknown>;
  steps: unknown;
  basis: unknown;
  eventAfter: Record<string, unknown>;
  actorId: string;
}

/** A served set's stored rows, so the raw side writes documents of the same size. */
async function template(pool: pg.Pool, setId: string): Promise<Template> {
  const {
    rows: [row],
  } = await pool.query(
    `SELECT s.paper, s.served_by_id, d.steps, d.basis, e.after
     FROM discovery_sets s JOIN deadlines d ON d.subject_id = s.id
     JOIN audit_events e ON e.subject_id = s.id AND e.action = 'SET_SERVED'
     WHERE s.id = $1`,
    [setId],
  );
  return {
    paper: row.paper,
    steps: row.steps,
    basis: row.basis,
    eventAfter: row.after,
    actorId: row.served_by_id,
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The same writes as serving a set, in one transaction of plain statements. */
async function rawServe(pool: pg.Pool, t: Template, setId: string): Promise<{ id: string }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const {
      rows: [set],
    } = await client.query({
      name: 'lock-draft',
      text: 'SELECT id, case_id, serving_party_id, responding_party_id, title, status FROM discovery_sets WHERE id = $1 FOR UPDATE',
      values: [setId],
    });
    if (set?.status !== 'DRAFT') throw new Error(`Set ${setId} is not a draft`);
    const servedAt = new Date();
    const paper = JSON.stringify({ ...t.paper, title: set.title, servedAt: servedAt.toISOString() });
    await client.query({
      name: 'serve-set',
      text: `UPDATE discovery_sets SET status = 'SERVED', served_at = $2, served_on = $3, service_method = 'ELECTRONIC',
               served_by_id = $4, signature = $5, paper_sha256 = $6, paper = $7, response_due_on = $8 WHERE id = $1`,
      values: [
        setId,
        servedAt,
        '2026-06-01',
        t.actorId,
        '/s/ Bench Plaintiff',
        sha256(paper),
        paper,
        '2026-07-01',
      ],
    });
    const {
      rows: [deadline],
    } = await client.query({
      name: 'open-deadline',
      text: `INSERT INTO deadlines (case_id, party_id, kind, subject_type, subject_id, description, due_on, status, steps, basis)
             VALUES ($1, $2, 'RESPONSE_DUE', 'DiscoverySet', $3, $4, '2026-07-01', 'OPEN', $5, $6) RETURNING id`,
      values: [
        set.case_id,
        set.responding_party_id,
        setId,
        `Responses to “${set.title}”`,
        JSON.stringify(t.steps),
        JSON.stringify(t.basis),
      ],
    });
    await client.query({
      name: 'arm-reminders',
      text: `INSERT INTO deadline_notices (deadline_id, kind, fire_at, due_on) VALUES
               ($1, 'REMINDER_7', '2026-06-24T16:00:00Z', '2026-07-01'), ($1, 'REMINDER_3', '2026-06-28T16:00:00Z', '2026-07-01'),
               ($1, 'REMINDER_1', '2026-06-30T16:00:00Z', '2026-07-01'), ($1, 'PASSED', '2026-07-02T07:00:00Z', '2026-07-01')`,
      values: [deadline.id],
    });
    await client.query({
      name: 'chain-lock',
      text: 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      values: [`audit:${set.case_id}`],
    });
    const { rows: heads } = await client.query({
      name: 'chain-head',
      text: 'SELECT seq, hash FROM audit_events WHERE COALESCE(party_id, court_id, case_id) = $1 ORDER BY seq DESC LIMIT 1',
      values: [set.case_id],
    });
    const links: Array<Record<string, unknown>> = [];
    let prev = { seq: heads[0]?.seq ?? 0, hash: heads[0]?.hash ?? '0'.repeat(64) };
    for (const [action, subjectType, subjectId, after] of [
      [
        'DEADLINE_SET',
        'Deadline',
        deadline.id,
        { kind: 'RESPONSE_DUE', dueOn: '2026-07-01', subjectId: setId },
      ],
      ['SET_SERVED', 'DiscoverySet', setId, { ...t.eventAfter, title: set.title }],
    ] as const) {
      const fields = {
        caseId: set.case_id,
        seq: prev.seq + 1,
        occurredAt: new Date().toISOString(),
        actorId: t.actorId,
        action,
        subjectType,
        subjectId,
        before: action === 'SET_SERVED' ? { status: 'DRAFT' } : null,
        after,
        prevHash: prev.hash,
      };
      const hash = sha256(canonicalize(fields) as string);
      links.push({ ...fields, hash });
      prev = { seq: fields.seq, hash };
    }
    const { rows: events } = await client.query({
      name: 'append-links',
      text: `INSERT INTO audit_events (case_id, seq, occurred_at, actor_id, action, subject_type, subject_id, before, after, prev_hash, hash)
             SELECT case_id, seq, occurred_at, actor_id, action, subject_type, subject_id, before, after, prev_hash, hash
             FROM jsonb_to_recordset($1::jsonb) AS l(case_id uuid, seq int, occurred_at timestamptz, actor_id uuid, action text,
               subject_type text, subject_id uuid, before jsonb, after jsonb, prev_hash text, hash text)
             RETURNING id`,
      values: [
        JSON.stringify(
          links.map((l) => ({
            case_id: l.caseId,
            seq: l.seq,
            occurred_at: l.occurredAt,
            actor_id: l.actorId,
            action: l.action,
            subject_type: l.subjectType,
            subject_id: l.subjectId,
            before: l.before,
            after: l.after,
            prev_hash: l.prevHash,
            hash: l.hash,
          })),
        ),
      ],
    });
    await client.query({
      name: 'outbox',
      text: `INSERT INTO outbox_messages (queue, name, payload) VALUES
               ('deadlines', 'ScheduleDeadlineJob', $1), ('notifications', 'NotifyEventJob', $2) RETURNING id`,
      values: [
        JSON.stringify({ deadlineId: deadline.id }),
        JSON.stringify({
          eventId: events[1].id,
          parties: [set.responding_party_id],
          courtId: null,
          exceptUserIds: [],
        }),
      ],
    });
    await client.query({
      name: 'wake-relay',
      text: 'SELECT pg_notify($1, $2)',
      values: ['parley_outbox', setId],
    });
    await client.query('COMMIT');
    return { id: setId };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  const cases = Number(process.argv[3] ?? 40);
  await globalSetup();
  // The API alone: the raw side has no worker either, and the relay would take a core of the two.
  const parley = await startParley({ worker: false, env: { LOG_LEVEL: 'silent' } });
  const pool = new pg.Pool({ connectionString: parley.config.databaseUrl, max: 10 });
  const floor = Fastify({ logger: false });
  try {
    const started = Date.now();
    const warmup = 50;
    const { plaintiff, caseIds, drafts } = await seed(
      parley,
      cases,
      Math.max(400, seconds * 200) + warmup + 1,
    );
    console.log(
      `Seeded ${cases} cases and ${drafts.length} drafts of ${ITEMS_PER_SET} requests through the API in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${plaintiff.accessToken}` };
    const body = (setId: string) =>
      JSON.stringify({
        query: SERVE,
        variables: { input: { setId, method: 'ELECTRONIC', signature: '/s/ Bench Plaintiff' } },
      });

    const [first, ...rest] = drafts;
    const statements = await countQueries(parley.db, () =>
      plaintiff.client.ok(SERVE, {
        input: { setId: first, method: 'ELECTRONIC', signature: '/s/ Bench Plaintiff' },
      }),
    );
    const shape = await template(pool, first);
    const rawDrafts = await copyDrafts(pool, caseIds, Math.ceil((seconds * 600) / cases) + warmup);

    floor.post<{ Body: { setId: string } }>('/serve', (request) => rawServe(pool, shape, request.body.setId));
    const floorUrl = await floor.listen({ port: 0, host: '127.0.0.1' });

    // Warm-up on both sides, so neither is measured while V8 compiles it.
    const apiSets = rest.slice(warmup);
    await load({
      name: 'warm-up',
      url: `${parley.baseUrl}/graphql`,
      headers,
      bodies: rest.slice(0, warmup).map(body),
      connections: 10,
      once: true,
    });
    const rawSets = rawDrafts.slice(warmup);
    await load({
      name: 'warm-up',
      url: `${floorUrl}/serve`,
      headers: { 'content-type': 'application/json' },
      bodies: rawDrafts.slice(0, warmup).map((setId) => JSON.stringify({ setId })),
      connections: 10,
      once: true,
    });

    const parleySide = await load({
      name: 'Parley (serveDiscoverySet)',
      url: `${parley.baseUrl}/graphql`,
      headers,
      bodies: apiSets.map(body),
      connections: CONNECTIONS,
      once: true,
    });
    const rawSide = await load({
      name: 'raw pg transaction (fastify + pg)',
      url: `${floorUrl}/serve`,
      headers: { 'content-type': 'application/json' },
      bodies: rawSets.map((setId) => JSON.stringify({ setId })),
      connections: CONNECTIONS,
      once: true,
    });

    const [{ served }] = await parley.db.query(
      `SELECT count(*)::int AS served FROM discovery_sets WHERE status = 'SERVED'`,
    );
    console.log(
      `\nServing a set: ${cases} cases, ${CONNECTIONS} connections, each request another draft, Node ${process.version}`,
    );
    printSide(parleySide);
    printSide(rawSide);
    console.log(
      `  ${served} sets served in all (warm-up included); every serve once, none refused: ${parleySide.errors + rawSide.errors === 0}`,
    );
    console.log(
      `  Parley: ${statements.length} SQL statements per serve (besides BEGIN/COMMIT); the raw transaction: 10`,
    );
    if (process.env.BENCH_SQL)
      statements.forEach((sql, i) => console.log(`    ${i + 1}. ${sql.replace(/\s+/g, ' ').slice(0, 160)}`));
    const ratio = parleySide.requests / rawSide.requests;
    console.log(`  Parley / raw: ${ratio.toFixed(2)} of the raw transaction's throughput`);
    reportTarget({
      target: `serving a set ≥ ${TARGET}× raw pg`,
      measured: `${ratio.toFixed(2)}× (${parleySide.requests.toFixed(0)} vs ${rawSide.requests.toFixed(0)} serves/s)`,
      met: ratio >= TARGET && parleySide.errors === 0,
    });
  } finally {
    await floor.close();
    await pool.end();
    await parley.close();
  }
}

runBench(main);
