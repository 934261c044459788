import { flat, pdfPages } from '@parley/papers/testing';
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
  certify,
  DISPUTE,
  DOCKET,
  ESCALATE,
  ESCALATION,
  openDispute,
  RULE,
  SEND_LETTER,
  SUBMIT_POSITION,
} from './support/conferral';
import { GraphQLClient } from './support/graphql-client';
import { Parley, startParley } from './support/test-app';

/**
 * The rest of Luckert v. Brannon: the parties confer by an exchange of letters (the prisoner’s
 * alternative the court allowed), the plaintiff certifies and escalates one answer, both sides write
 * the joint letter, and the court, which sees that dispute and nothing else, rules.
 */
describe('the seed case, through the gate to a ruling', () => {
  let parley: Parley;
  let admin: GraphQLClient;
  let chambers: GraphQLClient;
  let otherCourt: GraphQLClient;
  let defense: SignedIn;
  let luckert: SignedIn;
  let caseId: string;
  let plaintiffId: string;
  let defendantId: string;
  let set: any;

  beforeAll(async () => {
    parley = await startParley();
    admin = await signInAsAdmin(parley);
    const court = await createCourt(admin, { name: 'U.S. District Court', district: 'N.D. Cal.' });
    const elsewhere = await createCourt(admin, {
      name: 'U.S. District Court',
      district: 'S.D.N.Y.',
      timeZone: 'America/New_York',
    });
    for (const [courtId, email] of [
      [court.id, 'edlcrd@cand.example'],
      [elsewhere.id, 'clerk@nysd.example'],
    ]) {
      await admin.ok('mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }', {
        input: {
          courtId,
          email,
          name: email.startsWith('edl') ? 'Chambers of Judge Laporte' : 'S.D.N.Y. Clerk',
          password: STRONG_PASSWORD,
        },
      });
    }
    chambers = await signIn(parley, 'edlcrd@cand.example', STRONG_PASSWORD);
    otherCourt = await signIn(parley, 'clerk@nysd.example', STRONG_PASSWORD);
    defense = await signUp(parley, 'Dana Wu');
    luckert = await signUp(parley, 'R. Luckert');
    const created = await createCase(defense.client, court.id, { docketNumber: 'C 13-4426 EDL (PR)' });
    caseId = created.id;
    [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, luckert, 'PRO_SE');

    parley.setTime('2026-05-01T20:00:00Z');
    const draft = await draftSet(luckert.client, {
      caseId,
      servingPartyId: plaintiffId,
      respondingPartyId: defendantId,
    });
    set = await serveSet(luckert.client, draft.id, 'MAIL', '/s/ R. Luckert');
    parley.setTime('2026-06-02T17:00:00Z');
    await defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Dana Wu',
        items: [
          { itemId: set.items[0].id, answer: 'Officers Brannon, Ruiz and Okafor.' },
          {
            itemId: set.items[1].id,
            objections: ['Vague as to "use of force".', 'Seeks information protected for security reasons.'],
          },
          { itemId: set.items[2].id, answer: 'Incident report 12-0314.' },
        ],
      },
    });
  });
  afterAll(() => parley?.close());

  it('runs from the letters to the ruling, and the court sees only the dispute', async () => {
    // Opened by the prisoner over the answer he finds wanting.
    parley.setTime('2026-06-05T17:00:00Z');
    const dispute = await openDispute(
      luckert.client,
      caseId,
      [set.items[1].id],
      'Defendant refuses to describe the use of force.',
    );
    expect(dispute).toMatchObject({
      status: 'CONFERRING',
      items: [{ id: set.items[1].id, number: 2 }],
      requestingParty: { id: plaintiffId },
      respondingParty: { id: defendantId },
      conferralAssessment: { qualifies: false },
      escalation: null,
    });

    // As in the story: going to the court without conferring is refused, with every missing element.
    const premature = await luckert.client.fails(ESCALATE, {
      input: { disputeId: dispute.id, position: 'Compel an answer.' },
    });
    expect(premature.extensions).toEqual({
      code: 'ESCALATION_GATE',
      missing: ['NO_QUALIFYING_CONFERRAL', 'NO_CERTIFICATION'],
    });
    expect(premature.message).toMatch(/Meet and confer in good faith first.*Certify that you conferred/);

    // The exchange of letters: one each way (the case's default policy, a party being a pro se prisoner).
    parley.setTime('2026-06-06T17:00:00Z');
    await luckert.client.ok(SEND_LETTER, {
      input: {
        disputeId: dispute.id,
        body: 'Please answer Interrogatory 2; the use of force is the heart of my claim.',
      },
    });
    expect((await luckert.client.ok(DISPUTE, { id: dispute.id })).dispute.conferralAssessment.qualifies).toBe(
      false,
    );
    parley.setTime('2026-06-10T17:00:00Z');
    await defense.client.ok(SEND_LETTER, {
      input: {
        disputeId: dispute.id,
        body: 'We maintain the objection but will produce the use-of-force report under a protective order.',
      },
    });
    const conferred = (await luckert.client.ok(DISPUTE, { id: dispute.id })).dispute;
    expect(conferred.conferralAssessment).toMatchObject({ qualifies: true, basis: 'LETTER_EXCHANGE' });
    expect(
      conferred.conferrals.map((c: { mode: string; confirmed: boolean }) => [c.mode, c.confirmed]),
    ).toEqual([
      ['LETTER', true],
      ['LETTER', true],
    ]);

    parley.setTime('2026-06-11T17:00:00Z');
    const certification = await certify(luckert.client, dispute.id, '/s/ R. Luckert');
    expect(certification).toMatchObject({ signedBy: 'R. Luckert', stale: false });

    parley.setTime('2026-06-12T17:00:00Z');
    const { escalateDispute: escalation } = await luckert.client.ok(ESCALATE, {
      input: {
        disputeId: dispute.id,
        position:
          'Interrogatory 2 asks only what force was used and who ordered it; the objections are boilerplate.',
        compromise: 'A full answer under a protective order within 14 days.',
      },
    });
    expect(escalation).toMatchObject({
      status: 'AWAITING_POSITION',
      caption: 'Luckert v. Brannon',
      docketNumber: 'C 13-4426 EDL (PR)',
      judge: 'Elizabeth D. Laporte',
      positionDueOn: '2026-06-17',
      otherSideResponded: null,
      escalatingParty: { id: plaintiffId },
      conferralBasis: { basis: 'LETTER_EXCHANGE' },
    });
    // Civil L.R. 37-2: the disputed request in full, followed by the response and objections.
    expect(escalation.items).toEqual([
      {
        number: 2,
        kind: 'INTERROGATORIES',
        setTitle: 'First Set of Interrogatories',
        text: set.items[1].text,
        response: null,
        objections: ['Vague as to "use of force".', 'Seeks information protected for security reasons.'],
        dueAfterCutoff: false,
      },
    ]);
    expect(escalation.certifications).toEqual([
      expect.objectContaining({ party: 'Luckert', signedBy: 'R. Luckert' }),
    ]);

    // Not before the court until the other side has its say, and not twice.
    expect((await chambers.ok(DOCKET)).courtDocket).toEqual([]);
    expect((await chambers.fails(ESCALATION, { id: escalation.id })).extensions.code).toBe('NOT_FOUND');
    const twice = await luckert.client.fails(ESCALATE, {
      input: { disputeId: dispute.id, position: 'Again.' },
    });
    expect(twice.extensions).toMatchObject({
      code: 'ESCALATION_GATE',
      missing: expect.arrayContaining(['DISPUTE_CLOSED']),
    });

    parley.setTime('2026-06-15T17:00:00Z');
    const { submitPosition } = await defense.client.ok(SUBMIT_POSITION, {
      input: {
        escalationId: escalation.id,
        position: 'Details of force used in a prison yard implicate institutional security.',
        compromise: 'Produce the use-of-force report under a protective order.',
      },
    });
    expect(submitPosition).toMatchObject({ status: 'SUBMITTED', otherSideResponded: true });
    expect(submitPosition.positions.map((p: { party: { name: string } }) => p.party.name)).toEqual([
      'Luckert',
      'J. Brannon',
    ]);

    // The court: its docket holds the packet; nothing else of the case is reachable.
    const { courtDocket } = await chambers.ok(DOCKET, { status: 'SUBMITTED' });
    expect(courtDocket.map((e: { id: string }) => e.id)).toEqual([escalation.id]);
    const { escalation: seen } = await chambers.ok(ESCALATION, { id: escalation.id });
    expect(seen.items.map((i: { number: number }) => i.number)).toEqual([2]);
    expect(JSON.stringify(seen)).not.toContain('Officers Brannon, Ruiz and Okafor');
    for (const [query, variables] of [
      ['query($id: ID!) { case(id: $id) { id } }', { id: caseId }],
      [SET, { id: set.id }],
      [SETS, { caseId }],
      [DISPUTE, { id: dispute.id }],
      ['query($caseId: ID!) { disputes(caseId: $caseId) { id } }', { caseId }],
      ['query($caseId: ID!) { deadlines(caseId: $caseId) { id } }', { caseId }],
      ['query($caseId: ID!) { auditTrail(caseId: $caseId) { edges { node { id } } } }', { caseId }],
    ] as const) {
      expect((await chambers.fails(query, variables)).extensions.code).toBe('NOT_FOUND');
    }
    // Another court's staff see nothing; parties can neither rule nor read the docket.
    expect((await otherCourt.ok(DOCKET)).courtDocket).toEqual([]);
    expect((await otherCourt.fails(ESCALATION, { id: escalation.id })).extensions.code).toBe('NOT_FOUND');
    const ruleInput = {
      escalationId: escalation.id,
      outcome: 'GRANTED_IN_PART',
      orderText: 'x',
      complianceDays: 14,
    };
    expect((await otherCourt.fails(RULE, { input: ruleInput })).extensions.code).toBe('NOT_FOUND');
    expect((await luckert.client.fails(RULE, { input: ruleInput })).extensions.code).toBe('FORBIDDEN');
    expect((await defense.client.fails(DOCKET)).extensions.code).toBe('FORBIDDEN');

    // The ruling: granted in part, compliance in 14 days counted under FRCP 6, tracked for the defendant.
    parley.setTime('2026-06-16T18:00:00Z');
    const { ruleOnEscalation } = await chambers.ok(RULE, {
      input: {
        escalationId: escalation.id,
        outcome: 'GRANTED_IN_PART',
        orderText:
          'Defendant shall produce the use-of-force report, subject to a protective order, within 14 days.',
        complianceDays: 14,
      },
    });
    expect(ruleOnEscalation).toMatchObject({
      outcome: 'GRANTED_IN_PART',
      complianceDays: 14,
      complianceDueOn: '2026-06-30',
      orderedParty: { id: defendantId, name: 'J. Brannon' },
      ruledBy: 'Chambers of Judge Laporte',
    });
    expect(
      (await chambers.fails(RULE, { input: { ...ruleInput, orderText: 'Again.' } })).extensions.code,
    ).toBe('CONFLICT');
    const { deadlines } = await luckert.client.ok(
      'query($caseId: ID!) { deadlines(caseId: $caseId) { kind dueOn status partyId } }',
      {
        caseId,
      },
    );
    expect(deadlines).toEqual(
      expect.arrayContaining([
        { kind: 'POSITION_DUE', dueOn: '2026-06-17', status: 'MET', partyId: defendantId },
        { kind: 'COMPLIANCE', dueOn: '2026-06-30', status: 'OPEN', partyId: defendantId },
      ]),
    );
    const after = (await defense.client.ok(DISPUTE, { id: dispute.id })).dispute;
    expect(after).toMatchObject({ status: 'RULED', escalation: { id: escalation.id, status: 'RULED' } });

    await parley.waitForIdle();
    for (const party of [luckert, defense]) {
      const { notifications } = await party.client.ok('{ notifications { kind message } }');
      expect(notifications).toEqual(
        expect.arrayContaining([
          {
            kind: 'RULING_ISSUED',
            message: expect.stringMatching(/granted in part\. Compliance is due June 30, 2026/),
          },
        ]),
      );
    }
    const { verifyAuditChain } = await luckert.client.ok(
      'query($caseId: ID!) { verifyAuditChain(caseId: $caseId) { valid } }',
      { caseId },
    );
    expect(verifyAuditChain.valid).toBe(true);

    // The packet, as a letter brief, for the court and the parties.
    for (const token of [chambers.token, luckert.accessToken]) {
      const response = await fetch(`${parley.baseUrl}/escalations/${escalation.id}/packet.pdf`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const text = flat((await pdfPages(new Uint8Array(await response.arrayBuffer()))).join('\n'));
      // The letter exchange the court allowed, said as what happened, and the letters quoted whole.
      expect(text).toMatch(
        /The parties conferred by exchanging letters, which this case allows in place of a conference: Luckert wrote on \w+ \d+, 2026, and J\. Brannon answered on \w+ \d+, 2026\./,
      );
      expect(text).toMatch(/Letter from Luckert: “.+” Delivered through Parley\./);
      expect(text).not.toMatch(/attest that lead counsel/);
    }
    const denied = await fetch(`${parley.baseUrl}/escalations/${escalation.id}/packet.pdf`, {
      headers: { authorization: `Bearer ${otherCourt.token}` },
    });
    expect(denied.status).toBe(404);
  });
});
