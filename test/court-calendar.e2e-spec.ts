import { randomBytes } from 'node:crypto';
import { demoCourtInput, seedDemo } from '@parley/api';
import { basisFromSteps } from '@parley/migrations';
import { QueueName, QueuesService } from '@parley/platform';
import { californiaStateHolidays } from '@parley/rules';
import { certify, ESCALATE, LOG_CONFERENCE, openDispute, RULE, SUBMIT_POSITION } from './support/conferral';
import { AGREE_EXTENSION, draftSet, SERVE_RESPONSE, SET, serveSet } from './support/discovery';
import {
  createCase,
  createCourt,
  join,
  signIn,
  signInAsAdmin,
  signUp,
  SignedIn,
  STRONG_PASSWORD,
} from './support/factories';
import { GraphQLClient } from './support/graphql-client';
import { startSmtpSink } from './support/sinks';
import { ADMIN, Parley, startParley } from './support/test-app';

/**
 * DOMAIN.md, "The calendar changes": admins and a court's staff add and remove days after the court
 * is set up; open deadlines that count through a changed day are counted again under FRCP 6, moved
 * with their reminders and their subject's date, recorded on the case's chain and told to the
 * parties; the rest are not touched. A day the clerk's office is inaccessible moves a filing deadline
 * (the Civil L.R. 37-3 last day) and never one between the parties (FRCP 6(a)(3)).
 */

const COURT = `id name holidays { date kind source }`;
const ADD = `mutation($input: AddCourtHolidayInput!) { addCourtHoliday(input: $input) { ${COURT} } }`;
const REMOVE = `mutation($input: RemoveCourtHolidayInput!) { removeCourtHoliday(input: $input) { ${COURT} } }`;
const COMPUTE = `query($input: ComputeDeadlineInput!) { computeDeadline(input: $input) }`;
const EXPLAIN = `query($input: ComputeDeadlineInput!) { explainDeadline(input: $input) { dueOn steps { rule text date } } }`;
const DEADLINES = `query($caseId: ID!) { deadlines(caseId: $caseId) { id kind dueOn subjectId } }`;
const ESCALATION = `query($id: ID!) { escalation(id: $id) { positionDueOn ruling { complianceDueOn } } }`;
const NOTICES = '{ notifications { kind message caseId } }';
const TRAIL = `query($caseId: ID!) { auditTrail(caseId: $caseId, first: 100) { edges { node { action actorId subjectId before after } } } }`;
const VERIFY = `query($caseId: ID!) { verifyAuditChain(caseId: $caseId) { valid } }`;
const CREATE_STAFF = `mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }`;
const ME = '{ me { id } }';

const CHAVEZ = 'Cal. Gov. Code § 6700(a)(7): Cesar Chavez Day, March 31';
const OUTAGE = 'General Order 26-12: courthouse and CM/ECF closed by a power outage';

