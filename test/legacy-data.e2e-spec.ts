import { MIGRATIONS } from '@parley/migrations';
import { dataSourceOptions, runMigrations } from '@parley/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AT, IDS, NOTICE_TEXT, seedAfterUpgrade, seedBeforeUpgrade } from './support/legacy-data';
import { createEmptyTestDatabase } from './support/test-database';

/**
 * LegacyAgreementsAndNotices against rows written as the version before WhoSeesWhat wrote them, then
 * upgraded by the landed migrations, with some written by the current version in between.
 */
const through = (name: string) => MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === name) + 1);

/** The columns the repair may change, per table, in a fixed order. */
async function state(db: Client) {
  const rows = async (sql: string) => (await db.query(sql)).rows;
  return {
    orders: await rows(`SELECT id, status, basis, proposed_by_party_id, agreed_party_ids, effective_at
                          FROM discovery_orders ORDER BY id`),
    policies: await rows(`SELECT * FROM conferral_policies ORDER BY case_id`),
    proposals:
      await rows(`SELECT case_id, status, basis, proposed_by_party_id, agreed_party_ids, letters_qualify,
                                  source, recorded_by_id, recorded_at, effective_at
                             FROM conferral_policy_proposals ORDER BY case_id, recorded_at`),
    disputes: await rows(
      `SELECT id, status, resolution, closed_at IS NOT NULL AS closed FROM disputes ORDER BY id`,
    ),
    outbox: await rows(`SELECT id, name, payload, relayed_at FROM outbox_messages ORDER BY id`),
  };
}

