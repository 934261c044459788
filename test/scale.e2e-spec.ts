import { randomBytes } from 'node:crypto';
import { ChildProcess } from 'node:child_process';
import { AppConfig, loadConfigFromEnvironment, QueueName, QueuesService } from '@parley/platform';
import Redis from 'ioredis';
import { Client } from 'pg';
import { certify, ESCALATE, openDispute, RULE, SEND_LETTER, SUBMIT_POSITION } from './support/conferral';
import { draftSet, SERVE_RESPONSE, serveSet } from './support/discovery';
import {
  createCase,
  createCourt,
  join,
  Reachable,
  signIn,
  signInAsAdmin,
  signUp,
  STRONG_PASSWORD,
} from './support/factories';
import { GraphQLClient } from './support/graphql-client';
import { buildForProcesses, kill9, spawnApi, spawnWorker, terminate } from './support/processes';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { MIGRATIONS } from '@parley/migrations';
import { startSmtpSink, startWebhookSink } from './support/sinks';
import { ADMIN } from './support/test-app';
import { createEmptyTestDatabase, createTestDatabase } from './support/test-database';

const CLIENTS = 20;
const APIS = 3;
const WORKERS = 3;
// One build for both parts: the processes start from it as `npm run start:*` start from the sources.
let buildDir: string;
beforeAll(() => {
  buildDir = buildForProcesses();
});

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 14: any number of API and worker processes over one PostgreSQL and one Redis. Three of each,
 * started as `npm run start:api` and `npm run start:worker` start them, serve twenty parties' stories
 * at once; every fact lands once: each notice once per recipient and channel, each deadline event
 * once, the outbox relayed whole, every case's audit chain unbroken. A worker stopped with SIGTERM
 * hands back nothing half done; one killed with SIGKILL loses nothing either.
 */
