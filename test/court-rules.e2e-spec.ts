import { randomBytes, randomUUID } from 'node:crypto';
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
import { draftSet, SERVE_RESPONSE, serveSet, SET, SETS } from './support/discovery';
import {
  ANSWER_REQUEST,
  certify,
  CONFIRM,
  CONTEST,
  DISPUTE,
  DOCKET,
  ESCALATE,
  ESCALATION,
  LOG_CONFERENCE,
  OPEN_DISPUTE,
  openDispute,
  REQUEST_CONFERENCE,
  RULE,
  SEND_LETTER,
  SUBMIT_POSITION,
} from './support/conferral';
import { GraphQLClient, GraphQLErrorBody } from './support/graphql-client';
import { Parley, startParley } from './support/test-app';

/**
 * The rules between a discovery dispute and the court, each proved end to end: what counts as
 * conferral (FRCP 37(a)(1); N.D. Cal. Civil L.R. 1-5(n), 37-1), the good-faith certification and when
 * it goes stale, the escalation gate and its codes (Civil L.R. 37-3 included), the joint letter, the
 * rulings, and that the court sees the dispute and nothing else of the case. Every refusal is checked
 * for its exact code, the elements it names, a message a litigant can act on, and that it stored
 * nothing.
 */

// -------------------------------------------------------------------------------------------------
// Operations the shared support files do not hold
// -------------------------------------------------------------------------------------------------

const CREATE_STAFF = `mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }`;
const POLICY = `query($caseId: ID!) { conferralPolicy(caseId: $caseId) { caseId lettersQualify isDefault source } }`;
const SET_POLICY = `mutation($input: SetConferralPolicyInput!) {
  setConferralPolicy(input: $input) { caseId lettersQualify isDefault source pending { lettersQualify agreedPartyIds } } }`;
const WITHDRAW_SET = `mutation($setId: ID!) { withdrawDiscoverySet(setId: $setId) { id status } }`;
const WITHDRAW_DISPUTE = `mutation($disputeId: ID!) { withdrawDispute(disputeId: $disputeId) { id status } }`;
const RESOLVE = `mutation($input: ResolveDisputeInput!) { resolveDispute(input: $input) { id status resolution pendingResolution { id resolution agreedDueOn } } }`;
const ACCEPT_RESOLUTION = `mutation($id: ID!) { acceptResolution(proposalId: $id) { id status resolution } }`;
const CERTIFY_MUTATION = `mutation($input: CertifyGoodFaithInput!) { certifyGoodFaith(input: $input) { id } }`;
const DEADLINES = `query($caseId: ID!) { deadlines(caseId: $caseId) { kind dueOn status partyId subjectId } }`;

/** Every field of Escalation and of everything nested in it, as the schema has them (checked below). */
const EVERY_ESCALATION_FIELD = `id status escalatedAt submittedAt caption court docketNumber judge
  positionDueOn otherSideResponded
  parties { id name side }
  escalatingParty { id name side }
  items { kind number objections response setTitle text dueAfterCutoff }
  conferrals { agreed confirmation durationMinutes from heldAt kind leadCounselParticipated mode
    participants stillDisputed summary standing contestReason counts }
  requests { mode requestedAt from message status answerByOn answeredAt answeredLate answerTimes counts
    noShow { scheduledFor recordedAt note standing contestReason }
    attempt { by at how otherSide contested } }
  conferralBasis { basis explanation rule movant returnedToConferAt attempt { by at how otherSide contested } }
  certifications { party signature signedAt signedBy statement stands }
  positions { compromise submittedAt text party { id name side } }
  ruling { id complianceDays complianceDueOn orderText outcome ruledAt ruledBy orderedParty { id name side } }
  scans { id filename contentType size sha256 pages uploadedAt shared }
  privilegeLogEntries { number producingParty date author recipients documentType subject privilege batesRange requests }`;
const FULL_ESCALATION = `query($id: ID!) { escalation(id: $id) { ${EVERY_ESCALATION_FIELD} } }`;
const FULL_DOCKET = `query { courtDocket { ${EVERY_ESCALATION_FIELD} } }`;

// -------------------------------------------------------------------------------------------------
// The calendar most tests follow (N.D. Cal., America/Los_Angeles; PDT is UTC-7 in June)
// -------------------------------------------------------------------------------------------------

const CASE_OPENED_AT = '2026-05-01T16:00:00Z';
/** Monday; electronic service, so responses are due 30 days later, 2026-06-10 (FRCP 33(b)(2)). */
const SERVED_AT = '2026-05-11T17:00:00Z';
/** Responses served; conferral counts only after this (FRCP 37(a)(1): conferral about the responses). */
const ANSWERED_AT = '2026-06-01T17:00:00Z';
const OPENED_AT = '2026-06-03T17:00:00Z';
/** A Friday: the other side's 5 days (positionResponseDays) run to Wednesday, June 17, 2026. */
const ESCALATED_AT = '2026-06-12T17:00:00Z';
const HOUR = 3_600_000;

const ITEMS = [
  { text: 'Identify each person who negotiated the 2025 supply agreement for Widget Works.' },
  { text: 'Describe every defect Widget Works found in the tooling delivered in March 2026.' },
  { text: 'State the revenue Widget Works earned from products made with the tooling.' },
];
const OBJECTIONS = ['Overbroad as to "every defect".', 'Seeks material protected as work product.'];

interface CounselCase {
  plaintiffCounsel: SignedIn;
  defenseCounsel: SignedIn;
  caseId: string;
  docketNumber: string;
  plaintiffId: string;
  defendantId: string;
  /** The third party or second defendant, when asked for, with its own counsel. */
  extraPartyId: string;
  extraCounsel: SignedIn | null;
}

type Tally = Record<string, number>;

