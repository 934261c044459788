import { flat, pdfText } from '@parley/papers/testing';
import { certify, ESCALATE, OPEN_DISPUTE, SEND_LETTER, SUBMIT_POSITION } from './support/conferral';
import { SERVE_RESPONSE } from './support/discovery';
import { GraphQLClient } from './support/graphql-client';
import {
  ACKNOWLEDGE_CLAWBACK,
  ADD_ENTRY,
  CREATE_PRODUCTION,
  defenseFile,
  download,
  ENTRIES,
  ENTRY,
  letterPdf,
  LOGS,
  PRODUCTION,
  productionCast,
  ProductionCast,
  REMOVE_ENTRY,
  REQUEST_CLAWBACK,
  SERVE_LOG,
  SERVE_PRODUCTION,
} from './support/productions';
import { Parley, startParley } from './support/test-app';

const ESCALATION_ENTRIES = `query($id: ID!) { escalation(id: $id) { id status
  items { number text } privilegeLogEntries { number producingParty date author recipients documentType subject privilege batesRange requests } } }`;
const DISPUTE_ENTRIES = `query($id: ID!) { dispute(id: $id) { id items { id number } privilegeLogEntries { id number } } }`;
const NOTICES = `query { notifications { kind message } }`;
const DEADLINES = `query($caseId: ID!) { deadlines(caseId: $caseId) { kind dueOn status partyId todo } }`;

/**
 * Issue 17: what the defense withholds goes on a privilege log the prisoner can challenge through the
 * gate like any other dispute; a page produced by mistake is clawed back.
 */
