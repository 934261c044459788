import { join, signUp } from './support/factories';
import { GraphQLClient } from './support/graphql-client';
import { certify, ESCALATE, SEND_LETTER } from './support/conferral';
import { castOnPaper, courtWithClerk, OnPaperCast, uploadScan } from './support/on-paper';
import { Parley, startParley } from './support/test-app';

/**
 * The seed's prisoner, not on Parley, writes to defense counsel that his interrogatories went
 * unanswered: the defense enters his letter, the dispute opens on his behalf, the letters exchanged
 * are the conferral his case accepts, and the dispute can reach the court though he never signs in.
 */
const RECORD_SET = `mutation($input: RecordServedSetInput!) { recordServedSet(input: $input) {
  id responseDueOn items { id }
} }`;

const RECORD_DISPUTE_LETTER = `mutation($input: RecordDisputeLetterInput!) { recordDisputeLetter(input: $input) {
  id status summary conferFrom
  requestingParty { id } respondingParty { id }
  items { id }
  conferrals { id kind mode heldAt fromPartyId onPaper { recordedBy receivedOn scan { id shared } } }
  conferralAssessment { qualifies basis }
} }`;

const ASSESSMENT = `query($id: ID!) { dispute(id: $id) { conferralAssessment { qualifies basis explanation } } }`;

/** His three interrogatories, handed to prison staff on Wed Oct 14: due Nov 13 + 3 = Mon Nov 16 (FRCP 6(d)). */
const HANDED_TO_STAFF = '2026-10-14T12:00:00-07:00';

