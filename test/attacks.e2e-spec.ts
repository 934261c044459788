import { hashEvent } from '@parley/audit';
import { QueueName, QueuesService } from '@parley/platform';
import { createCase, createCourt, invite, signIn, signUp, STRONG_PASSWORD } from './support/factories';
import { DISPUTE, OPEN_DISPUTE } from './support/conferral';
import { CREATE_SET, draftSet, SET, SETS } from './support/discovery';
import { startSmtpSink, startWebhookSink } from './support/sinks';
import { Parley, startParley } from './support/test-app';
import { buildWorld, CREATE_STAFF, World } from './support/world';

const MISSING = '00000000-0000-4000-8000-000000000000';
const TRAIL = `query($id: ID!) { auditTrail(caseId: $id, first: 100) { edges { node { action partyId after } } } }`;
const VERIFY = `query($id: ID!) { verifyAuditChain(caseId: $id) { valid eventCount } }`;
const NOTICES = `{ notifications { kind message } }`;

/**
 * Issue 11, tried as an attacker would: private work stays private on every channel, races are
 * settled by the database, the admin reads and forges no case content, and refusals read the same
 * whether a thing is missing or hidden.
 */
describe('attacks on who sees and changes what', () => {
  let parley: Parley;
  let world: World;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    parley = await startParley({ env: { SMTP_URL: smtp.url } });
    world = await buildWorld(parley);
    // The world's endpoints point nowhere; with a worker running they would only retry.
    for (const id of [world.endpointId, world.disposableEndpointId]) {
      await world.users.defense.client.ok(`mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }`, {
        id,
      });
    }
    await parley.waitForIdle(30_000);
  }, 120_000);
  afterAll(async () => {
    await parley?.close();
    await smtp?.close();
  });

  describe('a draft is its party’s alone (DOMAIN.md, "Private work stays private")', () => {
    it('leaves no trace for the other side: trail, chain count, lists, notices, email, webhooks, calendar, errors', async () => {
      const { luckert, defense } = world.users;
      const sink = await startWebhookSink();
      let endpoint: string | null = null;
      try {
        const { createWebhookEndpoint: hook } = await luckert.client.ok(
          `mutation($u: String!) { createWebhookEndpoint(input: { url: $u }) { id } }`,
          { u: sink.url },
        );
        endpoint = hook.id;
        const { createCalendarFeed } = await luckert.client.ok(`mutation { createCalendarFeed { url } }`);
        const countBefore = (await luckert.client.ok(VERIFY, { id: world.caseId })).verifyAuditChain
          .eventCount;
        const mailsBefore = smtp.messages.length;

        const secretTitle = 'Motion strategy: requests about the warden’s emails';
        const draft = await draftSet(defense.client, {
          caseId: world.caseId,
          servingPartyId: world.defendantId,
          respondingPartyId: world.plaintiffId,
          title: secretTitle,
          items: [{ text: 'Produce every email of Warden Hale about Luckert.' }],
        });
        await parley.waitForIdle();

        // The defense sees its own work, on its own chain.
        const own = (await defense.client.ok(TRAIL, { id: world.caseId })).auditTrail.edges.map(
          (e: any) => e.node,
        );
        expect(own.find((e: any) => e.after?.title === secretTitle)).toMatchObject({
          action: 'SET_DRAFTED',
          partyId: world.defendantId,
        });

        // The other side: not its title, not that it exists, not a count that moved.
        const seen = JSON.stringify([
          await luckert.client.ok(TRAIL, { id: world.caseId }),
          await luckert.client.ok(SETS, { caseId: world.caseId }),
          await luckert.client.ok(NOTICES),
          await luckert.client.ok(`query($id: ID!) { deadlines(caseId: $id) { id description } }`, {
            id: world.caseId,
          }),
          await (
            await fetch(createCalendarFeed.url.replace(/^http:\/\/localhost:\d+/, parley.baseUrl))
          ).text(),
          smtp.messages.slice(mailsBefore).map((m) => m.raw),
          sink.received.map((r) => r.body),
        ]);
        expect(seen).not.toContain(draft.id);
        expect(seen).not.toMatch(/warden/i);
        // Its own drafts it sees; none of the defense's.
        const trail = (await luckert.client.ok(TRAIL, { id: world.caseId })).auditTrail.edges.map(
          (e: any) => e.node,
        );
        expect(trail.filter((e: any) => e.partyId === world.defendantId)).toEqual([]);
        expect(trail.filter((e: any) => e.partyId).every((e: any) => e.partyId === world.plaintiffId)).toBe(
          true,
        );
        expect((await luckert.client.ok(VERIFY, { id: world.caseId })).verifyAuditChain.eventCount).toBe(
          countBefore,
        );

        // And asking for it by id reads exactly as asking for something that does not exist.
        const hidden = await luckert.client.fails(SET, { id: draft.id });
        const missing = await luckert.client.fails(SET, { id: MISSING });
        expect([hidden.extensions, hidden.message]).toEqual([missing.extensions, missing.message]);
        const hiddenItem = await luckert.client.fails(OPEN_DISPUTE, {
          input: { caseId: world.caseId, itemIds: [draft.items[0].id], summary: 'x' },
        });
        const missingItem = await luckert.client.fails(OPEN_DISPUTE, {
          input: { caseId: world.caseId, itemIds: [MISSING], summary: 'x' },
        });
        expect(hiddenItem.message).toBe(missingItem.message);
        expect(hiddenItem.extensions.code).toBe('NOT_FOUND');
      } finally {
        if (endpoint)
          await luckert.client.ok(`mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }`, {
            id: endpoint,
          });
        await sink.close();
      }
    });

    it('paging says nothing of hidden work: cursors name rows, and an `after` naming hidden work starts nowhere', async () => {
      const { luckert } = world.users;
      const page = (
        await luckert.client.ok(
          `query($id: ID!) { auditTrail(caseId: $id, first: 2) { edges { node { id } } pageInfo { endCursor } } }`,
          { id: world.caseId },
        )
      ).auditTrail;
      // The cursor is the last event's id, not its place among every chain's writes.
      expect(JSON.parse(Buffer.from(page.pageInfo.endCursor, 'base64url').toString())).toEqual([
        page.edges[1].node.id,
      ]);
      const [drafted] = await parley.db.query(
        `SELECT id FROM audit_events WHERE party_id = $1 ORDER BY seq LIMIT 1`,
        [world.defendantId],
      );
      const afterHidden = (
        await luckert.client.ok(
          `query($id: ID!, $after: String) { auditTrail(caseId: $id, after: $after) { edges { node { id } } } }`,
          { id: world.caseId, after: Buffer.from(JSON.stringify([drafted.id])).toString('base64url') },
        )
      ).auditTrail.edges;
      expect(afterHidden).toEqual([]);
      for (const [list, after] of [
        ['discoverySets', world.draft.id],
        ['disputes', world.draft.id],
        ['deadlines', world.draft.id],
      ]) {
        const rows = (
          await luckert.client.ok(
            `query($id: ID!, $after: String) { ${list}(caseId: $id, after: $after) { id } }`,
            { id: world.caseId, after },
          )
        )[list];
        expect([list, rows]).toEqual([list, []]);
      }
      // Another case's set orders nothing in this one either.
      const [elsewhere] = await parley.db.query(`SELECT id FROM discovery_sets WHERE case_id = $1 LIMIT 1`, [
        world.otherCaseId,
      ]);
      if (elsewhere) {
        const rows = (
          await luckert.client.ok(
            `query($id: ID!, $after: String) { discoverySets(caseId: $id, after: $after) { id } }`,
            { id: world.caseId, after: elsewhere.id },
          )
        ).discoverySets;
        expect(rows).toEqual([]);
      }
    });

    it('a draft recorded before private chains existed stays its own side’s: the trail and count hide it from the other', async () => {
      const { luckert, defense } = world.users;
      const countsBefore = {
        luckert: (await luckert.client.ok(VERIFY, { id: world.caseId })).verifyAuditChain.eventCount,
        defense: (await defense.client.ok(VERIFY, { id: world.caseId })).verifyAuditChain.eventCount,
      };
      // Written as the release before issue 11 wrote drafts: on the case's chain, hashed into it.
      await parley.waitForIdle();
      const [last] = await parley.db.query(
        `SELECT seq, hash FROM audit_events WHERE case_id = $1 AND party_id IS NULL AND court_id IS NULL
          ORDER BY seq DESC LIMIT 1`,
        [world.caseId],
      );
      const fields = {
        caseId: world.caseId,
        partyId: null,
        courtId: null,
        seq: last.seq + 1,
        occurredAt: new Date(),
        actorId: defense.id,
        action: 'SET_DRAFTED',
        subjectType: 'DiscoverySet',
        subjectId: world.draft.id,
        before: null,
        after: { title: 'Old secret: the warden’s phone logs' },
        prevHash: last.hash,
      };
      await parley.db.query(
        `INSERT INTO audit_events (case_id, seq, occurred_at, actor_id, action, subject_type, subject_id, before, after, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9, $10)`,
        [
          fields.caseId,
          fields.seq,
          fields.occurredAt,
          fields.actorId,
          fields.action,
          fields.subjectType,
          fields.subjectId,
          fields.after,
          fields.prevHash,
          hashEvent(fields),
        ],
      );
      const trailOf = async (client: typeof luckert.client) =>
        JSON.stringify((await client.ok(TRAIL, { id: world.caseId })).auditTrail);
      expect(await trailOf(luckert.client)).not.toMatch(/Old secret/);
      expect(await trailOf(defense.client)).toMatch(/Old secret/);
      expect(await trailOf(world.users.paralegal.client)).toMatch(/Old secret/);
      const luckertVerify = (await luckert.client.ok(VERIFY, { id: world.caseId })).verifyAuditChain;
      const defenseVerify = (await defense.client.ok(VERIFY, { id: world.caseId })).verifyAuditChain;
      expect(luckertVerify).toEqual({ valid: true, eventCount: countsBefore.luckert });
      expect(defenseVerify).toEqual({ valid: true, eventCount: countsBefore.defense + 1 });
    });

    it('a refusal for something hidden and for something missing read alike, request by request', async () => {
      const { luckert } = world.users;
      const stranger = await signUp(parley, 'Stranger Counsel');
      const answer = `mutation($id: ID!) { answerConferenceRequest(input: { requestId: $id, answer: DECLINE }) { id } }`;
      const hidden = await stranger.client.fails(answer, { id: world.request.id });
      const missing = await luckert.client.fails(answer, { id: MISSING });
      expect([hidden.extensions.code, hidden.message]).toEqual([
        'NOT_FOUND',
        'The request to confer was not found.',
      ]);
      expect(hidden.message).toBe(missing.message);
      const dispute = await stranger.client.fails(DISPUTE, { id: world.conferring.id });
      expect(dispute.message).toBe((await luckert.client.fails(DISPUTE, { id: MISSING })).message);
    });
  });

  it('ids in upper case are the same ids: a legitimate call is not refused for its spelling', async () => {
    const { luckert } = world.users;
    const up = (id: string) => id.toUpperCase();
    const draft = await draftSet(luckert.client, {
      caseId: up(world.caseId),
      servingPartyId: up(world.plaintiffId),
      respondingPartyId: up(world.defendantId),
    });
    expect(draft.id).toBe(draft.id.toLowerCase());
    const { discoverySet } = await luckert.client.ok(`query($id: ID!) { discoverySet(id: $id) { id } }`, {
      id: up(draft.id),
    });
    expect(discoverySet.id).toBe(draft.id);
  });

  describe('races are settled by the database', () => {
    it('twenty disputes opened at once over one item: one opens, the rest are told it is taken', async () => {
      const { luckert } = world.users;
      const item = world.served.items[2].id;
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          luckert.client.request(OPEN_DISPUTE, {
            input: { caseId: world.caseId, itemIds: [item], summary: 'Evasive.' },
          }),
        ),
      );
      const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c !== 'OK').every((c) => c === 'CONFLICT')).toBe(true);
      const [{ open }] = await parley.db.query(
        `SELECT count(*)::int AS open FROM dispute_items WHERE item_id = $1 AND open`,
        [item],
      );
      expect(open).toBe(1);
    });

    it('invitations to both opposing parties accepted at once: the account represents one of them', async () => {
      const counsel = await signUp(parley, 'Double Agent');
      const created = await createCase(counsel.client, world.courtId, {
        parties: [
          { name: 'Acme', side: 'PLAINTIFF', proSe: false, incarcerated: false },
          { name: 'Widget', side: 'DEFENDANT', proSe: false, incarcerated: false },
          { name: 'Sprocket', side: 'DEFENDANT', proSe: false, incarcerated: false },
        ],
        myPartyIndex: 2,
        myRole: 'COUNSEL',
      });
      const mole = await signUp(parley, 'Mole');
      const tokens = [
        (await invite(counsel.client, created.parties[0].id, mole.email, 'COUNSEL')).token,
        (await invite(counsel.client, created.parties[1].id, mole.email, 'COUNSEL')).token,
      ];
      const results = await Promise.all(
        [...tokens, ...tokens, ...tokens].map((token) =>
          mole.client.request(`mutation($token: String!) { acceptInvitation(token: $token) { id } }`, {
            token,
          }),
        ),
      );
      expect(results.filter((r) => !r.errors).length).toBe(1);
      const [{ parties }] = await parley.db.query(
        `SELECT count(*)::int AS parties FROM memberships WHERE case_id = $1 AND user_id = $2`,
        [created.id, mole.id],
      );
      expect(parties).toBe(1);
    });

    it('two outsiders invited to one unrepresented party, accepting at once: one represents it', async () => {
      const counsel = await signUp(parley, 'Inviting Counsel');
      const created = await createCase(counsel.client, world.courtId, {
        parties: [
          { name: 'Acme', side: 'PLAINTIFF', proSe: false, incarcerated: false },
          { name: 'Widget', side: 'DEFENDANT', proSe: false, incarcerated: false },
        ],
        myPartyIndex: 0,
        myRole: 'COUNSEL',
      });
      const first = await signUp(parley, 'First Claimant');
      const second = await signUp(parley, 'Second Claimant');
      const tokens = [
        (await invite(counsel.client, created.parties[1].id, first.email, 'COUNSEL')).token,
        (await invite(counsel.client, created.parties[1].id, second.email, 'COUNSEL')).token,
      ];
      const accept = `mutation($token: String!) { acceptInvitation(token: $token) { id } }`;
      const results = await Promise.all([
        first.client.request(accept, { token: tokens[0] }),
        second.client.request(accept, { token: tokens[1] }),
      ]);
      const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const [{ members }] = await parley.db.query(
        `SELECT count(*)::int AS members FROM memberships WHERE party_id = $1`,
        [created.parties[1].id],
      );
      expect(members).toBe(1);
    });

    it('an endpoint enabled while it is being deleted stays deleted', async () => {
      const owner = await signUp(parley, 'Racing Integrator');
      const { createWebhookEndpoint: hook } = await owner.client.ok(
        `mutation { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/hook" }) { id } }`,
      );
      await Promise.all([
        owner.client.request(`mutation($id: ID!) { enableWebhookEndpoint(id: $id) { id } }`, { id: hook.id }),
        owner.client.request(`mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }`, { id: hook.id }),
        owner.client.request(`mutation($id: ID!) { enableWebhookEndpoint(id: $id) { id } }`, { id: hook.id }),
      ]);
      const [row] = await parley.db.query(`SELECT deleted_at FROM webhook_endpoints WHERE id = $1`, [
        hook.id,
      ]);
      expect(row.deleted_at).not.toBeNull();
      expect((await owner.client.ok(`{ webhookEndpoints { id } }`)).webhookEndpoints).toEqual([]);
      const late = await owner.client.fails(`mutation($id: ID!) { enableWebhookEndpoint(id: $id) { id } }`, {
        id: hook.id,
      });
      expect([late.extensions.code, late.message]).toEqual([
        'NOT_FOUND',
        'The webhook endpoint was not found.',
      ]);
    });

    it('fifteen webhook endpoints created at once stop at the cap of ten', async () => {
      const busy = await signUp(parley, 'Busy Integrator');
      const results = await Promise.all(
        Array.from({ length: 15 }, (_, i) =>
          busy.client.request(`mutation($u: String!) { createWebhookEndpoint(input: { url: $u }) { id } }`, {
            u: `http://127.0.0.1:9/hook/${i}`,
          }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(10);
      expect(results.filter((r) => r.errors).every((r) => /at most 10/.test(r.errors![0].message))).toBe(
        true,
      );
      expect((await busy.client.ok(`{ webhookEndpoints { id } }`)).webhookEndpoints).toHaveLength(10);
    });

    it('a burst of wrong passwords checks no more of them than the lockout allows', async () => {
      const victim = await signUp(parley, 'Guessed At');
      const results = await Promise.all(
        Array.from({ length: 21 }, (_, i) =>
          parley.client.request(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
            i: { email: victim.email, password: `wrong guess number ${i}` },
          }),
        ),
      );
      const messages = results.map((r) => r.errors?.[0]?.message ?? 'signed in');
      expect(messages.filter((m) => /not right/.test(m))).toHaveLength(10);
      expect(messages.filter((m) => /Too many failed sign-ins/.test(m))).toHaveLength(11);
      // Locked: even the right password waits now.
      const right = await parley.client.fails(
        `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`,
        {
          i: { email: victim.email, password: STRONG_PASSWORD },
        },
      );
      expect(right.message).toMatch(/Too many failed sign-ins/);
    });

    it('both sides stipulating at the same moment meet on one stipulation, in effect', async () => {
      const { luckert, defense } = world.users;
      const input = {
        caseId: world.caseId,
        kind: 'INTERROGATORY_LIMIT',
        interrogatoryLimit: 40,
        source: 'Stip.',
      };
      const mutation = `mutation($input: RecordDiscoveryOrderInput!) { recordDiscoveryOrder(input: $input) { id status } }`;
      const [a, b] = await Promise.all([
        luckert.client.ok(mutation, { input }),
        defense.client.ok(mutation, { input }),
      ]);
      expect(a.recordDiscoveryOrder.id).toBe(b.recordDiscoveryOrder.id);
      const { discoveryOrders } = await luckert.client.ok(
        `query($id: ID!) { discoveryOrders(caseId: $id) { kind status agreedPartyIds } }`,
        { id: world.caseId },
      );
      expect(discoveryOrders.filter((o: any) => o.kind === 'INTERROGATORY_LIMIT')).toEqual([
        {
          kind: 'INTERROGATORY_LIMIT',
          status: 'IN_EFFECT',
          agreedPartyIds: expect.arrayContaining([world.plaintiffId, world.defendantId]),
        },
      ]);
    });
  });

  describe('the admin runs the platform and reads no case', () => {
    it('creates a court’s first staff account only; its staff add the rest and are told of each one', async () => {
      const admin = world.clients.admin;
      const court = await createCourt(admin, { name: `Court ${Date.now()}`, district: 'D. Del.' });
      const staffInput = (email: string) => ({
        input: { courtId: court.id, email, name: email, password: STRONG_PASSWORD },
      });
      // Five first accounts at once: one.
      const burst = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          admin.request(CREATE_STAFF, staffInput(`first${i}.${court.id.slice(0, 6)}@ded.example`)),
        ),
      );
      expect(burst.filter((r) => !r.errors)).toHaveLength(1);
      const winner = burst.findIndex((r) => !r.errors);
      const clerk = await signIn(
        parley,
        `first${winner}.${court.id.slice(0, 6)}@ded.example`,
        STRONG_PASSWORD,
      );

      // An admin who wants to read the court's escalations cannot mint a second login for it.
      const again = await admin.fails(CREATE_STAFF, staffInput(`mole.${court.id.slice(0, 6)}@ded.example`));
      expect([again.extensions.code, again.message]).toEqual([
        'FORBIDDEN',
        'This court already has staff; only its staff can add another account.',
      ]);
      await clerk.ok(CREATE_STAFF, staffInput(`second.${court.id.slice(0, 6)}@ded.example`));
      await parley.waitForIdle();
      expect((await clerk.ok(NOTICES)).notifications).toEqual([
        expect.objectContaining({ kind: 'COURT_STAFF_ADDED', message: expect.stringMatching(/^second\./) }),
        expect.objectContaining({ kind: 'COURT_STAFF_ADDED' }),
      ]);
      const { courtStaff } = await clerk.ok(`query($id: ID!) { courtStaff(courtId: $id) { email } }`, {
        id: court.id,
      });
      expect(courtStaff).toHaveLength(2);
    });

    it('job data and the outbox carry ids only: no title, summary, letter or position text', async () => {
      await parley.waitForIdle();
      const texts = [
        'First Set of Interrogatories',
        'The answers are evasive',
        'Please answer No. 2',
        'We stand on it',
        'Compel an answer to No. 2',
        'The objection stands',
        'Can we talk about Interrogatory 1',
        'Luckert',
        'Brannon',
      ];
      const payloads = JSON.stringify(await parley.db.query(`SELECT name, payload FROM outbox_messages`));
      const jobs: unknown[] = [];
      for (const name of ['notifications', 'deliveries', 'deadlines'] as const) {
        const queue = parley.api.get(QueuesService).get(name as QueueName);
        for (const job of await queue.getJobs(['completed', 'failed', 'delayed', 'waiting', 'active'])) {
          jobs.push({ name: job.name, data: job.data, returnvalue: job.returnvalue });
        }
      }
      expect(jobs.length).toBeGreaterThan(10);
      for (const text of texts) {
        expect(payloads).not.toContain(text);
        expect(JSON.stringify(jobs)).not.toContain(text);
      }
    });
  });

  describe('docket numbers', () => {
    it('a second case under a real docket number locks nobody out; the court sees both claims and is told', async () => {
      const squatter = await signUp(parley, 'Squatter');
      const theReal = await createCase(world.users.other.client, world.courtId, {
        docketNumber: 'C 26-7777 EDL',
      });
      const before = smtp.messages.length;
      const claim = await createCase(squatter.client, world.courtId, { docketNumber: 'C 26-7777 EDL' });
      expect(claim.id).not.toBe(theReal.id);
      await parley.waitForIdle();
      const staff = world.clients.courtStaffHere;
      const { docketConflicts } = await staff.ok(
        `{ docketConflicts { docketNumber claims { caseId title parties { name onParley } } } }`,
      );
      expect(docketConflicts).toEqual([
        expect.objectContaining({
          docketNumber: 'C 26-7777 EDL',
          claims: [
            expect.objectContaining({ caseId: theReal.id }),
            expect.objectContaining({ caseId: claim.id }),
          ],
        }),
      ]);
      expect((await staff.ok(NOTICES)).notifications).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'DOCKET_NUMBER_SHARED' })]),
      );
      // Neither claimant hears about the other.
      expect(smtp.messages.slice(before).filter((m) => m.to.includes(squatter.email))).toEqual([]);
      expect((await squatter.client.ok(NOTICES)).notifications).toEqual([]);
      // Another court's staff see nothing of it.
      expect(
        (await world.clients.courtStaffElsewhere.ok(`{ docketConflicts { docketNumber } }`)).docketConflicts,
      ).toEqual([]);
      // A page holds whole conflicts, by docket number.
      await createCase(squatter.client, world.courtId, { docketNumber: 'C 26-8888 EDL' });
      await createCase(squatter.client, world.courtId, { docketNumber: 'C 26-8888 EDL' });
      const pages = `query($after: String) { docketConflicts(first: 1, after: $after) { docketNumber claims { caseId } } }`;
      const first = (await staff.ok(pages)).docketConflicts;
      expect(first.map((c: any) => [c.docketNumber, c.claims.length])).toEqual([['C 26-7777 EDL', 2]]);
      const next = (await staff.ok(pages, { after: first[0].docketNumber })).docketConflicts;
      expect(next.map((c: any) => [c.docketNumber, c.claims.length])).toEqual([['C 26-8888 EDL', 2]]);
    });
  });

  it('a draft created today cannot be served years ago', async () => {
    const { defense } = world.users;
    const { createDiscoverySet: draft } = await defense.client.ok(CREATE_SET, {
      input: {
        caseId: world.caseId,
        servingPartyId: world.defendantId,
        respondingPartyId: world.plaintiffId,
        kind: 'ADMISSIONS',
        title: 'Requests for Admission',
        items: [{ text: 'Admit that you were in the yard.' }],
      },
    });
    const backdated = await defense.client.fails(
      `mutation($input: ServeDiscoverySetInput!) { serveDiscoverySet(input: $input) { id } }`,
      {
        input: {
          setId: draft.id,
          method: 'MAIL',
          signature: '/s/ Dana Wu',
          servedAt: '2024-06-01T17:00:00Z',
        },
      },
    );
    expect([backdated.extensions.code, backdated.message]).toEqual([
      'BAD_USER_INPUT',
      expect.stringMatching(/before the set was drafted/),
    ]);
  });
});