describe('three APIs and three workers over one PostgreSQL and one Redis', () => {
  let config: AppConfig;
  let database: { url: string; drop: () => Promise<void> };
  let db: Client;
  let queues: QueuesService;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let hooks: Awaited<ReturnType<typeof startWebhookSink>>;
  const apis: Array<{ child: ChildProcess; baseUrl: string }> = [];
  const workers: ChildProcess[] = [];
  let chambers: GraphQLClient;
  let courtId: string;

  // Short claims on jobs, so a killed worker's jobs come back in seconds rather than half a minute;
  // the sweep every second, so all three workers' schedulers meet on the one deadline sweep.
  const workerEnv = { QUEUE_LOCK_MS: '10000', QUEUE_STALLED_CHECK_MS: '1000', DEADLINE_SWEEP_SECONDS: '1' };
  const startWorker = () => {
    const worker = spawnWorker(buildDir, config, workerEnv);
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    [smtp, hooks, database] = await Promise.all([startSmtpSink(), startWebhookSink(), createTestDatabase()]);
    config = loadConfigFromEnvironment({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      // A prefix of its own, so parallel test files never share a queue.
      QUEUE_PREFIX: `test-${randomBytes(5).toString('hex')}`,
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
      SMTP_URL: smtp.url,
    });
    db = new Client({ connectionString: database.url });
    await db.connect();
    queues = new QueuesService(config);
    const adminEnv = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
    // Started together, as replicas are: the first admin is still created once.
    apis.push(
      ...(await Promise.all(Array.from({ length: APIS }, () => spawnApi(buildDir, config, adminEnv)))),
    );
    for (let i = 0; i < WORKERS; i++) startWorker();

    const admin = await signInAsAdmin(at(0));
    courtId = (await createCourt(admin, { name: 'U.S. District Court', district: 'N.D. Cal.' })).id;
    const email = `chambers.${randomBytes(3).toString('hex')}@cand.example`;
    await admin.ok('mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }', {
      input: { courtId, email, name: 'Chambers', password: STRONG_PASSWORD },
    });
    chambers = await signIn(at(1), email, STRONG_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...apis.map((a) => kill9(a.child)), ...workers.map(kill9)]);
    await queues?.onApplicationShutdown();
    await db?.end();
    const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 0 });
    const keys = await redis.keys(`${config.queuePrefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await Promise.all([smtp?.close(), hooks?.close(), database?.drop()]);
  });

  /** The API process a client talks to: clients are spread across all of them. */
  const at = (i: number): Reachable => ({ client: new GraphQLClient(apis[i % apis.length].baseUrl) });

  /**
   * Luckert v. Brannon as the seed tells it, one case per client: sign-ups, the case, an invitation,
   * interrogatories served and answered with objections, requests for admission left unanswered,
   * a dispute conferred by letters, certified and escalated, the other side's position, the court's
   * ruling. `reached` is told when the story is halfway, for a fault to strike mid-run.
   */
  async function story(i: number, reached: () => void): Promise<string> {
    const api = at(i);
    const defense = await signUp(api, 'Dana Wu');
    const luckert = await signUp(api, 'R. Luckert');
    await defense.client.ok(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id } }`,
      { input: { url: hooks.url } },
    );
    const created = await createCase(defense.client, courtId, {
      rule26fConferenceOn: day(-60),
      discoveryCutoffOn: day(365),
    });
    const caseId: string = created.id;
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, luckert, 'PRO_SE');

    const set = await serveSet(
      luckert.client,
      (
        await draftSet(luckert.client, {
          caseId,
          servingPartyId: plaintiffId,
          respondingPartyId: defendantId,
        })
      ).id,
      'ELECTRONIC',
      '/s/ R. Luckert',
    );
    const admissions = await draftSet(defense.client, {
      caseId,
      servingPartyId: defendantId,
      respondingPartyId: plaintiffId,
      kind: 'ADMISSIONS',
      title: 'First Requests for Admission',
    });
    await serveSet(defense.client, admissions.id, 'MAIL', '/s/ Dana Wu');
    await defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Dana Wu',
        items: set.items.map((item: { id: string }) => ({ itemId: item.id, objections: ['Overbroad.'] })),
      },
    });
    reached();

    const dispute = await openDispute(luckert.client, caseId, [set.items[1].id]);
    await luckert.client.ok(SEND_LETTER, { input: { disputeId: dispute.id, body: 'Please answer No. 2.' } });
    await defense.client.ok(SEND_LETTER, { input: { disputeId: dispute.id, body: 'We stand on it.' } });
    await certify(luckert.client, dispute.id, '/s/ R. Luckert');
    const { escalateDispute: escalation } = await luckert.client.ok(ESCALATE, {
      input: { disputeId: dispute.id, position: 'Compel an answer to No. 2.' },
    });
    await defense.client.ok(SUBMIT_POSITION, {
      input: { escalationId: escalation.id, position: 'The objection stands.' },
    });
    await chambers.ok(RULE, {
      input: {
        escalationId: escalation.id,
        outcome: 'GRANTED_IN_PART',
        orderText: 'Defendant shall answer Interrogatory 2 within 14 days.',
        complianceDays: 14,
      },
    });
    const { verifyAuditChain } = await defense.client.ok(
      `query($caseId: ID!) { verifyAuditChain(caseId: $caseId) { valid eventCount } }`,
      { caseId },
    );
    expect(verifyAuditChain.valid).toBe(true);
    return caseId;
  }

  /** Twenty clients at once; `fault` strikes when half of them are halfway. */
  async function round(fault: () => Promise<void>): Promise<{ caseIds: string[]; faulted: Promise<void> }> {
    let halfway = 0;
    let strike!: () => void;
    const struck = new Promise<void>((resolve) => (strike = resolve));
    const faulted = struck.then(fault);
    const caseIds = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        story(i, () => {
          if (++halfway === CLIENTS / 2) strike();
        }),
      ),
    );
    return { caseIds, faulted };
  }

  /** Time passes for these cases: first every reminder comes due, then every deadline's end. */
  async function letTimePass(caseIds: string[]): Promise<void> {
    for (const kinds of [['REMINDER_7', 'REMINDER_3', 'REMINDER_1'], ['PASSED']]) {
      await db.query(
        `UPDATE deadline_notices n SET fire_at = now() - interval '1 second'
           FROM deadlines d
          WHERE d.id = n.deadline_id AND d.case_id = ANY($1::uuid[]) AND n.kind = ANY($2::text[])
            AND n.fired_at IS NULL AND n.cancelled_at IS NULL`,
        [caseIds, kinds],
      );
      await quiet();
    }
  }

  /** Nothing left to do anywhere: the outbox relayed, no delivery or due notice pending, the queues idle. */
  async function quiet(timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await db.query(`SELECT
          (SELECT count(*) FROM outbox_messages WHERE relayed_at IS NULL)::int AS outbox,
          (SELECT count(*) FROM email_deliveries WHERE status = 'PENDING')::int AS emails,
          (SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING')::int AS webhooks,
          (SELECT count(*) FROM deadline_notices
            WHERE fired_at IS NULL AND cancelled_at IS NULL AND fire_at <= now())::int AS notices`);
      const pending = rows[0] as Record<string, number>;
      if (Object.values(pending).every((n) => n === 0) && (await queues.isIdle())) return;
      if (Date.now() > until)
        throw new Error(
          `Still busy after ${timeoutMs} ms: ${JSON.stringify(pending)} ${await queues.describe()}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Everything that must hold, whatever the processes went through. */
  async function everyFactOnce(caseIds: string[]) {
    const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;

    // Each notice once per recipient and channel: no delivery key twice, in the app or outside.
    expect(await one('SELECT delivery_key FROM notifications GROUP BY 1 HAVING count(*) > 1')).toEqual([]);
    const emails = await one('SELECT delivery_key, status FROM email_deliveries');
    expect(emails.filter((e) => e.status !== 'DELIVERED')).toEqual([]);
    const mailed = smtp.messages.map((m) => m.messageId);
    expect(new Set(mailed)).toEqual(new Set(emails.map((e) => `<${e.delivery_key}@parley>`)));
    const webhooks = await one(
      `SELECT id, status, endpoint_id, case_key, rank() OVER (ORDER BY txid, seq) AS place
         FROM webhook_deliveries`,
    );
    expect(webhooks.filter((w) => w.status !== 'DELIVERED')).toEqual([]);
    const called = hooks.received.map((h) => h.json.id as string);
    expect(new Set(called)).toEqual(new Set(webhooks.map((w) => w.id)));
    // One endpoint's calls about one case arrive in the order their transactions wrote them.
    const byId = new Map(webhooks.map((w) => [w.id as string, w]));
    const arrived = new Map<string, number[]>();
    for (const id of new Set(called)) {
      const { endpoint_id, case_key, place } = byId.get(id)!;
      const queue = `${endpoint_id}/${case_key}`;
      arrived.set(queue, [...(arrived.get(queue) ?? []), Number(place)]);
    }
    for (const places of arrived.values()) expect(places).toEqual([...places].sort((a, b) => a - b));

    // No lost fact: the outbox relayed whole, no job given up on.
    expect(await one('SELECT id FROM outbox_messages WHERE relayed_at IS NULL')).toEqual([]);
    for (const name of Object.values(QueueName))
      expect([name, await queues.get(name).getFailedCount()]).toEqual([name, 0]);

    // Each deadline event once: every notice that came due fired, and each deadline passed once.
    expect(
      await one(
        `SELECT n.id FROM deadline_notices n JOIN deadlines d ON d.id = n.deadline_id
          WHERE d.case_id = ANY($1::uuid[]) AND n.fired_at IS NULL AND n.cancelled_at IS NULL`,
        [caseIds],
      ),
    ).toEqual([]);
    expect(
      await one(
        `SELECT subject_id FROM audit_events WHERE action = 'DEADLINE_PASSED' GROUP BY 1 HAVING count(*) > 1`,
      ),
    ).toEqual([]);

    // Every case told the same story, so each holds the same notices, kind by kind.
    const perCase = await one(
      `SELECT case_id, string_agg(kind || ' ' || n, ', ' ORDER BY kind) AS kinds
         FROM (SELECT case_id, kind, count(*) AS n FROM notifications
                WHERE case_id = ANY($1::uuid[]) GROUP BY 1, 2) k
        GROUP BY 1`,
      [caseIds],
    );
    expect(perCase).toHaveLength(caseIds.length);
    const expected = Object.entries(NOTICES_PER_CASE)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    expect(new Set(perCase.map((c) => c.kinds))).toEqual(new Set([expected]));
    const passed = await one(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'DEADLINE_PASSED' AND case_id = ANY($1::uuid[])`,
      [caseIds],
    );
    expect(passed[0].n).toBe(caseIds.length * PASSED_PER_CASE);
    return { repeats: mailed.length - new Set(mailed).size + called.length - new Set(called).size };
  }

  /** How many completed jobs a worker left half done (BullMQ found them stalled and ran them again). */
  async function stalledJobs(): Promise<number> {
    let stalled = 0;
    for (const name of Object.values(QueueName))
      for (const job of await queues.get(name).getCompleted(0, -1)) if (job.stalledCounter > 0) stalled += 1;
    return stalled;
  }

  it('twenty parties at once, a worker stopped with SIGTERM mid-run: each fact once, nothing handed back half done', async () => {
    let stopped: { code: number | null; signal: string | null; ms: number } | null = null;
    const { caseIds, faulted } = await round(async () => {
      const leaving = workers[WORKERS - 1];
      startWorker();
      const at = Date.now();
      const exit = await terminate(leaving);
      stopped = { ...exit, ms: Date.now() - at };
    });
    await faulted;
    await quiet();
    await letTimePass(caseIds);
    const { repeats } = await everyFactOnce(caseIds);
    expect(repeats).toBe(0);
    // It finished its jobs and left (Nest re-raises SIGTERM once its shutdown hooks are done).
    expect(stopped).toMatchObject({ signal: 'SIGTERM' });
    expect(stopped!.ms).toBeLessThan(15_000);
    expect(await stalledJobs()).toBe(0);
  }, 150_000);

  it('twenty more, a worker killed with SIGKILL mid-run: still each fact once', async () => {
    const { caseIds: first } = await db
      .query('SELECT array_agg(id) AS "caseIds" FROM cases')
      .then((r) => r.rows[0] as { caseIds: string[] });
    const { caseIds, faulted } = await round(() => kill9(workers[0]));
    await faulted;
    await quiet(90_000);
    await letTimePass(caseIds);
    // Resent after the kill (a call made but not recorded) carries the same key, so the receiver
    // sees one notice; that is all the outside world can be promised.
    await everyFactOnce([...first, ...caseIds]);
  }, 150_000);

  it('the remaining processes stop on SIGTERM and leave no job claimed', async () => {
    const running = [...workers, ...apis.map((a) => a.child)].filter(
      (c) => c.exitCode === null && c.signalCode === null,
    );
    const exits = await Promise.all(running.map(terminate));
    expect(exits.every((e) => e.signal === 'SIGTERM' || e.code === 0)).toBe(true);
    for (const name of Object.values(QueueName)) expect(await queues.get(name).getActiveCount()).toBe(0);
  }, 60_000);
});

