import { MIGRATIONS } from '@parley/migrations';
import { dataSourceOptions, runMigrations } from '@parley/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createEmptyTestDatabase } from './support/test-database';

/**
 * GateClosedToGaming against rows written under the old rules (the schema of
 * LegacyAgreementsAndNotices): a dispute the responding side alone marked resolved, one the moving
 * side resolved, one the court returned to confer, conferral records without their recording time,
 * and a set answerable only after the cut-off.
 */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const through = (name: string) => MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === name) + 1);

const IDS = {
  court: uuid(1),
  plaintiffCounsel: uuid(10),
  defendantCounsel: uuid(11),
  clerk: uuid(12),
  case: uuid(20),
  plaintiff: uuid(30),
  defendant: uuid(40),
  set: uuid(50),
  items: [uuid(51), uuid(52), uuid(53), uuid(54)],
  disputes: {
    oneSided: uuid(60),
    mutual: uuid(61),
    returned: uuid(62),
    overtaken: uuid(63),
    newer: uuid(64),
  },
  deadline: uuid(70),
  escalation: uuid(80),
  letter: uuid(90),
  conference: uuid(91),
};

async function seed(db: Client) {
  const { court, plaintiffCounsel: pc, defendantCounsel: dc, clerk } = IDS;
  await db.query(
    `INSERT INTO courts (id, name, district, time_zone, conferral_response_days, joint_letter_page_limit,
       position_response_days) VALUES ($1, 'Northern District of California', 'N.D. Cal.', 'America/Los_Angeles', 10, 5, 5)`,
    [court],
  );
  await db.query(
    `INSERT INTO users (id, email, name, password_hash, role, court_id) VALUES
       ($1, 'p@firm.test', 'P Counsel', 'x', 'USER', NULL), ($2, 'd@firm.test', 'D Counsel', 'x', 'USER', NULL),
       ($3, 'clerk@cand.test', 'Clerk', 'x', 'COURT_STAFF', $4)`,
    [pc, dc, clerk, court],
  );
  await db.query(
    `INSERT INTO cases (id, court_id, docket_number, title, judge, created_by_id, rule26f_conference_on, discovery_cutoff_on)
     VALUES ($1, $2, '3:26-cv-1', 'Acme v. Widget', 'Orrick', $3, '2026-04-15', '2026-12-18')`,
    [IDS.case, court, pc],
  );
  await db.query(
    `INSERT INTO parties (id, case_id, name, side, pro_se, incarcerated, position) VALUES
       ($1, $3, 'Acme', 'PLAINTIFF', false, false, 0), ($2, $3, 'Widget', 'DEFENDANT', false, false, 1)`,
    [IDS.plaintiff, IDS.defendant, IDS.case],
  );
  await db.query(
    `INSERT INTO memberships (party_id, case_id, user_id, role, consented_to_electronic_service_at) VALUES
       ($1, $3, $4, 'COUNSEL', now()), ($2, $3, $5, 'COUNSEL', now())`,
    [IDS.plaintiff, IDS.defendant, IDS.case, pc, dc],
  );
  await db.query(
    `INSERT INTO discovery_sets (id, case_id, serving_party_id, responding_party_id, kind, title, status, created_by_id)
     VALUES ($1, $2, $3, $4, 'INTERROGATORIES', 'First Set', 'DRAFT', $5)`,
    [IDS.set, IDS.case, IDS.plaintiff, IDS.defendant, pc],
  );
  for (const [i, id] of IDS.items.entries()) {
    await db.query(
      `INSERT INTO discovery_items (id, set_id, number, text, subparts) VALUES ($1, $2, $3, 'Identify', 0)`,
      [id, IDS.set, i + 1],
    );
  }
  // Served 2026-12-01: answers due 2026-12-31, after the cut-off.
  await db.query(
    `UPDATE discovery_sets SET status = 'RESPONDED', served_at = '2026-12-01T17:00:00Z', served_on = '2026-12-01',
       service_method = 'ELECTRONIC', signature = '/s/ P Counsel', response_due_on = '2026-12-31' WHERE id = $1`,
    [IDS.set],
  );
  const d = IDS.disputes;
  const disputes: Array<[string, string, string | null, boolean]> = [
    [d.oneSided, 'RESOLVED', 'Widget will supplement.', false],
    [d.mutual, 'RESOLVED', 'Acme drops it.', false],
    [d.returned, 'CONFERRING', null, true],
    // Resolved by the responding side, then the moving side opened another over the same item.
    [d.overtaken, 'RESOLVED', 'Widget will answer.', false],
    [d.newer, 'CONFERRING', null, true],
  ];
  const itemOf = { [d.oneSided]: 0, [d.mutual]: 1, [d.returned]: 2, [d.overtaken]: 3, [d.newer]: 3 };
  for (const [id, status, resolution, open] of disputes) {
    await db.query(
      `INSERT INTO disputes (id, case_id, requesting_party_id, responding_party_id, summary, status, confer_from,
         opened_by_id, opened_at, resolution, closed_at)
       VALUES ($1, $2, $3, $4, 'Evasive.', $5, '2026-12-08T17:00:00Z', $6, '2026-12-09T17:00:00Z', $7, $8)`,
      [
        id,
        IDS.case,
        IDS.plaintiff,
        IDS.defendant,
        status,
        pc,
        resolution,
        resolution ? '2026-12-10T17:00:00Z' : null,
      ],
    );
    await db.query(
      `INSERT INTO dispute_items (dispute_id, item_id, set_id, requesting_party_id, open) VALUES ($1, $2, $3, $4, $5)`,
      [id, IDS.items[itemOf[id]], IDS.set, IDS.plaintiff, open],
    );
  }
  // Who resolved them, as the audit trail recorded it.
  let seq = 0;
  for (const [id, actor] of [
    [d.oneSided, dc],
    [d.mutual, pc],
    [d.overtaken, dc],
  ]) {
    seq += 1;
    await db.query(
      `INSERT INTO audit_events (case_id, seq, occurred_at, actor_id, action, subject_type, subject_id, prev_hash, hash)
       VALUES ($1, $2, '2026-12-10T17:00:00Z', $3, 'DISPUTE_RESOLVED', 'Dispute', $4, 'x', 'y')`,
      [IDS.case, seq, actor, id],
    );
  }
  await db.query(
    `INSERT INTO deadlines (id, case_id, party_id, kind, subject_type, subject_id, description, due_on, status, steps)
     VALUES ($1, $2, $3, 'AGREED_SUPPLEMENT', 'Dispute', $4, 'Supplement', '2026-12-17', 'OPEN', '[]')`,
    [IDS.deadline, IDS.case, IDS.defendant, d.oneSided],
  );
  await db.query(
    `INSERT INTO escalations (id, dispute_id, case_id, court_id, escalating_party_id, other_party_id, status,
       escalated_at, escalated_by_id, position_due_on, position_window_ends_at, packet)
     VALUES ($1, $2, $3, $4, $5, $6, 'RULED', '2026-12-11T17:00:00Z', $7, '2026-12-16', '2026-12-17T08:00:00Z', '{}')`,
    [IDS.escalation, d.returned, IDS.case, court, IDS.plaintiff, IDS.defendant, pc],
  );
  await db.query(
    `INSERT INTO rulings (escalation_id, outcome, order_text, ruled_by_id, ruled_by_name, ruled_at)
     VALUES ($1, 'RETURNED_TO_CONFER', 'Confer in person.', $2, 'Clerk', '2026-12-14T18:00:00Z')`,
    [IDS.escalation, clerk],
  );
  const event = `INSERT INTO conferral_events (id, dispute_id, kind, mode, held_at, participants, summary,
       from_party_id, recorded_by_id, confirmation, created_at)
     VALUES ($1, $2, $3, $4, $5, '{}', 'x', $6, $7, $8, $9)`;
  await db.query(event, [
    IDS.letter,
    d.returned,
    'LETTER',
    'LETTER',
    '2026-12-09T18:00:00Z',
    IDS.plaintiff,
    pc,
    'NOT_NEEDED',
    '2026-12-09T18:00:01Z',
  ]);
  await db.query(event, [
    IDS.conference,
    d.returned,
    'CONFERENCE',
    'TELEPHONE',
    '2026-12-10T16:00:00Z',
    IDS.plaintiff,
    pc,
    'PENDING',
    '2026-12-10T19:00:00Z',
  ]);
}