describe('migration LegacyAgreementsAndNotices', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: Client;
  let before: Awaited<ReturnType<typeof state>>;

  // Up to this migration and no further: undo() then takes back this one, whatever lands after it.
  const upToRepair = through('LegacyAgreementsAndNotices1796100000000');
  const repair = () => runMigrations({ databaseUrl: database.url }, upToRepair);
  const undo = async () => {
    const source = new DataSource({
      ...dataSourceOptions({ databaseUrl: database.url }, 'test'),
      migrations: upToRepair,
    });
    await source.initialize();
    try {
      await source.undoLastMigration({ transaction: 'each' });
    } finally {
      await source.destroy();
    }
  };
  const byId = <T extends { id: string }>(rows: T[], id: string) => rows.find((r) => r.id === id)!;

  beforeEach(async () => {
    database = await createEmptyTestDatabase();
    await runMigrations({ databaseUrl: database.url }, through('DeadlinesAndNotices1795846607260'));
    db = new Client({ connectionString: database.url });
    await db.connect();
    await seedBeforeUpgrade(db);
    await runMigrations({ databaseUrl: database.url }, through('WhoSeesWhat1796026805773'));
    await seedAfterUpgrade(db);
    before = await state(db);
  });

  afterEach(async () => {
    await db?.end();
    await database?.drop();
  });

  it('turns one-sided stipulations into their recorder’s proposals, one pending per case and kind', async () => {
    await repair();
    const { orders } = await state(db);
    const o = IDS.orders;
    expect(byId(orders, o.limitOfOne)).toMatchObject({
      status: 'SUPERSEDED',
      basis: 'STIPULATION',
      proposed_by_party_id: IDS.defendant.a,
      agreed_party_ids: [IDS.defendant.a],
      effective_at: null,
    });
    expect(byId(orders, o.limitOfForty)).toMatchObject({
      status: 'PROPOSED',
      proposed_by_party_id: IDS.plaintiff.a,
      agreed_party_ids: [IDS.plaintiff.a],
      effective_at: null,
    });
    // Its recorder represents nobody in the case now: a proposal nobody has signed.
    expect(byId(orders, o.earlyByFormer)).toMatchObject({
      status: 'PROPOSED',
      proposed_by_party_id: null,
      agreed_party_ids: [],
    });
    // The court's order, entered later, would have superseded the proposal.
    expect(byId(orders, o.limitInC)).toMatchObject({
      status: 'SUPERSEDED',
      agreed_party_ids: [IDS.plaintiff.c],
    });
    for (const id of [o.agreedInB, o.proposedInB, o.courtOrderInC]) {
      expect(byId(orders, id)).toEqual(byId(before.orders, id));
    }
    const pending = await db.query(
      `SELECT case_id, kind FROM discovery_orders WHERE status = 'PROPOSED' GROUP BY 1, 2 HAVING count(*) > 1`,
    );
    expect(pending.rows).toEqual([]);
    // What DiscoveryOrdersService.interrogatoryLimit reads: only what every party or the court made.
    const inEffect = await db.query(
      `SELECT DISTINCT ON (case_id) case_id, interrogatory_limit FROM discovery_orders
        WHERE kind = 'INTERROGATORY_LIMIT' AND status = 'IN_EFFECT'
        ORDER BY case_id, effective_at DESC, recorded_at DESC`,
    );
    expect(inEffect.rows).toEqual([
      { case_id: IDS.caseB, interrogatory_limit: 35 },
      { case_id: IDS.caseC, interrogatory_limit: 30 },
    ]);
  });

  it('turns one-sided conferral policies into unsigned proposals and keeps the court’s', async () => {
    await repair();
    const { policies, proposals } = await state(db);
    expect(policies).toEqual(before.policies.filter((p) => p.case_id === IDS.caseC));
    expect(policies).toMatchObject([{ letters_qualify: false, source: 'Order, Dkt. 12' }]);
    const of = (caseId: string) => proposals.filter((p) => p.case_id === caseId);
    expect(of(IDS.caseA)).toEqual([
      {
        case_id: IDS.caseA,
        status: 'PROPOSED',
        basis: 'STIPULATION',
        proposed_by_party_id: IDS.defendant.a,
        agreed_party_ids: [IDS.defendant.a],
        letters_qualify: true,
        source: 'Letters, says the defendant',
        recorded_by_id: IDS.defendantCounsel,
        recorded_at: new Date(AT.t1),
        effective_at: null,
      },
    ]);
    expect(of(IDS.caseB)).toMatchObject([
      { status: 'PROPOSED', proposed_by_party_id: null, agreed_party_ids: [] },
    ]);
    expect(of(IDS.caseC)).toEqual(before.proposals.filter((p) => p.case_id === IDS.caseC));
    // The defendant's newer proposal stays the pending one.
    expect(of(IDS.caseD)).toMatchObject([
      { status: 'SUPERSEDED', proposed_by_party_id: IDS.plaintiff.d, recorded_at: new Date(AT.t1) },
      { status: 'PROPOSED', proposed_by_party_id: IDS.defendant.d, recorded_at: new Date(AT.t5) },
    ]);
  });

  it('blanks the old notice jobs and marks the unsent ones done; other jobs are untouched', async () => {
    await repair();
    const { outbox } = await state(db);
    const box = IDS.outbox;
    for (const id of [box.unrelayedNotice, box.relayedNotice, box.partyJoined, box.courtStaff]) {
      expect(byId(outbox, id).payload).toEqual({});
      expect(byId(outbox, id).relayed_at).toBeInstanceOf(Date);
    }
    expect(byId(outbox, box.relayedNotice).relayed_at).toEqual(new Date(AT.t2));
    expect(byId(outbox, box.courtStaff).relayed_at).toEqual(new Date(AT.t3));
    for (const id of [box.email, box.event]) expect(byId(outbox, id)).toEqual(byId(before.outbox, id));
    const text = await db.query(`SELECT id FROM outbox_messages WHERE payload::text LIKE '%' || $1 || '%'`, [
      NOTICE_TEXT.slice(0, 30),
    ]);
    expect(text.rows).toEqual([]);
  });

  it('withdraws a duplicate dispute WhoSeesWhat left CONFERRING without its items, and nothing else', async () => {
    const dup = IDS.disputes;
    expect(byId(before.disputes, dup.twin)).toMatchObject({ status: 'CONFERRING' });
    await repair();
    const { disputes } = await state(db);
    expect(byId(disputes, dup.twin)).toEqual({
      id: dup.twin,
      status: 'WITHDRAWN',
      resolution: null,
      closed: true,
    });
    // Still holds an item; before the court; closed already; its item closed for another reason.
    for (const id of [dup.first, dup.partial, dup.escalatedTwin, dup.resolved, IDS.strayDispute]) {
      expect(byId(disputes, id)).toEqual(byId(before.disputes, id));
    }
  });

  it('down() puts back all but the blanked payloads, and up() again repairs the same', async () => {
    await repair();
    const repaired = await state(db);
    await undo();
    const undone = await state(db);
    expect({ ...undone, outbox: [] }).toEqual({ ...before, outbox: [] });
    // The payloads are gone for good; sent now, the jobs would fail for want of a handler.
    expect(undone.outbox).toEqual(repaired.outbox);
    const tables = await db.query(`SELECT 1 FROM pg_tables WHERE tablename = 'legacy_repairs_1796100000000'`);
    expect(tables.rows).toEqual([]);

    await repair();
    expect(await state(db)).toEqual(repaired);
  });

  it('down() keeps a proposal every party has signed since', async () => {
    await repair();
    const joined = {
      status: 'IN_EFFECT',
      agreed_party_ids: [IDS.plaintiff.a, IDS.defendant.a],
      effective_at: new Date(AT.t6),
    };
    await db.query(
      `UPDATE discovery_orders SET status = $2, agreed_party_ids = $3, effective_at = $4 WHERE id = $1`,
      [IDS.orders.limitOfForty, joined.status, joined.agreed_party_ids, joined.effective_at],
    );
    await undo();
    const { orders } = await state(db);
    expect(byId(orders, IDS.orders.limitOfForty)).toMatchObject(joined);
    expect(byId(orders, IDS.orders.limitOfOne)).toEqual(byId(before.orders, IDS.orders.limitOfOne));
  });
});
