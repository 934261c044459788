import { DeadlineNoticeHandler } from '@parley/deadlines';
import { Client } from 'pg';
import { servedByMail, SET } from './support/discovery';
import { createCourt, signInAsAdmin } from './support/factories';
import { Parley, startParley } from './support/test-app';

/**
 * A deadline passing in the worker and the same deadline closed by the API (a response served as its
 * time runs out) take their locks in one order: the subject, the deadline, its notices. Taken the
 * other way they deadlocked, and PostgreSQL aborted one of them (the demo's seed failed on it once).
 */
describe('a deadline that passes while the API closes it', () => {
  let parley: Parley;
  let api: Client;

  beforeAll(async () => {
    parley = await startParley();
    api = new Client({ connectionString: parley.config.databaseUrl });
    await api.connect();
  });
  afterAll(async () => {
    await api?.end();
    await parley?.close();
  });

  it('waits for the API’s transaction instead of deadlocking with it, and then finds nothing to fire', async () => {
    const courtId = (await createCourt(await signInAsAdmin(parley))).id;
    const { plaintiff, set } = await servedByMail(parley, courtId);
    parley.setTime('2026-06-05T08:00:00Z');

    // The API serving the response, as it locks: the set, then the deadline…
    await api.query('BEGIN');
    await api.query('SELECT id FROM discovery_sets WHERE id = $1 FOR UPDATE', [set.id]);
    const passing = parley
      .worker!.get(DeadlineNoticeHandler)
      .handle({ deadlineId: set.deadline.id, kind: 'PASSED' as never, dueOn: '2026-06-04' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await api.query('SELECT id FROM deadlines WHERE id = $1 FOR UPDATE', [set.deadline.id]);
    // …then its notices (DeadlinesService.disarm), while the passing waits its turn.
    const cancelled = await api.query(
      `UPDATE deadline_notices SET cancelled_at = now()
        WHERE deadline_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL`,
      [set.deadline.id],
    );
    await api.query(`UPDATE deadlines SET status = 'MET', closed_at = now() WHERE id = $1`, [
      set.deadline.id,
    ]);
    await api.query('COMMIT');

    await expect(passing).resolves.toBeUndefined();
    expect(cancelled.rowCount).toBeGreaterThan(0);
    const { discoverySet } = await plaintiff.client.ok(SET, { id: set.id });
    expect(discoverySet.status).toBe('SERVED');
    const fired = await parley.db.query(
      `SELECT kind FROM deadline_notices WHERE deadline_id = $1 AND fired_at IS NOT NULL`,
      [set.deadline.id],
    );
    expect(fired).toEqual([]);
  });
});
