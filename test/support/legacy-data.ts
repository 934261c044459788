import { Client } from 'pg';

/** Readable fixed ids: the assertions name rows rather than look them up. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const AT = {
  t0: '2026-01-05T15:00:00.000Z',
  t1: '2026-01-06T15:00:00.000Z',
  t2: '2026-01-07T15:00:00.000Z',
  t3: '2026-01-08T15:00:00.000Z',
  t4: '2026-01-09T15:00:00.000Z',
  // After the upgrade to WhoSeesWhat.
  t5: '2026-02-02T15:00:00.000Z',
  t6: '2026-02-03T15:00:00.000Z',
};

export const IDS = {
  court: uuid(1),
  plaintiffCounsel: uuid(10),
  defendantCounsel: uuid(11),
  /** Recorded things before the upgrade, represents nobody now. */
  formerCounsel: uuid(12),
  clerk: uuid(13),
  /** Case a: one-sided stipulations, a one-sided policy, duplicate disputes, old notices. */
  caseA: uuid(20),
  /** Case b: a policy set by former counsel; stipulations made the new way. */
  caseB: uuid(21),
  /** Case c: a one-sided limit and policy, then the court's orders. */
  caseC: uuid(22),
  /** Case d: a one-sided policy, then a new proposal. */
  caseD: uuid(23),
  plaintiff: { a: uuid(30), b: uuid(31), c: uuid(32), d: uuid(33) },
  defendant: { a: uuid(40), b: uuid(41), c: uuid(42), d: uuid(43) },
  orders: {
    limitOfOne: uuid(50),
    limitOfForty: uuid(51),
    earlyByFormer: uuid(52),
    limitInC: uuid(53),
    agreedInB: uuid(54),
    proposedInB: uuid(55),
    courtOrderInC: uuid(56),
  },
  proposals: { courtOrderInC: uuid(60), newInD: uuid(61) },
  set: uuid(70),
  items: [uuid(71), uuid(72), uuid(73), uuid(74), uuid(75)],
  disputes: {
    first: uuid(80),
    twin: uuid(81),
    partial: uuid(82),
    escalatedTwin: uuid(83),
    resolved: uuid(84),
  },
  /** Opened after the upgrade; its item closed for another reason than a duplicate. */
  strayDispute: uuid(85),
  outbox: {
    unrelayedNotice: uuid(90),
    relayedNotice: uuid(91),
    partyJoined: uuid(92),
    courtStaff: uuid(93),
    email: uuid(94),
    event: uuid(95),
  },
};

export const NOTICE_TEXT = 'A stipulation or order allowing a different interrogatory limit was recorded';

const CASES = ['a', 'b', 'c', 'd'] as const;
const caseId = (c: (typeof CASES)[number]) => ({ a: IDS.caseA, b: IDS.caseB, c: IDS.caseC, d: IDS.caseD })[c];

