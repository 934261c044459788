import { writeFileSync } from 'node:fs';
import { join, signUp, SignedIn } from './support/factories';
import { GraphQLClient } from './support/graphql-client';
import { certify, ESCALATE, openDispute, SEND_LETTER } from './support/conferral';
import { draftSet, plainAnswers, serveSet } from './support/discovery';
import { Parley, startParley } from './support/test-app';
import { castOnPaper, courtWithClerk, OnPaperCast, uploadScan } from './support/on-paper';
import { flat, pdfPages } from '@parley/papers/testing';

/**
 * A party not on Parley (the seed's prisoner): what he mails is entered by the side it reached, with
 * its scan, and time runs from the day he handed it to prison staff (FRCP 5(b)(2)(C), 6(d); Houston
 * v. Lack).
 */
const RECORD_SET = `mutation($input: RecordServedSetInput!) { recordServedSet(input: $input) {
  id status servedOn serviceMethod signature paperSha256 responseDueOn
  items { number text subparts }
  servingParty { id } respondingParty { id }
  onPaper { recordedBy receivedOn scan { id sha256 shared } }
  deadline { dueOn steps { rule text date } }
} }`;

const MAILED_ON = '2026-11-16T12:00:00-08:00';

const RECORD_LETTER = `mutation($input: RecordLetterInput!) { recordLetter(input: $input) {
  id kind mode heldAt confirmed
  onPaper { recordedBy receivedOn scan { id shared } }
} }`;

const ASSESSMENT = `query($id: ID!) { dispute(id: $id) {
  conferralAssessment { qualifies basis }
  conferrals { id kind onPaper { receivedOn } }
} }`;

const RECORD_RESPONSE = `mutation($input: RecordResponseInput!) { recordResponse(input: $input) {
  id version late servedOn serviceMethod signature paperSha256 unverified
  verification { signedBy verifiedOn }
  items { itemId answer }
  onPaper { recordedBy receivedOn scan { id shared } }
} }`;

type Cast = OnPaperCast;

