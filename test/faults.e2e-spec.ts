import { ChildProcess } from 'node:child_process';
import { createCase, createCourt, join, signInAsAdmin, signUp, SignedIn } from './support/factories';
import { draftSet, serveSet } from './support/discovery';
import { buildForProcesses, kill9, spawnWorker, startPrivateRedis } from './support/processes';
import { startSmtpSink, startWebhookSink } from './support/sinks';
import { Parley, startParley } from './support/test-app';

const CREATE_HOOK = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id } }`;

/**
 * Faults on processes of the test's own: a private Redis that stops, worker processes killed with
 * SIGKILL. Through all of it every committed fact stays in the outbox, and each notice reaches each
 * recipient once per channel (a unique delivery key per recipient, channel and event).
 */
describe('no notice lost, none doubled', () => {
  let buildDir: string;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let hooks: Awaited<ReturnType<typeof startWebhookSink>>;

  beforeAll(async () => {
    buildDir = buildForProcesses();
    smtp = await startSmtpSink();
    hooks = await startWebhookSink();
  });
  afterAll(async () => {
    await smtp?.close();
    await hooks?.close();
  });

  /** A case whose defense counsel hears of every set the prisoner serves, in the app, by email and by webhook. */
  async function scene(parley: Parley) {
    const courtId = (await createCourt(await signInAsAdmin(parley))).id;
    const defense = await signUp(parley, 'Defense Counsel');
    const plaintiff = await signUp(parley, 'Prisoner Plaintiff');
    const created = await createCase(defense.client, courtId);
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, plaintiff, 'PRO_SE');
    await defense.client.ok(CREATE_HOOK, { input: { url: hooks.url } });
    const serve = async () => {
      // Requests for production: no FRCP 33(a)(1) limit to run into over twenty rounds.
      const draft = await draftSet(plaintiff.client, {
        caseId: created.id,
        servingPartyId: plaintiffId,
        respondingPartyId: defendantId,
        kind: 'PRODUCTION',
      });
      await serveSet(plaintiff.client, draft.id, 'MAIL', '/s/ Prisoner Plaintiff');
    };
    return { defense, serve };
  }

  /** What reached defense counsel about served sets, channel by channel, by delivery key. */
  async function delivered(parley: Parley, defense: SignedIn) {
    const [{ n: inApp }] = await parley.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'SET_SERVED'`,
      [defense.id],
    );
    const mails = smtp.messages.filter(
      (m) => m.to.includes(defense.email) && m.subject === 'Parley: Discovery was served',
    );
    const calls = hooks.received.filter((h) => h.json.event === 'SET_SERVED' && h.json.caseId);
    const [{ n: emailRows }] = await parley.db.query(
      `SELECT count(*)::int AS n FROM email_deliveries WHERE user_id = $1 AND kind = 'SET_SERVED' AND status = 'DELIVERED'`,
      [defense.id],
    );
    return {
      inApp,
      emailRows,
      emails: new Set(mails.map((m) => m.messageId)).size,
      webhooks: new Set(calls.map((h) => h.json.id)).size,
      repeats:
        mails.length -
        new Set(mails.map((m) => m.messageId)).size +
        calls.length -
        new Set(calls.map((h) => h.json.id)).size,
    };
  }

  it('Redis stops while parties keep serving papers: the API works, the outbox keeps every fact, and each notice arrives once', async () => {
    const redis = await startPrivateRedis();
    const parley = await startParley({ worker: false, env: { REDIS_URL: redis.url, SMTP_URL: smtp.url } });
    let worker: ChildProcess | null = spawnWorker(buildDir, parley.config);
    try {
      const { defense, serve } = await scene(parley);
      await parley.waitForIdle(60_000);
      const before = await delivered(parley, defense);

      await redis.stop();
      for (let i = 0; i < 5; i++) await serve();
      expect((await fetch(`${parley.baseUrl}/health`)).status).toBe(503);
      const [{ pending }] = await parley.db.query(
        'SELECT count(*)::int AS pending FROM outbox_messages WHERE relayed_at IS NULL',
      );
      expect(pending).toBeGreaterThanOrEqual(5);

      await redis.start();
      await parley.waitForIdle(90_000);
      const after = await delivered(parley, defense);
      expect({ inApp: after.inApp - before.inApp, emailRows: after.emailRows - before.emailRows }).toEqual({
        inApp: 5,
        emailRows: 5,
      });
      expect(after.emails - before.emails).toBe(5);
      expect(after.webhooks - before.webhooks).toBe(5);
      expect(after.repeats).toBe(0);
      expect((await fetch(`${parley.baseUrl}/health`)).status).toBe(200);
    } finally {
      if (worker) await kill9(worker);
      worker = null;
      await parley.close();
      await redis.stop();
    }
  }, 180_000);

  it('the worker is killed with SIGKILL in the middle of jobs, twenty times: every notice still arrives, under one key each', async () => {
    const redis = await startPrivateRedis();
    const parley = await startParley({ worker: false, env: { REDIS_URL: redis.url, SMTP_URL: smtp.url } });
    try {
      const { defense, serve } = await scene(parley);
      const before = await delivered(parley, defense);
      for (let round = 0; round < 20; round++) {
        const worker = spawnWorker(buildDir, parley.config);
        await serve();
        // Kill it at a random moment of its work: starting, relaying, fanning out, sending.
        await new Promise((resolve) => setTimeout(resolve, 300 + Math.floor(Math.random() * 1700)));
        await kill9(worker);
      }
      const last = spawnWorker(buildDir, parley.config);
      try {
        await parley.waitForIdle(120_000);
      } finally {
        await kill9(last);
      }
      const after = await delivered(parley, defense);
      expect(after.inApp - before.inApp).toBe(20);
      expect(after.emailRows - before.emailRows).toBe(20);
      // Each delivery key arrived; a resend after a kill between sending and recording carries the
      // same key (Message-ID, X-Parley-Delivery), so the receiver sees the same notice.
      expect(after.emails - before.emails).toBe(20);
      expect(after.webhooks - before.webhooks).toBe(20);
    } finally {
      await parley.close();
      await redis.stop();
    }
    // Twenty process starts: generous room when the rest of the suite shares the two cores.
  }, 300_000);
});
