import { QueueName, QueuesService } from '@parley/platform';
import { DataSource } from 'typeorm';
import { SendEmailHandler, verifyWebhook } from '@parley/notifications';
import { createCourt, signInAsAdmin, signUp, SignedIn } from './support/factories';
import {
  AGREE_EXTENSION,
  draftSet,
  plainAnswers,
  SERVE_RESPONSE,
  servedByMail,
  serveSet,
  SET,
} from './support/discovery';
import { countQueries } from './support/query-counter';
import { startSmtpSink, startWebhookSink } from './support/sinks';
import { Parley, startParley } from './support/test-app';

const NOTICES = '{ notifications { kind message caseId } }';
const CREATE_HOOK = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id secret enabled } }`;

describe('deadlines and notices', () => {
  let parley: Parley;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let courtId: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    parley = await startParley({ env: { SMTP_URL: smtp.url, WEBHOOK_DISABLE_AFTER_FAILURES: '3' } });
    courtId = (await createCourt(await signInAsAdmin(parley))).id;
  });
  afterAll(async () => {
    await parley?.close();
    await smtp?.close();
  });

  const servedSet = (kind?: 'INTERROGATORIES' | 'ADMISSIONS', title?: string) =>
    servedByMail(parley, courtId, kind, title);

  const kinds = async (user: SignedIn) =>
    ((await user.client.ok(NOTICES)).notifications as Array<{ kind: string; message: string }>)
      .filter((n) => n.kind.startsWith('DEADLINE'))
      .map(({ kind, message }) => ({ kind, message }));

  it('arms the reminders and the passing event as delayed jobs with deterministic ids', async () => {
    const { set } = await servedSet();
    const queue = parley.worker!.get(QueuesService).get(QueueName.Deadlines);
    const id = set.deadline.id;
    const jobs = await Promise.all(
      ['reminder_7', 'reminder_3', 'reminder_1', 'passed'].map((k) => queue.getJob(`deadline:${id}:${k}`)),
    );
    expect(jobs.map((j) => j?.data.kind)).toEqual(['REMINDER_7', 'REMINDER_3', 'REMINDER_1', 'PASSED']);
    expect(await Promise.all(jobs.map((j) => j!.getState()))).toEqual([
      'delayed',
      'delayed',
      'delayed',
      'delayed',
    ]);
  });

  it('reminds the responding party 7, 3 and 1 days before, at 9 a.m. in the court’s zone, then the time runs out', async () => {
    const { defense, plaintiff, set } = await servedSet('ADMISSIONS');
    // A minute before 9 a.m. Pacific on 2026-05-28: nothing yet.
    parley.setTime('2026-05-28T15:59:00Z');
    await parley.sweepDeadlines();
    expect(await kinds(defense)).toEqual([]);

    parley.setTime('2026-05-28T16:00:00Z');
    await parley.sweepDeadlines();
    expect(await kinds(defense)).toEqual([
      { kind: 'DEADLINE_REMINDER', message: expect.stringMatching(/due June 4, 2026, in 7 days/) },
    ]);
    // The serving side is not the one who must act.
    expect(await kinds(plaintiff)).toEqual([]);

    parley.setTime('2026-06-03T16:30:00Z');
    await parley.sweepDeadlines();
    const reminders = (await kinds(defense)).map((n) => n.message.match(/in (\d) days?/)?.[1]);
    expect(reminders).toEqual(['1', '3', '7']);

    // The last day ends at midnight in California: 07:00 UTC on 2026-06-05 (FRCP 6(a)(4)).
    parley.setTime('2026-06-05T06:59:00Z');
    await parley.sweepDeadlines();
    expect((await plaintiff.client.ok(SET, { id: set.id })).discoverySet.status).toBe('SERVED');
    parley.setTime('2026-06-05T07:00:00Z');
    await parley.sweepDeadlines();
    const { discoverySet } = await plaintiff.client.ok(SET, { id: set.id });
    expect(discoverySet).toMatchObject({
      status: 'OVERDUE',
      deadline: { status: 'MISSED' },
      flags: [{ rule: 'FRCP 36(a)(3)', message: expect.stringMatching(/deemed admitted/) }],
    });
    expect((await kinds(plaintiff)).map((n) => n.message)).toEqual([
      expect.stringMatching(
        /No responses .* by June 4, 2026\. Under FRCP 36\(a\)\(3\), the matters may be deemed admitted/,
      ),
    ]);
    expect((await kinds(defense))[0]).toMatchObject({
      kind: 'DEADLINE_PASSED',
      message: expect.stringMatching(/ran out on June 4, 2026/),
    });

    // Sweeping again changes nothing: each notice fires once.
    await parley.sweepDeadlines();
    expect(await kinds(defense)).toHaveLength(4);
  });

  it('a deadline moved three times fires its reminders once, for the last date', async () => {
    const { defense, plaintiff, set } = await servedSet();
    parley.setTime('2026-05-10T17:00:00Z');
    for (const newDueOn of ['2026-06-11', '2026-06-18', '2026-06-25']) {
      await plaintiff.client.ok(AGREE_EXTENSION, { input: { setId: set.id, newDueOn } });
      await defense.client.ok(AGREE_EXTENSION, { input: { setId: set.id, newDueOn } });
    }
    await parley.waitForIdle();
    // The old dates come and go without a word.
    for (const at of [
      '2026-05-28T16:00:00Z',
      '2026-06-04T16:00:00Z',
      '2026-06-11T16:00:00Z',
      '2026-06-15T16:00:00Z',
    ]) {
      parley.setTime(at);
      await parley.sweepDeadlines();
    }
    expect(await kinds(defense)).toEqual([]);
    parley.setTime('2026-06-24T17:00:00Z');
    await parley.sweepDeadlines();
    // One sweep fires all three in the same instant: their order among themselves is not the point.
    const reminders = (await kinds(defense)).map((n) => n.message.match(/due (.+?), in (\d)/)!.slice(1));
    expect(reminders.sort((a, b) => a[1].localeCompare(b[1]))).toEqual([
      ['June 25, 2026', '1'],
      ['June 25, 2026', '3'],
      ['June 25, 2026', '7'],
    ]);
    expect((await defense.client.ok(SET, { id: set.id })).discoverySet.status).toBe('SERVED');
  });

  it('answering in time cancels what is left, and the alarms are gone from the queue', async () => {
    const { defense, set } = await servedSet();
    parley.setTime('2026-05-20T17:00:00Z');
    await defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Defense Counsel',
        items: plainAnswers(set),
      },
    });
    await parley.waitForIdle();
    const queue = parley.worker!.get(QueuesService).get(QueueName.Deadlines);
    expect(await queue.getJob(`deadline:${set.deadline.id}:passed`)).toBeUndefined();
    parley.setTime('2026-06-10T17:00:00Z');
    await parley.sweepDeadlines();
    expect(await kinds(defense)).toEqual([]);
  });

  it('re-arms the alarms when Redis has lost them', async () => {
    const { set } = await servedSet();
    const queue = parley.worker!.get(QueuesService).get(QueueName.Deadlines);
    await queue.remove(`deadline:${set.deadline.id}:reminder_7`);
    await queue.remove(`deadline:${set.deadline.id}:passed`);
    // Far from due: not yet within the sweep's two days.
    await parley.sweepDeadlines();
    expect(await queue.getJob(`deadline:${set.deadline.id}:reminder_7`)).toBeUndefined();
    parley.setTime('2026-05-27T17:00:00Z');
    await parley.sweepDeadlines();
    expect(await (await queue.getJob(`deadline:${set.deadline.id}:reminder_7`))?.getState()).toBe('delayed');
  });

  it('emails notices through SMTP, plain text and HTML, unless the user turned email off', async () => {
    const before = smtp.messages.length;
    const { defense, plaintiff, set } = await servedSet();
    const toDefense = smtp.messages
      .slice(before)
      .filter((m) => m.to.includes(defense.email) && m.subject === 'Parley: Discovery was served');
    expect(toDefense).toHaveLength(1);
    expect(toDefense[0].subject).toBe('Parley: Discovery was served');
    expect(toDefense[0].raw).toMatch(/text\/plain/);
    expect(toDefense[0].raw).toMatch(/text\/html/);
    expect(toDefense[0].messageId).toMatch(/:email@parley>$/);

    await plaintiff.client.ok(
      'mutation { updateNotificationPreferences(input: { email: false }) { email } }',
    );
    const mark = smtp.messages.length;
    parley.setTime('2026-05-20T17:00:00Z');
    await defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Defense Counsel',
        items: plainAnswers(set),
      },
    });
    await parley.waitForIdle();
    expect((await plaintiff.client.ok(NOTICES)).notifications.map((n: { kind: string }) => n.kind)).toContain(
      'RESPONSE_SERVED',
    );
    expect(smtp.messages.slice(mark).filter((m) => m.to.includes(plaintiff.email))).toEqual([]);
    expect(
      (await plaintiff.client.ok('{ notificationPreferences { email } }')).notificationPreferences.email,
    ).toBe(false);
  });

  it('delivers the notices of events that come at once in shared statements, each once on each channel', async () => {
    const { defense, plaintiff, caseId } = await servedSet();
    const [plaintiffId, defendantId] = (
      await plaintiff.client.ok('query($id: ID!) { case(id: $id) { parties { id } } }', { id: caseId })
    ).case.parties.map((p: { id: string }) => p.id);
    const drafts = [];
    for (let n = 0; n < 12; n++) {
      drafts.push(
        await draftSet(plaintiff.client, {
          caseId,
          servingPartyId: plaintiffId,
          respondingPartyId: defendantId,
          kind: 'ADMISSIONS',
          title: `Requests for admission, set ${n + 2}`,
        }),
      );
    }
    // Twelve notice jobs waiting, as a backlog would gather them, then let go together.
    const notifications = parley.api.get(QueuesService).get(QueueName.Notifications);
    await notifications.pause();
    const before = smtp.messages.length;
    try {
      for (const draft of drafts)
        await serveSet(plaintiff.client, draft.id, 'ELECTRONIC', '/s/ Prisoner Plaintiff');
      for (let waited = 0; (await notifications.getWaitingCount()) < drafts.length; waited++) {
        if (waited > 100) throw new Error('the notice jobs never arrived');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await notifications.resume();
    }
    const statements = await countQueries(parley.worker!.get(DataSource), () => parley.waitForIdle());

    const served = (await defense.client.ok(NOTICES)).notifications.filter(
      (n: { kind: string; caseId: string }) => n.kind === 'SET_SERVED' && n.caseId === caseId,
    );
    expect(served).toHaveLength(drafts.length + 1);
    const mailed = smtp.messages.slice(before).filter((m) => m.to.includes(defense.email));
    expect(mailed).toHaveLength(drafts.length);
    expect(new Set(mailed.map((m) => m.messageId)).size).toBe(drafts.length);
    // One job alone reads its event and its recipients and writes its deliveries; each email reads
    // its delivery and records it: 5 × 12 statements. Gathered, a batch shares each of them (30–36
    // here; how many jobs meet in a batch depends on the machine's pace, so the bound is loose).
    const shared = [
      /FROM audit_events WHERE id = ANY/,
      /FROM webhook_endpoints e/,
      /INSERT INTO notifications/,
      /FROM email_deliveries WHERE id = ANY/,
      /UPDATE email_deliveries\s+SET status = \$2, delivered_at/,
    ];
    const counts = shared.map((pattern) => statements.filter((s) => pattern.test(s)).length);
    for (const count of counts) expect(count).toBeGreaterThan(0);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThan(shared.length * drafts.length * 0.8);
  });

  it('keeps a refused email, sends it again, and marks it failed after its last attempt', async () => {
    const deliveries = async (caseId: string) =>
      parley.db.query(
        `SELECT id, delivery_key, status, attempts, last_error FROM email_deliveries WHERE case_id = $1`,
        [caseId],
      );
    smtp.refuseNext(1);
    const { caseId } = await servedSet();
    // The first message was refused and its retry, backed off, went through; each mailed once.
    const sent = await deliveries(caseId);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.map((d: { attempts: number }) => d.attempts).sort()).toEqual([
      ...sent.map(() => 1).slice(1),
      2,
    ]);
    for (const delivery of sent) {
      expect(delivery).toMatchObject({ status: 'DELIVERED', last_error: null });
      const copies = smtp.messages.filter((m) => m.messageId === `<${delivery.delivery_key}@parley>`);
      expect(copies).toHaveLength(1);
    }

    // The handler's last attempt (as BullMQ's tenth would run it) records the refusal and gives up.
    const [{ id }] = sent;
    await parley.db.query(`UPDATE email_deliveries SET status = 'PENDING' WHERE id = $1`, [id]);
    smtp.refuseNext(1);
    const handler = parley.worker!.get(SendEmailHandler, { strict: false });
    await expect(handler.handle({ deliveryId: id }, { jobId: 'last', attemptsMade: 9 })).rejects.toThrow(
      /451/,
    );
    const [failed] = (await deliveries(caseId)).filter((d: { id: string }) => d.id === id);
    expect(failed).toMatchObject({
      status: 'FAILED',
      attempts: sent[0].attempts + 1,
      last_error: expect.stringMatching(/451 Insufficient system storage/),
    });
  });

  it('signs webhooks, retries a failing endpoint, and delivers each notice once, in order per case', async () => {
    const sink = await startWebhookSink();
    try {
      const { defense, plaintiff, set } = await servedSet();
      const { createWebhookEndpoint } = await plaintiff.client.ok(CREATE_HOOK, {
        input: { url: sink.url, description: 'sync' },
      });
      expect(createWebhookEndpoint.secret).toMatch(/^whsec_/);
      sink.failNext(2);
      parley.setTime('2026-05-10T17:00:00Z');
      for (const newDueOn of ['2026-06-11', '2026-06-18']) {
        await defense.client.ok(AGREE_EXTENSION, { input: { setId: set.id, newDueOn } });
        await plaintiff.client.ok(AGREE_EXTENSION, { input: { setId: set.id, newDueOn } });
      }
      await defense.client.ok(SERVE_RESPONSE, {
        input: {
          setId: set.id,
          method: 'ELECTRONIC',
          signature: '/s/ Defense Counsel',
          items: plainAnswers(set),
        },
      });
      await parley.waitForIdle(30_000);
      const events = sink.received.map((r) => r.json.event);
      expect(events).toEqual([
        'EXTENSION_PROPOSED',
        'EXTENSION_AGREED',
        'EXTENSION_PROPOSED',
        'EXTENSION_AGREED',
        'RESPONSE_SERVED',
      ]);
      expect(new Set(sink.received.map((r) => r.json.id)).size).toBe(sink.received.length);
      expect(sink.attempts).toBe(sink.received.length + 2);
      for (const hook of sink.received) {
        const ok = verifyWebhook(
          createWebhookEndpoint.secret,
          {
            signature: String(hook.headers['x-parley-signature']),
            timestamp: String(hook.headers['x-parley-timestamp']),
          },
          hook.body,
          Number(hook.headers['x-parley-timestamp']),
        );
        expect(ok).toBe(true);
      }
      const { webhookDeliveries } = await plaintiff.client.ok(
        `query($id: ID!) { webhookDeliveries(endpointId: $id, first: 10) { edges { node { kind status attempts } } } }`,
        { id: createWebhookEndpoint.id },
      );
      expect(webhookDeliveries.edges.map((e: any) => e.node)).toEqual([
        { kind: 'RESPONSE_SERVED', status: 'DELIVERED', attempts: 1 },
        { kind: 'EXTENSION_AGREED', status: 'DELIVERED', attempts: 1 },
        { kind: 'EXTENSION_PROPOSED', status: 'DELIVERED', attempts: 1 },
        { kind: 'EXTENSION_AGREED', status: 'DELIVERED', attempts: 1 },
        { kind: 'EXTENSION_PROPOSED', status: 'DELIVERED', attempts: 3 },
      ]);
      // Someone else's endpoint log is not theirs to read.
      expect(
        (
          await defense.client.fails(
            `query($id: ID!) { webhookDeliveries(endpointId: $id) { edges { cursor } } }`,
            {
              id: createWebhookEndpoint.id,
            },
          )
        ).extensions.code,
      ).toBe('NOT_FOUND');
    } finally {
      await sink.close();
    }
  });

  it('disables an endpoint after repeated failures; turning it back on delivers what waited', async () => {
    const sink = await startWebhookSink();
    try {
      const { defense, plaintiff, set } = await servedSet();
      const { createWebhookEndpoint } = await plaintiff.client.ok(CREATE_HOOK, { input: { url: sink.url } });
      sink.failNext(100);
      parley.setTime('2026-05-10T17:00:00Z');
      await defense.client.ok(AGREE_EXTENSION, { input: { setId: set.id, newDueOn: '2026-06-11' } });
      await parley.waitForIdle(30_000);
      const [endpoint] = (
        await plaintiff.client.ok('{ webhookEndpoints { id enabled disabledReason consecutiveFailures } }')
      ).webhookEndpoints;
      expect(endpoint).toMatchObject({
        enabled: false,
        consecutiveFailures: 3,
        disabledReason: expect.stringMatching(/3 failed attempts/),
      });
      sink.failNext(0);
      await plaintiff.client.ok('mutation($id: ID!) { enableWebhookEndpoint(id: $id) { enabled } }', {
        id: createWebhookEndpoint.id,
      });
      await parley.waitForIdle(30_000);
      expect(sink.received.map((r) => r.json.event)).toEqual(['EXTENSION_PROPOSED']);
    } finally {
      await sink.close();
    }
  });

  it('never tells a non-member about a case, on any channel', async () => {
    const outsider = await signUp(parley, 'Curious Outsider');
    const sink = await startWebhookSink();
    try {
      await outsider.client.ok(CREATE_HOOK, { input: { url: sink.url } });
      const mark = smtp.messages.length;
      await servedSet();
      await parley.waitForIdle();
      expect((await outsider.client.ok(NOTICES)).notifications).toEqual([]);
      expect(sink.received).toEqual([]);
      expect(smtp.messages.slice(mark).filter((m) => m.to.includes(outsider.email))).toEqual([]);
    } finally {
      await sink.close();
    }
  });

  it('publishes a secret ICS feed of one’s deadlines, until revoked', async () => {
    const { defense, set } = await servedSet();
    const { createCalendarFeed } = await defense.client.ok('mutation { createCalendarFeed { id url } }');
    const path = new URL(createCalendarFeed.url).pathname;
    const response = await fetch(`${parley.baseUrl}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/calendar/);
    const ics = await response.text();
    expect(ics).toMatch(/BEGIN:VEVENT/);
    expect(ics).toContain(`deadline-${set.deadline.id}@parley`);
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20260604/);
    await defense.client.ok('mutation($id: ID!) { revokeCalendarFeed(id: $id) { revokedAt } }', {
      id: createCalendarFeed.id,
    });
    expect((await fetch(`${parley.baseUrl}${path}`)).status).toBe(404);
    expect((await fetch(`${parley.baseUrl}/calendar/cal_nonsense.ics`)).status).toBe(404);
  });

  it('keeps what a party typed inside its property in the other side’s feed (RFC 5545 text, 75-octet lines)', async () => {
    // A carriage return never gets this far (the API refuses it, naming the field; the calendar's own
    // test covers it); a newline, commas, semicolons and backslashes do.
    const title = `Set one\nATTENDEE:mailto:evil@example.org\nEND:VEVENT; a, b \\ ${'é中😀'.repeat(30)}`;
    const { defense } = await servedSet('INTERROGATORIES', title);
    const { createCalendarFeed } = await defense.client.ok('mutation { createCalendarFeed { url } }');
    const bytes = Buffer.from(
      await (await fetch(`${parley.baseUrl}${new URL(createCalendarFeed.url).pathname}`)).arrayBuffer(),
    );
    const ics = bytes.toString('utf8');
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\ufffd'); // no character was cut in two
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines.filter((l) => /^ATTENDEE/i.test(l))).toEqual([]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(
      lines.filter((l) => l === 'END:VEVENT').length,
    );
    const summary = lines.find((l) => l.startsWith('SUMMARY:Responses to'))!.slice('SUMMARY:'.length);
    const text = summary.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
    expect(text).toContain(`Responses to “${title.replace(/\r\n?/g, '\n')}”`);
  });
});