describe('npm run migrate, started by several replicas at once', () => {
  it('applies each migration once: the runs take turns', async () => {
    const database = await createEmptyTestDatabase();
    try {
      const runs = Array.from({ length: 2 }, async () => {
        const child = spawn(process.execPath, [`${buildDir}/apps/api/src/migrate.js`], {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { PATH: process.env.PATH, NODE_ENV: 'test', DATABASE_URL: database.url },
        });
        let output = '';
        child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const [code] = (await once(child, 'exit')) as [number | null];
        return { code, output };
      });
      const results = await Promise.all(runs);
      expect(results.map((r) => r.code)).toEqual([0, 0]);
      // One run applied them all; the other waited, then found the schema up to date.
      expect(results.filter((r) => r.output.includes('Applied migrations'))).toHaveLength(1);
      const db = new Client({ connectionString: database.url });
      await db.connect();
      try {
        const { rows } = await db.query('SELECT name FROM migrations ORDER BY id');
        expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      } finally {
        await db.end();
      }
    } finally {
      await database.drop();
    }
  }, 60_000);
});

/** What each case of the story holds, notice by notice, in kind order. */
const NOTICES_PER_CASE = {
  // Both deadlines still open when time passes, told to both parties.
  DEADLINE_PASSED: 4,
  // 7, 3 and 1 days before: the plaintiff's admissions and the defendant's compliance.
  DEADLINE_REMINDER: 6,
  DISPUTE_ESCALATED: 1,
  DISPUTE_OPENED: 1,
  // Each side hears of the other's letter.
  LETTER_RECEIVED: 2,
  MEMBER_JOINED: 1,
  POSITION_SUBMITTED: 1,
  RESPONSE_SERVED: 1,
  RULING_ISSUED: 2,
  // The interrogatories to the defendant, the admissions to the plaintiff.
  SET_SERVED: 2,
};
/** Deadlines still open when time passes: the unanswered admissions and the court's compliance date. */
const PASSED_PER_CASE = 2;
