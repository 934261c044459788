/**
 * Outbox to delivered notice: how long a party waits between a change committing and its in-app notice
 * existing, with domain events produced at a steady 200 per second (issue 14; target: p99 under 1 s).
 *
 *   node -r @swc-node/register test/bench/notices.bench.ts [seconds, default 10] [events/s, default 200]
 *
 * Seeds through the API cases with a served set each, then publishes SET_SERVED events through the
 * API's own DomainEvents (each in a transaction of its own: the audit link on the case's chain and the
 * NotifyEventJob outbox row, as serving a set writes them) at a steady rate, round the cases. The
 * outbox relay moves each row to BullMQ on its NOTIFY, and the notification job composes the notice
 * from the audit link and inserts it for the responding party's members. The API's own write path is
 * not in the loop: on this machine it serves fewer than 200 sets a second
 * (test/bench/write-path.bench.ts), and what is measured here is the relay and the worker. Latency
 * runs from the outbox row's creation (its transaction's start) and from the commit to the notice's
 * row. Each notice also has its email sent (composed by nodemailer's JSON transport, not sent over
 * SMTP), and the bench prints how long those took too: the worker does both jobs.
 *
 * The worker runs as a process of its own, as `npm run start:worker` runs it beside the API: in the
 * API's process, the producer's 200 transactions a second (about a thousand statements) shared one
 * event loop with the worker, and the bench measured how the producer slowed the worker as much as
 * the worker itself. BENCH_ONE_PROCESS=1 runs the worker inside the bench's process as before.
 */
import { DomainEvents } from '@parley/audit';
import { SetServed } from '@parley/discovery';
import { ChildProcess } from 'node:child_process';
import { draftSet, serveSet } from '../support/discovery';
import { createCase, createCourt, join, signInAsAdmin, signUp } from '../support/factories';
import globalSetup from '../support/global-setup';
import { buildForProcesses, kill9, spawnWorker } from '../support/processes';
import { Parley, startParley } from '../support/test-app';
import { percentile, reportTarget, runBench } from './support';

const TARGET_P99_MS = 1000;

interface ServedSet {
  caseId: string;
  setId: string;
  actorId: string;
  after: Parameters<DomainEvents['publish']>[2]['data'];
  notify: string[];
}

