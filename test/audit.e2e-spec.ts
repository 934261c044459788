import { createCase, createCourt, invite, join, signInAsAdmin, signUp, SignedIn } from './support/factories';
import { Parley, startParley } from './support/test-app';

const TRAIL = `query($caseId: ID!, $first: Int, $after: String) { auditTrail(caseId: $caseId, first: $first, after: $after) {
  edges { cursor node { seq partyId action actorId subjectType subjectId before after prevHash hash occurredAt } }
  pageInfo { hasNextPage endCursor } } }`;
const VERIFY = `query($caseId: ID!) { verifyAuditChain(caseId: $caseId) { valid eventCount brokenAt } }`;
const CHAINS = `query($caseId: ID!) { verifyAuditChain(caseId: $caseId) { chains { partyId valid eventCount brokenAt } } }`;

describe('the audit hash chain', () => {
  let parley: Parley;
  let defense: SignedIn;
  let courtId: string;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    courtId = (await createCourt(await signInAsAdmin(parley))).id;
    defense = await signUp(parley, 'Audited Counsel');
  });
  afterAll(() => parley?.close());

  it('records every change of a case, linked by hashes, and anyone in the case can verify it', async () => {
    const created = await createCase(defense.client, courtId);
    const [plaintiff, defendant] = created.parties.map((p: { id: string }) => p.id);
    const luckert = await signUp(parley, 'Audited Plaintiff');
    await join(defense.client, plaintiff, luckert, 'PRO_SE');

    // The case's chain: what every party may see.
    const { auditTrail } = await luckert.client.ok(TRAIL, { caseId: created.id });
    const events = auditTrail.edges.map((e: { node: unknown }) => e.node);
    expect(events.map((e: any) => [e.seq, e.action, e.partyId])).toEqual([
      [1, 'CASE_CREATED', null],
      [2, 'MEMBER_JOINED', null],
    ]);
    expect(events[0]).toMatchObject({
      actorId: defense.id,
      subjectType: 'Case',
      subjectId: created.id,
      prevHash: '0'.repeat(64),
    });
    expect(events[1].prevHash).toBe(events[0].hash);
    expect(events[1]).toMatchObject({
      actorId: luckert.id,
      after: expect.objectContaining({ role: 'PRO_SE' }),
    });

    // Whom the defense invited is its own business: on its own chain, in its trail only.
    const ownTrail = (await defense.client.ok(TRAIL, { caseId: created.id })).auditTrail.edges.map(
      (e: { node: any }) => e.node,
    );
    expect(ownTrail.map((e: any) => [e.seq, e.action, e.partyId])).toEqual([
      [1, 'CASE_CREATED', null],
      [1, 'INVITATION_SENT', defendant],
      [2, 'MEMBER_JOINED', null],
    ]);
    expect(ownTrail[1].prevHash).toBe('0'.repeat(64));
    // The invitation's secret never enters the trail.
    expect(JSON.stringify(ownTrail)).not.toMatch(/inv_|token/i);

    expect((await luckert.client.ok(VERIFY, { caseId: created.id })).verifyAuditChain).toEqual({
      valid: true,
      eventCount: 2,
      brokenAt: null,
    });
    expect((await defense.client.ok(VERIFY, { caseId: created.id })).verifyAuditChain).toEqual({
      valid: true,
      eventCount: 3,
      brokenAt: null,
    });
    expect((await defense.client.ok(CHAINS, { caseId: created.id })).verifyAuditChain.chains).toEqual([
      { partyId: null, valid: true, eventCount: 2, brokenAt: null },
      { partyId: defendant, valid: true, eventCount: 1, brokenAt: null },
    ]);
  });

  it('pages through the trail oldest first', async () => {
    const created = await createCase(defense.client, courtId);
    for (let i = 0; i < 4; i++)
      await invite(defense.client, created.parties[0].id, `person${i}@example.org`, 'PRO_SE');
    const first = (await defense.client.ok(TRAIL, { caseId: created.id, first: 3 })).auditTrail;
    const emails = (page: any) => page.edges.map((e: { node: any }) => e.node.after.email ?? e.node.action);
    expect(emails(first)).toEqual(['CASE_CREATED', 'person0@example.org', 'person1@example.org']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await defense.client.ok(TRAIL, { caseId: created.id, first: 3, after: first.pageInfo.endCursor })
    ).auditTrail;
    expect(emails(rest)).toEqual(['person2@example.org', 'person3@example.org']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('is append-only in the database itself', async () => {
    const created = await createCase(defense.client, courtId);
    await expect(
      parley.db.query(`UPDATE audit_events SET action = 'X' WHERE case_id = $1`, [created.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      parley.db.query(`DELETE FROM audit_events WHERE case_id = $1`, [created.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('shows where someone with database access edited history', async () => {
    const created = await createCase(defense.client, courtId);
    for (let i = 0; i < 3; i++)
      await invite(defense.client, created.parties[0].id, `edit${i}@example.org`, 'PRO_SE');
    await parley.db.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete');
      await manager.query(
        `UPDATE audit_events SET after = jsonb_set(after, '{email}', '"someone.else@example.org"') WHERE case_id = $1 AND party_id IS NOT NULL AND seq = 2`,
        [created.id],
      );
      await manager.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete');
    });
    expect((await defense.client.ok(VERIFY, { caseId: created.id })).verifyAuditChain).toEqual({
      valid: false,
      eventCount: 4,
      brokenAt: 2,
    });
  });

  it('concurrent changes to one case take turns: the chain never forks', async () => {
    const created = await createCase(defense.client, courtId);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        invite(defense.client, created.parties[0].id, `rush${i}@example.org`, 'PRO_SE'),
      ),
    );
    const [{ seqs }] = await parley.db.query(
      'SELECT array_agg(seq ORDER BY seq) AS seqs FROM audit_events WHERE party_id = $1',
      [created.parties[1].id],
    );
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await defense.client.ok(VERIFY, { caseId: created.id })).verifyAuditChain).toEqual({
      valid: true,
      eventCount: 21,
      brokenAt: null,
    });
  });
});