describe('papers by mail: a set a prisoner mailed, entered from its scan', () => {
  let parley: Parley;
  let courtId: string;
  let clerk: GraphQLClient;
  let clerkToken: string;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    ({ courtId, clerk, clerkToken } = await courtWithClerk(parley));
    parley.setTime('2026-11-23T17:00:00Z');
  });
  afterAll(() => parley?.close());

  const cast = () => castOnPaper(parley, courtId);
  const scan = (who: SignedIn, caseId: string, pages = 3) => uploadScan(parley, who, caseId, pages);

  function input(c: Cast, documentId: string, more: Record<string, unknown> = {}) {
    return {
      caseId: c.caseId,
      servingPartyId: c.plaintiffId,
      respondingPartyId: c.defendantId,
      kind: 'INTERROGATORIES',
      title: 'Plaintiff’s First Set of Interrogatories',
      items: [
        { text: 'State the name of every officer present on March 3, 2013.' },
        { text: 'Describe every use-of-force report you wrote in 2013.', subparts: 2 },
      ],
      method: 'MAIL',
      servedAt: MAILED_ON,
      receivedOn: '2026-11-20',
      documentId,
      ...more,
    };
  }

  it('counts the response date from the day he handed it to prison staff, +3 for mail, and shares the scan', async () => {
    const c = await cast();
    const document = await scan(c.paralegal, c.caseId);
    // A paralegal opens the mail and enters it.
    const { recordServedSet: set } = await c.paralegal.client.ok(RECORD_SET, {
      input: input(c, document.id),
    });
    expect(set).toMatchObject({
      status: 'SERVED',
      servedOn: '2026-11-16',
      serviceMethod: 'MAIL',
      signature: 'Signed by hand: Luckert',
      paperSha256: document.sha256,
      servingParty: { id: c.plaintiffId },
      respondingParty: { id: c.defendantId },
      onPaper: { recordedBy: 'Sam Ortiz', receivedOn: '2026-11-20', scan: { id: document.id, shared: true } },
      items: [
        { number: 1, subparts: 0 },
        { number: 2, subparts: 2 },
      ],
    });
    // Nov 16 + 30 days = Dec 16; + 3 for mail (FRCP 6(d)) = Sat Dec 19; the next court day is Mon Dec 21.
    expect(set.responseDueOn).toBe('2026-12-21');
    expect(set.deadline.dueOn).toBe('2026-12-21');
    const rules = set.deadline.steps.map((s: { rule: string }) => s.rule);
    expect(rules[0]).toBe('Houston v. Lack, 487 U.S. 266 (1988)');
    expect(set.deadline.steps[0].text).toContain('handed the paper to prison staff for mailing on');
    expect(rules).toContain('FRCP 6(d)');

    // Counsel sees it as any served set; the audit trail says who entered it from what.
    const { discoverySets } = await c.defense.client.ok(
      `query($caseId: ID!) { discoverySets(caseId: $caseId) { id onPaper { recordedBy scan { sha256 } } } }`,
      { caseId: c.caseId },
    );
    expect(discoverySets).toEqual([
      { id: set.id, onPaper: { recordedBy: 'Sam Ortiz', scan: { sha256: document.sha256 } } },
    ]);
    // Its paper is the scan, not one Parley drew.
    const paper = await fetch(`${parley.baseUrl}/discovery-sets/${set.id}/paper.pdf`, {
      headers: { authorization: `Bearer ${c.defense.accessToken}` },
    });
    expect(paper.status).toBe(409);
    expect(((await paper.json()) as { errors: Array<{ message: string }> }).errors[0].message).toContain(
      `GET /documents/${document.id}`,
    );
    const [event] = await parley.db.query(
      `SELECT action, after AS data FROM audit_events WHERE subject_id = $1 AND action = 'SET_RECORDED'`,
      [set.id],
    );
    expect(event.data).toMatchObject({
      servedOn: '2026-11-16',
      receivedOn: '2026-11-20',
      scan: { documentId: document.id, sha256: document.sha256 },
    });
  });

  it('refuses what cannot be so, and writes nothing', async () => {
    const c = await cast();
    const document = await scan(c.defense, c.caseId);
    const before = await parley.db.query(`SELECT count(*)::int AS n FROM discovery_sets WHERE case_id = $1`, [
      c.caseId,
    ]);
    const refusals: Array<[Record<string, unknown>, string, RegExp]> = [
      [
        { servedAt: '2026-11-25T12:00:00-08:00' },
        'BAD_USER_INPUT',
        /handed to prison staff for mailing \(November 25, 2026\) is in the future/,
      ],
      [{ receivedOn: '2026-11-10' }, 'BAD_USER_INPUT', /comes before the day it was handed to prison staff/],
      [{ receivedOn: '2026-11-30' }, 'BAD_USER_INPUT', /receivedOn .* is in the future/],
      [{ method: 'ELECTRONIC' }, 'BAD_USER_INPUT', /electronic service is made through Parley/],
      [{ servingPartyId: c.defendantId }, 'BAD_USER_INPUT', /servingPartyId must be another party/],
      [
        { servingPartyId: '00000000-0000-4000-8000-000000000001' },
        'BAD_USER_INPUT',
        /servingPartyId must be another party/,
      ],
      [
        { documentId: '00000000-0000-4000-8000-000000000000' },
        'BAD_USER_INPUT',
        /documentId must be a scan your party uploaded/,
      ],
      [{ items: [] }, 'BAD_USER_INPUT', /at least one item/],
    ];
    for (const [more, code, message] of refusals) {
      const error = await c.defense.client.fails(RECORD_SET, { input: input(c, document.id, more) });
      expect({ more, code: error.extensions.code }).toEqual({ more, code });
      expect(error.message).toMatch(message);
    }
    const after = await parley.db.query(`SELECT count(*)::int AS n FROM discovery_sets WHERE case_id = $1`, [
      c.caseId,
    ]);
    expect(after[0].n).toBe(before[0].n);
    const [{ shared_at }] = await parley.db.query(`SELECT shared_at FROM documents WHERE id = $1`, [
      document.id,
    ]);
    expect(shared_at).toBeNull();
  });

  it('refuses a paper from a party on Parley: it serves its own', async () => {
    const c = await cast();
    const plaintiff = await signUp(parley, 'R. Luckert');
    await join(c.defense.client, c.plaintiffId, plaintiff, 'PRO_SE');
    const document = await scan(c.defense, c.caseId);
    const error = await c.defense.client.fails(RECORD_SET, { input: input(c, document.id) });
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Luckert is on Parley and serves its own papers there; only a paper from a party not on Parley is entered from the mail.',
    );
    // Nor may the plaintiff "enter" a set as if the defense had mailed it to him.
    const own = await scan(plaintiff, c.caseId);
    const reversed = await plaintiff.client.fails(RECORD_SET, {
      input: input(c, own.id, { servingPartyId: c.defendantId, respondingPartyId: c.plaintiffId }),
    });
    expect(reversed.extensions.code).toBe('CONFLICT');
  });

  it('takes only the entering party’s own scan, and only from a member of the party served', async () => {
    const c = await cast();
    const other = await cast();
    const foreign = await scan(other.defense, other.caseId);
    const error = await c.defense.client.fails(RECORD_SET, { input: input(c, foreign.id) });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/documentId must be a scan your party uploaded to this case/);
    // Someone who is not of the defense cannot enter papers served on it.
    const document = await scan(c.defense, c.caseId);
    const outsider = await signUp(parley, 'Curious Outsider');
    const refused = await outsider.client.fails(RECORD_SET, { input: input(c, document.id) });
    expect(refused.extensions.code).toBe('NOT_FOUND');
  });

  describe('answers he mailed back', () => {
    /** The defense's interrogatories, served on him by mail on Nov 23: due Mon Dec 28 (Dec 23 + 3 = Sat Dec 26). */
    async function served(c: Cast) {
      parley.setTime('2026-11-23T17:00:00Z');
      const draft = await draftSet(c.defense.client, {
        caseId: c.caseId,
        servingPartyId: c.defendantId,
        respondingPartyId: c.plaintiffId,
      });
      const set = await serveSet(c.defense.client, draft.id, 'MAIL', '/s/ Dana Wu');
      expect(set.responseDueOn).toBe('2026-12-28');
      const { discoverySet } = await c.defense.client.ok(
        `query($id: ID!) { discoverySet(id: $id) { id kind items { id } } }`,
        { id: draft.id },
      );
      return discoverySet as { id: string; kind: string; items: Array<{ id: string }> };
    }

    afterEach(() => parley.setTime('2026-11-23T17:00:00Z'));

    it('enters them from the scan, on time by the day he handed them to prison staff though they arrived after the date', async () => {
      const c = await cast();
      const set = await served(c);
      parley.setTime('2026-12-31T17:00:00Z');
      const document = await scan(c.paralegal, c.caseId, 2);
      const { recordResponse: response } = await c.paralegal.client.ok(RECORD_RESPONSE, {
        input: {
          setId: set.id,
          method: 'MAIL',
          servedAt: '2026-12-24T12:00:00-08:00',
          receivedOn: '2026-12-30',
          documentId: document.id,
          verification: { signedBy: 'Luckert', signature: '/s/ Luckert' },
          items: plainAnswers(set),
        },
      });
      expect(response).toMatchObject({
        version: 1,
        late: false,
        servedOn: '2026-12-24',
        serviceMethod: 'MAIL',
        signature: 'Signed by hand: Luckert',
        paperSha256: document.sha256,
        unverified: false,
        verification: { signedBy: 'Luckert', verifiedOn: '2026-12-24' },
        onPaper: {
          recordedBy: 'Sam Ortiz',
          receivedOn: '2026-12-30',
          scan: { id: document.id, shared: true },
        },
      });
      const { discoverySet } = await c.defense.client.ok(
        `query($id: ID!) { discoverySet(id: $id) { status deadline { status } response { id onPaper { receivedOn } } } }`,
        { id: set.id },
      );
      expect(discoverySet).toEqual({
        status: 'RESPONDED',
        deadline: { status: 'MET' },
        response: { id: response.id, onPaper: { receivedOn: '2026-12-30' } },
      });
      const paper = await fetch(`${parley.baseUrl}/discovery-responses/${response.id}/paper.pdf`, {
        headers: { authorization: `Bearer ${c.defense.accessToken}` },
      });
      expect(paper.status).toBe(409);
    });

    it('judges lateness by the day he mailed them, and refuses what cannot be so', async () => {
      const c = await cast();
      const set = await served(c);
      parley.setTime('2027-01-06T17:00:00Z');
      const document = await scan(c.defense, c.caseId);
      const base = {
        setId: set.id,
        method: 'MAIL',
        servedAt: '2026-12-29T12:00:00-08:00',
        documentId: document.id,
        items: plainAnswers(set),
      };
      const refusals: Array<[Record<string, unknown>, string, RegExp]> = [
        [{ servedAt: '2027-01-08T12:00:00-08:00' }, 'BAD_USER_INPUT', /is in the future/],
        [
          { receivedOn: '2026-12-28' },
          'BAD_USER_INPUT',
          /comes before the day it was handed to prison staff/,
        ],
        [{ method: 'ELECTRONIC' }, 'BAD_USER_INPUT', /electronic service is made through Parley/],
        [
          { servedAt: '2026-11-20T12:00:00-08:00' },
          'BAD_USER_INPUT',
          /cannot have been mailed \(November 20, 2026\) before the requests were served \(November 23, 2026\)/,
        ],
        [
          { items: plainAnswers(set).slice(1) },
          'BAD_USER_INPUT',
          /every request needs a response; missing: 1/,
        ],
      ];
      for (const [more, code, message] of refusals) {
        const error = await c.defense.client.fails(RECORD_RESPONSE, { input: { ...base, ...more } });
        expect({ more, code: error.extensions.code }).toEqual({ more, code });
        expect(error.message).toMatch(message);
      }
      const [{ n }] = await parley.db.query(
        `SELECT count(*)::int AS n FROM discovery_responses WHERE set_id = $1`,
        [set.id],
      );
      expect(n).toBe(0);
      const { recordResponse: late } = await c.defense.client.ok(RECORD_RESPONSE, { input: base });
      expect(late).toMatchObject({ late: true, servedOn: '2026-12-29', unverified: true });
    });

    it('is for the serving party’s members only, and only while he is not on Parley', async () => {
      const c = await cast();
      const set = await served(c);
      const document = await scan(c.defense, c.caseId);
      const input = {
        setId: set.id,
        method: 'MAIL',
        servedAt: '2026-11-23T12:00:00-08:00',
        documentId: document.id,
        items: plainAnswers(set),
      };
      const outsider = await signUp(parley, 'Curious Outsider');
      expect((await outsider.client.fails(RECORD_RESPONSE, { input })).extensions.code).toBe('NOT_FOUND');
      const plaintiff = await signUp(parley, 'R. Luckert');
      await join(c.defense.client, c.plaintiffId, plaintiff, 'PRO_SE');
      expect((await plaintiff.client.fails(RECORD_RESPONSE, { input })).extensions.code).toBe('FORBIDDEN');
      const error = await c.defense.client.fails(RECORD_RESPONSE, { input });
      expect(error.extensions.code).toBe('CONFLICT');
      expect(error.message).toMatch(/Luckert is on Parley and serves its own responses there/);
    });

    describe('his letters about a dispute', () => {
      /** The defense disputes his mailed answers, writes to him, and he writes back. */
      async function disputed(c: Cast) {
        const set = await served(c);
        parley.setTime('2026-12-31T17:00:00Z');
        const answers = await scan(c.defense, c.caseId);
        await c.defense.client.ok(RECORD_RESPONSE, {
          input: {
            setId: set.id,
            method: 'MAIL',
            servedAt: '2026-12-24T12:00:00-08:00',
            documentId: answers.id,
            items: plainAnswers(set),
          },
        });
        const dispute = await openDispute(c.defense.client, c.caseId, [set.items[0].id]);
        await c.defense.client.ok(SEND_LETTER, {
          input: { disputeId: dispute.id, body: 'Your answer to No. 1 names no one. Please supplement it.' },
        });
        parley.setTime('2027-01-12T17:00:00Z');
        return dispute as { id: string };
      }

      it('counts his letter toward a letter exchange, dated the day he mailed it', async () => {
        const c = await cast();
        const dispute = await disputed(c);
        // The defense's letter alone is no exchange.
        const before = (await c.defense.client.ok(ASSESSMENT, { id: dispute.id })).dispute;
        expect(before.conferralAssessment).toEqual({ qualifies: false, basis: null });
        const letter = await scan(c.paralegal, c.caseId, 1);
        const { recordLetter } = await c.paralegal.client.ok(RECORD_LETTER, {
          input: {
            disputeId: dispute.id,
            fromPartyId: c.plaintiffId,
            sentOn: '2027-01-06',
            receivedOn: '2027-01-11',
            documentId: letter.id,
            body: 'I do not know their names. The log book has them.',
          },
        });
        expect(recordLetter).toMatchObject({
          kind: 'LETTER',
          mode: 'LETTER',
          heldAt: '2027-01-06T20:00:00.000Z',
          confirmed: true,
          onPaper: {
            recordedBy: 'Sam Ortiz',
            receivedOn: '2027-01-11',
            scan: { id: letter.id, shared: true },
          },
        });
        // A case with a party in custody accepts an exchange of letters as conferral (its default policy).
        const after = (await c.defense.client.ok(ASSESSMENT, { id: dispute.id })).dispute;
        expect(after.conferralAssessment).toEqual({ qualifies: true, basis: 'LETTER_EXCHANGE' });
        expect(after.conferrals.map((e: { onPaper: unknown }) => e.onPaper)).toEqual([
          null,
          { receivedOn: '2027-01-11' },
        ]);
        const paper = await fetch(`${parley.baseUrl}/conferral-events/${recordLetter.id}/paper.pdf`, {
          headers: { authorization: `Bearer ${c.defense.accessToken}` },
        });
        expect(paper.status).toBe(409);
      });

      it('lets the court read his scans once the dispute they belong to is before it, and no other', async () => {
        const c = await cast();
        const dispute = await disputed(c);
        const letter = await scan(c.defense, c.caseId, 1);
        await c.defense.client.ok(RECORD_LETTER, {
          input: {
            disputeId: dispute.id,
            fromPartyId: c.plaintiffId,
            sentOn: '2027-01-06',
            documentId: letter.id,
            body: 'I do not know their names.',
          },
        });
        const unrelated = await scan(c.defense, c.caseId, 1);
        const asClerk = async (id: string) =>
          (
            await fetch(`${parley.baseUrl}/documents/${id}`, {
              headers: { authorization: `Bearer ${clerkToken}` },
            })
          ).status;
        expect(await asClerk(letter.id)).toBe(404);
        await certify(c.defense.client, dispute.id, '/s/ Dana Wu');
        const { escalateDispute: escalated } = await c.defense.client.ok(ESCALATE, {
          input: { disputeId: dispute.id, position: 'Interrogatory No. 1 is unanswered.' },
        });
        // The joint letter goes to him by mail, with the day his part is due.
        const { mailings } = await c.defense.client.ok(
          `query($caseId: ID!) { mailings(caseId: $caseId) { id paperKind dueOn } }`,
          { caseId: c.caseId },
        );
        const joint = mailings.find((m: { paperKind: string }) => m.paperKind === 'JOINT_LETTER');
        expect(joint.dueOn).toMatch(/^2027-01-\d\d$/);
        const jointPacket = await fetch(`${parley.baseUrl}/mailings/${joint.id}/packet.pdf`, {
          headers: { authorization: `Bearer ${c.defense.accessToken}` },
        });
        const pages = (await pdfPages(Buffer.from(await jointPacket.arrayBuffer()))).map(flat);
        expect(pages[0]).toContain('has asked the court to decide a disagreement over discovery with you');
        expect(pages[0]).toMatch(/Mail your side by January \d+, 2027\./);
        expect(pages.join(' ')).toContain('Interrogatory No. 1 is unanswered.');
        // His part of the joint letter cannot come through Parley: the court has it when its time ends.
        parley.setTime('2027-03-01T17:00:00Z');
        expect(await asClerk(letter.id)).toBe(200);
        const [answers] = await parley.db.query(
          `SELECT scan_document_id AS id FROM discovery_responses r JOIN dispute_items di ON di.set_id = r.set_id
            WHERE di.dispute_id = $1`,
          [dispute.id],
        );
        expect(await asClerk(answers.id)).toBe(200);
        expect(await asClerk(unrelated.id)).toBe(404);
        // The court's view of the escalation lists them, to open beside the transcribed text.
        const { escalation } = await clerk.ok(`query($id: ID!) { escalation(id: $id) { scans { id } } }`, {
          id: escalated.id,
        });
        expect(escalation.scans.map((d: { id: string }) => d.id).sort()).toEqual(
          [answers.id, letter.id].sort(),
        );

        // The court rules; its order goes to him by mail, from the court: its staff print and mark it.
        await clerk.ok(
          `mutation($input: RuleOnEscalationInput!) { ruleOnEscalation(input: $input) { id } }`,
          {
            input: {
              escalationId: escalated.id,
              outcome: 'GRANTED',
              orderText: 'Plaintiff shall answer Interrogatory No. 1 in full.',
              complianceDays: 14,
            },
          },
        );
        const { courtMailings } = await clerk.ok(
          `{ courtMailings { id partyName paperKind dueOn mailedOn } }`,
        );
        const order = courtMailings.find((m: { paperKind: string }) => m.paperKind === 'RULING');
        expect(order).toMatchObject({ partyName: 'Luckert', mailedOn: null });
        expect(order.dueOn).toMatch(/^2027-03-\d\d$/);
        const orderPacket = await fetch(`${parley.baseUrl}/mailings/${order.id}/packet.pdf`, {
          headers: { authorization: `Bearer ${clerkToken}` },
        });
        const orderBytes = Buffer.from(await orderPacket.arrayBuffer());
        if (process.env.ORDER_OUT) writeFileSync(process.env.ORDER_OUT, orderBytes);
        const orderPages = (await pdfPages(orderBytes)).map(flat);
        expect(orderPages[0]).toContain('The court’s order deciding the disagreement over discovery');
        expect(orderPages[0]).toMatch(/do what it says by March \d+, 2027\./);
        expect(orderPages[0]).not.toContain('Where to write');
        expect(orderPages[1]).toContain('ORDER ON DISCOVERY DISPUTE');
        expect(orderPages[1]).toContain('Plaintiff shall answer Interrogatory No. 1 in full.');
        expect(orderPages[1]).toContain('IT IS SO ORDERED.');
        expect(orderPages.at(-1)).toContain('For the Court');
        // The court's mailing is its own: the parties neither list nor mark it.
        const theirs = await c.defense.client.ok(`query($caseId: ID!) { mailings(caseId: $caseId) { id } }`, {
          caseId: c.caseId,
        });
        expect(theirs.mailings.map((m: { id: string }) => m.id)).not.toContain(order.id);
        const refused = await c.defense.client.fails(
          `mutation($input: MarkMailedInput!) { markMailed(input: $input) { id } }`,
          { input: { mailingId: order.id, mailedOn: '2027-03-01' } },
        );
        expect(refused.extensions.code).toBe('NOT_FOUND');
        const { markMailed } = await clerk.ok(
          `mutation($input: MarkMailedInput!) { markMailed(input: $input) { mailedOn } }`,
          { input: { mailingId: order.id, mailedOn: '2027-03-01' } },
        );
        expect(markMailed.mailedOn).toBe('2027-03-01');
      });

      it('takes only his letters, never one of the side entering it, and nothing that cannot be so', async () => {
        const c = await cast();
        const dispute = await disputed(c);
        const letter = await scan(c.defense, c.caseId, 1);
        const base = {
          disputeId: dispute.id,
          fromPartyId: c.plaintiffId,
          sentOn: '2027-01-06',
          documentId: letter.id,
          body: 'I do not know their names.',
        };
        const refusals: Array<[Record<string, unknown>, string, RegExp]> = [
          [{ fromPartyId: c.defendantId }, 'BAD_USER_INPUT', /your own letters are sent with sendLetter/],
          [{ sentOn: '2027-01-13' }, 'BAD_USER_INPUT', /is in the future/],
          [
            { receivedOn: '2027-01-05' },
            'BAD_USER_INPUT',
            /comes before the day it was handed to prison staff/,
          ],
          [{ body: '  ' }, 'BAD_USER_INPUT', /body must not be empty/],
          [{ sentOn: 'January 6' }, 'BAD_USER_INPUT', /.+/],
        ];
        for (const [more, code, message] of refusals) {
          const error = await c.defense.client.fails(RECORD_LETTER, { input: { ...base, ...more } });
          expect({ more, code: error.extensions.code }).toEqual({ more, code });
          expect(error.message).toMatch(message);
        }
        const [{ n }] = await parley.db.query(
          `SELECT count(*)::int AS n FROM conferral_events WHERE dispute_id = $1`,
          [dispute.id],
        );
        expect(n).toBe(1);
        const outsider = await signUp(parley, 'Curious Outsider');
        expect((await outsider.client.fails(RECORD_LETTER, { input: base })).extensions.code).toBe(
          'NOT_FOUND',
        );
        expect((await clerk.fails(RECORD_LETTER, { input: base })).extensions.code).toBe('NOT_FOUND');
        const plaintiff = await signUp(parley, 'R. Luckert');
        await join(c.defense.client, c.plaintiffId, plaintiff, 'PRO_SE');
        const error = await c.defense.client.fails(RECORD_LETTER, { input: base });
        expect(error.extensions.code).toBe('CONFLICT');
        expect(error.message).toMatch(/Luckert is on Parley and sends its own letters there/);
      });
    });
  });
});