async function state(db: Client) {
  const rows = async (sql: string) => (await db.query(sql)).rows;
  return {
    disputes: await rows(
      `SELECT id, status, resolution, closed_at IS NOT NULL AS closed FROM disputes ORDER BY id`,
    ),
    items: await rows(`SELECT dispute_id, open FROM dispute_items ORDER BY dispute_id`),
    deadlines: await rows(`SELECT id, status FROM deadlines ORDER BY id`),
  };
}

describe('migration GateClosedToGaming', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: Client;
  let before: Awaited<ReturnType<typeof state>>;

  const undo = async () => {
    const source = new DataSource({
      ...dataSourceOptions({ databaseUrl: database.url }, 'test'),
      migrations: MIGRATIONS,
    });
    await source.initialize();
    try {
      // Back to before GateClosedToGaming, undoing any migration that landed after it first.
      const after = MIGRATIONS.length - through('GateClosedToGaming1796400000000').length;
      for (let i = 0; i <= after; i++) await source.undoLastMigration({ transaction: 'each' });
    } finally {
      await source.destroy();
    }
  };

  beforeEach(async () => {
    database = await createEmptyTestDatabase();
    await runMigrations({ databaseUrl: database.url }, through('LegacyAgreementsAndNotices1796100000000'));
    db = new Client({ connectionString: database.url });
    await db.connect();
    await seed(db);
    before = await state(db);
    await runMigrations({ databaseUrl: database.url }, MIGRATIONS);
  });

  afterEach(async () => {
    await db?.end();
    await database?.drop();
  });

  it('makes the responding side’s one-sided resolution its proposal, for the moving side to accept', async () => {
    const { disputes, items, deadlines } = await state(db);
    const d = IDS.disputes;
    expect(disputes.find((x) => x.id === d.oneSided)).toEqual({
      id: d.oneSided,
      status: 'CONFERRING',
      resolution: null,
      closed: false,
    });
    expect(items.find((x) => x.dispute_id === d.oneSided)).toEqual({ dispute_id: d.oneSided, open: true });
    const { rows: proposals } = await db.query(
      `SELECT dispute_id, proposed_by_party_id, proposed_by_id, resolution, agreed_due_on::text, status
         FROM dispute_resolution_proposals`,
    );
    expect(proposals).toEqual([
      {
        dispute_id: d.oneSided,
        proposed_by_party_id: IDS.defendant,
        proposed_by_id: IDS.defendantCounsel,
        resolution: 'Widget will supplement.',
        agreed_due_on: '2026-12-17',
        status: 'PROPOSED',
      },
    ]);
    // Its date waits for the moving side's acceptance.
    expect(deadlines).toEqual([{ id: IDS.deadline, status: 'CANCELLED' }]);
    // The moving side's own resolution stands; so does one a newer dispute has overtaken.
    for (const id of [d.mutual, d.overtaken]) {
      expect(disputes.find((x) => x.id === id)).toEqual(before.disputes.find((x) => x.id === id));
    }
  });

  it('dates a returned dispute from its ruling, records from their writing, and flags the late set', async () => {
    const { rows: returned } = await db.query(
      `SELECT id, returned_to_confer_at FROM disputes WHERE returned_to_confer_at IS NOT NULL`,
    );
    expect(returned).toEqual([
      { id: IDS.disputes.returned, returned_to_confer_at: new Date('2026-12-14T18:00:00Z') },
    ]);
    const { rows: events } = await db.query(`SELECT id, recorded_at FROM conferral_events ORDER BY id`);
    expect(events).toEqual([
      { id: IDS.letter, recorded_at: new Date('2026-12-09T18:00:00Z') },
      { id: IDS.conference, recorded_at: new Date('2026-12-10T19:00:00Z') },
    ]);
    const { rows: sets } = await db.query(`SELECT due_after_cutoff FROM discovery_sets`);
    expect(sets).toEqual([{ due_after_cutoff: true }]);
  });

  it('down() puts back what nobody has acted on since, and up() again repairs the same', async () => {
    const repaired = await state(db);
    await undo();
    expect(await state(db)).toEqual(before);
    await runMigrations({ databaseUrl: database.url }, MIGRATIONS);
    expect(await state(db)).toEqual(repaired);
  });
});