/** What the version before WhoSeesWhat wrote (its schema: DeadlinesAndNotices). */
export async function seedBeforeUpgrade(db: Client): Promise<void> {
  const { court, plaintiffCounsel: pc, defendantCounsel: dc, formerCounsel: fc, clerk } = IDS;
  await db.query(
    `INSERT INTO courts (id, name, district, time_zone, conferral_response_days, joint_letter_page_limit,
       position_response_days) VALUES ($1, 'Northern District of California', 'N.D. Cal.', 'America/Los_Angeles', 7, 5, 7)`,
    [court],
  );
  await db.query(
    `INSERT INTO users (id, email, name, password_hash, role, court_id) VALUES
       ($1, 'p@firm.test', 'P Counsel', 'x', 'USER', NULL), ($2, 'd@firm.test', 'D Counsel', 'x', 'USER', NULL),
       ($3, 'f@firm.test', 'Former', 'x', 'USER', NULL), ($4, 'clerk@court.test', 'Clerk', 'x', 'COURT_STAFF', $5)`,
    [pc, dc, fc, clerk, court],
  );
  for (const c of CASES) {
    const [id, p, d] = [caseId(c), IDS.plaintiff[c], IDS.defendant[c]];
    await db.query(
      `INSERT INTO cases (id, court_id, docket_number, title, judge, created_by_id)
       VALUES ($1, $2, $3, 'Doe v. Roe', 'Judge', $4)`,
      [id, court, `3:26-cv-0000${CASES.indexOf(c)}`, pc],
    );
    await db.query(
      `INSERT INTO parties (id, case_id, name, side, pro_se, incarcerated, position)
       VALUES ($1, $3, 'Doe', 'PLAINTIFF', false, false, 0), ($2, $3, 'Roe', 'DEFENDANT', false, false, 1)`,
      [p, d, id],
    );
    await db.query(
      `INSERT INTO memberships (party_id, case_id, user_id, role, consented_to_electronic_service_at)
       VALUES ($1, $3, $4, 'COUNSEL', $6), ($2, $3, $5, 'COUNSEL', $6)`,
      [p, d, id, pc, dc, AT.t0],
    );
  }
  const order = `INSERT INTO discovery_orders (id, case_id, kind, interrogatory_limit, source, recorded_by_id, recorded_at)
                 VALUES ($1, $2, $3, $4, 'Stipulation', $5, $6)`;
  const o = IDS.orders;
  await db.query(order, [o.limitOfOne, IDS.caseA, 'INTERROGATORY_LIMIT', 1, dc, AT.t1]);
  await db.query(order, [o.limitOfForty, IDS.caseA, 'INTERROGATORY_LIMIT', 40, pc, AT.t2]);
  await db.query(order, [o.earlyByFormer, IDS.caseA, 'EARLY_DISCOVERY', null, fc, AT.t1]);
  await db.query(order, [o.limitInC, IDS.caseC, 'INTERROGATORY_LIMIT', 50, pc, AT.t1]);

  const policy = `INSERT INTO conferral_policies (case_id, letters_qualify, source, set_by_id, set_at)
                  VALUES ($1, $2, $3, $4, $5)`;
  await db.query(policy, [IDS.caseA, true, 'Letters, says the defendant', dc, AT.t1]);
  await db.query(policy, [IDS.caseB, true, 'Letters, says former counsel', fc, AT.t1]);
  await db.query(policy, [IDS.caseC, true, 'Letters, says the plaintiff', pc, AT.t1]);
  await db.query(policy, [IDS.caseD, true, 'Letters, says the plaintiff', pc, AT.t1]);

  await seedDisputes(db);

  const box = IDS.outbox;
  const outbox = `INSERT INTO outbox_messages (id, queue, name, payload, relayed_at) VALUES ($1, 'notifications', $2, $3, $4)`;
  const notice = {
    caseId: IDS.caseA,
    partyIds: [IDS.plaintiff.a],
    kind: 'DISCOVERY_ORDER_RECORDED',
    message: NOTICE_TEXT,
  };
  await db.query(outbox, [box.unrelayedNotice, 'NotifyPartiesJob', notice, null]);
  await db.query(outbox, [box.relayedNotice, 'NotifyPartiesJob', notice, AT.t2]);
  await db.query(outbox, [box.partyJoined, 'PartyJoinedJob', { membershipId: uuid(99) }, null]);
  await db.query(outbox, [box.courtStaff, 'NotifyCourtStaffJob', { escalationId: uuid(98) }, AT.t3]);
  await db.query(
    `INSERT INTO outbox_messages (id, queue, name, payload) VALUES ($1, 'deliveries', 'SendEmailJob', $2)`,
    [box.email, { deliveryId: uuid(97) }],
  );
}

/** Opened twice at once before the unique index existed, as WhoSeesWhat found them. */
async function seedDisputes(db: Client): Promise<void> {
  const [p, d] = [IDS.plaintiff.a, IDS.defendant.a];
  await db.query(
    `INSERT INTO discovery_sets (id, case_id, serving_party_id, responding_party_id, kind, title, status, created_by_id)
     VALUES ($1, $2, $3, $4, 'INTERROGATORIES', 'First Set', 'SERVED', $5)`,
    [IDS.set, IDS.caseA, p, d, IDS.plaintiffCounsel],
  );
  for (const [n, item] of IDS.items.entries()) {
    await db.query(
      `INSERT INTO discovery_items (id, set_id, number, text, subparts) VALUES ($1, $2, $3, 'Identify', 0)`,
      [item, IDS.set, n + 1],
    );
  }
  const [i1, i2, i3, i4] = IDS.items;
  const s = IDS.disputes;
  const disputes: Array<[string, string, string, string[]]> = [
    [s.resolved, 'RESOLVED', AT.t0, [i4]],
    [s.first, 'CONFERRING', AT.t1, [i1, i2]],
    [s.twin, 'CONFERRING', AT.t2, [i1, i2]],
    [s.partial, 'CONFERRING', AT.t3, [i2, i3]],
    [s.escalatedTwin, 'ESCALATED', AT.t4, [i1]],
  ];
  for (const [id, status, openedAt, items] of disputes) {
    await db.query(
      `INSERT INTO disputes (id, case_id, requesting_party_id, responding_party_id, summary, status, confer_from,
         opened_by_id, opened_at, resolution, closed_at)
       VALUES ($1, $2, $3, $4, 'Evasive answers', $5, $6, $7, $6, $8, $9)`,
      [
        id,
        IDS.caseA,
        p,
        d,
        status,
        openedAt,
        IDS.plaintiffCounsel,
        status === 'RESOLVED' ? 'Supplemented' : null,
        status === 'RESOLVED' ? AT.t1 : null,
      ],
    );
    for (const item of items) {
      await db.query(`INSERT INTO dispute_items (dispute_id, item_id, set_id) VALUES ($1, $2, $3)`, [
        id,
        item,
        IDS.set,
      ]);
    }
  }
}