describe('a dispute opened by the letter of a party not on Parley', () => {
  let parley: Parley;
  let courtId: string;
  let clerk: GraphQLClient;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    ({ courtId, clerk } = await courtWithClerk(parley));
  });
  beforeEach(() => parley.setTime('2026-11-23T17:00:00Z'));
  afterAll(() => parley?.close());

  /** His interrogatories entered from their scan, after their response date passed unanswered. */
  async function unanswered(c: OnPaperCast, servedAt = HANDED_TO_STAFF, receivedOn = '2026-10-19') {
    const scan = await uploadScan(parley, c.paralegal, c.caseId, 2);
    const { recordServedSet } = await c.paralegal.client.ok(RECORD_SET, {
      input: {
        caseId: c.caseId,
        servingPartyId: c.plaintiffId,
        respondingPartyId: c.defendantId,
        kind: 'INTERROGATORIES',
        title: 'Plaintiff’s First Set of Interrogatories',
        items: [
          { text: 'State the name of every officer who escorted Plaintiff on June 2, 2013.' },
          { text: 'State whether Defendant wrote a report of the escort, and its number.' },
          { text: 'Identify every grievance Plaintiff filed about the escort.' },
        ],
        method: 'MAIL',
        servedAt,
        receivedOn,
        documentId: scan.id,
      },
    });
    return recordServedSet as { id: string; responseDueOn: string; items: Array<{ id: string }> };
  }

  function letterInput(c: OnPaperCast, set: { items: Array<{ id: string }> }, documentId: string) {
    return {
      caseId: c.caseId,
      itemIds: set.items.map((i) => i.id),
      summary: 'No answers to his First Set of Interrogatories.',
      fromPartyId: c.plaintiffId,
      sentOn: '2026-11-18',
      receivedOn: '2026-11-21',
      documentId,
      body: 'I mailed my interrogatories on October 14 and have had no answers. Please answer them.',
    };
  }

  async function disputes(caseId: string): Promise<{ disputes: number; letters: number }> {
    const [row] = await parley.db.query(
      `SELECT (SELECT count(*)::int FROM disputes WHERE case_id = $1) AS disputes,
              (SELECT count(*)::int FROM conferral_events e JOIN disputes d ON d.id = e.dispute_id
                WHERE d.case_id = $1) AS letters`,
      [caseId],
    );
    return row;
  }

  it('opens the dispute on his behalf, and the letters exchanged take it to the court', async () => {
    const c = await castOnPaper(parley, courtId);
    const set = await unanswered(c);
    expect(set.responseDueOn).toBe('2026-11-16');
    const scan = await uploadScan(parley, c.paralegal, c.caseId, 1);
    const { recordDisputeLetter: dispute } = await c.paralegal.client.ok(RECORD_DISPUTE_LETTER, {
      input: letterInput(c, set, scan.id),
    });
    expect(dispute).toMatchObject({
      status: 'CONFERRING',
      summary: 'No answers to his First Set of Interrogatories.',
      // Conferral on requests nobody answered counts from the day after their date, in the court's zone.
      conferFrom: '2026-11-17T08:00:00.000Z',
      requestingParty: { id: c.plaintiffId },
      respondingParty: { id: c.defendantId },
      conferrals: [
        {
          kind: 'LETTER',
          mode: 'LETTER',
          heldAt: '2026-11-18T20:00:00.000Z',
          fromPartyId: c.plaintiffId,
          onPaper: { recordedBy: 'Sam Ortiz', receivedOn: '2026-11-21', scan: { id: scan.id, shared: true } },
        },
      ],
      // His letter alone is no exchange.
      conferralAssessment: { qualifies: false, basis: null },
    });
    expect(dispute.items.map((i: { id: string }) => i.id).sort()).toEqual(set.items.map((i) => i.id).sort());

    // The defense answers, late, and writes back: both go to him by mail.
    await c.defense.client.ok(
      `mutation($input: ServeResponseInput!) { serveResponse(input: $input) { id } }`,
      {
        input: {
          setId: set.id,
          method: 'MAIL',
          signature: '/s/ Dana Wu',
          verification: { signedBy: 'A. Ochoa', signature: '/s/ A. Ochoa' },
          items: [
            { itemId: set.items[0].id, answer: 'Officers Ochoa and Lindqvist.' },
            { itemId: set.items[1].id, objections: ['Confidential for institutional security.'] },
            { itemId: set.items[2].id, answer: 'Grievance PBSP-13-02177.' },
          ],
        },
      },
    );
    await c.defense.client.ok(SEND_LETTER, {
      input: {
        disputeId: dispute.id,
        body: 'Our answers are enclosed. We stand on the objection to No. 2 and will ask the court to decide it.',
      },
    });
    const { dispute: after } = await c.defense.client.ok(ASSESSMENT, { id: dispute.id });
    expect(after.conferralAssessment).toMatchObject({ qualifies: true, basis: 'LETTER_EXCHANGE' });

    // Either side may take an impasse to the court: here the defense does.
    await certify(c.defense.client, dispute.id, '/s/ Dana Wu');
    const { escalateDispute: escalated } = await c.defense.client.ok(ESCALATE, {
      input: { disputeId: dispute.id, position: 'The report is confidential for institutional security.' },
    });
    // His part of the joint letter cannot come through Parley: the court has it when its time ends.
    const { escalation: before } = await c.defense.client.ok(
      `query($id: ID!) { escalation(id: $id) { status } }`,
      { id: escalated.id },
    );
    expect(before.status).toBe('AWAITING_POSITION');
    expect(
      (await clerk.fails(`query($id: ID!) { escalation(id: $id) { id } }`, { id: escalated.id })).extensions
        .code,
    ).toBe('NOT_FOUND');
    parley.setTime('2027-01-15T17:00:00Z');
    const { escalation } = await clerk.ok(`query($id: ID!) { escalation(id: $id) { id scans { id } } }`, {
      id: escalated.id,
    });
    expect(escalation.scans.map((d: { id: string }) => d.id)).toContain(scan.id);
    const { mailings } = await c.defense.client.ok(
      `query($caseId: ID!) { mailings(caseId: $caseId) { paperKind } }`,
      { caseId: c.caseId },
    );
    expect(mailings.map((m: { paperKind: string }) => m.paperKind).sort()).toEqual([
      'DISCOVERY_RESPONSE',
      'JOINT_LETTER',
      'LETTER',
    ]);
  });

  it('refuses what cannot be so, and writes nothing', async () => {
    const c = await castOnPaper(parley, courtId);
    const set = await unanswered(c);
    const scan = await uploadScan(parley, c.defense, c.caseId, 1);
    const base = letterInput(c, set, scan.id);
    const refusals: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ fromPartyId: c.defendantId }, 'BAD_USER_INPUT', /must be the party that served these requests/],
      [{ sentOn: '2026-11-24' }, 'BAD_USER_INPUT', /is in the future/],
      [{ receivedOn: '2026-11-17' }, 'BAD_USER_INPUT', /comes before the day it was handed to prison staff/],
      [
        { sentOn: '2026-11-16' },
        'BAD_USER_INPUT',
        /dated November 16, 2026, before there were answers to dispute or their time had run \(November 17, 2026\)/,
      ],
      [{ body: ' ' }, 'BAD_USER_INPUT', /body must not be empty/],
      [{ summary: '' }, 'BAD_USER_INPUT', /summary must say what is in dispute/],
      [{ itemIds: [] }, 'BAD_USER_INPUT', /itemIds must name at least one/],
    ];
    for (const [more, code, message] of refusals) {
      const error = await c.defense.client.fails(RECORD_DISPUTE_LETTER, { input: { ...base, ...more } });
      expect({ more, code: error.extensions.code }).toEqual({ more, code });
      expect(error.message).toMatch(message);
    }
    // Requests whose time to answer has not run: nothing to dispute yet.
    const recent = await unanswered(c, '2026-11-16T12:00:00-08:00', '2026-11-20');
    const early = await c.defense.client.fails(RECORD_DISPUTE_LETTER, {
      input: letterInput(c, recent, scan.id),
    });
    expect(early.extensions.code).toBe('CONFLICT');
    expect(early.message).toMatch(/are not due until/);
    expect(await disputes(c.caseId)).toEqual({ disputes: 0, letters: 0 });

    const outsider = await signUp(parley, 'Curious Outsider');
    expect((await outsider.client.fails(RECORD_DISPUTE_LETTER, { input: base })).extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await clerk.fails(RECORD_DISPUTE_LETTER, { input: base })).extensions.code).toBe('NOT_FOUND');

    // Entered twice at once (two people opening the same mail): one dispute, one letter.
    const twice = await Promise.all([
      c.defense.client.request(RECORD_DISPUTE_LETTER, { input: base }),
      c.paralegal.client.request(RECORD_DISPUTE_LETTER, { input: base }),
    ]);
    const codes = twice.map((r) => r.errors?.[0]?.extensions.code ?? 'ok').sort();
    expect(codes).toEqual(['CONFLICT', 'ok']);
    expect(await disputes(c.caseId)).toEqual({ disputes: 1, letters: 1 });

    // Once he is on Parley he writes there; the scan stays the defense's own.
    const other = await unanswered(c);
    const plaintiff = await signUp(parley, 'R. Luckert');
    await join(c.defense.client, c.plaintiffId, plaintiff, 'PRO_SE');
    const fresh = await uploadScan(parley, c.defense, c.caseId, 1);
    const conflict = await c.defense.client.fails(RECORD_DISPUTE_LETTER, {
      input: letterInput(c, other, fresh.id),
    });
    expect(conflict.extensions.code).toBe('CONFLICT');
    expect(conflict.message).toMatch(/Luckert is on Parley and sends its own letters there/);
    expect(
      (await plaintiff.client.fails(RECORD_DISPUTE_LETTER, { input: letterInput(c, other, fresh.id) }))
        .extensions.code,
    ).toBe('FORBIDDEN');
    expect(await disputes(c.caseId)).toEqual({ disputes: 1, letters: 1 });
    const [{ shared }] = await parley.db.query(
      `SELECT shared_at IS NOT NULL AS shared FROM documents WHERE id = $1`,
      [fresh.id],
    );
    expect(shared).toBe(false);
  });
});