describe('court rules: conferral, certification, the gate, the joint letter and the court', () => {
  let parley: Parley;
  let admin: GraphQLClient;
  let courtId: string;

  beforeAll(async () => {
    parley = await startParley();
    admin = await signInAsAdmin(parley);
    courtId = (await createCourt(admin, { name: 'U.S. District Court', district: 'N.D. Cal.' })).id;
  });
  afterAll(() => parley?.close());

  // -----------------------------------------------------------------------------------------------
  // Helpers
  // -----------------------------------------------------------------------------------------------

  /** A court of its own with one chambers account, so a docket holds only what a test put there. */
  async function courtWithStaff(overrides: Record<string, unknown> = {}) {
    // createCourt names it uniquely: a district holds one court of a name.
    const court = await createCourt(admin, { district: 'N.D. Cal.', ...overrides });
    const email = `chambers.${randomBytes(4).toString('hex')}@cand.example`;
    await admin.ok(CREATE_STAFF, {
      input: { courtId: court.id, email, name: 'Chambers of Judge Orrick', password: STRONG_PASSWORD },
    });
    return { courtId: court.id, staff: await signIn(parley, email, STRONG_PASSWORD) };
  }

  /**
   * Acme Tooling Corp. v. Widget Works LLC: counsel on both sides, nobody pro se or in custody, so
   * only direct dialogue is conferral by default. Discovery opened at the Rule 26(f) conference on
   * 2026-04-15; the discovery cut-off is 2026-12-18.
   */
  async function counselCase(
    options: { courtId?: string; extraParty?: { name: string; side: string } } = {},
  ): Promise<CounselCase> {
    parley.setTime(CASE_OPENED_AT);
    const plaintiffCounsel = await signUp(parley, 'Priya Natarajan');
    const defenseCounsel = await signUp(parley, 'Marcus Hale');
    const docketNumber = `3:26-cv-${randomBytes(3).toString('hex')}-WHO`;
    const parties = [
      { name: 'Acme Tooling Corp.', side: 'PLAINTIFF', proSe: false, incarcerated: false },
      { name: 'Widget Works LLC', side: 'DEFENDANT', proSe: false, incarcerated: false },
    ];
    if (options.extraParty) parties.push({ ...options.extraParty, proSe: false, incarcerated: false });
    const created = await createCase(plaintiffCounsel.client, options.courtId ?? courtId, {
      docketNumber,
      title: 'Acme Tooling Corp. v. Widget Works LLC',
      judge: 'William H. Orrick',
      rule26fConferenceOn: '2026-04-15',
      discoveryCutoffOn: '2026-12-18',
      parties,
      myPartyIndex: 0,
      myRole: 'COUNSEL',
    });
    const [plaintiffId, defendantId, extraPartyId] = created.parties.map((p: { id: string }) => p.id);
    await join(plaintiffCounsel.client, defendantId, defenseCounsel, 'COUNSEL');
    let extraCounsel: SignedIn | null = null;
    if (options.extraParty) {
      extraCounsel = await signUp(parley, 'Nadia Okonkwo');
      await join(plaintiffCounsel.client, extraPartyId, extraCounsel, 'COUNSEL');
    }
    return {
      plaintiffCounsel,
      defenseCounsel,
      caseId: created.id,
      docketNumber,
      plaintiffId,
      defendantId,
      extraPartyId,
      extraCounsel,
    };
  }

  /**
   * The plaintiff serves a set of interrogatories at `servedAt`; its responding party answers at
   * `answeredAt` (by default: item 1 answered, item 2 objected to, item 3 answered with an objection).
   */
  async function answeredSet(
    c: CounselCase,
    options: {
      items?: Array<{ text: string }>;
      answers?: (items: Array<{ id: string }>) => Array<Record<string, unknown>>;
      title?: string;
      servedAt?: string;
      answeredAt?: string;
      respondingPartyId?: string;
      responder?: SignedIn;
    } = {},
  ) {
    parley.setTime(options.servedAt ?? SERVED_AT);
    const draft = await draftSet(c.plaintiffCounsel.client, {
      caseId: c.caseId,
      servingPartyId: c.plaintiffId,
      respondingPartyId: options.respondingPartyId ?? c.defendantId,
      kind: 'INTERROGATORIES',
      title: options.title ?? 'Plaintiff’s First Set of Interrogatories',
      items: options.items ?? ITEMS,
    });
    const set = await serveSet(c.plaintiffCounsel.client, draft.id, 'ELECTRONIC', '/s/ Priya Natarajan');
    parley.setTime(options.answeredAt ?? ANSWERED_AT);
    const answers =
      options.answers ??
      ((items: Array<{ id: string }>) => [
        { itemId: items[0].id, answer: 'Jordan Pike and Elena Sarno.' },
        { itemId: items[1].id, objections: OBJECTIONS },
        {
          itemId: items[2].id,
          answer: 'Revenue figures are confidential.',
          objections: ['Not proportional to the needs of the case.'],
        },
      ]);
    await (options.responder ?? c.defenseCounsel).client.ok(SERVE_RESPONSE, {
      input: { setId: set.id, method: 'ELECTRONIC', signature: '/s/ Marcus Hale', items: answers(set.items) },
    });
    return set as { id: string; items: Array<{ id: string; number: number; text: string }> };
  }

  /** A dispute over item 2 of a freshly answered set, opened by the plaintiff on 2026-06-03. */
  async function disputeOverItem2(c: CounselCase) {
    const set = await answeredSet(c);
    parley.setTime(OPENED_AT);
    const dispute = await openDispute(
      c.plaintiffCounsel.client,
      c.caseId,
      [set.items[1].id],
      'Widget Works refuses to describe the defects it found.',
    );
    return { set, dispute };
  }

  /** Records a conference held at `heldAt`, one hour after it was held (the clock moves there). */
  async function logConference(
    by: SignedIn,
    disputeId: string,
    heldAt: string,
    extra: Record<string, unknown> = {},
  ) {
    parley.setTime(new Date(Date.parse(heldAt) + HOUR).toISOString());
    const { logConference } = await by.client.ok(LOG_CONFERENCE, {
      input: {
        disputeId,
        mode: 'TELEPHONE',
        heldAt,
        durationMinutes: 45,
        participants: ['Priya Natarajan (counsel for Acme)', 'Marcus Hale (counsel for Widget Works)'],
        leadCounselParticipated: true,
        summary: 'Discussed Interrogatory 2 line by line.',
        stillDisputed: 'Whether defects found after delivery must be described.',
        ...extra,
      },
    });
    return logConference as { id: string; confirmation: string };
  }

  /** A telephone conference on 2026-06-04 and the plaintiff's certification on 2026-06-05: the gate is open. */
  async function conferAndCertify(c: CounselCase, disputeId: string) {
    const conference = await logConference(c.plaintiffCounsel, disputeId, '2026-06-04T16:00:00Z');
    parley.setTime('2026-06-05T17:00:00Z');
    const certification = await certify(c.plaintiffCounsel.client, disputeId, '/s/ Priya Natarajan');
    return { conference, certification };
  }

  async function escalate(by: SignedIn, disputeId: string, position = 'Interrogatory 2 must be answered.') {
    const { escalateDispute } = await by.client.ok(ESCALATE, {
      input: { disputeId, position, compromise: 'A full answer within 14 days.' },
    });
    return escalateDispute;
  }

  async function disputeAs(client: GraphQLClient, id: string) {
    return (await client.ok(DISPUTE, { id })).dispute;
  }

  /** Every row a conferral, escalation or ruling could leave behind in one case. */
  async function tally(caseId: string): Promise<Tally> {
    const [row] = await parley.db.query(
      `SELECT
         (SELECT count(*)::int FROM disputes WHERE case_id = $1) AS disputes,
         (SELECT count(*)::int FROM dispute_items di JOIN disputes d ON d.id = di.dispute_id
           WHERE d.case_id = $1) AS dispute_items,
         (SELECT count(*)::int FROM conferral_events e JOIN disputes d ON d.id = e.dispute_id
           WHERE d.case_id = $1) AS conferral_events,
         (SELECT count(*)::int FROM conferral_requests r JOIN disputes d ON d.id = r.dispute_id
           WHERE d.case_id = $1) AS conferral_requests,
         (SELECT count(*)::int FROM certifications c JOIN disputes d ON d.id = c.dispute_id
           WHERE d.case_id = $1) AS certifications,
         (SELECT count(*)::int FROM conferral_policies WHERE case_id = $1) AS conferral_policies,
         (SELECT count(*)::int FROM escalations WHERE case_id = $1) AS escalations,
         (SELECT count(*)::int FROM escalation_positions p JOIN escalations e ON e.id = p.escalation_id
           WHERE e.case_id = $1) AS escalation_positions,
         (SELECT count(*)::int FROM rulings r JOIN escalations e ON e.id = r.escalation_id
           WHERE e.case_id = $1) AS rulings,
         (SELECT count(*)::int FROM deadlines WHERE case_id = $1) AS deadlines,
         (SELECT count(*)::int FROM audit_events WHERE case_id = $1) AS audit_events`,
      [caseId],
    );
    return row;
  }

  /** Runs a request that must be refused, and shows it left nothing behind in the case. */
  /**
   * A refusal writes nothing. Background work of earlier steps (a deadline passing, a notice) is let
   * finish first and after, so the counts compare only what the refused call itself could have written.
   */
  async function refused(caseId: string, attempt: () => Promise<GraphQLErrorBody>) {
    await parley.waitForIdle();
    const before = await tally(caseId);
    const error = await attempt();
    await parley.waitForIdle();
    expect(await tally(caseId)).toEqual(before);
    return error;
  }

  // -----------------------------------------------------------------------------------------------
  // 1. What counts as conferral
  // -----------------------------------------------------------------------------------------------

  describe('conferral is direct dialogue; letters only where the case allows them (FRCP 37(a)(1); Civil L.R. 1-5(n))', () => {
    it('letters between counsel are not conferral; a telephone conference recorded by one side is, and the gate opens', async () => {
      const c = await counselCase();
      const { dispute } = await disputeOverItem2(c);

      // No pro se prisoner in the case: the default policy is direct dialogue only.
      expect((await c.defenseCounsel.client.ok(POLICY, { caseId: c.caseId })).conferralPolicy).toEqual({
        caseId: c.caseId,
        lettersQualify: false,
        isDefault: true,
        source: expect.stringMatching(/direct dialogue/),
      });

      // An exchange of letters, one each way: merely sending letters does not count (L.R. 1-5(n)).
      parley.setTime('2026-06-04T17:00:00Z');
      await c.plaintiffCounsel.client.ok(SEND_LETTER, {
        input: { disputeId: dispute.id, body: 'Please answer Interrogatory 2 in full by Friday.' },
      });
      parley.setTime('2026-06-05T17:00:00Z');
      await c.defenseCounsel.client.ok(SEND_LETTER, {
        input: { disputeId: dispute.id, body: 'We stand on our objections to Interrogatory 2.' },
      });
      parley.setTime('2026-06-08T17:00:00Z');
      const afterLetters = await disputeAs(c.plaintiffCounsel.client, dispute.id);
      expect(afterLetters.conferralAssessment).toMatchObject({ qualifies: false, basis: null });
      expect(afterLetters.conferralAssessment.explanation).toMatch(/in person, by video or by telephone/);
      // FRCP 37(a)(1): nothing to certify yet.
      const early = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(CERTIFY_MUTATION, {
          input: {
            disputeId: dispute.id,
            statement: 'We exchanged letters.',
            signature: '/s/ Priya Natarajan',
          },
        }),
      );
      expect(early.extensions).toEqual({ code: 'RULE_VIOLATION', rule: 'FRCP 37(a)(1)' });

      const gate = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(ESCALATE, { input: { disputeId: dispute.id, position: 'Compel.' } }),
      );
      expect(gate.extensions).toEqual({
        code: 'ESCALATION_GATE',
        missing: ['NO_QUALIFYING_CONFERRAL', 'NO_CERTIFICATION'],
      });
      expect(gate.message).toMatch(/Meet and confer in good faith first/);
      expect(gate.message).toMatch(
        /in person, by video or by telephone \(N\.D\. Cal\. Civil L\.R\. 1-5\(n\)\)/,
      );
      // Dispute.gate shows the same verdict beforehand, one element at a time, for the web's checklist.
      const GATE = `query($id: ID!, $side: DisputeSide) { dispute(id: $id) { gate(side: $side) { open missing { code explanation } } } }`;
      const checklist = (await c.plaintiffCounsel.client.ok(GATE, { id: dispute.id })).dispute.gate;
      expect(checklist.open).toBe(false);
      expect(checklist.missing.map((m: { code: string }) => m.code)).toEqual(gate.extensions.missing);
      expect(checklist.missing.map((m: { explanation: string }) => m.explanation).join(' ')).toBe(
        gate.message.replace('This dispute cannot go to the court yet. ', ''),
      );

      // A telephone conference, recorded by the defense alone (not yet confirmed), is conferral.
      await logConference(c.defenseCounsel, dispute.id, '2026-06-09T16:00:00Z');
      const conferred = await disputeAs(c.plaintiffCounsel.client, dispute.id);
      expect(conferred.conferralAssessment).toMatchObject({
        qualifies: true,
        basis: 'CONFERENCE',
        rule: expect.stringContaining('FRCP 37(a)(1)'),
      });
      expect(
        conferred.conferrals.map((e: { mode: string; confirmation: string }) => [e.mode, e.confirmation]),
      ).toEqual([
        ['LETTER', 'NOT_NEEDED'],
        ['LETTER', 'NOT_NEEDED'],
        ['TELEPHONE', 'PENDING'],
      ]);

      parley.setTime('2026-06-10T17:00:00Z');
      await certify(c.plaintiffCounsel.client, dispute.id, '/s/ Priya Natarajan');
      parley.setTime(ESCALATED_AT);
      expect((await c.plaintiffCounsel.client.ok(GATE, { id: dispute.id })).dispute.gate).toEqual({
        open: true,
        missing: [],
      });
      // The other side, as movant, has its own checklist: it has certified nothing.
      expect(
        (
          await c.defenseCounsel.client.ok(GATE, { id: dispute.id, side: 'RESPONDING' })
        ).dispute.gate.missing.map((m: { code: string }) => m.code),
      ).toEqual(['NO_CERTIFICATION']);
      const escalation = await escalate(c.plaintiffCounsel, dispute.id);
      expect(escalation).toMatchObject({
        status: 'AWAITING_POSITION',
        conferralBasis: { basis: 'CONFERENCE' },
        escalatingParty: { id: c.plaintiffId },
        positionDueOn: '2026-06-17',
      });
      expect(escalation.certifications).toEqual([expect.objectContaining({ stands: true })]);
      expect((await disputeAs(c.defenseCounsel.client, dispute.id)).status).toBe('ESCALATED');
    });

    it('a conference the other side contests still counts: the court sees the contest and its reason', async () => {
      const c = await counselCase();
      const { dispute } = await disputeOverItem2(c);
      const conference = await logConference(c.plaintiffCounsel, dispute.id, '2026-06-04T16:00:00Z');
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).conferralAssessment.qualifies).toBe(
        true,
      );

      // A side acting in bad faith cannot undo conferral by contesting its record: the court weighs it.
      parley.setTime('2026-06-05T17:00:00Z');
      const reason = 'No call took place on June 4; counsel left a voicemail.';
      const { contestConference } = await c.defenseCounsel.client.ok(CONTEST, {
        input: { eventId: conference.id, reason },
      });
      expect(contestConference).toMatchObject({ confirmation: 'CONTESTED' });
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).conferralAssessment).toMatchObject({
        qualifies: true,
        basis: 'CONFERENCE',
      });

      parley.setTime('2026-06-08T17:00:00Z');
      await certify(c.plaintiffCounsel.client, dispute.id, '/s/ Priya Natarajan');
      parley.setTime(ESCALATED_AT);
      const escalation = await escalate(c.plaintiffCounsel, dispute.id);
      expect(escalation.conferrals).toEqual([
        expect.objectContaining({ mode: 'TELEPHONE', standing: 'CONTESTED', contestReason: reason }),
      ]);
    });

    it('a conference held before the responses were served does not count: it was about something else', async () => {
      const c = await counselCase();
      const { dispute } = await disputeOverItem2(c);
      // Held on 2026-05-28, before the responses of 2026-06-01; recorded after the dispute opened.
      parley.setTime('2026-06-04T17:00:00Z');
      await c.plaintiffCounsel.client.ok(LOG_CONFERENCE, {
        input: {
          disputeId: dispute.id,
          mode: 'VIDEO',
          heldAt: '2026-05-28T16:00:00Z',
          durationMinutes: 30,
          participants: ['Priya Natarajan', 'Marcus Hale'],
          summary: 'Talked about the upcoming responses.',
        },
      });
      const found = await disputeAs(c.plaintiffCounsel.client, dispute.id);
      expect(found.conferFrom).toBe(new Date(ANSWERED_AT).toISOString());
      expect(found.conferralAssessment).toMatchObject({ qualifies: false });
    });

    it('a stipulation both sides sign lets an exchange of letters qualify; one side or a paralegal cannot', async () => {
      const c = await counselCase();
      const paralegal = await signUp(parley, 'Owen Baptiste');
      await join(c.plaintiffCounsel.client, c.plaintiffId, paralegal, 'PARALEGAL');
      const { dispute } = await disputeOverItem2(c);
      const source =
        'Scheduling Order, Dkt. 18, ¶ 6: letters exchanged through Parley satisfy Civil L.R. 37-1(a).';

      // FRCP 26(g): a paralegal drafts; only counsel records an order for the party.
      const forbidden = await refused(c.caseId, () =>
        paralegal.client.fails(SET_POLICY, { input: { caseId: c.caseId, lettersQualify: true, source } }),
      );
      expect(forbidden.extensions.code).toBe('FORBIDDEN');
      expect(forbidden.message).toMatch(/counsel/);
      expect(
        (await c.plaintiffCounsel.client.ok(POLICY, { caseId: c.caseId })).conferralPolicy,
      ).toMatchObject({
        lettersQualify: false,
        isDefault: true,
      });

      // One side alone only proposes (FRCP 29): the case's policy is unchanged until the other agrees.
      const proposal = { input: { caseId: c.caseId, lettersQualify: true, source } };
      expect((await c.defenseCounsel.client.ok(SET_POLICY, proposal)).setConferralPolicy).toMatchObject({
        lettersQualify: false,
        isDefault: true,
        pending: { lettersQualify: true, agreedPartyIds: [c.defendantId] },
      });
      const { setConferralPolicy } = await c.plaintiffCounsel.client.ok(SET_POLICY, proposal);
      expect(setConferralPolicy).toEqual({
        caseId: c.caseId,
        lettersQualify: true,
        isDefault: false,
        source,
        pending: null,
      });
      const { pending: _pending, ...effective } = setConferralPolicy;
      expect((await paralegal.client.ok(POLICY, { caseId: c.caseId })).conferralPolicy).toEqual(effective);

      // One letter is not an exchange; one each way is.
      parley.setTime('2026-06-04T17:00:00Z');
      await c.plaintiffCounsel.client.ok(SEND_LETTER, {
        input: { disputeId: dispute.id, body: 'Please answer Interrogatory 2 in full.' },
      });
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).conferralAssessment.qualifies).toBe(
        false,
      );
      parley.setTime('2026-06-05T17:00:00Z');
      await c.defenseCounsel.client.ok(SEND_LETTER, {
        input: { disputeId: dispute.id, mode: 'EMAIL', body: 'We will supplement Interrogatory 2 in part.' },
      });
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).conferralAssessment).toMatchObject({
        qualifies: true,
        basis: 'LETTER_EXCHANGE',
      });
    });
  });

  // -----------------------------------------------------------------------------------------------
  // 2. Attempts to confer
  // -----------------------------------------------------------------------------------------------

  describe('a request to confer left unanswered is an attempt to confer (FRCP 37(a)(1); Civil L.R. 37-1(b))', () => {
    const REQUESTED_AT = '2026-06-04T17:00:00Z';
    const PROPOSED = ['2026-06-08T17:00:00.000Z', '2026-06-09T17:00:00.000Z'];

    async function requestConference(by: SignedIn, disputeId: string) {
      const { requestConference } = await by.client.ok(REQUEST_CONFERENCE, {
        input: {
          disputeId,
          mode: 'TELEPHONE',
          proposedTimes: PROPOSED,
          message: 'Please call me about Interrogatory 2 at one of these times.',
        },
      });
      return requestConference as { id: string; status: string };
    }

    it('is no attempt within the court’s conferralResponseDays (default 10), and an attempt once they pass', async () => {
      const c = await counselCase();
      const { dispute } = await disputeOverItem2(c);
      parley.setTime(REQUESTED_AT);
      const request = await requestConference(c.plaintiffCounsel, dispute.id);
      expect(request.status).toBe('PENDING');

      // Nine days on, the other side still has time to answer: nothing to certify yet.
      parley.setTime('2026-06-13T17:00:00Z');
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).conferralAssessment).toMatchObject({
        qualifies: false,
        explanation: expect.stringMatching(
          /not yet an attempt: the other side may answer until June 15, 2026/,
        ),
      });
      const certifying = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(CERTIFY_MUTATION, {
          input: { disputeId: dispute.id, statement: 'I asked to confer.', signature: '/s/ Priya Natarajan' },
        }),
      );
      expect(certifying.extensions).toEqual({ code: 'RULE_VIOLATION', rule: 'FRCP 37(a)(1)' });
      const early = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(ESCALATE, { input: { disputeId: dispute.id, position: 'Compel.' } }),
      );
      expect(early.extensions).toEqual({
        code: 'ESCALATION_GATE',
        missing: ['NO_QUALIFYING_CONFERRAL', 'NO_CERTIFICATION'],
      });

      // Thirteen days on, unanswered: the ten days have run however they are counted (day 10 is
      // Sunday, June 14, 2026; under FRCP 6(a)(1)(C) the time runs to the end of Monday, June 15, 2026).
      parley.setTime('2026-06-17T17:00:00Z');
      const attempted = await disputeAs(c.plaintiffCounsel.client, dispute.id);
      expect(attempted.conferralAssessment).toMatchObject({
        qualifies: true,
        basis: 'ATTEMPT',
        rule: expect.stringContaining('37-1(b)'),
      });
      expect(attempted.conferralAssessment.explanation).toMatch(
        /asked to confer on June 4, 2026; the other side did not answer within the court’s time \(by June 15, 2026\)/,
      );
      await certify(c.plaintiffCounsel.client, dispute.id, '/s/ Priya Natarajan');
      const escalation = await escalate(c.plaintiffCounsel, dispute.id);
      expect(escalation).toMatchObject({ status: 'AWAITING_POSITION', conferralBasis: { basis: 'ATTEMPT' } });
    });

    it('the court’s own conferralResponseDays govern', async () => {
      const { courtId: quickCourt } = await courtWithStaff({ conferralResponseDays: 3 });
      const c = await counselCase({ courtId: quickCourt });
      const { dispute } = await disputeOverItem2(c);
      parley.setTime(REQUESTED_AT);
      await requestConference(c.plaintiffCounsel, dispute.id);
      parley.setTime('2026-06-06T17:00:00Z');
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).conferralAssessment.qualifies).toBe(
        false,
      );
      // Six days on: past the court's three days (day 3, Sunday, June 7, 2026, rolls to Monday at most),
      // well within the default ten.
      parley.setTime('2026-06-10T17:00:00Z');
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).conferralAssessment).toMatchObject({
        qualifies: true,
        basis: 'ATTEMPT',
      });
    });

    it('accepted or countered in time obliges the requester to confer; declined is an attempt at once; a letter answers nothing', async () => {
      const c = await counselCase();
      const set = await answeredSet(c);
      parley.setTime(OPENED_AT);
      const answered = await openDispute(c.plaintiffCounsel.client, c.caseId, [set.items[1].id]);
      const declinedDispute = await openDispute(c.plaintiffCounsel.client, c.caseId, [set.items[2].id]);
      const byLetter = await openDispute(c.plaintiffCounsel.client, c.caseId, [set.items[0].id]);

      // Two requests on one dispute, an hour apart (listed oldest first), and one on each other.
      const requests: Array<{ id: string }> = [];
      for (const hour of [0, 1]) {
        parley.setTime(new Date(Date.parse(REQUESTED_AT) + hour * HOUR).toISOString());
        requests.push(await requestConference(c.plaintiffCounsel, answered.id));
      }
      const [accepted, countered] = requests;
      const declined = await requestConference(c.plaintiffCounsel, declinedDispute.id);
      await requestConference(c.plaintiffCounsel, byLetter.id);

      parley.setTime('2026-06-05T17:00:00Z');
      const answers = [
        [accepted.id, { answer: 'ACCEPT', acceptedTime: PROPOSED[1] }, 'ACCEPTED'],
        [countered.id, { answer: 'COUNTER', counterTimes: ['2026-06-10T18:00:00.000Z'] }, 'COUNTERED'],
        [declined.id, { answer: 'DECLINE', message: 'We see nothing to discuss.' }, 'DECLINED'],
      ] as const;
      for (const [requestId, answer, status] of answers) {
        const { answerConferenceRequest } = await c.defenseCounsel.client.ok(ANSWER_REQUEST, {
          input: { requestId, ...answer },
        });
        expect(answerConferenceRequest.status).toBe(status);
      }
      // Declined: the requester's attempt at once, long before the court's days run.
      expect(
        (await disputeAs(c.plaintiffCounsel.client, declinedDispute.id)).conferralAssessment,
      ).toMatchObject({
        qualifies: true,
        basis: 'ATTEMPT',
        attempt: { by: 'REQUESTING', how: 'DECLINED' },
      });
      // A letter offers no time to meet: it does not answer the request (docs/rules.md, "Attempts").
      await c.defenseCounsel.client.ok(SEND_LETTER, {
        input: { disputeId: byLetter.id, body: 'We cannot call this week; here is our position in writing.' },
      });

      parley.setTime('2026-06-20T17:00:00Z');
      const obliged = await disputeAs(c.plaintiffCounsel.client, answered.id);
      expect(obliged.conferralAssessment).toMatchObject({ qualifies: false });
      expect(obliged.conferralAssessment.explanation).toMatch(/accepted a time to confer.*confer then/);
      expect(obliged.requests.map((r: { status: string }) => r.status)).toEqual(['ACCEPTED', 'COUNTERED']);
      expect((await disputeAs(c.plaintiffCounsel.client, byLetter.id)).conferralAssessment).toMatchObject({
        qualifies: true,
        attempt: { how: 'UNANSWERED' },
      });
    });

    it('only the other side answers, with a time it was offered, and only once', async () => {
      const c = await counselCase();
      const { dispute } = await disputeOverItem2(c);
      parley.setTime(REQUESTED_AT);
      const request = await requestConference(c.plaintiffCounsel, dispute.id);
      parley.setTime('2026-06-05T17:00:00Z');

      const own = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(ANSWER_REQUEST, {
          input: { requestId: request.id, answer: 'ACCEPT', acceptedTime: PROPOSED[0] },
        }),
      );
      expect(own.extensions.code).toBe('FORBIDDEN');
      expect(own.message).toMatch(/other side answers/);

      const unoffered = await refused(c.caseId, () =>
        c.defenseCounsel.client.fails(ANSWER_REQUEST, {
          input: { requestId: request.id, answer: 'ACCEPT', acceptedTime: '2026-06-11T17:00:00.000Z' },
        }),
      );
      expect(unoffered.extensions.code).toBe('BAD_USER_INPUT');
      expect(unoffered.message).toMatch(/one of the proposed times/);

      await c.defenseCounsel.client.ok(ANSWER_REQUEST, {
        input: { requestId: request.id, answer: 'ACCEPT', acceptedTime: PROPOSED[0] },
      });
      const twice = await refused(c.caseId, () =>
        c.defenseCounsel.client.fails(ANSWER_REQUEST, {
          input: { requestId: request.id, answer: 'DECLINE' },
        }),
      );
      expect(twice.extensions.code).toBe('CONFLICT');
      expect(twice.message).toMatch(/already answered/);
      const found = await disputeAs(c.plaintiffCounsel.client, dispute.id);
      expect(found.requests).toEqual([expect.objectContaining({ id: request.id, status: 'ACCEPTED' })]);
    });
  });

  // -----------------------------------------------------------------------------------------------
  // 3. The certification and its records
  // -----------------------------------------------------------------------------------------------

  describe('the good-faith certification fixes the records it relies on (FRCP 37(a)(1))', () => {
    it('goes stale when the other side contests a record it relies on, not when it confirms one; certifying again clears it', async () => {
      const c = await counselCase();
      const { dispute } = await disputeOverItem2(c);
      const telephone = await logConference(c.plaintiffCounsel, dispute.id, '2026-06-04T16:00:00Z');
      const video = await logConference(c.plaintiffCounsel, dispute.id, '2026-06-05T16:00:00Z', {
        mode: 'VIDEO',
        summary: 'Second session on Interrogatory 2.',
      });

      parley.setTime('2026-06-08T17:00:00Z');
      const first = await certify(c.plaintiffCounsel.client, dispute.id, '/s/ Priya Natarajan');
      expect(first).toMatchObject({
        signedBy: 'Priya Natarajan',
        stale: false,
        recordsSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });

      // Confirming only strengthens a record: the certification still stands.
      parley.setTime('2026-06-09T17:00:00Z');
      await c.defenseCounsel.client.ok(CONFIRM, { id: telephone.id });
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).certifications).toEqual([
        expect.objectContaining({ id: first.id, stale: false, recordsSha256: first.recordsSha256 }),
      ]);

      // Contesting one it relies on changes the records: stale, and the gate says so.
      parley.setTime('2026-06-10T17:00:00Z');
      await c.defenseCounsel.client.ok(CONTEST, {
        input: { eventId: video.id, reason: 'The video call lasted five minutes, not forty-five.' },
      });
      const contested = await disputeAs(c.plaintiffCounsel.client, dispute.id);
      expect(contested.certifications).toEqual([expect.objectContaining({ id: first.id, stale: true })]);
      // The confirmed telephone conference still qualifies: the only missing element is the certification.
      expect(contested.conferralAssessment).toMatchObject({ qualifies: true, basis: 'CONFERENCE' });
      const gate = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(ESCALATE, { input: { disputeId: dispute.id, position: 'Compel.' } }),
      );
      expect(gate.extensions).toEqual({ code: 'ESCALATION_GATE', missing: ['CERTIFICATION_STALE'] });
      expect(gate.message).toMatch(/changed since you signed it.*certify again/);

      parley.setTime('2026-06-11T17:00:00Z');
      const second = await certify(c.plaintiffCounsel.client, dispute.id, '/s/ Priya Natarajan');
      expect(second.stale).toBe(false);
      expect(second.recordsSha256).not.toBe(first.recordsSha256);
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).certifications).toEqual([
        expect.objectContaining({ id: first.id, stale: true }),
        expect.objectContaining({ id: second.id, stale: false }),
      ]);
      parley.setTime(ESCALATED_AT);
      expect((await escalate(c.plaintiffCounsel, dispute.id)).status).toBe('AWAITING_POSITION');
    });

    it('only the other side confirms or contests a conference, once; letters need no confirmation', async () => {
      const c = await counselCase();
      const { dispute } = await disputeOverItem2(c);
      const conference = await logConference(c.plaintiffCounsel, dispute.id, '2026-06-04T16:00:00Z');
      parley.setTime('2026-06-05T17:00:00Z');
      const { sendLetter: letter } = await c.plaintiffCounsel.client.ok(SEND_LETTER, {
        input: { disputeId: dispute.id, body: 'Confirming our call of June 4.' },
      });

      for (const [query, variables] of [
        [CONFIRM, { id: conference.id }],
        [CONTEST, { input: { eventId: conference.id, reason: 'I disagree with myself.' } }],
      ] as const) {
        const own = await refused(c.caseId, () => c.plaintiffCounsel.client.fails(query, variables));
        expect(own.extensions.code).toBe('FORBIDDEN');
        expect(own.message).toMatch(/the other side confirms or contests it/);
      }

      const letterConfirm = await refused(c.caseId, () =>
        c.defenseCounsel.client.fails(CONFIRM, { id: letter.id }),
      );
      expect(letterConfirm.extensions.code).toBe('CONFLICT');
      expect(letterConfirm.message).toMatch(/Letters need no confirmation/);

      const { confirmConference } = await c.defenseCounsel.client.ok(CONFIRM, { id: conference.id });
      expect(confirmConference).toMatchObject({ confirmed: true, confirmation: 'CONFIRMED' });
      for (const [query, variables] of [
        [CONFIRM, { id: conference.id }],
        [CONTEST, { input: { eventId: conference.id, reason: 'Changed my mind.' } }],
      ] as const) {
        const again = await refused(c.caseId, () => c.defenseCounsel.client.fails(query, variables));
        expect(again.extensions.code).toBe('CONFLICT');
        expect(again.message).toMatch(/already confirmed/);
      }
    });
  });

  // -----------------------------------------------------------------------------------------------
  // 4. The discovery cut-off
  // -----------------------------------------------------------------------------------------------

  describe('no later than 7 days after the discovery cut-off (Civil L.R. 37-3, counted under FRCP 6)', () => {
    it('the last day is Monday, December 28, 2026 (day 7 is Christmas, FRCP 6(a)(1)(C)), to midnight in the court’s zone', async () => {
      const c = await counselCase();
      const set = await answeredSet(c, {
        servedAt: '2026-10-05T17:00:00Z',
        answeredAt: '2026-10-26T17:00:00Z',
      });
      parley.setTime('2026-10-28T17:00:00Z');
      const onTime = await openDispute(c.plaintiffCounsel.client, c.caseId, [set.items[1].id]);
      const tooLate = await openDispute(c.plaintiffCounsel.client, c.caseId, [set.items[2].id]);
      await logConference(c.plaintiffCounsel, onTime.id, '2026-10-29T16:00:00Z');
      await logConference(c.plaintiffCounsel, tooLate.id, '2026-10-30T16:00:00Z');
      parley.setTime('2026-11-02T18:00:00Z');
      for (const dispute of [onTime, tooLate])
        await certify(c.plaintiffCounsel.client, dispute.id, '/s/ Priya Natarajan');

      // 23:59 PST on Monday, December 28, 2026: still the last day (FRCP 6(a)(4)).
      parley.setTime('2026-12-29T07:59:00Z');
      expect((await escalate(c.plaintiffCounsel, onTime.id)).status).toBe('AWAITING_POSITION');

      // Midnight in Los Angeles: Tuesday, December 29, 2026, one day too late.
      parley.setTime('2026-12-29T08:00:00Z');
      const gate = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(ESCALATE, { input: { disputeId: tooLate.id, position: 'Compel.' } }),
      );
      expect(gate.extensions).toEqual({ code: 'ESCALATION_GATE', missing: ['PAST_CUTOFF'] });
      expect(gate.message).toMatch(
        /7 days after the discovery cut-off, by December 28, 2026 \(Civil L\.R\. 37-3\)/,
      );
      expect((await disputeAs(c.plaintiffCounsel.client, tooLate.id)).status).toBe('CONFERRING');
    });
  });

  // -----------------------------------------------------------------------------------------------
  // 5. Served items of this case, between these parties
  // -----------------------------------------------------------------------------------------------

  describe('a dispute concerns served items of this case between two parties (FRCP 37(a)(1); DOMAIN.md gate 1)', () => {
    it('lists ITEM_NOT_SERVED once the requesting party withdraws the set it disputes', async () => {
      const c = await counselCase();
      // Served 2026-06-01 electronically: due 2026-07-01; nobody answers.
      parley.setTime('2026-06-01T17:00:00Z');
      const draft = await draftSet(c.plaintiffCounsel.client, {
        caseId: c.caseId,
        servingPartyId: c.plaintiffId,
        respondingPartyId: c.defendantId,
        items: ITEMS,
      });
      const set = await serveSet(c.plaintiffCounsel.client, draft.id, 'ELECTRONIC', '/s/ Priya Natarajan');
      expect(set.responseDueOn).toBe('2026-07-01');

      parley.setTime('2026-07-02T17:00:00Z');
      const dispute = await openDispute(c.plaintiffCounsel.client, c.caseId, [set.items[0].id]);
      // Conferral counts from the end of the response date, midnight in Los Angeles.
      expect(dispute.conferFrom).toBe('2026-07-02T07:00:00.000Z');
      await logConference(c.plaintiffCounsel, dispute.id, '2026-07-06T16:00:00Z');
      parley.setTime('2026-07-07T17:00:00Z');
      await certify(c.plaintiffCounsel.client, dispute.id, '/s/ Priya Natarajan');

      parley.setTime('2026-07-08T17:00:00Z');
      const { withdrawDiscoverySet } = await c.plaintiffCounsel.client.ok(WITHDRAW_SET, { setId: set.id });
      expect(withdrawDiscoverySet.status).toBe('WITHDRAWN');

      parley.setTime('2026-07-09T17:00:00Z');
      const gate = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(ESCALATE, { input: { disputeId: dispute.id, position: 'Compel.' } }),
      );
      expect(gate.extensions).toEqual({ code: 'ESCALATION_GATE', missing: ['ITEM_NOT_SERVED'] });
      expect(gate.message).toMatch(/only disputes about discovery the parties served on each other/);
    });

    it('refuses drafts, two responding parties, another case’s items, a set still within its time, and items already in dispute', async () => {
      const c = await counselCase({ extraParty: { name: 'Sprocket Supply Co.', side: 'DEFENDANT' } });
      const onWidget = await answeredSet(c);
      const onSprocket = await answeredSet(c, {
        title: 'Plaintiff’s First Set of Interrogatories to Sprocket',
        respondingPartyId: c.extraPartyId,
        responder: c.extraCounsel!,
      });
      const draft = await draftSet(c.plaintiffCounsel.client, {
        caseId: c.caseId,
        servingPartyId: c.plaintiffId,
        respondingPartyId: c.defendantId,
        title: 'Plaintiff’s Second Set (draft)',
        items: [{ text: 'Identify every warehouse.' }],
      });
      // Served on 2026-06-01: due 2026-07-01, so on 2026-06-03 its time has not run.
      const pending = await serveSet(
        c.plaintiffCounsel.client,
        (
          await draftSet(c.plaintiffCounsel.client, {
            caseId: c.caseId,
            servingPartyId: c.plaintiffId,
            respondingPartyId: c.defendantId,
            title: 'Plaintiff’s Third Set',
            items: [{ text: 'Identify every shipment in May 2026.' }],
          })
        ).id,
        'ELECTRONIC',
        '/s/ Priya Natarajan',
      );
      const other = await counselCase();
      const otherSet = await answeredSet(other);

      parley.setTime(OPENED_AT);
      const open = (itemIds: string[], client = c.plaintiffCounsel.client) =>
        refused(c.caseId, () =>
          client.fails(OPEN_DISPUTE, { input: { caseId: c.caseId, itemIds, summary: 'Evasive answers.' } }),
        );

      const drafted = await open([draft.items[0].id]);
      expect(drafted.extensions.code).toBe('BAD_USER_INPUT');
      expect(drafted.message).toMatch(/not served items of this case/);

      const twoParties = await open([onWidget.items[1].id, onSprocket.items[1].id]);
      expect(twoParties.extensions.code).toBe('BAD_USER_INPUT');
      expect(twoParties.message).toMatch(/one party served on one other party/);

      // Another case's request is one this user cannot see: not found, as if it did not exist.
      const elsewhere = await open([otherSet.items[1].id]);
      expect(elsewhere.extensions.code).toBe('NOT_FOUND');
      expect(elsewhere.message).toBe('The discovery request was not found.');

      const early = await open([pending.items[0].id]);
      expect(early.extensions.code).toBe('CONFLICT');
      expect(early.message).toMatch(/not due until July 1, 2026/);

      // Only the side that served the requests opens a dispute over them.
      const wrongSide = await open([onWidget.items[1].id], c.defenseCounsel.client);
      expect(wrongSide.extensions.code).toBe('FORBIDDEN');

      await openDispute(c.plaintiffCounsel.client, c.caseId, [onWidget.items[1].id]);
      const overlap = await open([onWidget.items[0].id, onWidget.items[1].id]);
      expect(overlap.extensions.code).toBe('CONFLICT');
      expect(overlap.message).toMatch(/already in an open dispute/);
    });
  });

  // -----------------------------------------------------------------------------------------------
  // 6. The joint letter
  // -----------------------------------------------------------------------------------------------

  describe('the joint letter: each side its own part, within the court’s page limit', () => {
    it('each side edits only its own part until the other side’s part sends it to the court; a third party has no part', async () => {
      const c = await counselCase({ extraParty: { name: 'Gadget Holdings Inc.', side: 'THIRD_PARTY' } });
      const { dispute } = await disputeOverItem2(c);
      await conferAndCertify(c, dispute.id);
      parley.setTime(ESCALATED_AT);
      const escalation = await escalate(c.plaintiffCounsel, dispute.id, 'First draft of Acme’s position.');

      // The escalating side revises its own part while the letter is open.
      parley.setTime('2026-06-13T17:00:00Z');
      const { submitPosition: revised } = await c.plaintiffCounsel.client.ok(SUBMIT_POSITION, {
        input: {
          escalationId: escalation.id,
          position: 'Revised: Interrogatory 2 asks for defects, which are the heart of the warranty claim.',
          compromise: 'Defects found before 2026-05-01 only.',
        },
      });
      expect(revised).toMatchObject({ status: 'AWAITING_POSITION', otherSideResponded: null });
      expect(revised.positions).toEqual([
        {
          party: { id: c.plaintiffId, name: 'Acme Tooling Corp.' },
          text: 'Revised: Interrogatory 2 asks for defects, which are the heart of the warranty claim.',
          compromise: 'Defects found before 2026-05-01 only.',
        },
      ]);

      // A third party of the case reads the dispute but has no part in it.
      const third = await refused(c.caseId, () =>
        c.extraCounsel!.client.fails(SUBMIT_POSITION, {
          input: { escalationId: escalation.id, position: 'Gadget Holdings supports Widget Works.' },
        }),
      );
      expect(third.extensions.code).toBe('FORBIDDEN');
      expect(third.message).toMatch(/Only counsel or a pro se party of .* can do this/);

      // The other side's part completes the letter: it is before the court.
      parley.setTime('2026-06-15T17:00:00Z');
      const { submitPosition: submitted } = await c.defenseCounsel.client.ok(SUBMIT_POSITION, {
        input: {
          escalationId: escalation.id,
          position: 'Interrogatory 2 reaches privileged post-delivery testing.',
          compromise: 'A list of defects without the testing notes.',
        },
      });
      expect(submitted).toMatchObject({ status: 'SUBMITTED', otherSideResponded: true });
      expect(submitted.submittedAt).toBe('2026-06-15T17:00:00.000Z');
      expect(
        submitted.positions.map((p: { party: { id: string }; text: string }) => [p.party.id, p.text]),
      ).toEqual([
        [
          c.plaintiffId,
          'Revised: Interrogatory 2 asks for defects, which are the heart of the warranty claim.',
        ],
        [c.defendantId, 'Interrogatory 2 reaches privileged post-delivery testing.'],
      ]);
      expect((await c.plaintiffCounsel.client.ok(DEADLINES, { caseId: c.caseId })).deadlines).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'POSITION_DUE',
            dueOn: '2026-06-17',
            status: 'MET',
            partyId: c.defendantId,
          }),
        ]),
      );

      // Before the court, no one changes a part.
      parley.setTime('2026-06-16T17:00:00Z');
      for (const side of [c.plaintiffCounsel, c.defenseCounsel]) {
        const frozen = await refused(c.caseId, () =>
          side.client.fails(SUBMIT_POSITION, {
            input: { escalationId: escalation.id, position: 'One more thought.' },
          }),
        );
        expect(frozen.extensions.code).toBe('CONFLICT');
        expect(frozen.message).toMatch(/already before the court/);
      }
      const { escalation: unchanged } = await c.defenseCounsel.client.ok(ESCALATION, { id: escalation.id });
      expect(unchanged.positions).toEqual(submitted.positions);

      // And a dispute goes to the court once.
      const twice = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(ESCALATE, { input: { disputeId: dispute.id, position: 'Again.' } }),
      );
      expect(twice.extensions).toEqual({ code: 'ESCALATION_GATE', missing: ['DISPUTE_CLOSED'] });
      expect(twice.message).toMatch(/already resolved, withdrawn or before the court/);
    });

    it('the court’s page limit is measured on the letter, and a part that breaks it is refused with nothing stored', async () => {
      const { courtId: strict } = await courtWithStaff({ jointLetterPageLimit: 1 });
      const c = await counselCase({ courtId: strict });
      const { dispute } = await disputeOverItem2(c);
      await conferAndCertify(c, dispute.id);
      const long =
        'Widget Works has answered none of the questions Interrogatory 2 asks about the tooling. '.repeat(
          150,
        );

      parley.setTime(ESCALATED_AT);
      const atEscalation = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(ESCALATE, { input: { disputeId: dispute.id, position: long } }),
      );
      expect(atEscalation.extensions).toEqual({ code: 'RULE_VIOLATION', rule: expect.any(String) });
      expect(atEscalation.message).toMatch(/\d+ pages; this court allows 1/);
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).status).toBe('CONFERRING');

      const escalation = await escalate(c.plaintiffCounsel, dispute.id, 'Interrogatory 2 must be answered.');
      parley.setTime('2026-06-15T17:00:00Z');
      const atResponse = await refused(c.caseId, () =>
        c.defenseCounsel.client.fails(SUBMIT_POSITION, {
          input: { escalationId: escalation.id, position: long },
        }),
      );
      expect(atResponse.extensions).toEqual({ code: 'RULE_VIOLATION', rule: expect.any(String) });
      expect(atResponse.message).toMatch(/pages/);
      const { escalation: still } = await c.defenseCounsel.client.ok(ESCALATION, { id: escalation.id });
      expect(still).toMatchObject({ status: 'AWAITING_POSITION', otherSideResponded: null });
      expect(still.positions).toHaveLength(1);
    });

    it('when the other side’s time runs out, the letter is before the court marked that it did not respond', async () => {
      const { courtId: ownCourt, staff } = await courtWithStaff();
      const c = await counselCase({ courtId: ownCourt });
      const { dispute } = await disputeOverItem2(c);
      await conferAndCertify(c, dispute.id);
      parley.setTime(ESCALATED_AT);
      const escalation = await escalate(c.plaintiffCounsel, dispute.id);
      // FRCP 6(a)(1): five days from Friday, June 12, 2026 is Wednesday, June 17, 2026.
      expect(escalation.positionDueOn).toBe('2026-06-17');

      // 23:59:59 PDT on the last day: still the other side's time (FRCP 6(a)(4)).
      parley.setTime('2026-06-18T06:59:59Z');
      expect(
        (await c.plaintiffCounsel.client.ok(ESCALATION, { id: escalation.id })).escalation,
      ).toMatchObject({
        status: 'AWAITING_POSITION',
        otherSideResponded: null,
        submittedAt: null,
      });
      expect((await staff.ok(DOCKET)).courtDocket).toEqual([]);

      // Midnight in Los Angeles: before the court, without the other side's part.
      parley.setTime('2026-06-18T07:00:00Z');
      const lapsed = (await c.plaintiffCounsel.client.ok(ESCALATION, { id: escalation.id })).escalation;
      expect(lapsed).toMatchObject({
        status: 'SUBMITTED',
        otherSideResponded: false,
        submittedAt: '2026-06-18T07:00:00.000Z',
      });
      expect((await disputeAs(c.defenseCounsel.client, dispute.id)).escalation).toEqual({
        id: escalation.id,
        status: 'SUBMITTED',
      });
      const { courtDocket } = await staff.ok(DOCKET, { status: 'SUBMITTED' });
      expect(courtDocket).toEqual([
        expect.objectContaining({ id: escalation.id, status: 'SUBMITTED', otherSideResponded: false }),
      ]);
      const late = await refused(c.caseId, () =>
        c.defenseCounsel.client.fails(SUBMIT_POSITION, {
          input: { escalationId: escalation.id, position: 'Our part, a day late.' },
        }),
      );
      expect(late.extensions.code).toBe('CONFLICT');
      expect(late.message).toMatch(/already before the court/);

      parley.setTime('2026-06-19T18:00:00Z');
      const { ruleOnEscalation } = await staff.ok(RULE, {
        input: {
          escalationId: escalation.id,
          outcome: 'DENIED',
          orderText: 'The motion to compel is denied.',
        },
      });
      expect(ruleOnEscalation).toMatchObject({
        outcome: 'DENIED',
        complianceDueOn: null,
        orderedParty: null,
      });
      const { deadlines } = await c.plaintiffCounsel.client.ok(DEADLINES, { caseId: c.caseId });
      expect(deadlines.filter((d: { kind: string }) => d.kind === 'POSITION_DUE')).toEqual([
        {
          kind: 'POSITION_DUE',
          dueOn: '2026-06-17',
          status: 'MISSED',
          partyId: c.defendantId,
          subjectId: escalation.id,
        },
      ]);
      expect(
        (await c.plaintiffCounsel.client.ok(ESCALATION, { id: escalation.id })).escalation,
      ).toMatchObject({
        status: 'RULED',
        otherSideResponded: false,
        ruling: { outcome: 'DENIED' },
      });
      expect((await disputeAs(c.plaintiffCounsel.client, dispute.id)).status).toBe('RULED');
    });
  });

  // -----------------------------------------------------------------------------------------------
  // 7. Rulings
  // -----------------------------------------------------------------------------------------------

  describe('rulings: returned to confer, vacated, and what an order may carry', () => {
    it('RETURNED_TO_CONFER reopens conferral and allows a second escalation; VACATED closes the dispute', async () => {
      const { courtId: ownCourt, staff } = await courtWithStaff();
      const c = await counselCase({ courtId: ownCourt });
      const { dispute } = await disputeOverItem2(c);
      await conferAndCertify(c, dispute.id);
      parley.setTime(ESCALATED_AT);
      const first = await escalate(c.plaintiffCounsel, dispute.id);
      parley.setTime('2026-06-15T17:00:00Z');
      await c.defenseCounsel.client.ok(SUBMIT_POSITION, {
        input: { escalationId: first.id, position: 'The request is overbroad.' },
      });

      parley.setTime('2026-06-16T18:00:00Z');
      const { ruleOnEscalation: returned } = await staff.ok(RULE, {
        input: {
          escalationId: first.id,
          outcome: 'RETURNED_TO_CONFER',
          orderText: 'The parties shall meet and confer in person on the scope of Interrogatory 2.',
        },
      });
      expect(returned).toMatchObject({
        outcome: 'RETURNED_TO_CONFER',
        complianceDueOn: null,
        orderedParty: null,
      });
      expect(await disputeAs(c.plaintiffCounsel.client, dispute.id)).toMatchObject({
        status: 'CONFERRING',
        escalation: { id: first.id, status: 'RULED' },
      });

      // Back to conferring: an in-person conference, confirmed, a fresh certification, a second escalation.
      await logConference(c.defenseCounsel, dispute.id, '2026-06-22T16:00:00Z', {
        mode: 'IN_PERSON',
        summary: 'Met in person as ordered; narrowed Interrogatory 2 to three product lines.',
      });
      const events = (await disputeAs(c.plaintiffCounsel.client, dispute.id)).conferrals;
      parley.setTime('2026-06-23T17:00:00Z');
      await c.plaintiffCounsel.client.ok(CONFIRM, { id: events[events.length - 1].id });
      parley.setTime('2026-06-24T17:00:00Z');
      await certify(c.plaintiffCounsel.client, dispute.id, '/s/ Priya Natarajan');
      parley.setTime('2026-06-25T17:00:00Z');
      const second = await escalate(c.plaintiffCounsel, dispute.id, 'Even narrowed, no answer was given.');
      expect(second.id).not.toBe(first.id);
      expect(second.conferrals.map((e: { mode: string }) => e.mode)).toEqual(['TELEPHONE', 'IN_PERSON']);
      expect(await disputeAs(c.plaintiffCounsel.client, dispute.id)).toMatchObject({
        status: 'ESCALATED',
        escalation: { id: second.id, status: 'AWAITING_POSITION' },
      });
      parley.setTime('2026-06-26T17:00:00Z');
      await c.defenseCounsel.client.ok(SUBMIT_POSITION, {
        input: { escalationId: second.id, position: 'The narrowed request is still disproportionate.' },
      });

      const { courtDocket } = await staff.ok(DOCKET);
      expect(courtDocket.map((e: { id: string; status: string }) => [e.id, e.status])).toEqual([
        [first.id, 'RULED'],
        [second.id, 'SUBMITTED'],
      ]);

      // An order to comply belongs to a ruling that orders something.
      parley.setTime('2026-06-29T18:00:00Z');
      const denied = await refused(c.caseId, () =>
        staff.fails(RULE, {
          input: { escalationId: second.id, outcome: 'DENIED', orderText: 'Denied.', complianceDays: 14 },
        }),
      );
      expect(denied.extensions.code).toBe('BAD_USER_INPUT');
      expect(denied.message).toMatch(/complianceDays belongs to a ruling that orders something/);

      // As in Luckert v. Brannon: vacated. The dispute is closed as ruled.
      const { ruleOnEscalation: vacated } = await staff.ok(RULE, {
        input: { escalationId: second.id, outcome: 'VACATED', orderText: 'The letter brief is vacated.' },
      });
      expect(vacated).toMatchObject({ outcome: 'VACATED', complianceDueOn: null, orderedParty: null });
      expect(await disputeAs(c.plaintiffCounsel.client, dispute.id)).toMatchObject({
        status: 'RULED',
        escalation: { id: second.id, status: 'RULED' },
      });
      const closed = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(SEND_LETTER, {
          input: { disputeId: dispute.id, body: 'One more letter.' },
        }),
      );
      expect(closed.extensions.code).toBe('CONFLICT');
      expect(closed.message).toMatch(/no longer conferring/);
      expect(
        (await staff.ok(DOCKET)).courtDocket.map((e: { id: string; status: string }) => [e.id, e.status]),
      ).toEqual([
        [first.id, 'RULED'],
        [second.id, 'RULED'],
      ]);
    });
  });

  // -----------------------------------------------------------------------------------------------
  // 8. What the court sees
  // -----------------------------------------------------------------------------------------------

  describe('the court sees the escalated dispute and nothing else of the case (DOMAIN.md, "The court"; FRCP 5(d)(1)(A))', () => {
    const DISTINCT_ITEMS = [
      { text: 'Identify every engineer rostered to the Dayton tooling bay on the night shift.' },
      { text: 'Describe every defect Widget Works found in the tooling delivered in March 2026.' },
      { text: 'Produce the calibration ledger kept for press number 7 at the Toledo plant.' },
    ];
    const HIDDEN = [
      DISTINCT_ITEMS[0].text,
      'Quillfeather, Ambrose and Szymanski worked the bay.',
      'Objection: the word rostered is vague.',
      DISTINCT_ITEMS[2].text,
      'The ledger was archived by Vendor Halloran.',
      'Objection: the Toledo plant is not at issue.',
    ];

    async function beforeTheCourt() {
      const { courtId: ownCourt, staff } = await courtWithStaff();
      const c = await counselCase({ courtId: ownCourt });
      const set = await answeredSet(c, {
        items: DISTINCT_ITEMS,
        answers: (items) => [
          { itemId: items[0].id, answer: HIDDEN[1], objections: [HIDDEN[2]] },
          { itemId: items[1].id, objections: OBJECTIONS },
          { itemId: items[2].id, answer: HIDDEN[4], objections: [HIDDEN[5]] },
        ],
      });
      parley.setTime(OPENED_AT);
      const dispute = await openDispute(c.plaintiffCounsel.client, c.caseId, [set.items[1].id]);
      await conferAndCertify(c, dispute.id);
      parley.setTime(ESCALATED_AT);
      const escalation = await escalate(c.plaintiffCounsel, dispute.id);
      return { c, staff, set, dispute, escalation };
    }

    it('no field of the escalation or the docket leads to the items not in dispute, and no other path reaches the case', async () => {
      const { c, staff, set, dispute, escalation } = await beforeTheCourt();

      // Not before the court while the other side still has time to write.
      const awaiting = await staff.fails(ESCALATION, { id: escalation.id });
      expect(awaiting.extensions.code).toBe('NOT_FOUND');
      expect((await staff.ok(DOCKET)).courtDocket).toEqual([]);

      parley.setTime('2026-06-15T17:00:00Z');
      await c.defenseCounsel.client.ok(SUBMIT_POSITION, {
        input: { escalationId: escalation.id, position: 'The request is overbroad.' },
      });
      parley.setTime('2026-06-16T18:00:00Z');
      await staff.ok(RULE, {
        input: {
          escalationId: escalation.id,
          outcome: 'GRANTED',
          orderText: 'Answer Interrogatory 2.',
          complianceDays: 14,
        },
      });

      // The query below asks for every field the schema gives Escalation and what hangs off it.
      const { __type } = await staff.ok(`{ __type(name: "Escalation") { fields { name } } }`);
      expect(__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(
        [
          'caption',
          'certifications',
          'conferralBasis',
          'conferrals',
          'court',
          'docketNumber',
          'escalatedAt',
          'escalatingParty',
          'id',
          'items',
          'judge',
          'otherSideResponded',
          'parties',
          'positionDueOn',
          'positions',
          'privilegeLogEntries',
          'requests',
          'ruling',
          'scans',
          'status',
          'submittedAt',
        ].sort(),
      );

      const { escalation: seen } = await staff.ok(FULL_ESCALATION, { id: escalation.id });
      const { courtDocket } = await staff.ok(FULL_DOCKET);
      expect(courtDocket).toEqual([seen]);
      expect(seen.items).toEqual([
        {
          kind: 'INTERROGATORIES',
          number: 2,
          objections: OBJECTIONS,
          response: null,
          setTitle: 'Plaintiff’s First Set of Interrogatories',
          text: DISTINCT_ITEMS[1].text,
          dueAfterCutoff: false,
        },
      ]);
      expect(seen.ruling).toMatchObject({ outcome: 'GRANTED', orderedParty: { id: c.defendantId } });
      const everything = JSON.stringify({ seen, courtDocket });
      for (const hidden of HIDDEN) expect(everything).not.toContain(hidden);
      for (const id of [set.items[0].id, set.items[2].id, set.id, dispute.id, c.caseId]) {
        expect(everything).not.toContain(id);
      }

      // Nothing of the case through any other door, not even with its ids (NOT_FOUND, as if missing).
      for (const [query, variables] of [
        ['query($id: ID!) { case(id: $id) { id } }', { id: c.caseId }],
        [SET, { id: set.id }],
        [SETS, { caseId: c.caseId }],
        [DISPUTE, { id: dispute.id }],
        ['query($caseId: ID!) { disputes(caseId: $caseId) { id } }', { caseId: c.caseId }],
        [DEADLINES, { caseId: c.caseId }],
        [POLICY, { caseId: c.caseId }],
      ] as const) {
        const hidden = await staff.fails(query, variables);
        expect(hidden.extensions.code).toBe('NOT_FOUND');
        expect(hidden.message).toMatch(/was not found/);
      }
      const paper = (token: string | undefined) =>
        fetch(`${parley.baseUrl}/discovery-sets/${set.id}/paper.pdf`, {
          headers: { authorization: `Bearer ${token}` },
        });
      const refusedPaper = await paper(staff.token);
      expect(refusedPaper.status).toBe(404);
      expect(((await refusedPaper.json()) as { errors: GraphQLErrorBody[] }).errors[0].extensions.code).toBe(
        'NOT_FOUND',
      );
      expect((await paper(c.plaintiffCounsel.accessToken)).status).toBe(200);
    });

    it('other courts’ staff and admins see nothing; the parties neither rule nor read the docket', async () => {
      const { c, staff, escalation } = await beforeTheCourt();
      const { staff: otherCourt } = await courtWithStaff({
        district: 'S.D.N.Y.',
        timeZone: 'America/New_York',
      });
      parley.setTime('2026-06-15T17:00:00Z');
      await c.defenseCounsel.client.ok(SUBMIT_POSITION, {
        input: { escalationId: escalation.id, position: 'The request is overbroad.' },
      });
      expect((await staff.ok(DOCKET)).courtDocket.map((e: { id: string }) => e.id)).toEqual([escalation.id]);

      const ruleInput = {
        escalationId: escalation.id,
        outcome: 'GRANTED',
        orderText: 'Answer.',
        complianceDays: 14,
      };
      expect((await otherCourt.ok(DOCKET)).courtDocket).toEqual([]);
      expect((await otherCourt.fails(ESCALATION, { id: escalation.id })).extensions.code).toBe('NOT_FOUND');
      const otherRule = await refused(c.caseId, () => otherCourt.fails(RULE, { input: ruleInput }));
      expect(otherRule.extensions.code).toBe('NOT_FOUND');

      const adminDocket = await admin.fails(DOCKET);
      expect(adminDocket.extensions.code).toBe('FORBIDDEN');
      expect(adminDocket.message).toMatch(/court staff/);
      expect((await admin.fails(ESCALATION, { id: escalation.id })).extensions.code).toBe('NOT_FOUND');

      for (const party of [c.plaintiffCounsel, c.defenseCounsel]) {
        const rule = await refused(c.caseId, () => party.client.fails(RULE, { input: ruleInput }));
        expect(rule.extensions.code).toBe('FORBIDDEN');
        expect((await party.client.fails(DOCKET)).extensions.code).toBe('FORBIDDEN');
      }
    });
  });

  // -----------------------------------------------------------------------------------------------
  // 9. Bad input, answered cleanly, with nothing stored
  // -----------------------------------------------------------------------------------------------

  describe('bad input is refused with a clear message and nothing stored', () => {
    it('refuses malformed disputes, conferences, letters and requests', async () => {
      const c = await counselCase();
      const { set, dispute } = await disputeOverItem2(c);
      parley.setTime('2026-06-04T17:00:00Z');
      const conference = {
        disputeId: dispute.id,
        mode: 'TELEPHONE',
        heldAt: '2026-06-04T16:00:00Z',
        durationMinutes: 30,
        participants: ['Priya Natarajan', 'Marcus Hale'],
        summary: 'Discussed Interrogatory 2.',
      };
      const cases: Array<[string, Record<string, unknown>, RegExp]> = [
        [
          OPEN_DISPUTE,
          { input: { caseId: c.caseId, itemIds: [], summary: 'Evasive.' } },
          /itemIds must name at least one/,
        ],
        [
          OPEN_DISPUTE,
          { input: { caseId: c.caseId, itemIds: [set.items[0].id], summary: '   ' } },
          /summary must say what is in dispute/,
        ],
        [
          SEND_LETTER,
          { input: { disputeId: dispute.id, body: 'x'.repeat(60_000) } },
          /body must be shorter than or equal to 50000/,
        ],
        [LOG_CONFERENCE, { input: { ...conference, mode: 'LETTER' } }, /send letters with sendLetter/],
        [
          LOG_CONFERENCE,
          { input: { ...conference, heldAt: '2026-06-05T16:00:00Z' } },
          /\(heldAt\) is in the future/,
        ],
        [
          LOG_CONFERENCE,
          { input: { ...conference, durationMinutes: 0 } },
          /durationMinutes must not be less than 1/,
        ],
        [
          LOG_CONFERENCE,
          { input: { ...conference, participants: ['Priya Natarajan'] } },
          /at least one person from each side/,
        ],
        [
          REQUEST_CONFERENCE,
          { input: { disputeId: dispute.id, mode: 'TELEPHONE', proposedTimes: [], message: 'Call me.' } },
          /proposedTimes must offer at least one time/,
        ],
        [
          REQUEST_CONFERENCE,
          {
            input: {
              disputeId: dispute.id,
              mode: 'SMOKE_SIGNAL',
              proposedTimes: ['2026-06-08T17:00:00Z'],
              message: 'Look up.',
            },
          },
          /SMOKE_SIGNAL.*ConferralMode/,
        ],
        [
          SEND_LETTER,
          { input: { disputeId: 'd-1', body: 'Hello.' } },
          /input\.disputeId must be an id given out by Parley/,
        ],
        [
          'mutation($input: CertifyGoodFaithInput!) { certifyGoodFaith(input: $input) { id } }',
          { input: { disputeId: dispute.id, statement: 'We conferred.', signature: 'Priya Natarajan' } },
          /signature must be typed as "\/s\/ Your Name"/,
        ],
      ];
      for (const [query, variables, message] of cases) {
        const error = await refused(c.caseId, () => c.plaintiffCounsel.client.fails(query, variables));
        expect({ code: error.extensions.code, message: error.message }).toEqual({
          code: 'BAD_USER_INPUT',
          message: expect.stringMatching(message),
        });
      }
    });

    it('refuses malformed ids and unknown ruling outcomes before anything is looked up', async () => {
      const { staff } = await courtWithStaff();
      const escalationId = await staff.fails(ESCALATION, { id: 'e-1' });
      expect(escalationId.extensions.code).toBe('BAD_USER_INPUT');
      expect(escalationId.message).toMatch(/id must be an id given out by Parley/);

      const before = await parley.db.query('SELECT count(*)::int AS n FROM rulings');
      const outcome = await staff.fails(RULE, {
        input: { escalationId: randomUUID(), outcome: 'MAYBE', orderText: 'Perhaps.' },
      });
      expect(outcome.extensions.code).toBe('BAD_USER_INPUT');
      expect(outcome.message).toMatch(/MAYBE.*RulingOutcome/);
      expect(await parley.db.query('SELECT count(*)::int AS n FROM rulings')).toEqual(before);
    });

    it('only the opening side withdraws; an agreed date must lie ahead; a resolved dispute is closed to conferral', async () => {
      // The responding side's resolution is a proposal until the moving side accepts it (DOMAIN.md).
      const c = await counselCase();
      const { dispute } = await disputeOverItem2(c);
      const conference = await logConference(c.plaintiffCounsel, dispute.id, '2026-06-04T16:00:00Z');
      parley.setTime('2026-06-05T17:00:00Z');
      const { requestConference: request } = await c.plaintiffCounsel.client.ok(REQUEST_CONFERENCE, {
        input: {
          disputeId: dispute.id,
          mode: 'VIDEO',
          proposedTimes: ['2026-06-09T17:00:00Z'],
          message: 'Once more?',
        },
      });

      const notYours = await refused(c.caseId, () =>
        c.defenseCounsel.client.fails(WITHDRAW_DISPUTE, { disputeId: dispute.id }),
      );
      expect(notYours.extensions.code).toBe('FORBIDDEN');
      expect(notYours.message).toMatch(/You do not represent Acme Tooling Corp\./);

      const past = await refused(c.caseId, () =>
        c.defenseCounsel.client.fails(RESOLVE, {
          input: {
            disputeId: dispute.id,
            resolution: 'Widget Works will supplement.',
            agreedDueOn: '2026-06-01',
          },
        }),
      );
      expect(past.extensions.code).toBe('BAD_USER_INPUT');
      expect(past.message).toMatch(/\(agreedDueOn\) must be after today/);

      // The responding side only proposes; the moving side's acceptance resolves it.
      const { resolveDispute } = await c.defenseCounsel.client.ok(RESOLVE, {
        input: {
          disputeId: dispute.id,
          resolution: 'Widget Works will supplement Interrogatory 2.',
          agreedDueOn: '2026-06-19',
        },
      });
      expect(resolveDispute).toMatchObject({
        status: 'CONFERRING',
        pendingResolution: {
          resolution: 'Widget Works will supplement Interrogatory 2.',
          agreedDueOn: '2026-06-19',
        },
      });
      const { acceptResolution } = await c.plaintiffCounsel.client.ok(ACCEPT_RESOLUTION, {
        id: resolveDispute.pendingResolution.id,
      });
      expect(acceptResolution).toMatchObject({
        status: 'RESOLVED',
        resolution: 'Widget Works will supplement Interrogatory 2.',
      });

      parley.setTime('2026-06-08T17:00:00Z');
      const afterwards: Array<[SignedIn, string, Record<string, unknown>]> = [
        [c.plaintiffCounsel, SEND_LETTER, { input: { disputeId: dispute.id, body: 'One more thing.' } }],
        [
          c.plaintiffCounsel,
          LOG_CONFERENCE,
          {
            input: {
              disputeId: dispute.id,
              mode: 'TELEPHONE',
              heldAt: '2026-06-08T16:00:00Z',
              durationMinutes: 10,
              participants: ['Priya Natarajan', 'Marcus Hale'],
              summary: 'Follow-up.',
            },
          },
        ],
        [
          c.plaintiffCounsel,
          REQUEST_CONFERENCE,
          {
            input: {
              disputeId: dispute.id,
              mode: 'TELEPHONE',
              proposedTimes: ['2026-06-10T17:00:00Z'],
              message: 'Call?',
            },
          },
        ],
        [c.defenseCounsel, ANSWER_REQUEST, { input: { requestId: request.id, answer: 'DECLINE' } }],
        [c.defenseCounsel, CONFIRM, { id: conference.id }],
        [
          c.plaintiffCounsel,
          'mutation($input: CertifyGoodFaithInput!) { certifyGoodFaith(input: $input) { id } }',
          { input: { disputeId: dispute.id, statement: 'We conferred.', signature: '/s/ Priya Natarajan' } },
        ],
        [c.plaintiffCounsel, WITHDRAW_DISPUTE, { disputeId: dispute.id }],
        [c.plaintiffCounsel, RESOLVE, { input: { disputeId: dispute.id, resolution: 'Resolved again.' } }],
      ];
      for (const [who, query, variables] of afterwards) {
        const error = await refused(c.caseId, () => who.client.fails(query, variables));
        expect({ code: error.extensions.code, message: error.message }).toEqual({
          code: 'CONFLICT',
          message: expect.stringMatching(
            /This dispute is resolved; the parties are no longer conferring on it/,
          ),
        });
      }
      const gate = await refused(c.caseId, () =>
        c.plaintiffCounsel.client.fails(ESCALATE, { input: { disputeId: dispute.id, position: 'Compel.' } }),
      );
      expect(gate.extensions).toEqual({
        code: 'ESCALATION_GATE',
        missing: expect.arrayContaining(['DISPUTE_CLOSED']),
      });
      expect((await c.plaintiffCounsel.client.ok(DEADLINES, { caseId: c.caseId })).deadlines).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'AGREED_SUPPLEMENT',
            dueOn: '2026-06-19',
            status: 'OPEN',
            partyId: c.defendantId,
          }),
        ]),
      );
    });
  });
});
