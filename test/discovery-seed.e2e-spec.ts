import {
  countRows,
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
import { GraphQLClient } from './support/graphql-client';
import { Parley, startParley } from './support/test-app';

/**
 * Luckert v. Brannon, the story DOMAIN.md starts from, done right: the pro se prisoner serves his
 * interrogatories on the defendant by mail, not on the court; defense counsel answers and objects
 * electronically; the court sees none of it.
 */
describe('the seed case: interrogatories by mail, answered with objections', () => {
  let parley: Parley;
  let admin: GraphQLClient;
  let courtId: string;
  let defense: SignedIn;
  let luckert: SignedIn;
  let caseId: string;
  let plaintiffId: string;
  let defendantId: string;

  beforeAll(async () => {
    parley = await startParley();
    admin = await signInAsAdmin(parley);
    courtId = (await createCourt(admin, { name: 'U.S. District Court', district: 'N.D. Cal.' })).id;
    defense = await signUp(parley, 'Dana Wu');
    luckert = await signUp(parley, 'R. Luckert');
    const created = await createCase(defense.client, courtId, { rule26fConferenceOn: '2026-06-15' });
    caseId = created.id;
    [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, luckert, 'PRO_SE');
  });
  afterAll(() => parley?.close());

  it('runs from draft to served to answered, with the due date FRCP 6 gives and its steps', async () => {
    // Friday, May 1, 2026, 1 p.m. in California: before the Rule 26(f) conference, but a pro se
    // prisoner's action is exempt from initial disclosures (FRCP 26(a)(1)(B)(iv)).
    parley.setTime('2026-05-01T20:00:00Z');
    const draft = await draftSet(luckert.client, {
      caseId,
      servingPartyId: plaintiffId,
      respondingPartyId: defendantId,
      title: "Plaintiff's First Set of Interrogatories to Defendant J. Brannon",
    });
    expect(draft).toMatchObject({ status: 'DRAFT', interrogatoryCount: 4, servedAt: null, deadline: null });
    expect(draft.items.map((i: { number: number }) => i.number)).toEqual([1, 2, 3]);

    // Drafts exist only for the drafting party.
    expect((await defense.client.fails(SET, { id: draft.id })).extensions.code).toBe('NOT_FOUND');
    expect((await defense.client.ok(SETS, { caseId })).discoverySets).toEqual([]);

    const served = await serveSet(luckert.client, draft.id, 'MAIL', '/s/ R. Luckert');
    expect(served).toMatchObject({
      status: 'SERVED',
      servedOn: '2026-05-01',
      serviceMethod: 'MAIL',
      signature: '/s/ R. Luckert',
      responseDueOn: '2026-06-04',
      paperSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      deadline: { kind: 'RESPONSE_DUE', dueOn: '2026-06-04', status: 'OPEN', partyId: defendantId },
    });
    // DOMAIN.md's example, step by step: day 30 is Sunday, May 31, 2026, so Monday; then FRCP 6(d) adds 3.
    const rules = served.deadline.steps.map((s: { rule: string; date: string }) => [s.rule, s.date]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['FRCP 33(b)(2)', '2026-05-01'],
        ['FRCP 6(a)(1)(C)', '2026-06-01'],
        ['FRCP 6(d)', '2026-06-04'],
      ]),
    );
    expect(served.deadline.steps.at(-1).date).toBe('2026-06-04');

    // Served papers go to every party (FRCP 5(a)(1)(C)).
    const { discoverySet: seen } = await defense.client.ok(SET, { id: draft.id });
    expect(seen).toMatchObject({ status: 'SERVED', items: served.items });
    const { deadlines } = await defense.client.ok(
      'query($caseId: ID!) { deadlines(caseId: $caseId) { kind dueOn status } }',
      {
        caseId,
      },
    );
    expect(deadlines).toEqual([{ kind: 'RESPONSE_DUE', dueOn: '2026-06-04', status: 'OPEN' }]);

    // Defense counsel answers two and objects to the second, electronically, on time.
    parley.setTime('2026-06-02T17:00:00Z');
    const [first, second, third] = served.items;
    const { serveResponse } = await defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: draft.id,
        method: 'ELECTRONIC',
        signature: '/s/ Dana Wu',
        // FRCP 33(b)(3), (5): the defendant swears to the answers; counsel signs the objections.
        verification: { signedBy: 'J. Brannon', signature: '/s/ J. Brannon' },
        items: [
          { itemId: first.id, answer: 'Officers Brannon, Ruiz and Okafor.' },
          {
            itemId: second.id,
            objections: [
              'Compound: the interrogatory has discrete subparts beyond its count.',
              'Vague as to "use of force".',
            ],
          },
          { itemId: third.id, answer: 'Incident report 12-0314 and the yard log for 2012-03-14.' },
        ],
      },
    });
    expect(serveResponse).toMatchObject({ version: 1, late: false });

    const { discoverySet: answered } = await luckert.client.ok(SET, { id: draft.id });
    expect(answered).toMatchObject({
      status: 'RESPONDED',
      response: { version: 1, late: false, serviceMethod: 'ELECTRONIC', signature: '/s/ Dana Wu' },
      supplements: [],
      deadline: { status: 'MET' },
      flags: [],
    });
    expect(answered.response.items).toEqual([
      {
        itemId: first.id,
        answer: 'Officers Brannon, Ruiz and Okafor.',
        objections: [],
        admission: null,
        production: null,
      },
      {
        itemId: second.id,
        answer: null,
        objections: [
          'Compound: the interrogatory has discrete subparts beyond its count.',
          'Vague as to "use of force".',
        ],
        admission: null,
        production: null,
      },
      expect.objectContaining({ itemId: third.id }),
    ]);

    // Each side heard of the other's step; the whole story is on the case's hash chain.
    await parley.waitForIdle();
    const kinds = async (user: SignedIn) =>
      (await user.client.ok('{ notifications { kind } }')).notifications.map((n: { kind: string }) => n.kind);
    expect(await kinds(defense)).toContain('SET_SERVED');
    expect(await kinds(luckert)).toContain('RESPONSE_SERVED');
    const { auditTrail } = await luckert.client.ok(
      'query($caseId: ID!) { auditTrail(caseId: $caseId, first: 100) { edges { node { action } } } }',
      { caseId },
    );
    expect(auditTrail.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(
      expect.arrayContaining([
        'SET_DRAFTED',
        'SET_SERVED',
        'DEADLINE_SET',
        'SET_RESPONDED',
        'RESPONSE_SERVED',
        'DEADLINE_CLOSED',
      ]),
    );
    const { verifyAuditChain } = await defense.client.ok(
      'query($caseId: ID!) { verifyAuditChain(caseId: $caseId) { valid } }',
      {
        caseId,
      },
    );
    expect(verifyAuditChain.valid).toBe(true);
  });

  it('prints the paper served by mail, with its certificate of service, for the parties only', async () => {
    parley.setTime('2026-05-04T18:00:00Z');
    const draft = await draftSet(luckert.client, {
      caseId,
      servingPartyId: plaintiffId,
      respondingPartyId: defendantId,
    });
    await serveSet(luckert.client, draft.id, 'MAIL', '/s/ R. Luckert');
    const download = (token?: string) =>
      fetch(`${parley.baseUrl}/discovery-sets/${draft.id}/paper.pdf`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    for (const party of [luckert, defense]) {
      const response = await download(party.accessToken);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.pdf"/);
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(2000);
    }
    await admin.ok('mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }', {
      input: { courtId, email: 'edlcrd@cand.example', name: 'Chambers', password: STRONG_PASSWORD },
    });
    const staff = await signIn(parley, 'edlcrd@cand.example', STRONG_PASSWORD);
    const asStaff = await download(staff.token);
    expect(asStaff.status).toBe(404);
    expect(((await asStaff.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await download()).status).toBe(401);
  });

  it('court staff, admins and outsiders cannot see served papers, nor reach them by id', async () => {
    parley.setTime('2026-05-05T18:00:00Z');
    const draft = await draftSet(luckert.client, {
      caseId,
      servingPartyId: plaintiffId,
      respondingPartyId: defendantId,
    });
    await serveSet(luckert.client, draft.id, 'MAIL', '/s/ R. Luckert');
    // The court has its first staff account (chambers, above): its staff add the clerk.
    const chambers = await signIn(parley, 'edlcrd@cand.example', STRONG_PASSWORD);
    await chambers.ok('mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }', {
      input: { courtId, email: 'clerk@cand.example', name: 'Clerk', password: STRONG_PASSWORD },
    });
    const staff = await signIn(parley, 'clerk@cand.example', STRONG_PASSWORD);
    const outsider = await signUp(parley, 'Curious Outsider');
    for (const client of [staff, admin, outsider.client]) {
      expect((await client.fails(SET, { id: draft.id })).extensions.code).toBe('NOT_FOUND');
      expect((await client.fails(SETS, { caseId })).extensions.code).toBe('NOT_FOUND');
      expect(
        (await client.fails('query($caseId: ID!) { deadlines(caseId: $caseId) { id } }', { caseId }))
          .extensions.code,
      ).toBe('NOT_FOUND');
    }
    expect(await countRows(parley, 'discovery_sets')).toBeGreaterThan(0);
  });

  it('explains any deadline on the court’s calendar', async () => {
    const { explainDeadline } = await luckert.client.ok(
      `query($input: ComputeDeadlineInput!) { explainDeadline(input: $input) { dueOn steps { rule text date } } }`,
      { input: { courtId, triggeredOn: '2026-05-01', days: 30, method: 'MAIL' } },
    );
    expect(explainDeadline.dueOn).toBe('2026-06-04');
    expect(explainDeadline.steps.map((s: { rule: string }) => s.rule)).toEqual(
      expect.arrayContaining(['FRCP 6(a)(1)(C)', 'FRCP 6(d)']),
    );
    const { computeDeadline } = await luckert.client.ok(
      `query($input: ComputeDeadlineInput!) { computeDeadline(input: $input) }`,
      { input: { courtId, triggeredOn: '2026-05-01', days: 30, method: 'ELECTRONIC' } },
    );
    expect(computeDeadline).toBe('2026-06-01');
    const bad = await luckert.client.fails(
      `query($input: ComputeDeadlineInput!) { computeDeadline(input: $input) }`,
      {
        input: { courtId, triggeredOn: '2026-05-01', days: 30, method: 'MAIL', direction: 'BEFORE' },
      },
    );
    expect(bad).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/FRCP 6\(d\)/),
    });
  });
});