/** What the current version wrote between WhoSeesWhat and the repair. */
export async function seedAfterUpgrade(db: Client): Promise<void> {
  const o = IDS.orders;
  const [pB, dB] = [IDS.plaintiff.b, IDS.defendant.b];
  const order = `INSERT INTO discovery_orders (id, case_id, kind, interrogatory_limit, source, recorded_by_id, recorded_at,
                   status, basis, proposed_by_party_id, agreed_party_ids, effective_at)
                 VALUES ($1, $2, $3, $4, 'New', $5, $6, $7, $8, $9, $10, $11)`;
  await db.query(order, [
    o.agreedInB,
    IDS.caseB,
    'INTERROGATORY_LIMIT',
    35,
    IDS.plaintiffCounsel,
    AT.t5,
    'IN_EFFECT',
    'STIPULATION',
    pB,
    [pB, dB],
    AT.t6,
  ]);
  await db.query(order, [
    o.proposedInB,
    IDS.caseB,
    'EARLY_DISCOVERY',
    null,
    IDS.defendantCounsel,
    AT.t6,
    'PROPOSED',
    'STIPULATION',
    dB,
    [dB],
    null,
  ]);
  await db.query(order, [
    o.courtOrderInC,
    IDS.caseC,
    'INTERROGATORY_LIMIT',
    30,
    IDS.clerk,
    AT.t6,
    'IN_EFFECT',
    'COURT_ORDER',
    null,
    [],
    AT.t6,
  ]);

  const proposal = `INSERT INTO conferral_policy_proposals (id, case_id, letters_qualify, source, status, basis,
                      proposed_by_party_id, agreed_party_ids, recorded_by_id, recorded_at, effective_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;
  // The court's order took effect as the service does it: the proposal, and the policy it writes.
  await db.query(proposal, [
    IDS.proposals.courtOrderInC,
    IDS.caseC,
    false,
    'Order, Dkt. 12',
    'IN_EFFECT',
    'COURT_ORDER',
    null,
    [],
    IDS.clerk,
    AT.t6,
    AT.t6,
  ]);
  await db.query(
    `UPDATE conferral_policies SET letters_qualify = false, source = 'Order, Dkt. 12', set_by_id = $2, set_at = $3
      WHERE case_id = $1`,
    [IDS.caseC, IDS.clerk, AT.t6],
  );
  await db.query(proposal, [
    IDS.proposals.newInD,
    IDS.caseD,
    false,
    'Dialogue, says the defendant',
    'PROPOSED',
    'STIPULATION',
    IDS.defendant.d,
    [IDS.defendant.d],
    IDS.defendantCounsel,
    AT.t5,
    null,
  ]);

  await db.query(
    `INSERT INTO disputes (id, case_id, requesting_party_id, responding_party_id, summary, status, confer_from,
       opened_by_id, opened_at) VALUES ($1, $2, $3, $4, 'Late', 'CONFERRING', $5, $6, $5)`,
    [IDS.strayDispute, IDS.caseA, IDS.plaintiff.a, IDS.defendant.a, AT.t5, IDS.plaintiffCounsel],
  );
  await db.query(
    `INSERT INTO dispute_items (dispute_id, item_id, set_id, requesting_party_id, open) VALUES ($1, $2, $3, $4, false)`,
    [IDS.strayDispute, IDS.items[4], IDS.set, IDS.plaintiff.a],
  );

  await db.query(
    `INSERT INTO outbox_messages (id, queue, name, payload) VALUES ($1, 'notifications', 'NotifyEventJob', $2)`,
    [IDS.outbox.event, { eventId: uuid(96), parties: [IDS.plaintiff.a], courtId: null, exceptUserIds: [] }],
  );
}
