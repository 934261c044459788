import { DeliverWebhooksHandler } from '@parley/notifications';
import { Client } from 'pg';
import { signUp } from './support/factories';
import { startWebhookSink } from './support/sinks';
import { Parley, startParley } from './support/test-app';

const CREATE_HOOK = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id } }`;

/**
 * One endpoint's notices about one case go out in order even when two workers write two of them at
 * once: a sequence number is taken before its transaction commits, so the later number can be
 * committed, and seen, first (test/scale.e2e-spec.ts caught it once under load).
 */
describe('webhook deliveries wait for the transactions before their own', () => {
  let parley: Parley;
  let sink: Awaited<ReturnType<typeof startWebhookSink>>;
  let endpointId: string;
  const writers: Client[] = [];

  beforeAll(async () => {
    parley = await startParley();
    sink = await startWebhookSink();
    const firm = await signUp(parley, 'Firm Systems');
    ({
      createWebhookEndpoint: { id: endpointId },
    } = await firm.client.ok(CREATE_HOOK, { input: { url: sink.url } }));
    for (let i = 0; i < 2; i++) {
      const writer = new Client({ connectionString: parley.config.databaseUrl });
      await writer.connect();
      writers.push(writer);
    }
  });
  afterAll(async () => {
    await Promise.all(writers.map((w) => w.end()));
    await sink?.close();
    await parley?.close();
  });

  /** A notice for the endpoint, written by `writer` in its open transaction. */
  const write = (writer: Client, caseKey: string, label: string) =>
    writer.query(
      `INSERT INTO webhook_deliveries (endpoint_id, case_key, event_key, kind, payload, status)
       VALUES ($1, $2, $3, 'SET_SERVED', $4, 'PENDING')`,
      [endpointId, caseKey, `${caseKey}:${label}`, { event: 'SET_SERVED', label }],
    );
  const delivered = (caseKey: string) =>
    sink.received.filter((h) => h.json.label?.startsWith(caseKey)).map((h) => h.json.label);
  const deliver = (caseKey: string) =>
    parley.worker!.get(DeliverWebhooksHandler).handle({ endpointId, caseKey });
  /** Runs the queue's job while `holder` is still open: nothing goes until it commits. */
  async function deliverAround(holder: Client, caseKey: string) {
    const job = deliver(caseKey);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(delivered(caseKey)).toEqual([]);
    await holder.query('COMMIT');
    await job;
  }

  it('holds a notice committed first until the one numbered before it commits too', async () => {
    const [slow, fast] = writers;
    await slow.query('BEGIN');
    await write(slow, 'a', 'a1');
    await fast.query('BEGIN');
    await write(fast, 'a', 'a2');
    await fast.query('COMMIT');

    await deliverAround(slow, 'a');
    expect(delivered('a')).toEqual(['a1', 'a2']);
  });

  it('orders by the transaction that wrote a notice, not by when its number was taken', async () => {
    const [older, younger] = writers;
    await older.query('BEGIN');
    await older.query('SELECT txid_current()');
    await younger.query('BEGIN');
    await younger.query('SELECT txid_current()');
    await write(younger, 'b', 'b-younger');
    await write(older, 'b', 'b-older');
    await younger.query('COMMIT');

    await deliverAround(older, 'b');
    expect(delivered('b')).toEqual(['b-older', 'b-younger']);
  });

  it('goes at once when nothing older is running, and a rolled-back notice never goes', async () => {
    const [first, second] = writers;
    await first.query('BEGIN');
    await write(first, 'c', 'c-rolled-back');
    await second.query('BEGIN');
    await write(second, 'c', 'c1');
    await second.query('COMMIT');
    await first.query('ROLLBACK');

    await deliver('c');
    expect(delivered('c')).toEqual(['c1']);
  });
});
