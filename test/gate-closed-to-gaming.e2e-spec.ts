import { randomBytes } from 'node:crypto';
import {
  ACCEPT_RESOLUTION,
  ANSWER_REQUEST,
  certify,
  CONTEST,
  CONFIRM,
  DISPUTE,
  ESCALATE,
  ESCALATION,
  LOG_CONFERENCE,
  openDispute,
  RECORD_NO_SHOW,
  REQUEST_CONFERENCE,
  RESOLVE,
  RULE,
  SUBMIT_POSITION,
  WITHDRAW_DISPUTE,
} from './support/conferral';
import { AGREE_EXTENSION, draftSet, SERVE_RESPONSE, serveSet, SET } from './support/discovery';
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
import { GraphQLClient, GraphQLErrorBody } from './support/graphql-client';
import { Parley, startParley } from './support/test-app';

/**
 * Issue 12, DOMAIN.md "The gate, closed to gaming", end to end: each way the issue found to game the
 * gate (FRCP 37(a)(1) asks that the *movant* conferred or attempted to), reproduced, and refused;
 * and the papers' part of it (Civil L.R. 37-3, FRCP 29(b), 34(b)(2)(C), 36(a)(3)). Every refusal is
 * checked for its code, its words, and that it stored nothing.
 */

const CREATE_STAFF = `mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }`;
const CERTIFY_ONLY = `mutation($input: CertifyGoodFaithInput!) { certifyGoodFaith(input: $input) { id } }`;
const RECORD_ORDER = `mutation($input: RecordDiscoveryOrderInput!) { recordDiscoveryOrder(input: $input) { id status basis } }`;
const DEADLINES = `query($caseId: ID!) { deadlines(caseId: $caseId) { kind dueOn status partyId subjectId } }`;
const NOTIFICATIONS = `query { notifications { kind message } }`;

/** Monday; served electronically, answers due 2026-06-10 (FRCP 33(b)(2)). */
const SERVED_AT = '2026-05-11T17:00:00Z';
const ANSWERED_AT = '2026-06-01T17:00:00Z';
const OPENED_AT = '2026-06-03T17:00:00Z';
const REQUESTED_AT = '2026-06-04T17:00:00Z';
/** In the court's time: Monday and Tuesday 10:00 PDT. */
const PROPOSED = ['2026-06-08T17:00:00.000Z', '2026-06-09T17:00:00.000Z'];
const HOUR = 3_600_000;

interface CounselCase {
  plaintiff: SignedIn;
  defense: SignedIn;
  caseId: string;
  plaintiffId: string;
  defendantId: string;
  staff: GraphQLClient;
}