describe('privilege logs and clawbacks', () => {
  let parley: Parley;
  let cast: ProductionCast;
  let productionId: string;

  beforeAll(async () => {
    parley = await startParley();
    parley.setTime('2026-06-15T17:00:00Z');
    cast = await productionCast(parley);
    parley.setTime('2026-07-10T17:00:00Z');
    // The defense answers: it produces, withholding what is privileged.
    await cast.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: cast.set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Dana Wu',
        items: cast.set.items.map((i) => ({
          itemId: i.id,
          production: 'PRODUCING_WITH_WITHHOLDING',
          objections: ['Attorney-client privilege and work product.'],
        })),
      },
    });
    const report = await defenseFile(parley, cast, 'Incident report.pdf', await letterPdf(4, 'Report'));
    const { createProduction } = await cast.paralegal.client.ok(CREATE_PRODUCTION, {
      input: {
        caseId: cast.caseId,
        producingPartyId: cast.defendantId,
        receivingPartyId: cast.plaintiffId,
        setId: cast.set.id,
        batesPrefix: 'CDCR',
        documents: [{ documentId: report, requestItemIds: [cast.set.items[0].id] }],
      },
    });
    productionId = (
      await cast.defense.client.ok(SERVE_PRODUCTION, {
        input: { productionId: createProduction.id, method: 'ELECTRONIC', signature: '/s/ Dana Wu' },
      })
    ).serveProduction.id;
  });
  afterAll(() => parley?.close());

  function entry(overrides: Record<string, unknown> = {}) {
    return {
      caseId: cast.caseId,
      producingPartyId: cast.defendantId,
      setId: cast.set.id,
      requestItemIds: [cast.set.items[2].id],
      date: '2013-06-12',
      author: 'Dana Wu, Deputy Attorney General',
      recipients: ['Warden K. Ochoa'],
      documentType: 'Email',
      subject: 'Legal advice on the response to Plaintiff’s grievance',
      privilege: 'ATTORNEY_CLIENT',
      basis: 'Confidential advice of counsel to her client',
      ...overrides,
    };
  }

  it('keeps drafts private, serves them as a numbered log (PDF and CSV), and shows the requests they withhold from', async () => {
    const { addPrivilegeLogEntry: first } = await cast.paralegal.client.ok(ADD_ENTRY, { input: entry() });
    const { addPrivilegeLogEntry: second } = await cast.paralegal.client.ok(ADD_ENTRY, {
      input: entry({
        requestItemIds: [cast.set.items[0].id],
        documentType: 'Memorandum',
        author: 'Lt. A. Haskins',
        recipients: [],
        subject: 'Investigator’s notes prepared at counsel’s request',
        privilege: 'WORK_PRODUCT',
        basis: null,
        batesRange: 'CDCR0000003-CDCR0000004',
      }),
    });
    const removed = (await cast.paralegal.client.ok(ADD_ENTRY, { input: entry({ subject: 'A mistake' }) }))
      .addPrivilegeLogEntry;
    expect(first).toMatchObject({ number: null, served: false, requestNumbers: [3] });
    expect(second.batesRange).toBe('CDCR0000003–CDCR0000004');
    expect((await cast.luckert.client.ok(ENTRIES, { setId: cast.set.id })).privilegeLogEntries).toEqual([]);
    expect((await cast.luckert.client.fails(ENTRY, { id: first.id })).extensions.code).toBe('NOT_FOUND');
    expect((await cast.clerk.fails(ENTRY, { id: first.id })).extensions.code).toBe('NOT_FOUND');
    expect((await cast.paralegal.client.ok(REMOVE_ENTRY, { id: removed.id })).removePrivilegeLogEntry).toBe(
      true,
    );

    const serve = {
      caseId: cast.caseId,
      producingPartyId: cast.defendantId,
      setId: cast.set.id,
      method: 'ELECTRONIC',
      signature: '/s/ Dana Wu',
    };
    expect((await cast.paralegal.client.fails(SERVE_LOG, { input: serve })).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await cast.luckert.client.fails(SERVE_LOG, { input: { ...serve, signature: '/s/ R. Luckert' } }))
        .extensions.code,
    ).toBe('FORBIDDEN');
    const { servePrivilegeLog: log } = await cast.defense.client.ok(SERVE_LOG, { input: serve });
    expect(log).toMatchObject({ sequence: 1, title: 'J. Brannon’s Privilege Log' });
    expect(log.entries.map((e: { number: number; id: string }) => [e.number, e.id])).toEqual([
      [1, first.id],
      [2, second.id],
    ]);
    // Nothing new to serve; a served entry stays.
    expect((await cast.defense.client.fails(SERVE_LOG, { input: serve })).extensions.code).toBe('CONFLICT');
    expect((await cast.paralegal.client.fails(REMOVE_ENTRY, { id: first.id })).extensions.code).toBe(
      'CONFLICT',
    );

    // The prisoner sees the served log, the paper and its CSV; the court sees none of it.
    const seen = (await cast.luckert.client.ok(ENTRIES, { setId: cast.set.id })).privilegeLogEntries;
    expect(seen.map((e: { number: number }) => e.number)).toEqual([1, 2]);
    expect(seen[0].requests).toEqual([
      `Request for Production No. 3: ${'All communications about Plaintiff’s grievance of June 10, 2013.'}`,
    ]);
    const pdf = await download(parley, cast.luckert.accessToken, log.pdfUrl);
    expect(pdf.status).toBe(200);
    const text = flat(await pdfText(pdf.body));
    expect(text).toContain('J. BRANNON’S PRIVILEGE LOG');
    expect(text).toContain('ENTRY NO. 1 (RFP No. 3)');
    expect(text).toContain('Attorney-client privilege; basis: Confidential advice of counsel to her client');
    expect(text).toContain('Produced in part, redacted: CDCR0000003–CDCR0000004');
    expect(text).toContain('CERTIFICATE OF SERVICE');
    const csv = await download(parley, cast.luckert.accessToken, log.csvUrl);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = csv.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"Legal advice on the response to Plaintiff’s grievance"');
    expect((await download(parley, cast.clerk.token, log.pdfUrl)).status).toBe(404);
    expect((await cast.clerk.fails(ENTRY, { id: first.id })).extensions.code).toBe('NOT_FOUND');
    expect((await cast.clerk.fails(LOGS, { setId: cast.set.id })).extensions.code).toBe('NOT_FOUND');

    // An entry added later is served as a supplement, numbered on.
    await cast.paralegal.client.ok(ADD_ENTRY, {
      input: entry({ subject: 'Follow-up advice on the grievance' }),
    });
    const { servePrivilegeLog: supplement } = await cast.defense.client.ok(SERVE_LOG, { input: serve });
    expect(supplement).toMatchObject({ sequence: 2, title: 'J. Brannon’s Supplemental Privilege Log No. 1' });
    expect(supplement.entries.map((e: { number: number }) => e.number)).toEqual([3]);
  });

  it('refuses a bad entry, writing nothing', async () => {
    const [{ count: before }] = await parley.db.query(`SELECT count(*)::int FROM privilege_log_entries`);
    const bad: Array<[GraphQLClient, Record<string, unknown>, string, RegExp]> = [
      [cast.paralegal.client, entry({ privilege: 'OTHER', basis: null }), 'BAD_USER_INPUT', /basis/],
      [cast.paralegal.client, entry({ date: '2027-01-01' }), 'BAD_USER_INPUT', /future/],
      [
        cast.paralegal.client,
        entry({ batesRange: 'CDCR0000099' }),
        'BAD_USER_INPUT',
        /produced only up to CDCR0000004/,
      ],
      [cast.paralegal.client, entry({ batesRange: 'XYZ0000001' }), 'BAD_USER_INPUT', /batesRange/],
      [
        cast.paralegal.client,
        entry({ requestItemIds: [cast.caseId] }),
        'BAD_USER_INPUT',
        /not requests of this set/,
      ],
      [
        cast.paralegal.client,
        entry({ producingPartyId: cast.plaintiffId }),
        'BAD_USER_INPUT',
        /party the requests were served on/,
      ],
      [cast.luckert.client, entry(), 'FORBIDDEN', /represent/],
      [cast.clerk, entry(), 'NOT_FOUND', /set/],
      [cast.outsider.client, entry(), 'NOT_FOUND', /set/],
    ];
    for (const [client, input, code, message] of bad) {
      const error = await client.fails(ADD_ENTRY, { input });
      expect([error.extensions.code, error.message]).toEqual([code, expect.stringMatching(message)]);
    }
    const [{ count: after }] = await parley.db.query(`SELECT count(*)::int FROM privilege_log_entries`);
    expect(after).toBe(before);
  });

  it('takes a challenge to the log to the court through the gate, entries set out with their requests', async () => {
    const [firstEntry] = (await cast.luckert.client.ok(ENTRIES, { setId: cast.set.id })).privilegeLogEntries;
    // Only served entries of the other side's log, never one's own or a draft.
    const { addPrivilegeLogEntry: draft } = await cast.paralegal.client.ok(ADD_ENTRY, { input: entry() });
    const refused = await cast.luckert.client.fails(OPEN_DISPUTE, {
      input: {
        caseId: cast.caseId,
        itemIds: [cast.set.items[1].id],
        privilegeLogEntryIds: [draft.id],
        summary: 'x',
      },
    });
    expect(refused.extensions.code).toBe('BAD_USER_INPUT');

    const { openDispute: dispute } = await cast.luckert.client.ok(OPEN_DISPUTE, {
      input: {
        caseId: cast.caseId,
        itemIds: [cast.set.items[1].id],
        privilegeLogEntryIds: [firstEntry.id],
        summary: 'Entry 1 withholds a communication with the warden, who is not counsel’s client.',
      },
    });
    const { dispute: read } = await cast.luckert.client.ok(DISPUTE_ENTRIES, { id: dispute.id });
    expect(read.items.map((i: { number: number }) => i.number).sort()).toEqual([2, 3]);
    expect(read.privilegeLogEntries.map((e: { number: number }) => e.number)).toEqual([1]);

    // Not before the gate lets it: no conferral yet.
    parley.setTime('2026-07-13T17:00:00Z');
    const early = await cast.luckert.client.fails(ESCALATE, {
      input: { disputeId: dispute.id, position: 'Order production of entry 1.' },
    });
    expect(early.extensions.code).toBe('ESCALATION_GATE');

    await cast.luckert.client.ok(SEND_LETTER, {
      input: { disputeId: dispute.id, body: 'The warden is not your client.' },
    });
    parley.setTime('2026-07-15T17:00:00Z');
    await cast.defense.client.ok(SEND_LETTER, {
      input: { disputeId: dispute.id, body: 'He is; the privilege stands.' },
    });
    await certify(cast.luckert.client, dispute.id, '/s/ R. Luckert');
    const { escalateDispute: escalation } = await cast.luckert.client.ok(ESCALATE, {
      input: { disputeId: dispute.id, position: 'Order production of the email logged as entry 1.' },
    });
    // The court sees the entry once the dispute is before it, and nothing else of the log.
    expect((await cast.clerk.fails(ENTRY, { id: firstEntry.id })).extensions.code).toBe('NOT_FOUND');
    await cast.defense.client.ok(SUBMIT_POSITION, {
      input: { escalationId: escalation.id, position: 'The email is advice of counsel to her client.' },
    });
    const { escalation: before } = await cast.clerk.ok(ESCALATION_ENTRIES, { id: escalation.id });
    expect(before.privilegeLogEntries).toEqual([
      {
        number: 1,
        producingParty: 'J. Brannon',
        date: '2013-06-12',
        author: 'Dana Wu, Deputy Attorney General',
        recipients: ['Warden K. Ochoa'],
        documentType: 'Email',
        subject: 'Legal advice on the response to Plaintiff’s grievance',
        privilege: 'Attorney-client privilege; basis: Confidential advice of counsel to her client',
        batesRange: null,
        requests: [
          'Request for Production No. 3: All communications about Plaintiff’s grievance of June 10, 2013.',
        ],
      },
    ]);
    expect((await cast.clerk.ok(ENTRY, { id: firstEntry.id })).privilegeLogEntry.number).toBe(1);
    const entries = (await cast.defense.client.ok(ENTRIES, { setId: cast.set.id })).privilegeLogEntries;
    const other = entries.find((e: { number: number | null }) => e.number === 2);
    expect((await cast.clerk.fails(ENTRY, { id: other.id })).extensions.code).toBe('NOT_FOUND');

    const packet = await download(parley, cast.clerk.token, `/escalations/${escalation.id}/packet.pdf`);
    expect(packet.status).toBe(200);
    const text = flat(await pdfText(packet.body));
    expect(text).toContain('J. Brannon’s privilege log, entry No. 1:');
    expect(text).toContain(
      'Withheld from Request for Production No. 3: All communications about Plaintiff’s grievance',
    );
  });

  it('claws back pages: the receiving party is told, given a week, and the pages marked', async () => {
    const request = (client: GraphQLClient, batesRange: string) =>
      client.request(REQUEST_CLAWBACK, {
        input: {
          productionId,
          batesRange,
          basis: 'Attorney-client privilege: counsel’s notes, produced by mistake (FRE 502(b)).',
        },
      });
    parley.setTime('2026-07-20T17:00:00Z');
    for (const [client, range, code] of [
      [cast.paralegal.client, 'CDCR0000002', 'FORBIDDEN'],
      [cast.luckert.client, 'CDCR0000002', 'FORBIDDEN'],
      [cast.clerk, 'CDCR0000002', 'NOT_FOUND'],
      [cast.defense.client, 'CDCR0000004-CDCR0000009', 'BAD_USER_INPUT'],
      [cast.defense.client, 'DEF0000001', 'BAD_USER_INPUT'],
    ] as const) {
      expect([range, (await request(client, range)).errors?.[0].extensions.code]).toEqual([range, code]);
    }
    const { data } = await request(cast.defense.client, 'CDCR0000002-CDCR0000003');
    const clawback = data?.requestClawback;
    expect(clawback).toMatchObject({
      batesRange: 'CDCR0000002–CDCR0000003',
      pages: 2,
      outcome: null,
      answerDueOn: '2026-07-27',
    });
    // Twice at once, or overlapping, refused.
    const again = await Promise.all([
      request(cast.defense.client, 'CDCR0000003'),
      request(cast.defense.client, 'CDCR0000003-CDCR0000004'),
    ]);
    expect(again.map((r) => r.errors?.[0].extensions.code)).toEqual(['CONFLICT', 'CONFLICT']);

    await parley.waitForIdle();
    const { notifications } = await cast.luckert.client.ok(NOTICES);
    expect(notifications.filter((n: { kind: string }) => n.kind === 'CLAWBACK_REQUESTED')).toEqual([
      {
        kind: 'CLAWBACK_REQUESTED',
        message:
          'J. Brannon claims CDCR0000002–CDCR0000003 as privileged (FRCP 26(b)(5)(B)): sequester, return or destroy those pages and any copies, do not use or disclose them, and take reasonable steps to get back any you disclosed before this notice; you may challenge the claim with the court. Say what you did by July 27, 2026.',
      },
    ]);
    const { production } = await cast.luckert.client.ok(PRODUCTION, { id: productionId });
    expect(production.documents[0].clawedBack).toBe(true);
    expect(production.clawbacks.map((c: { batesRange: string }) => c.batesRange)).toEqual([
      'CDCR0000002–CDCR0000003',
    ]);
    const refused = await download(
      parley,
      cast.luckert.accessToken,
      `/productions/${productionId}/volume.zip`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.toString()).toContain('clawed back');
    expect(
      (await download(parley, cast.defense.accessToken, `/productions/${productionId}/volume.zip`)).status,
    ).toBe(200);
    const { deadlines } = await cast.luckert.client.ok(DEADLINES, { caseId: cast.caseId });
    expect(deadlines.filter((d: { kind: string }) => d.kind === 'CLAWBACK_ANSWER')).toEqual([
      expect.objectContaining({ dueOn: '2026-07-27', status: 'OPEN', partyId: cast.plaintiffId }),
    ]);

    const acknowledge = (client: GraphQLClient, outcome: string) =>
      client.request(ACKNOWLEDGE_CLAWBACK, { input: { clawbackId: clawback.id, outcome } });
    expect((await acknowledge(cast.defense.client, 'DESTROYED')).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const answered = await acknowledge(cast.luckert.client, 'CHALLENGED');
    expect(answered.data?.acknowledgeClawback).toMatchObject({ outcome: 'CHALLENGED' });
    expect((await acknowledge(cast.luckert.client, 'DESTROYED')).errors?.[0].extensions.code).toBe(
      'CONFLICT',
    );
    await parley.waitForIdle();
    const told = (await cast.defense.client.ok(NOTICES)).notifications;
    expect(told.find((n: { kind: string }) => n.kind === 'CLAWBACK_ANSWERED').message).toBe(
      'Luckert sequestered and challenges the claim of privilege over CDCR0000002–CDCR0000003.',
    );
    const after = (await cast.luckert.client.ok(DEADLINES, { caseId: cast.caseId })).deadlines;
    expect(after.find((d: { kind: string }) => d.kind === 'CLAWBACK_ANSWER').status).toBe('MET');

    // Produced again, the clawed-back pages are not handed over a second time.
    const { production: first } = await cast.defense.client.ok(PRODUCTION, { id: productionId });
    const reproduced = await cast.paralegal.client.fails(CREATE_PRODUCTION, {
      input: {
        caseId: cast.caseId,
        producingPartyId: cast.defendantId,
        receivingPartyId: cast.plaintiffId,
        setId: cast.set.id,
        batesPrefix: 'CDCR',
        documents: [{ documentId: first.documents[0].documentId, requestItemIds: [cast.set.items[0].id] }],
      },
    });
    expect([reproduced.extensions.code, reproduced.message]).toEqual([
      'CONFLICT',
      expect.stringContaining('Incident report.pdf (CDCR0000002) were clawed back as privileged'),
    ]);

    // The claim given up (or rejected by the court): the pages are usable and the volume handed out again.
    const WITHDRAW = `mutation($id: ID!) { withdrawClawback(clawbackId: $id) { withdrawnAt } }`;
    expect((await cast.luckert.client.fails(WITHDRAW, { id: clawback.id })).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await cast.defense.client.ok(WITHDRAW, { id: clawback.id })).withdrawClawback.withdrawnAt,
    ).toBeTruthy();
    expect((await cast.defense.client.fails(WITHDRAW, { id: clawback.id })).extensions.code).toBe('CONFLICT');
    expect(
      (await download(parley, cast.luckert.accessToken, `/productions/${productionId}/volume.zip`)).status,
    ).toBe(200);
    const { production: freed } = await cast.luckert.client.ok(PRODUCTION, { id: productionId });
    expect(freed.documents[0].clawedBack).toBe(false);
  });

  it('counts conferral over a supplemental log from the day it was served, not before', async () => {
    parley.setTime('2026-08-20T17:00:00Z');
    await cast.paralegal.client.ok(ADD_ENTRY, {
      input: entry({
        subject: 'Counsel’s notes on the incident review',
        date: '2013-07-01',
        requestItemIds: [cast.set.items[0].id],
      }),
    });
    const serve = {
      caseId: cast.caseId,
      producingPartyId: cast.defendantId,
      setId: cast.set.id,
      method: 'ELECTRONIC',
      signature: '/s/ Dana Wu',
    };
    const { servePrivilegeLog: supplement } = await cast.defense.client.ok(SERVE_LOG, { input: serve });
    const entryId = supplement.entries.at(-1).id;
    parley.setTime('2026-08-21T17:00:00Z');
    const { openDispute } = await cast.luckert.client.ok(OPEN_DISPUTE, {
      input: {
        caseId: cast.caseId,
        itemIds: [cast.set.items[0].id],
        privilegeLogEntryIds: [entryId],
        summary: 'The appeal notes are not privileged.',
      },
    });
    expect(openDispute.conferFrom).toBe('2026-08-20T17:00:00.000Z');
  });
});