describe('the court’s calendar changes (DOMAIN.md; FRCP 6(a)(3), 6(a)(6)(B)-(C))', () => {
  let parley: Parley;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: GraphQLClient;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    parley = await startParley({ env: { SMTP_URL: smtp.url } });
    admin = await signInAsAdmin(parley);
  });
  afterAll(async () => {
    await parley?.close();
    await smtp?.close();
  });

  /** A court of its own with two staff accounts (the first by the admin, the second by the first). */
  async function courtWithStaff() {
    const court = await createCourt(admin);
    const tag = randomBytes(4).toString('hex');
    const emails = [`clerk.${tag}@cand.example`, `chambers.${tag}@cand.example`];
    await admin.ok(CREATE_STAFF, {
      input: { courtId: court.id, email: emails[0], name: 'Clerk Ortega', password: STRONG_PASSWORD },
    });
    const clerk = await signIn(parley, emails[0], STRONG_PASSWORD);
    await clerk.ok(CREATE_STAFF, {
      input: {
        courtId: court.id,
        email: emails[1],
        name: 'Chambers of Judge Laporte',
        password: STRONG_PASSWORD,
      },
    });
    const chambers = await signIn(parley, emails[1], STRONG_PASSWORD);
    return { court, clerk, chambers, emails };
  }

  /** Luckert v. Brannon in a court: the pro se plaintiff serves interrogatories on the defense at `servedAt`. */
  async function servedCase(courtId: string, servedAt: string, overrides: Record<string, unknown> = {}) {
    const defense = await signUp(parley, 'Dana Wu');
    const plaintiff = await signUp(parley, 'R. Luckert');
    parley.setTime(servedAt);
    const created = await createCase(defense.client, courtId, {
      rule26fConferenceOn: '2026-02-02',
      ...overrides,
    });
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, plaintiff, 'PRO_SE');
    const draft = await draftSet(plaintiff.client, {
      caseId: created.id,
      servingPartyId: plaintiffId,
      respondingPartyId: defendantId,
    });
    const set = await serveSet(plaintiff.client, draft.id, 'ELECTRONIC', '/s/ R. Luckert');
    await parley.waitForIdle();
    return { defense, plaintiff, caseId: created.id as string, plaintiffId, defendantId, set };
  }

  /** Every item objected to, so the plaintiff may take the answers to the court. */
  async function objectToAll(x: Awaited<ReturnType<typeof servedCase>>) {
    await x.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: x.set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Dana Wu',
        items: x.set.items.map((i: { id: string }) => ({ itemId: i.id, objections: ['Overbroad.'] })),
      },
    });
  }

  /** A telephone conference one hour before `at`, recorded by the plaintiff at `at`. */
  async function telephoneConference(
    x: Awaited<ReturnType<typeof servedCase>>,
    disputeId: string,
    at: string,
  ) {
    parley.setTime(at);
    await x.plaintiff.client.ok(LOG_CONFERENCE, {
      input: {
        disputeId,
        mode: 'TELEPHONE',
        heldAt: new Date(Date.parse(at) - 3_600_000).toISOString(),
        durationMinutes: 30,
        participants: ['R. Luckert', 'Dana Wu'],
        summary: 'Discussed the interrogatories.',
      },
    });
  }

  /** The emails a person received, quoted-printable soft line breaks undone. */
  const mailsTo = (address: string) =>
    smtp.messages
      .filter((m) => m.to.includes(address.toLowerCase()))
      .map((m) => m.raw.replace(/=\r?\n/g, ''));
  const setOf = async (user: SignedIn, id: string) => (await user.client.ok(SET, { id })).discoverySet;
  const deadlineOf = async (user: SignedIn, caseId: string, kind: string) =>
    ((await user.client.ok(DEADLINES, { caseId })).deadlines as Array<Record<string, string>>).find(
      (d) => d.kind === kind,
    )!;
  const moves = async (user: SignedIn) =>
    ((await user.client.ok(NOTICES)).notifications as Array<{ kind: string; message: string }>)
      .filter((n) => n.kind === 'DEADLINE_MOVED')
      .map((n) => n.message);
  const staffNotices = async (client: GraphQLClient) =>
    ((await client.ok(NOTICES)).notifications as Array<{ kind: string; message: string }>)
      .filter((n) => n.kind === 'COURT_CALENDAR_CHANGED')
      .map((n) => n.message);
  const trail = async (user: SignedIn, caseId: string, action: string) =>
    ((await user.client.ok(TRAIL, { caseId })).auditTrail.edges as Array<{ node: Record<string, any> }>)
      .map((e) => e.node)
      .filter((n) => n.action === action);
  const deadlineRow = async (id: string) =>
    (
      await parley.db.query(
        `SELECT due_on::text AS due_on, steps, basis, updated_at FROM deadlines WHERE id = $1`,
        [id],
      )
    )[0];
  const noticeDates = async (deadlineId: string) =>
    (
      await parley.db.query(
        `SELECT kind, due_on::text AS due_on FROM deadline_notices WHERE deadline_id = $1 ORDER BY kind`,
        [deadlineId],
      )
    ).map((r: { kind: string; due_on: string }) => `${r.kind} ${r.due_on}`);
  const courtEvents = async (courtId: string) =>
    (
      await parley.db.query(
        `SELECT action, before, after, actor_id FROM audit_events WHERE court_id = $1 ORDER BY seq`,
        [courtId],
      )
    ).filter((e: { action: string }) => e.action !== 'COURT_STAFF_ADDED');

  it('a state holiday added after creation moves a computed date and an open deadline, its reminders and its set; removing it moves them back', async () => {
    const { court, clerk, chambers, emails } = await courtWithStaff();
    // Served electronically on Sunday, March 1, 2026: day 30 is Tuesday, March 31, 2026 (FRCP 33(b)(2), 6(a)).
    const a = await servedCase(court.id, '2026-03-01T20:00:00Z');
    expect(a.set.responseDueOn).toBe('2026-03-31');
    // Another case of the court whose count never reads March 31, and one in another court that does.
    const b = await servedCase(court.id, '2026-03-16T20:00:00Z');
    expect(b.set.responseDueOn).toBe('2026-04-15');
    const elsewhere = await createCourt(admin);
    const c = await servedCase(elsewhere.id, '2026-03-01T20:00:00Z');
    const untouched = await Promise.all([b, c].map((x) => deadlineRow(x.set.deadline.id)));

    const count = { courtId: court.id, triggeredOn: '2026-03-01', days: 30 };
    expect((await a.defense.client.ok(COMPUTE, { input: count })).computeDeadline).toBe('2026-03-31');

    parley.setTime('2026-03-10T17:00:00Z');
    const { addCourtHoliday } = await clerk.ok(ADD, {
      input: { courtId: court.id, date: '2026-03-31', kind: 'STATE_HOLIDAY', source: CHAVEZ },
    });
    expect(addCourtHoliday.holidays).toEqual([{ date: '2026-03-31', kind: 'STATE_HOLIDAY', source: CHAVEZ }]);
    await parley.waitForIdle();

    // The calculator and its explanation, which names the day and its source (FRCP 6(a)(6)(C)).
    expect((await a.defense.client.ok(COMPUTE, { input: count })).computeDeadline).toBe('2026-04-01');
    const { explainDeadline } = await a.plaintiff.client.ok(EXPLAIN, { input: count });
    expect(explainDeadline.steps.at(-1)).toEqual({
      rule: 'FRCP 6(a)(1)(C)',
      text: `Tuesday, March 31, 2026 is a state holiday (${CHAVEZ}), a legal holiday for periods counted forward (FRCP 6(a)(6)(C)); the period runs to Wednesday, April 1, 2026.`,
      date: '2026-04-01',
    });

    // The open deadline, its set's date and its stored work: the rule that sets the period stays first.
    const moved = await setOf(a.plaintiff, a.set.id);
    expect(moved.responseDueOn).toBe('2026-04-01');
    expect(moved.deadline).toMatchObject({ dueOn: '2026-04-01', status: 'OPEN' });
    expect(moved.deadline.steps[0]).toEqual(a.set.deadline.steps[0]);
    expect(moved.deadline.steps[0].rule).toBe('FRCP 33(b)(2)');
    const { explainDeadline: served } = await a.plaintiff.client.ok(EXPLAIN, {
      input: { ...count, method: 'ELECTRONIC' },
    });
    expect(moved.deadline.steps.slice(1)).toEqual(served.steps);

    // Its reminders and passing event re-armed for the new date, in the database and in the queue.
    const deadlineId = a.set.deadline.id;
    expect(await noticeDates(deadlineId)).toEqual([
      'PASSED 2026-04-01',
      'REMINDER_1 2026-04-01',
      'REMINDER_3 2026-04-01',
      'REMINDER_7 2026-04-01',
    ]);
    const queue = parley.worker!.get(QueuesService).get(QueueName.Deadlines);
    for (const kind of ['reminder_7', 'reminder_3', 'reminder_1', 'passed']) {
      expect((await queue.getJob(`deadline:${deadlineId}:${kind}`))?.data.dueOn).toBe('2026-04-01');
    }

    // On the case's chain, with the old and new dates and why; the chain still verifies.
    const clerkId = (await clerk.ok(ME)).me.id;
    expect(await trail(a.plaintiff, a.caseId, 'DEADLINE_RECOMPUTED')).toEqual([
      {
        action: 'DEADLINE_RECOMPUTED',
        actorId: clerkId,
        subjectId: deadlineId,
        before: { dueOn: '2026-03-31' },
        after: expect.objectContaining({
          change: 'ADDED',
          date: '2026-03-31',
          kind: 'STATE_HOLIDAY',
          source: CHAVEZ,
          deadlineKind: 'RESPONSE_DUE',
          previousDueOn: '2026-03-31',
          dueOn: '2026-04-01',
        }),
      },
    ]);
    expect((await a.defense.client.ok(VERIFY, { caseId: a.caseId })).verifyAuditChain.valid).toBe(true);

    // Both parties told, each in their own terms.
    const why = `The court added a state holiday on March 31, 2026 (${CHAVEZ}) to its calendar.`;
    expect(await moves(a.defense)).toEqual([
      `Your deadline moved from March 31, 2026 to April 1, 2026: Responses to “First Set of Interrogatories”. ${why}`,
    ]);
    expect(await moves(a.plaintiff)).toEqual([
      `The deadline of J. Brannon moved from March 31, 2026 to April 1, 2026: Responses to “First Set of Interrogatories”. ${why}`,
    ]);

    // What did not read the day is not touched, and nobody there is told.
    expect(await Promise.all([b, c].map((x) => deadlineRow(x.set.deadline.id)))).toEqual(untouched);
    for (const x of [b, c]) {
      expect(await moves(x.defense)).toEqual([]);
      expect(await moves(x.plaintiff)).toEqual([]);
      expect(await trail(x.defense, x.caseId, 'DEADLINE_RECOMPUTED')).toEqual([]);
    }

    // The court's own chain records it; its other staff are told, the clerk who made it is not, and
    // the email tells chambers why they receive it: as staff of the court, not as a party's lawyer.
    expect(await courtEvents(court.id)).toEqual([
      {
        action: 'COURT_CALENDAR_CHANGED',
        before: null,
        after: expect.objectContaining({
          change: 'ADDED',
          date: '2026-03-31',
          kind: 'STATE_HOLIDAY',
          source: CHAVEZ,
        }),
        actor_id: clerkId,
      },
    ]);
    expect(await staffNotices(clerk)).toEqual([]);
    expect(await staffNotices(chambers)).toEqual([
      `Clerk Ortega added a state holiday on March 31, 2026 (${CHAVEZ}) to the calendar of ${court.name}. Open deadlines that count through that day were counted again, and the parties told of any that moved.`,
    ]);
    const toChambers = mailsTo(emails[1]).find((m) => m.includes('calendar of'));
    expect(toChambers).toContain(`because you are on the staff of ${court.name} on Parley`);
    expect(toChambers).not.toMatch(/represent a party/);
    const toDefense = mailsTo(a.defense.email).find((m) => m.includes('Your deadline moved'));
    expect(toDefense).toContain('because you represent a party on Parley');

    // The admin removes the day: everything moves back, and is told again.
    parley.setTime('2026-03-12T17:00:00Z');
    const { removeCourtHoliday } = await admin.ok(REMOVE, {
      input: { courtId: court.id, date: '2026-03-31' },
    });
    expect(removeCourtHoliday.holidays).toEqual([]);
    await parley.waitForIdle();
    expect((await a.defense.client.ok(COMPUTE, { input: count })).computeDeadline).toBe('2026-03-31');
    const back = await setOf(a.defense, a.set.id);
    expect(back.responseDueOn).toBe('2026-03-31');
    expect(back.deadline.dueOn).toBe('2026-03-31');
    expect(back.deadline.steps).toEqual(a.set.deadline.steps);
    expect(await noticeDates(deadlineId)).toEqual([
      'PASSED 2026-03-31',
      'REMINDER_1 2026-03-31',
      'REMINDER_3 2026-03-31',
      'REMINDER_7 2026-03-31',
    ]);
    expect((await queue.getJob(`deadline:${deadlineId}:reminder_3`))?.data.dueOn).toBe('2026-03-31');
    expect((await moves(a.defense))[0]).toBe(
      `Your deadline moved from April 1, 2026 to March 31, 2026: Responses to “First Set of Interrogatories”. The court removed a state holiday on March 31, 2026 (${CHAVEZ}) from its calendar.`,
    );
    expect((await trail(a.defense, a.caseId, 'DEADLINE_RECOMPUTED')).map((e) => e.after.change)).toEqual([
      'ADDED',
      'REMOVED',
    ]);
    expect((await staffNotices(clerk))[0]).toMatch(
      /^The administrator .* removed a state holiday on March 31, 2026/,
    );
    expect((await courtEvents(court.id)).map((e: { after: { change: string } }) => e.after.change)).toEqual([
      'ADDED',
      'REMOVED',
    ]);
    expect((await a.defense.client.ok(VERIFY, { caseId: a.caseId })).verifyAuditChain.valid).toBe(true);
    expect(await Promise.all([b, c].map((x) => deadlineRow(x.set.deadline.id)))).toEqual(untouched);
  });

  it('taking a day back after the fact never moves an open deadline into the past', async () => {
    const { court, clerk } = await courtWithStaff();
    const x = await servedCase(court.id, '2026-03-01T20:00:00Z');
    parley.setTime('2026-03-10T17:00:00Z');
    await clerk.ok(ADD, {
      input: { courtId: court.id, date: '2026-03-31', kind: 'STATE_HOLIDAY', source: CHAVEZ },
    });
    await parley.waitForIdle();
    expect((await setOf(x.defense, x.set.id)).responseDueOn).toBe('2026-04-01');
    const relied = await deadlineRow(x.set.deadline.id);
    // Wednesday, April 1, 2026, 10 a.m. in Los Angeles: the entry is taken back. Counted again, responses
    // were due yesterday; the defense relied on today, so the deadline stays, and nobody is told.
    parley.setTime('2026-04-01T17:00:00Z');
    await clerk.ok(REMOVE, { input: { courtId: court.id, date: '2026-03-31' } });
    await parley.waitForIdle();
    expect(await deadlineRow(x.set.deadline.id)).toEqual(relied);
    expect((await setOf(x.defense, x.set.id)).responseDueOn).toBe('2026-04-01');
    expect(await moves(x.defense)).toHaveLength(1);
  });

  it('moves every kind of counted deadline: a conferral window, a joint letter’s position, an order’s compliance date', async () => {
    const { court, clerk } = await courtWithStaff();
    const x = await servedCase(court.id, '2026-04-06T17:00:00Z');
    parley.setTime('2026-04-20T17:00:00Z');
    await objectToAll(x);
    parley.setTime('2026-04-21T17:00:00Z');
    const dispute = await openDispute(x.plaintiff.client, x.caseId, [x.set.items[0].id]);
    // Asked Tuesday, April 21, 2026: ten days run to Friday, May 1, 2026.
    const { requestConference } = await x.plaintiff.client.ok(
      `mutation($input: RequestConferenceInput!) { requestConference(input: $input) { id } }`,
      {
        input: {
          disputeId: dispute.id,
          mode: 'TELEPHONE',
          proposedTimes: ['2026-04-28T17:00:00Z'],
          message: 'Call?',
        },
      },
    );
    expect((await deadlineOf(x.defense, x.caseId, 'CONFERRAL_WINDOW')).dueOn).toBe('2026-05-01');

    await clerk.ok(ADD, {
      input: {
        courtId: court.id,
        date: '2026-05-01',
        kind: 'DECLARED_HOLIDAY',
        source: 'Executive order: federal offices closed',
      },
    });
    await parley.waitForIdle();
    expect((await deadlineOf(x.defense, x.caseId, 'CONFERRAL_WINDOW')).dueOn).toBe('2026-05-04');
    const [request] = await parley.db.query(
      `SELECT answer_by_on::text AS on, answer_by FROM conferral_requests WHERE id = $1`,
      [requestConference.id],
    );
    // The request becomes an attempt only after midnight ending the new date in Los Angeles (FRCP 6(a)(4)).
    expect(request).toEqual({ on: '2026-05-04', answer_by: new Date('2026-05-05T07:00:00Z') });
    expect(await moves(x.defense)).toEqual([
      expect.stringMatching(
        /^Your deadline moved from May 1, 2026 to May 4, 2026: An answer to the request to meet and confer\. The court added a declared holiday on May 1, 2026/,
      ),
    ]);

    // Escalated Tuesday, May 5, 2026: the defense's five days run to Sunday, so Monday, May 11, 2026. A
    // closed clerk's office that Monday leaves it (a position goes to the other side, not the clerk);
    // a declared holiday moves it, and the packet's window with it.
    await telephoneConference(x, dispute.id, '2026-05-04T18:00:00Z');
    await certify(x.plaintiff.client, dispute.id, '/s/ R. Luckert');
    parley.setTime('2026-05-05T17:00:00Z');
    const { escalateDispute } = await x.plaintiff.client.ok(ESCALATE, {
      input: { disputeId: dispute.id, position: 'Compel an answer to No. 1.' },
    });
    expect(escalateDispute.positionDueOn).toBe('2026-05-11');
    const positionDueOn = async () =>
      (await x.defense.client.ok(ESCALATION, { id: escalateDispute.id })).escalation.positionDueOn;
    await clerk.ok(ADD, {
      input: { courtId: court.id, date: '2026-05-11', kind: 'CLERK_OFFICE_INACCESSIBLE', source: OUTAGE },
    });
    expect(await positionDueOn()).toBe('2026-05-11');
    await clerk.ok(REMOVE, { input: { courtId: court.id, date: '2026-05-11' } });
    await clerk.ok(ADD, {
      input: {
        courtId: court.id,
        date: '2026-05-11',
        kind: 'DECLARED_HOLIDAY',
        source: 'Proclamation: day of mourning',
      },
    });
    expect(await positionDueOn()).toBe('2026-05-12');
    const [escalation] = await parley.db.query(
      `SELECT position_window_ends_at FROM escalations WHERE id = $1`,
      [escalateDispute.id],
    );
    expect(escalation.position_window_ends_at).toEqual(new Date('2026-05-13T07:00:00Z'));

    // The court grants the motion on Thursday, May 7, 2026 with 14 days to comply: Thursday, May 21, 2026.
    parley.setTime('2026-05-06T17:00:00Z');
    await x.defense.client.ok(SUBMIT_POSITION, {
      input: { escalationId: escalateDispute.id, position: 'The objection stands.' },
    });
    parley.setTime('2026-05-07T17:00:00Z');
    const { ruleOnEscalation } = await clerk.ok(RULE, {
      input: {
        escalationId: escalateDispute.id,
        outcome: 'GRANTED',
        orderText: 'Answer No. 1.',
        complianceDays: 14,
      },
    });
    expect(ruleOnEscalation.complianceDueOn).toBe('2026-05-21');
    await clerk.ok(ADD, {
      input: {
        courtId: court.id,
        date: '2026-05-21',
        kind: 'DECLARED_HOLIDAY',
        source: 'Proclamation: national day of remembrance',
      },
    });
    await parley.waitForIdle();
    // FRCP 6(a) counts periods in orders too: the deadline moves; the ruling stays as the court entered it.
    expect((await deadlineOf(x.defense, x.caseId, 'COMPLIANCE')).dueOn).toBe('2026-05-22');
    const { escalation: ruled } = await x.plaintiff.client.ok(ESCALATION, { id: escalateDispute.id });
    expect(ruled.ruling.complianceDueOn).toBe('2026-05-21');
    expect((await moves(x.defense))[0]).toMatch(
      /^Your deadline moved from May 21, 2026 to May 22, 2026: Comply with the court's order: Answer No\. 1\./,
    );
    expect((await deadlineOf(x.defense, x.caseId, 'CONFERRAL_WINDOW')).dueOn).toBe('2026-05-04');
  });

  it('FRCP 6(a)(3): an inaccessible clerk’s office moves the L.R. 37-3 last day to move, not a response due between the parties', async () => {
    const { court, clerk } = await courtWithStaff();
    // The discovery cut-off is Friday, December 18, 2026; day 7 after it is Christmas, so the last day to move
    // is Monday, December 28, 2026 (Civil L.R. 37-3; FRCP 6(a)(1)(C)).
    const x = await servedCase(court.id, '2026-10-05T17:00:00Z');
    parley.setTime('2026-10-26T17:00:00Z');
    await objectToAll(x);
    parley.setTime('2026-10-28T17:00:00Z');
    const dispute = await openDispute(x.plaintiff.client, x.caseId, [x.set.items[1].id]);
    await telephoneConference(x, dispute.id, '2026-10-29T18:00:00Z');
    parley.setTime('2026-11-02T18:00:00Z');
    await certify(x.plaintiff.client, dispute.id, '/s/ R. Luckert');

    // A set between the parties whose responses fall due that same Monday (served Saturday, November 28, 2026).
    const between = await servedCase(court.id, '2026-11-28T20:00:00Z', { discoveryCutoffOn: '2027-06-30' });
    expect(between.set.responseDueOn).toBe('2026-12-28');
    const before = await deadlineRow(between.set.deadline.id);

    // Midnight in Los Angeles ending Monday, December 28, 2026: one day too late to move.
    parley.setTime('2026-12-29T08:00:00Z');
    const late = await x.plaintiff.client.fails(ESCALATE, {
      input: { disputeId: dispute.id, position: 'Compel.' },
    });
    expect(late.extensions).toEqual({ code: 'ESCALATION_GATE', missing: ['PAST_CUTOFF'] });
    expect(late.message).toMatch(/by December 28, 2026 \(Civil L\.R\. 37-3\)/);

    // The clerk records that the office was closed that Monday.
    await clerk.ok(ADD, {
      input: { courtId: court.id, date: '2026-12-28', kind: 'CLERK_OFFICE_INACCESSIBLE', source: OUTAGE },
    });
    await parley.waitForIdle();
    const lastDay = { courtId: court.id, triggeredOn: '2026-12-18', days: 7 };
    const { explainDeadline: toFile } = await x.plaintiff.client.ok(EXPLAIN, {
      input: { ...lastDay, filing: true },
    });
    expect(toFile.dueOn).toBe('2026-12-29');
    expect(toFile.steps.at(-1)).toMatchObject({
      rule: 'FRCP 6(a)(1)(C), 6(a)(3)(A)',
      text: expect.stringContaining(
        `Monday, December 28, 2026 is a day the clerk’s office is inaccessible (${OUTAGE})`,
      ),
    });
    const { explainDeadline: toServe } = await x.plaintiff.client.ok(EXPLAIN, { input: lastDay });
    expect(toServe.dueOn).toBe('2026-12-28');
    expect(toServe.steps.at(-1)).toMatchObject({
      rule: 'FRCP 6(a)(3)',
      text: expect.stringMatching(
        /extends only a time for filing with the court .* the period ends that day\.$/,
      ),
    });

    // The motion may now go to the court on Tuesday (FRCP 6(a)(3)(A))…
    const { escalateDispute } = await x.plaintiff.client.ok(ESCALATE, {
      input: { disputeId: dispute.id, position: 'Compel an answer to No. 2.' },
    });
    expect(escalateDispute.status).toBe('AWAITING_POSITION');
    // …while the responses between the parties stay due that Monday, untouched, and nobody is told.
    expect(await deadlineRow(between.set.deadline.id)).toEqual(before);
    expect((await setOf(between.defense, between.set.id)).responseDueOn).toBe('2026-12-28');
    expect(await moves(between.defense)).toEqual([]);
    expect(await trail(between.defense, between.caseId, 'DEADLINE_RECOMPUTED')).toEqual([]);
  });

  it('stores the count each kind of deadline came from, as the migration reads it back; a stipulated date keeps none and stays', async () => {
    const rows: Array<{ kind: string; steps: never; basis: unknown }> = await parley.db.query(
      `SELECT kind, steps, basis FROM deadlines WHERE basis IS NOT NULL`,
    );
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['RESPONSE_DUE', 'CONFERRAL_WINDOW', 'POSITION_DUE', 'COMPLIANCE']),
    );
    for (const row of rows) expect(basisFromSteps(row.steps)).toEqual(row.basis);

    // Both sides stipulate responses due Wednesday, July 15, 2026 (FRCP 29(b)): a date, not a period.
    const { court, clerk } = await courtWithStaff();
    const x = await servedCase(court.id, '2026-06-01T17:00:00Z');
    parley.setTime('2026-06-10T17:00:00Z');
    for (const side of [x.plaintiff, x.defense]) {
      await side.client.ok(AGREE_EXTENSION, { input: { setId: x.set.id, newDueOn: '2026-07-15' } });
    }
    const stipulated = await deadlineRow(x.set.deadline.id);
    expect(stipulated.basis).toBeNull();
    await clerk.ok(ADD, {
      input: { courtId: court.id, date: '2026-07-15', kind: 'DECLARED_HOLIDAY', source: 'Executive order' },
    });
    await parley.waitForIdle();
    expect(await deadlineRow(x.set.deadline.id)).toEqual(stipulated);
    expect((await setOf(x.defense, x.set.id)).responseDueOn).toBe('2026-07-15');
    expect(await moves(x.defense)).toEqual([]);
  });

  it('seeds the demo’s N.D. Cal. court with California’s holidays, each with its source', async () => {
    parley.setTime(null);
    await seedDemo(`${parley.baseUrl}/graphql`, ADMIN);
    const { courts } = await admin.ok(`{ courts { id name holidays { date kind source } } }`);
    const input = demoCourtInput(new Date());
    const demo = courts.find((c: { name: string }) => c.name === input.name);
    const lastYear = Number(input.holidays.at(-1)!.date.slice(0, 4));
    expect(lastYear).toBeGreaterThanOrEqual(2030);
    expect(demo.holidays).toEqual(californiaStateHolidays(2026, lastYear));
    expect(demo.holidays).toContainEqual({ date: '2026-03-31', kind: 'STATE_HOLIDAY', source: CHAVEZ });
    expect(demo.holidays).toContainEqual({
      date: '2030-04-01',
      kind: 'STATE_HOLIDAY',
      source:
        'Cal. Gov. Code § 6701: Cesar Chavez Day (§ 6700(a)(7)) falls on Sunday, March 31, 2030, so the Monday following is a holiday',
    });
    // César Chávez Day 2026 (Tuesday March 31) ends a forward period landing on it the next day
    // (FRCP 6(a)(6)(C)).
    const user = await signUp(parley, 'Curious Counsel');
    const { computeDeadline } = await user.client.ok(COMPUTE, {
      input: { courtId: demo.id, triggeredOn: '2026-03-17', days: 14 },
    });
    expect(computeDeadline).toBe('2026-04-01');
  });
});