async function seed(parley: Parley, cases: number): Promise<ServedSet[]> {
  // On today's clock (not a fixed day): a worker of its own keeps the real one, and reminders of sets
  // served on an earlier day would all fall due during the run.
  const court = await createCourt(await signInAsAdmin(parley));
  const defense = await signUp(parley, 'Bench Defense');
  const sets: ServedSet[] = [];
  for (let n = 0; n < cases; n++) {
    const plaintiff = await signUp(parley, `Plaintiff ${n}`);
    const created = await createCase(defense.client, court.id, { title: `Bench ${n} v. Brannon` });
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, plaintiff, 'PRO_SE');
    const draft = await draftSet(plaintiff.client, {
      caseId: created.id,
      servingPartyId: plaintiffId,
      respondingPartyId: defendantId,
      kind: 'PRODUCTION',
      items: [{ text: 'All documents concerning the incident.' }],
    });
    await serveSet(plaintiff.client, draft.id, 'ELECTRONIC', '/s/ Bench Plaintiff');
    // The event as serving wrote it, to publish again: the notice is composed from it when delivered.
    const [link] = await parley.db.query(
      `SELECT actor_id, after FROM audit_events WHERE subject_id = $1 AND action = 'SET_SERVED'`,
      [draft.id],
    );
    sets.push({
      caseId: created.id,
      setId: draft.id,
      actorId: link.actor_id,
      after: link.after,
      notify: [defendantId],
    });
  }
  return sets;
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  const rate = Number(process.argv[3] ?? 200);
  const oneProcess = Boolean(process.env.BENCH_ONE_PROCESS);
  await globalSetup();
  const parley = await startParley({ worker: oneProcess, env: { LOG_LEVEL: 'silent' } });
  const worker: ChildProcess | null = oneProcess ? null : spawnWorker(buildForProcesses(), parley.config);
  try {
    const sets = await seed(parley, 20);
    await parley.waitForIdle();
    const events = parley.api.get(DomainEvents, { strict: false });
    const committedAt = new Map<string, number>();
    const failures: unknown[] = [];
    const publish = async (set: ServedSet) => {
      const link = await parley.db.transaction((manager) =>
        events.publish(manager, SetServed, {
          caseId: set.caseId,
          actorId: set.actorId,
          subjectId: set.setId,
          before: { status: 'DRAFT' },
          data: set.after,
          notify: { parties: set.notify },
        }),
      );
      committedAt.set(link.id, Date.now());
    };

    // A steady producer: the n-th event is due at start + n / rate, whatever the previous ones cost,
    // so a slow commit does not slow the offered load (an open loop, as real users are).
    const total = Math.round(seconds * rate);
    const started = Date.now();
    const inFlight: Array<Promise<void>> = [];
    for (let n = 0; n < total; n++) {
      const due = started + (n * 1000) / rate;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      inFlight.push(publish(sets[n % sets.length]).catch((error: unknown) => void failures.push(error)));
    }
    await Promise.all(inFlight);
    const producedIn = (Date.now() - started) / 1000;
    await parley.waitForIdle(120_000);

    const rows: Array<{
      event_id: string;
      from_row: number;
      delivered: number;
      to_relay: number;
      from_relay: number;
      email: number | null;
    }> = await parley.db.query(
      `SELECT o.payload->>'eventId' AS event_id,
              extract(epoch FROM n.created_at - o.created_at) * 1000 AS from_row,
              extract(epoch FROM n.created_at) * 1000 AS delivered,
              extract(epoch FROM o.relayed_at - o.created_at) * 1000 AS to_relay,
              extract(epoch FROM n.created_at - o.relayed_at) * 1000 AS from_relay,
              extract(epoch FROM e.delivered_at - o.created_at) * 1000 AS email
       FROM outbox_messages o
       JOIN notifications n ON n.delivery_key = (o.payload->>'eventId') || ':' || n.user_id || ':in-app'
       LEFT JOIN email_deliveries e
         ON e.delivery_key = (o.payload->>'eventId') || ':' || n.user_id || ':email' AND e.status = 'DELIVERED'
       WHERE o.name = 'NotifyEventJob' AND o.created_at >= to_timestamp($1 / 1000.0)`,
      [started],
    );
    const fromRow = rows.map((r) => Number(r.from_row));
    const fromCommit = rows
      .filter((r) => committedAt.has(r.event_id))
      .map((r) => Number(r.delivered) - (committedAt.get(r.event_id) as number));
    const p99 = percentile(fromRow, 99);
    console.log(
      `\nOutbox to delivered notice: ${total} SET_SERVED events over ${sets.length} cases at ${rate}/s (offered in ${producedIn.toFixed(1)} s), ${oneProcess ? 'API and worker in one process' : 'the worker in a process of its own'}, Node ${process.version}`,
    );
    console.log(
      `  ${rows.length} in-app notices delivered for ${committedAt.size} events committed; ${failures.length} failed to publish`,
    );
    console.log(
      `  from the outbox row:   p50 ${percentile(fromRow, 50).toFixed(0).padStart(5)} ms  p99 ${p99.toFixed(0).padStart(5)} ms  max ${Math.max(...fromRow).toFixed(0)} ms`,
    );
    console.log(
      `  from the commit:       p50 ${percentile(fromCommit, 50).toFixed(0).padStart(5)} ms  p99 ${percentile(fromCommit, 99).toFixed(0).padStart(5)} ms`,
    );
    // Where the wait is: the row to the relay's pass that moved it to BullMQ (its transaction's
    // start), then that to the notice's row (the job's transaction).
    const hop = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(0).padStart(5)} ms  p99 ${percentile(values, 99).toFixed(0).padStart(5)} ms`;
    console.log(`    of which to the relay: ${hop(rows.map((r) => Number(r.to_relay)))}`);
    console.log(`    then to the notice:    ${hop(rows.map((r) => Number(r.from_relay)))}`);
    // The email each notice also sends (with the jsonTransport here: composed, not sent over SMTP),
    // from the same outbox row to its delivery's record: not the target's measure, but no notice
    // may be quick at its email's expense.
    const emailed = rows.filter((r) => r.email !== null).map((r) => Number(r.email));
    console.log(`  their emails:          ${hop(emailed)}  (${emailed.length} sent)`);
    reportTarget({
      target: `notice p99 < ${TARGET_P99_MS} ms at ${rate} events/s`,
      measured: `p99 ${p99.toFixed(0)} ms (p50 ${percentile(fromRow, 50).toFixed(0)} ms)`,
      met:
        p99 < TARGET_P99_MS && rows.length === total && failures.length === 0 && producedIn < seconds * 1.1,
    });
  } finally {
    if (worker) await kill9(worker);
    await parley.close();
  }
}

runBench(main);