describe('the gate, closed to gaming (DOMAIN.md; FRCP 37(a)(1))', () => {
  let parley: Parley;
  let admin: GraphQLClient;

  beforeAll(async () => {
    parley = await startParley();
    admin = await signInAsAdmin(parley);
  });
  afterAll(() => parley?.close());

  // -----------------------------------------------------------------------------------------------
  // Helpers
  // -----------------------------------------------------------------------------------------------

  /** Acme v. Widget Works in a court of its own with one chambers account; cut-off 2026-12-18. */
  async function counselCase(): Promise<CounselCase> {
    parley.setTime('2026-05-01T16:00:00Z');
    const court = await createCourt(admin, { district: 'N.D. Cal.' });
    const email = `chambers.${randomBytes(4).toString('hex')}@cand.example`;
    await admin.ok(CREATE_STAFF, {
      input: { courtId: court.id, email, name: 'Chambers of Judge Orrick', password: STRONG_PASSWORD },
    });
    const staff = await signIn(parley, email, STRONG_PASSWORD);
    const plaintiff = await signUp(parley, 'Priya Natarajan');
    const defense = await signUp(parley, 'Marcus Hale');
    const created = await createCase(plaintiff.client, court.id, {
      docketNumber: `3:26-cv-${randomBytes(3).toString('hex')}-WHO`,
      title: 'Acme Tooling Corp. v. Widget Works LLC',
      judge: 'William H. Orrick',
      rule26fConferenceOn: '2026-04-15',
      discoveryCutoffOn: '2026-12-18',
      parties: [
        { name: 'Acme Tooling Corp.', side: 'PLAINTIFF', proSe: false, incarcerated: false },
        { name: 'Widget Works LLC', side: 'DEFENDANT', proSe: false, incarcerated: false },
      ],
      myPartyIndex: 0,
      myRole: 'COUNSEL',
    });
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(plaintiff.client, defendantId, defense, 'COUNSEL');
    return { plaintiff, defense, caseId: created.id, plaintiffId, defendantId, staff };
  }

  /** The plaintiff's interrogatories, served and answered (item 1 answered, 2 and 3 objected to). */
  async function answeredSet(c: CounselCase, servedAt = SERVED_AT, answeredAt = ANSWERED_AT) {
    parley.setTime(servedAt);
    const draft = await draftSet(c.plaintiff.client, {
      caseId: c.caseId,
      servingPartyId: c.plaintiffId,
      respondingPartyId: c.defendantId,
      title: 'Plaintiff’s First Set of Interrogatories',
      items: [
        { text: 'Identify each person who negotiated the 2025 supply agreement.' },
        { text: 'Describe every defect Widget Works found in the tooling.' },
        { text: 'State the revenue earned from products made with the tooling.' },
      ],
    });
    const set = await serveSet(c.plaintiff.client, draft.id, 'ELECTRONIC', '/s/ Priya Natarajan');
    parley.setTime(answeredAt);
    await c.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Marcus Hale',
        items: [
          { itemId: set.items[0].id, answer: 'Jordan Pike.' },
          { itemId: set.items[1].id, objections: ['Overbroad as to "every defect".'] },
          { itemId: set.items[2].id, objections: ['Not proportional to the needs of the case.'] },
        ],
      },
    });
    return set as { id: string; items: Array<{ id: string }>; dueAfterCutoff: boolean };
  }

  async function disputeOver(c: CounselCase, itemId: string) {
    parley.setTime(OPENED_AT);
    return openDispute(c.plaintiff.client, c.caseId, [itemId]);
  }

  async function logConference(by: SignedIn, disputeId: string, heldAt: string, extra = {}) {
    parley.setTime(new Date(Date.parse(heldAt) + HOUR).toISOString());
    return (
      await by.client.ok(LOG_CONFERENCE, {
        input: {
          disputeId,
          mode: 'TELEPHONE',
          heldAt,
          durationMinutes: 30,
          participants: ['Priya Natarajan (counsel for Acme)', 'Marcus Hale (counsel for Widget Works)'],
          leadCounselParticipated: true,
          summary: 'Discussed the interrogatory line by line.',
          ...extra,
        },
      })
    ).logConference as { id: string };
  }

  async function requestConference(by: SignedIn, disputeId: string) {
    parley.setTime(REQUESTED_AT);
    return (
      await by.client.ok(REQUEST_CONFERENCE, {
        input: { disputeId, mode: 'TELEPHONE', proposedTimes: PROPOSED, message: 'Can we talk?' },
      })
    ).requestConference as { id: string };
  }

  const dispute = async (client: GraphQLClient, id: string) => (await client.ok(DISPUTE, { id })).dispute;
  const escalate = async (by: SignedIn, disputeId: string) =>
    (await by.client.ok(ESCALATE, { input: { disputeId, position: 'Compel a full answer.' } }))
      .escalateDispute;

  /** Every row a refused call in these stories could have written. */
  async function tally(caseId: string) {
    const [row] = await parley.db.query(
      `SELECT
         (SELECT count(*)::int FROM disputes WHERE case_id = $1) AS disputes,
         (SELECT string_agg(status || coalesce(resolution, ''), ',' ORDER BY id) FROM disputes WHERE case_id = $1) AS states,
         (SELECT count(*)::int FROM dispute_resolution_proposals p JOIN disputes d ON d.id = p.dispute_id
           WHERE d.case_id = $1) AS proposals,
         (SELECT string_agg(p.status, ',' ORDER BY p.id) FROM dispute_resolution_proposals p
            JOIN disputes d ON d.id = p.dispute_id WHERE d.case_id = $1) AS proposal_states,
         (SELECT count(*)::int FROM conferral_events e JOIN disputes d ON d.id = e.dispute_id
           WHERE d.case_id = $1) AS conferral_events,
         (SELECT count(*)::int FROM conferral_requests r JOIN disputes d ON d.id = r.dispute_id
           WHERE d.case_id = $1) AS conferral_requests,
         (SELECT count(*)::int FROM certifications c JOIN disputes d ON d.id = c.dispute_id
           WHERE d.case_id = $1) AS certifications,
         (SELECT count(*)::int FROM escalations WHERE case_id = $1) AS escalations,
         (SELECT count(*)::int FROM discovery_orders WHERE case_id = $1) AS discovery_orders,
         (SELECT count(*)::int FROM discovery_responses r JOIN discovery_sets s ON s.id = r.set_id
           WHERE s.case_id = $1) AS responses,
         (SELECT count(*)::int FROM deadlines WHERE case_id = $1) AS deadlines,
         (SELECT count(*)::int FROM audit_events WHERE case_id = $1) AS audit_events`,
      [caseId],
    );
    return row;
  }

  async function refused(caseId: string, attempt: () => Promise<GraphQLErrorBody>) {
    await parley.waitForIdle();
    const before = await tally(caseId);
    const error = await attempt();
    await parley.waitForIdle();
    expect(await tally(caseId)).toEqual(before);
    return error;
  }

  // -----------------------------------------------------------------------------------------------
  // Who resolves
  // -----------------------------------------------------------------------------------------------

  it('the responding side’s resolution stays a proposal until the moving side accepts it', async () => {
    const c = await counselCase();
    const set = await answeredSet(c);
    const d = await disputeOver(c, set.items[1].id);
    const other = await disputeOver(c, set.items[2].id);
    const third = await disputeOver(c, set.items[0].id);

    // Before issue 12 this closed the moving side's dispute.
    parley.setTime('2026-06-04T17:00:00Z');
    const { resolveDispute: first } = await c.defense.client.ok(RESOLVE, {
      input: {
        disputeId: d.id,
        resolution: 'Widget Works will supplement by June 19.',
        agreedDueOn: '2026-06-19',
      },
    });
    expect(first).toMatchObject({
      status: 'CONFERRING',
      resolution: null,
      pendingResolution: {
        status: 'PROPOSED',
        resolution: 'Widget Works will supplement by June 19.',
        agreedDueOn: '2026-06-19',
        proposedByPartyId: c.defendantId,
      },
    });
    const deadlines = async () => (await c.plaintiff.client.ok(DEADLINES, { caseId: c.caseId })).deadlines;
    expect((await deadlines()).filter((x: { kind: string }) => x.kind === 'AGREED_SUPPLEMENT')).toEqual([]);
    await parley.waitForIdle();
    expect((await c.plaintiff.client.ok(NOTIFICATIONS)).notifications).toContainEqual({
      kind: 'RESOLUTION_PROPOSED',
      message: expect.stringMatching(/takes effect only if you accept it/),
    });

    // The side that proposed cannot accept for the other.
    const own = await refused(c.caseId, () =>
      c.defense.client.fails(ACCEPT_RESOLUTION, { id: first.pendingResolution.id }),
    );
    expect(own.extensions.code).toBe('FORBIDDEN');
    expect(own.message).toBe('You proposed this resolution; the moving side accepts it.');

    // A newer proposal replaces it: the old one can no longer be accepted.
    const { resolveDispute: second } = await c.defense.client.ok(RESOLVE, {
      input: {
        disputeId: d.id,
        resolution: 'Widget Works will supplement by June 26.',
        agreedDueOn: '2026-06-26',
      },
    });
    const stale = await refused(c.caseId, () =>
      c.plaintiff.client.fails(ACCEPT_RESOLUTION, { id: first.pendingResolution.id }),
    );
    expect(stale.extensions.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/This proposal was superseded/);

    // The moving side accepts: resolved on the proposal's terms, its date the responding side's deadline.
    parley.setTime('2026-06-05T17:00:00Z');
    const { acceptResolution } = await c.plaintiff.client.ok(ACCEPT_RESOLUTION, {
      id: second.pendingResolution.id,
    });
    expect(acceptResolution).toMatchObject({
      status: 'RESOLVED',
      resolution: 'Widget Works will supplement by June 26.',
      pendingResolution: null,
    });
    expect(await deadlines()).toContainEqual(
      expect.objectContaining({
        kind: 'AGREED_SUPPLEMENT',
        dueOn: '2026-06-26',
        status: 'OPEN',
        partyId: c.defendantId,
      }),
    );

    // The moving side's own resolution closes its dispute at once, setting aside what was proposed.
    parley.setTime('2026-06-06T17:00:00Z');
    await c.defense.client.ok(RESOLVE, {
      input: { disputeId: other.id, resolution: 'Nothing more is owed.' },
    });
    const { resolveDispute: mine } = await c.plaintiff.client.ok(RESOLVE, {
      input: { disputeId: other.id, resolution: 'Acme drops Interrogatory 3.' },
    });
    expect(mine).toMatchObject({
      status: 'RESOLVED',
      resolution: 'Acme drops Interrogatory 3.',
      pendingResolution: null,
    });

    // And only the moving side withdraws.
    const withdraw = await refused(c.caseId, () =>
      c.defense.client.fails(WITHDRAW_DISPUTE, { disputeId: third.id }),
    );
    expect(withdraw.extensions.code).toBe('FORBIDDEN');
  });

  // -----------------------------------------------------------------------------------------------
  // Certifications
  // -----------------------------------------------------------------------------------------------

  it('a certification before conferral is refused and does not open the gate, nor does one signed so before', async () => {
    const c = await counselCase();
    const set = await answeredSet(c);
    const d = await disputeOver(c, set.items[1].id);

    parley.setTime('2026-06-04T17:00:00Z');
    const early = await refused(c.caseId, () =>
      c.plaintiff.client.fails(CERTIFY_ONLY, {
        input: { disputeId: d.id, statement: 'I will confer tomorrow.', signature: '/s/ Priya Natarajan' },
      }),
    );
    expect(early.extensions).toEqual({ code: 'RULE_VIOLATION', rule: 'FRCP 37(a)(1)' });
    expect(early.message).toMatch(/You can certify only once you have conferred, or attempted to confer/);

    // One signed so under the old rules (as the data an upgrade keeps), then a conference.
    await parley.db.query(
      `INSERT INTO certifications (dispute_id, party_id, statement, signature, signed_by_id, signed_by_name,
         signed_at, record_ids, records_sha256)
       VALUES ($1, $2, 'We conferred.', '/s/ Priya Natarajan', $3, 'Priya Natarajan', $4, '{}', 'legacy')`,
      [d.id, c.plaintiffId, c.plaintiff.id, '2026-06-04T18:00:00Z'],
    );
    await logConference(c.plaintiff, d.id, '2026-06-05T16:00:00Z');
    parley.setTime('2026-06-06T17:00:00Z');
    const found = await dispute(c.plaintiff.client, d.id);
    expect(found.conferralAssessment).toMatchObject({ qualifies: true, basis: 'CONFERENCE' });
    expect(found.certifications).toEqual([expect.objectContaining({ stale: true })]);
    const gate = await refused(c.caseId, () =>
      c.plaintiff.client.fails(ESCALATE, { input: { disputeId: d.id, position: 'Compel.' } }),
    );
    expect(gate.extensions).toEqual({ code: 'ESCALATION_GATE', missing: ['CERTIFICATION_STALE'] });
    expect(gate.message).toMatch(/signed before your conferral qualified.*certify again/);

    // Signed now, it vouches for the conference, and the gate opens.
    await certify(c.plaintiff.client, d.id, '/s/ Priya Natarajan');
    expect((await escalate(c.plaintiff, d.id)).certifications).toEqual([
      expect.objectContaining({ stands: false }),
      expect.objectContaining({ stands: true }),
    ]);
  });

  it('a later record makes a certification stale, and a late answer does not undo the attempt', async () => {
    const c = await counselCase();
    const set = await answeredSet(c);
    const d = await disputeOver(c, set.items[1].id);
    const request = await requestConference(c.plaintiff, d.id);

    // The ten days ran out with the end of Monday, June 15, 2026 in Los Angeles: an attempt.
    parley.setTime('2026-06-16T17:00:00Z');
    await certify(c.plaintiff.client, d.id, '/s/ Priya Natarajan');
    // The window's passing event has run by the time anyone answers (it fires at midnight).
    await parley.waitForIdle();
    parley.setTime('2026-06-16T18:00:00Z');
    const { answerConferenceRequest } = await c.defense.client.ok(ANSWER_REQUEST, {
      input: { requestId: request.id, answer: 'ACCEPT', acceptedTime: PROPOSED[0] },
    });
    expect(answerConferenceRequest.status).toBe('ACCEPTED');

    const found = await dispute(c.plaintiff.client, d.id);
    expect(found.requests).toEqual([
      expect.objectContaining({ answeredLate: true, answerByOn: '2026-06-15' }),
    ]);
    expect(found.conferralAssessment).toMatchObject({
      qualifies: true,
      basis: 'ATTEMPT',
      attempt: {
        by: 'REQUESTING',
        how: 'UNANSWERED',
        otherSide: expect.stringMatching(/answered late, on June 16, 2026/),
      },
    });
    // The answer changed the record the certification relies on.
    const gate = await refused(c.caseId, () =>
      c.plaintiff.client.fails(ESCALATE, { input: { disputeId: d.id, position: 'Compel.' } }),
    );
    expect(gate.extensions).toEqual({ code: 'ESCALATION_GATE', missing: ['CERTIFICATION_STALE'] });
    await certify(c.plaintiff.client, d.id, '/s/ Priya Natarajan');
    expect(await escalate(c.plaintiff, d.id)).toMatchObject({
      conferralBasis: { basis: 'ATTEMPT', movant: 'Acme Tooling Corp.', attempt: { how: 'UNANSWERED' } },
      requests: [expect.objectContaining({ answeredLate: true, status: 'ACCEPTED' })],
    });
  });

  // -----------------------------------------------------------------------------------------------
  // The court returns a dispute to confer
  // -----------------------------------------------------------------------------------------------

  it('a returned dispute needs new conferral and a new certification', async () => {
    const c = await counselCase();
    const set = await answeredSet(c);
    const d = await disputeOver(c, set.items[1].id);
    await logConference(c.plaintiff, d.id, '2026-06-04T16:00:00Z');
    parley.setTime('2026-06-05T17:00:00Z');
    await certify(c.plaintiff.client, d.id, '/s/ Priya Natarajan');
    parley.setTime('2026-06-12T17:00:00Z');
    const first = await escalate(c.plaintiff, d.id);
    parley.setTime('2026-06-15T17:00:00Z');
    await c.defense.client.ok(SUBMIT_POSITION, { input: { escalationId: first.id, position: 'Overbroad.' } });
    parley.setTime('2026-06-16T18:00:00Z');
    await c.staff.ok(RULE, {
      input: { escalationId: first.id, outcome: 'RETURNED_TO_CONFER', orderText: 'Meet in person on scope.' },
    });

    // Before issue 12 it went straight back on the old conference and certification.
    parley.setTime('2026-06-17T17:00:00Z');
    const back = await dispute(c.plaintiff.client, d.id);
    expect(back).toMatchObject({
      status: 'CONFERRING',
      returnedToConferAt: '2026-06-16T18:00:00.000Z',
      conferralAssessment: { qualifies: false },
      certifications: [expect.objectContaining({ stale: true })],
    });
    const gate = await refused(c.caseId, () =>
      c.plaintiff.client.fails(ESCALATE, { input: { disputeId: d.id, position: 'Again.' } }),
    );
    expect(gate.extensions).toEqual({
      code: 'ESCALATION_GATE',
      missing: ['NO_QUALIFYING_CONFERRAL', 'NO_CERTIFICATION'],
    });
    expect(gate.message).toMatch(
      /returned the dispute to confer on June 16, 2026; only conferral and a certification after that count/,
    );
    const certifying = await refused(c.caseId, () =>
      c.plaintiff.client.fails(CERTIFY_ONLY, {
        input: { disputeId: d.id, statement: 'We conferred in June.', signature: '/s/ Priya Natarajan' },
      }),
    );
    expect(certifying.extensions).toEqual({ code: 'RULE_VIOLATION', rule: 'FRCP 37(a)(1)' });

    // New conferral alone is not enough: the certification must be new too.
    await logConference(c.defense, d.id, '2026-06-22T16:00:00Z', { mode: 'IN_PERSON' });
    const onlyConferred = await refused(c.caseId, () =>
      c.plaintiff.client.fails(ESCALATE, { input: { disputeId: d.id, position: 'Again.' } }),
    );
    expect(onlyConferred.extensions).toEqual({ code: 'ESCALATION_GATE', missing: ['NO_CERTIFICATION'] });

    parley.setTime('2026-06-23T17:00:00Z');
    await certify(c.plaintiff.client, d.id, '/s/ Priya Natarajan');
    const second = await escalate(c.plaintiff, d.id);
    expect(second).toMatchObject({
      conferralBasis: { basis: 'CONFERENCE', returnedToConferAt: '2026-06-16T18:00:00.000Z' },
      conferrals: [
        expect.objectContaining({ mode: 'TELEPHONE', counts: false }),
        expect.objectContaining({ mode: 'IN_PERSON', counts: true }),
      ],
      certifications: [expect.objectContaining({ stands: false }), expect.objectContaining({ stands: true })],
    });
  });

  // -----------------------------------------------------------------------------------------------
  // Whose attempt
  // -----------------------------------------------------------------------------------------------

  it('an attempt by the responding side does not serve the requesting side, which ignored it', async () => {
    const c = await counselCase();
    const set = await answeredSet(c);
    const d = await disputeOver(c, set.items[1].id);
    // The responding side asks to confer; the moving side ignores it.
    await requestConference(c.defense, d.id);

    parley.setTime('2026-06-17T17:00:00Z');
    const found = await dispute(c.plaintiff.client, d.id);
    expect(found.conferralAssessment).toMatchObject({
      side: 'REQUESTING',
      qualifies: false,
      explanation: expect.stringMatching(
        /The other side’s attempt to confer is its own and counts only for it/,
      ),
    });
    expect(found.respondingAssessment).toMatchObject({
      side: 'RESPONDING',
      qualifies: true,
      attempt: { by: 'RESPONDING', how: 'UNANSWERED' },
    });

    // Before issue 12 the ignoring side could certify and go to the court on it.
    const certifying = await refused(c.caseId, () =>
      c.plaintiff.client.fails(CERTIFY_ONLY, {
        input: { disputeId: d.id, statement: 'Counsel asked to confer.', signature: '/s/ Priya Natarajan' },
      }),
    );
    expect(certifying.extensions).toEqual({ code: 'RULE_VIOLATION', rule: 'FRCP 37(a)(1)' });
    const gate = await refused(c.caseId, () =>
      c.plaintiff.client.fails(ESCALATE, { input: { disputeId: d.id, position: 'Compel.' } }),
    );
    expect(gate.extensions).toEqual({
      code: 'ESCALATION_GATE',
      missing: ['NO_QUALIFYING_CONFERRAL', 'NO_CERTIFICATION'],
    });

    // The side that attempted may go to the court on its own attempt.
    await certify(c.defense.client, d.id, '/s/ Marcus Hale');
    expect(await escalate(c.defense, d.id)).toMatchObject({
      escalatingParty: { id: c.defendantId },
      conferralBasis: { basis: 'ATTEMPT', movant: 'Widget Works LLC', attempt: { by: 'Widget Works LLC' } },
    });
  });

  it('declining, or accepting and not attending, does not cancel the other side’s attempt', async () => {
    const c = await counselCase();
    const set = await answeredSet(c);
    const declinedDispute = await disputeOver(c, set.items[1].id);
    const missedDispute = await disputeOver(c, set.items[2].id);
    const declined = await requestConference(c.plaintiff, declinedDispute.id);
    const missed = await requestConference(c.plaintiff, missedDispute.id);

    // No agreed time yet: nothing to miss.
    const unanswered = await refused(c.caseId, () =>
      c.plaintiff.client.fails(RECORD_NO_SHOW, { input: { requestId: missed.id, note: 'Nobody called.' } }),
    );
    expect(unanswered.extensions.code).toBe('CONFLICT');
    expect(unanswered.message).toMatch(/has not answered this request/);

    parley.setTime('2026-06-05T17:00:00Z');
    await c.defense.client.ok(ANSWER_REQUEST, { input: { requestId: declined.id, answer: 'DECLINE' } });
    await c.defense.client.ok(ANSWER_REQUEST, {
      input: { requestId: missed.id, answer: 'ACCEPT', acceptedTime: PROPOSED[0] },
    });

    // Declined: an attempt at once, ten days early.
    parley.setTime('2026-06-05T18:00:00Z');
    await certify(c.plaintiff.client, declinedDispute.id, '/s/ Priya Natarajan');
    expect(await escalate(c.plaintiff, declinedDispute.id)).toMatchObject({
      conferralBasis: { basis: 'ATTEMPT', attempt: { by: 'Acme Tooling Corp.', how: 'DECLINED' } },
    });

    // Accepted: the requester is held to confer at that time; its absence is only the requester's to record.
    expect((await dispute(c.plaintiff.client, missedDispute.id)).conferralAssessment).toMatchObject({
      qualifies: false,
    });
    const tooSoon = await refused(c.caseId, () =>
      c.plaintiff.client.fails(RECORD_NO_SHOW, { input: { requestId: missed.id, note: 'Nobody called.' } }),
    );
    expect(tooSoon.extensions.code).toBe('BAD_USER_INPUT');
    expect(tooSoon.message).toMatch(/has not come yet/);
    parley.setTime('2026-06-08T18:00:00Z');
    const notTheirs = await refused(c.caseId, () =>
      c.defense.client.fails(RECORD_NO_SHOW, { input: { requestId: missed.id, note: 'They did not call.' } }),
    );
    expect(notTheirs.extensions.code).toBe('FORBIDDEN');
    expect(notTheirs.message).toBe(
      'Only the side that asked to confer records that the other side did not attend.',
    );

    const { recordNoShow } = await c.plaintiff.client.ok(RECORD_NO_SHOW, {
      input: {
        requestId: missed.id,
        note: 'I dialled in at 10:00 and waited thirty minutes; nobody joined.',
      },
    });
    expect(recordNoShow).toMatchObject({
      kind: 'NO_SHOW',
      heldAt: PROPOSED[0],
      confirmation: 'PENDING',
      requestId: missed.id,
      fromPartyId: c.plaintiffId,
    });
    const twice = await refused(c.caseId, () =>
      c.plaintiff.client.fails(RECORD_NO_SHOW, { input: { requestId: missed.id, note: 'Again.' } }),
    );
    expect(twice.extensions.code).toBe('CONFLICT');
    await parley.waitForIdle();
    expect((await c.defense.client.ok(NOTIFICATIONS)).notifications).toContainEqual({
      kind: 'CONFERENCE_LOGGED',
      message: expect.stringMatching(/did not attend the conference set for June 8, 2026, 10:00 a\.m\. PDT/),
    });

    // Contesting the record is the other side's right; it does not cancel the attempt.
    parley.setTime('2026-06-09T17:00:00Z');
    const reason = 'We called at 10:00 and nobody answered.';
    await c.defense.client.ok(CONTEST, { input: { eventId: recordNoShow.id, reason } });
    expect((await dispute(c.plaintiff.client, missedDispute.id)).conferralAssessment).toMatchObject({
      qualifies: true,
      attempt: { how: 'NOT_ATTENDED', contested: reason },
    });
    await certify(c.plaintiff.client, missedDispute.id, '/s/ Priya Natarajan');
    const escalation = await escalate(c.plaintiff, missedDispute.id);
    expect(escalation).toMatchObject({
      conferralBasis: { basis: 'ATTEMPT', attempt: { how: 'NOT_ATTENDED', contested: reason } },
      requests: [
        expect.objectContaining({
          status: 'ACCEPTED',
          noShow: expect.objectContaining({ standing: 'CONTESTED', contestReason: reason }),
          attempt: expect.objectContaining({ by: 'Acme Tooling Corp.', how: 'NOT_ATTENDED' }),
        }),
      ],
    });
  });

  it('the other side may confirm or contest until its part of the joint letter is due, and the packet shows it', async () => {
    const c = await counselCase();
    const set = await answeredSet(c);
    const d = await disputeOver(c, set.items[1].id);
    const call = await logConference(c.plaintiff, d.id, '2026-06-04T16:00:00Z');
    const video = await logConference(c.plaintiff, d.id, '2026-06-05T16:00:00Z', { mode: 'VIDEO' });
    parley.setTime('2026-06-06T17:00:00Z');
    await certify(c.plaintiff.client, d.id, '/s/ Priya Natarajan');
    parley.setTime('2026-06-12T17:00:00Z');
    const escalation = await escalate(c.plaintiff, d.id);
    expect(escalation.conferrals.map((x: { standing: string }) => x.standing)).toEqual([
      'UNCONFIRMED',
      'UNCONFIRMED',
    ]);

    // While the letter awaits its part: it contests one record; the packet shows the contest.
    parley.setTime('2026-06-13T17:00:00Z');
    const reason = 'The video call lasted five minutes and discussed nothing.';
    await c.defense.client.ok(CONTEST, { input: { eventId: video.id, reason } });
    const { escalation: shown } = await c.plaintiff.client.ok(ESCALATION, { id: escalation.id });
    expect(shown.conferrals).toEqual([
      expect.objectContaining({ mode: 'TELEPHONE', standing: 'UNCONFIRMED', contestReason: null }),
      expect.objectContaining({
        mode: 'VIDEO',
        standing: 'CONTESTED',
        contestReason: reason,
        confirmation: 'CONTESTED',
      }),
    ]);

    // Its part sends the letter to the court: the record stands as it then was.
    parley.setTime('2026-06-15T17:00:00Z');
    await c.defense.client.ok(SUBMIT_POSITION, {
      input: { escalationId: escalation.id, position: 'Nothing is owed.' },
    });
    const late = await refused(c.caseId, () => c.defense.client.fails(CONFIRM, { id: call.id }));
    expect(late.extensions.code).toBe('CONFLICT');
    expect(late.message).toMatch(/no longer conferring/);
    const { escalation: beforeCourt } = await c.staff.ok(ESCALATION, { id: escalation.id });
    expect(beforeCourt.conferrals.map((x: { standing: string }) => x.standing)).toEqual([
      'UNCONFIRMED',
      'CONTESTED',
    ]);
  });

  // -----------------------------------------------------------------------------------------------
  // The papers (Civil L.R. 37-3; FRCP 29(b), 34(b)(2)(C), 36(a)(3))
  // -----------------------------------------------------------------------------------------------

  it('papers answerable only after the cut-off are flagged when served, and a dispute over them needs the court’s order', async () => {
    const c = await counselCase();
    // Answers due by the cut-off are not flagged.
    const onTime = await answeredSet(c, '2026-11-02T17:00:00Z', '2026-11-10T17:00:00Z');
    expect(onTime.dueAfterCutoff).toBe(false);
    // Served Tuesday, December 1, 2026: answers due Thursday, December 31, 2026, after the cut-off of 2026-12-18.
    const late = await answeredSet(c, '2026-12-01T17:00:00Z', '2026-12-08T17:00:00Z');
    expect(late.dueAfterCutoff).toBe(true);
    const { discoverySet } = await c.defense.client.ok(SET, { id: late.id });
    expect(discoverySet).toMatchObject({ responseDueOn: '2026-12-31' });
    // Answered without the party's oath, so the answers are flagged too (FRCP 33(b)(3)).
    expect(discoverySet.flags).toEqual([
      { rule: 'Civil L.R. 37-3', message: expect.stringMatching(/not enforceable without a court order/) },
      { rule: 'FRCP 33(b)(3)', message: expect.stringMatching(/not verified under oath/) },
    ]);
    await parley.waitForIdle();
    expect((await c.defense.client.ok(NOTIFICATIONS)).notifications).toContainEqual({
      kind: 'SET_SERVED',
      message: expect.stringMatching(/after the discovery cut-off \(December 18, 2026\).*Civil L\.R\. 37-3/),
    });

    parley.setTime('2026-12-09T17:00:00Z');
    const d = await openDispute(c.plaintiff.client, c.caseId, [late.items[1].id]);
    await logConference(c.plaintiff, d.id, '2026-12-10T17:00:00Z');
    parley.setTime('2026-12-11T17:00:00Z');
    await certify(c.plaintiff.client, d.id, '/s/ Priya Natarajan');
    const gate = await refused(c.caseId, () =>
      c.plaintiff.client.fails(ESCALATE, { input: { disputeId: d.id, position: 'Compel.' } }),
    );
    expect(gate.extensions).toEqual({ code: 'ESCALATION_GATE', missing: ['NO_ORDER_AFTER_CUTOFF'] });
    expect(gate.message).toMatch(
      /not enforceable without a court order permitting them \(Civil L\.R\. 37-3\)/,
    );

    // The parties cannot stipulate past the cut-off; the court orders it.
    const order = {
      input: { caseId: c.caseId, kind: 'DISCOVERY_AFTER_CUTOFF', source: 'Stipulation of the parties' },
    };
    const stipulated = await refused(c.caseId, () => c.plaintiff.client.fails(RECORD_ORDER, order));
    expect(stipulated.extensions).toEqual({ code: 'RULE_VIOLATION', rule: 'Civil L.R. 37-3' });
    const { recordDiscoveryOrder } = await c.staff.ok(RECORD_ORDER, {
      input: { ...order.input, source: 'Order Granting Leave, Dkt. 51' },
    });
    expect(recordDiscoveryOrder).toMatchObject({ status: 'IN_EFFECT', basis: 'COURT_ORDER' });
    expect((await escalate(c.plaintiff, d.id)).items).toEqual([
      expect.objectContaining({ dueAfterCutoff: true }),
    ]);
  });

  it('an agreed extension covering an overdue set returns it to SERVED and lifts its deemed-admitted flag', async () => {
    const c = await counselCase();
    parley.setTime(SERVED_AT);
    const draft = await draftSet(c.plaintiff.client, {
      caseId: c.caseId,
      servingPartyId: c.plaintiffId,
      respondingPartyId: c.defendantId,
      kind: 'ADMISSIONS',
      title: 'Plaintiff’s First Requests for Admission',
      items: [{ text: 'Admit that the tooling was delivered on 2026-03-02.' }],
    });
    const served = await serveSet(c.plaintiff.client, draft.id, 'ELECTRONIC', '/s/ Priya Natarajan');
    expect(served.responseDueOn).toBe('2026-06-10');

    // The time ran: overdue, the matters flagged deemed admitted (FRCP 36(a)(3)).
    parley.setTime('2026-06-12T17:00:00Z');
    await parley.sweepDeadlines();
    const read = async () => (await c.plaintiff.client.ok(SET, { id: served.id })).discoverySet;
    expect(await read()).toMatchObject({
      status: 'OVERDUE',
      flags: [{ rule: 'FRCP 36(a)(3)', message: expect.stringMatching(/deemed admitted/) }],
      deadline: { status: 'MISSED' },
    });

    // Both sides agree a date that covers it (FRCP 29(b)).
    await c.defense.client.ok(AGREE_EXTENSION, { input: { setId: served.id, newDueOn: '2026-06-26' } });
    expect((await read()).status).toBe('OVERDUE');
    await c.plaintiff.client.ok(AGREE_EXTENSION, { input: { setId: served.id, newDueOn: '2026-06-26' } });
    expect(await read()).toMatchObject({
      status: 'SERVED',
      responseDueOn: '2026-06-26',
      flags: [],
      deadline: { status: 'OPEN', dueOn: '2026-06-26' },
    });

    // Answered within the agreed time: not late.
    parley.setTime('2026-06-20T17:00:00Z');
    const { serveResponse } = await c.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: served.id,
        method: 'ELECTRONIC',
        signature: '/s/ Marcus Hale',
        items: [{ itemId: served.items[0].id, admission: 'ADMIT' }],
      },
    });
    expect(serveResponse.late).toBe(false);
    expect(await read()).toMatchObject({ status: 'RESPONDED', flags: [], deadline: { status: 'MET' } });
  });

  it('WITHHOLDING_ALL, like any withholding, needs the objections it rests on (FRCP 34(b)(2)(C))', async () => {
    const c = await counselCase();
    parley.setTime(SERVED_AT);
    const draft = await draftSet(c.plaintiff.client, {
      caseId: c.caseId,
      servingPartyId: c.plaintiffId,
      respondingPartyId: c.defendantId,
      kind: 'PRODUCTION',
      title: 'Plaintiff’s First Requests for Production',
      items: [{ text: 'Produce the test reports for the tooling.' }, { text: 'Produce the invoices.' }],
    });
    const served = await serveSet(c.plaintiff.client, draft.id, 'ELECTRONIC', '/s/ Priya Natarajan');
    parley.setTime(ANSWERED_AT);
    const respond = (items: Array<Record<string, unknown>>) => ({
      input: { setId: served.id, method: 'ELECTRONIC', signature: '/s/ Marcus Hale', items },
    });
    for (const production of ['WITHHOLDING_ALL', 'PRODUCING_WITH_WITHHOLDING']) {
      const error = await refused(c.caseId, () =>
        c.defense.client.fails(
          SERVE_RESPONSE,
          respond([
            { itemId: served.items[0].id, production },
            { itemId: served.items[1].id, production: 'WILL_PRODUCE' },
          ]),
        ),
      );
      expect(error.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'FRCP 34(b)(2)(C)' });
      expect(error.message).toMatch(/Request 1: responsive material may be withheld only on an objection/);
    }
    const { serveResponse } = await c.defense.client.ok(
      SERVE_RESPONSE,
      respond([
        { itemId: served.items[0].id, production: 'WITHHOLDING_ALL', objections: ['Work product.'] },
        { itemId: served.items[1].id, production: 'WILL_PRODUCE' },
      ]),
    );
    expect(serveResponse.items[0]).toMatchObject({
      production: 'WITHHOLDING_ALL',
      objections: ['Work product.'],
    });
  });
});
