import { writeFileSync } from 'node:fs';
import { flat, pdfPages } from '@parley/papers/testing';
import { openDispute, REQUEST_CONFERENCE, SEND_LETTER } from './support/conferral';
import { createCase, createCourt, join, signInAsAdmin, signUp, SignedIn } from './support/factories';
import { draftSet, plainAnswers, SERVE_RESPONSE, serveSet } from './support/discovery';
import { Parley, startParley } from './support/test-app';
import { pdfOfPages, uploadDocument } from './support/uploads';

/**
 * What Parley serves or sends to a party not on Parley becomes a mailing: a packet to print (cover
 * sheet, the paper, certificate of service by mail), a reminder until marked mailed, and a certificate
 * dated the day it was (DOMAIN.md, "Parties not on Parley").
 */
const MAILINGS = `query($caseId: ID!) { mailings(caseId: $caseId) {
  id partyId address paperKind paperId paperTitle dueOn preparedAt mailedOn
} }`;
const MARK = `mutation($input: MarkMailedInput!) { markMailed(input: $input) { id mailedOn dueOn } }`;

interface Cast {
  caseId: string;
  plaintiffId: string;
  defendantId: string;
  defense: SignedIn;
  paralegal: SignedIn;
}

describe('mailings to a party not on Parley', () => {
  let parley: Parley;
  let courtId: string;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    courtId = (await createCourt(await signInAsAdmin(parley))).id;
    parley.setTime('2026-11-23T17:00:00Z');
  });
  afterAll(() => parley?.close());
  afterEach(() => parley.setTime('2026-11-23T17:00:00Z'));

  async function cast(overrides: Record<string, unknown> = {}): Promise<Cast> {
    const defense = await signUp(parley, 'Dana Wu');
    const paralegal = await signUp(parley, 'Sam Ortiz');
    const created = await createCase(defense.client, courtId, {
      discoveryCutoffOn: '2027-06-30',
      ...overrides,
    });
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, defendantId, paralegal, 'PARALEGAL');
    return { caseId: created.id, plaintiffId, defendantId, defense, paralegal };
  }

  async function serveOnHim(c: Cast, title = 'First Set of Interrogatories') {
    const draft = await draftSet(c.defense.client, {
      caseId: c.caseId,
      servingPartyId: c.defendantId,
      respondingPartyId: c.plaintiffId,
      title,
    });
    return serveSet(c.defense.client, draft.id, 'MAIL', '/s/ Dana Wu');
  }

  async function packet(c: Cast, id: string, token = c.defense.accessToken) {
    const response = await fetch(`${parley.baseUrl}/mailings/${id}/packet.pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { response, bytes };
  }

  it('makes a served set a mailing with its due date, to print, then to mark mailed', async () => {
    const c = await cast();
    const set = await serveOnHim(c);
    const { mailings } = await c.paralegal.client.ok(MAILINGS, { caseId: c.caseId });
    expect(mailings).toEqual([
      expect.objectContaining({
        partyId: c.plaintiffId,
        address: '#K-12345\nPelican Bay State Prison\nP.O. Box 7500\nCrescent City, CA 95532',
        paperKind: 'DISCOVERY_SET',
        paperId: set.id,
        paperTitle: 'Defendant J. Brannon’s First Set of Interrogatories',
        // Nov 23 + 30 = Dec 23; + 3 for mail (FRCP 6(d)) = Sat Dec 26; so Mon Dec 28.
        dueOn: '2026-12-28',
        mailedOn: null,
      }),
    ]);
    const [mailing] = mailings;

    const before = await packet(c, mailing.id);
    expect(before.response.status).toBe(200);
    expect(before.response.headers.get('content-type')).toBe('application/pdf');
    if (process.env.PACKET_OUT) writeFileSync(process.env.PACKET_OUT, before.bytes);
    const pages = (await pdfPages(before.bytes)).map(flat);
    expect(pages[0]).toContain('IMPORTANT: PAPERS IN YOUR COURT CASE');
    expect(pages[0]).toContain('Mail your answers by December 28, 2026.');
    expect(pages[0]).toContain('Pelican Bay State Prison');
    expect(pages[0]).toContain('You may write letters, or ask them to talk by telephone.');
    expect(pages.slice(1, -1).join(' ')).toContain('INTERROGATORY NO. 1');
    expect(pages.at(-1)).toContain('I certify that on ____________________, I served the foregoing');
    expect(pages.at(-1)).toContain('Crescent City, CA 95532');

    const { markMailed } = await c.paralegal.client.ok(MARK, {
      input: { mailingId: mailing.id, mailedOn: '2026-11-23' },
    });
    expect(markMailed).toEqual({ id: mailing.id, mailedOn: '2026-11-23', dueOn: '2026-12-28' });
    const after = (await pdfPages((await packet(c, mailing.id)).bytes)).map(flat);
    expect(after.at(-1)).toContain('I certify that on November 23, 2026, I served the foregoing');

    // Marked once: a second mark, even of the same day, is refused and changes nothing.
    const again = await c.defense.client.fails(MARK, {
      input: { mailingId: mailing.id, mailedOn: '2026-11-23' },
    });
    expect(again.extensions.code).toBe('CONFLICT');
    expect(again.message).toBe(
      'This was already marked mailed on November 23, 2026; its certificate of service carries that day.',
    );
  });

  it('counts his time from the day it went in the mail when that is later than the day served', async () => {
    const c = await cast();
    const set = await serveOnHim(c);
    const [mailing] = (await c.defense.client.ok(MAILINGS, { caseId: c.caseId })).mailings;
    parley.setTime('2026-11-26T17:00:00Z');
    const { markMailed } = await c.defense.client.ok(MARK, {
      input: { mailingId: mailing.id, mailedOn: '2026-11-25' },
    });
    // Nov 25 + 30 = Fri Dec 25, Christmas: Mon Dec 28 (FRCP 6(a)(1)(C)); + 3 for mail = Thu Dec 31.
    expect(markMailed.dueOn).toBe('2026-12-31');
    const { discoverySet } = await c.defense.client.ok(
      `query($id: ID!) { discoverySet(id: $id) { responseDueOn deadline { dueOn steps { rule } } } }`,
      { id: set.id },
    );
    expect(discoverySet.responseDueOn).toBe('2026-12-31');
    expect(discoverySet.deadline.dueOn).toBe('2026-12-31');
    expect(discoverySet.deadline.steps[0].rule).toBe('FRCP 5(b)(2)(C)');
    const cover = flat((await pdfPages((await packet(c, mailing.id)).bytes))[0]);
    expect(cover).toContain('Mail your answers by December 31, 2026.');
    const certificate = flat((await pdfPages((await packet(c, mailing.id)).bytes)).at(-1) as string);
    expect(certificate).toContain(
      'The paper’s own certificate gives November 23, 2026; it was mailed on November 25, 2026, and time counts from the day it was mailed.',
    );
  });

  it('refuses a day that cannot be, and anyone but the sending party', async () => {
    const c = await cast();
    await serveOnHim(c);
    const [mailing] = (await c.defense.client.ok(MAILINGS, { caseId: c.caseId })).mailings;
    for (const [mailedOn, message] of [
      ['2026-11-24', 'mailedOn (November 24, 2026) is in the future: mark it mailed once it is in the mail.'],
      [
        '2026-11-20',
        'mailedOn (November 20, 2026) comes before the day the paper was served or sent (November 23, 2026).',
      ],
    ]) {
      const error = await c.defense.client.fails(MARK, { input: { mailingId: mailing.id, mailedOn } });
      expect({ code: error.extensions.code, message: error.message }).toEqual({
        code: 'BAD_USER_INPUT',
        message,
      });
    }
    const outsider = await signUp(parley, 'Curious Outsider');
    expect(
      (await outsider.client.fails(MARK, { input: { mailingId: mailing.id, mailedOn: '2026-11-23' } }))
        .extensions.code,
    ).toBe('NOT_FOUND');
    expect((await packet(c, mailing.id, outsider.accessToken)).response.status).toBe(404);
    expect((await outsider.client.fails(MAILINGS, { caseId: c.caseId })).extensions.code).toBe('NOT_FOUND');
    const [{ mailed_on }] = await parley.db.query(`SELECT mailed_on FROM mailings WHERE id = $1`, [
      mailing.id,
    ]);
    expect(mailed_on).toBeNull();
  });

  it('mails his answers’ reply and the letters of a dispute too', async () => {
    const c = await cast();
    const set = await serveOnHim(c);
    const { discoverySet } = await c.defense.client.ok(
      `query($id: ID!) { discoverySet(id: $id) { id kind items { id } } }`,
      { id: set.id },
    );
    // His answers came back by mail; the defense disputes one and writes to him.
    parley.setTime('2026-12-31T17:00:00Z');
    const scan = await uploadDocument(
      parley.baseUrl,
      c.defense.accessToken,
      { caseId: c.caseId },
      { filename: 'his-answers.pdf', content: await pdfOfPages(1) },
    );
    await c.defense.client.ok(
      `mutation($input: RecordResponseInput!) { recordResponse(input: $input) { id } }`,
      {
        input: {
          setId: set.id,
          method: 'MAIL',
          servedAt: '2026-12-24T12:00:00-08:00',
          documentId: scan.body.id,
          items: plainAnswers(discoverySet),
        },
      },
    );
    const dispute = await openDispute(c.defense.client, c.caseId, [discoverySet.items[0].id]);
    const { sendLetter: letter } = await c.defense.client.ok(SEND_LETTER, {
      input: { disputeId: dispute.id, body: 'Please answer Interrogatory No. 1 in full.' },
    });
    const kinds = (await c.defense.client.ok(MAILINGS, { caseId: c.caseId })).mailings.map(
      (m: { paperKind: string; paperId: string; dueOn: string | null }) => [m.paperKind, m.paperId, m.dueOn],
    );
    expect(kinds).toEqual([
      ['LETTER', letter.id, null],
      ['DISCOVERY_SET', set.id, '2026-12-28'],
    ]);
    const [letterMailing] = (await c.defense.client.ok(MAILINGS, { caseId: c.caseId })).mailings;
    const pages = (await pdfPages((await packet(c, letterMailing.id)).bytes)).map(flat);
    expect(pages[0]).toContain('A letter from Dana Wu');
    expect(pages.join(' ')).toContain('Please answer Interrogatory No. 1 in full.');
    expect(pages[0]).not.toContain('By when');

    // A request to confer goes to him as a letter, with the day to answer by on its cover.
    const { requestConference: request } = await c.defense.client.ok(REQUEST_CONFERENCE, {
      input: {
        disputeId: dispute.id,
        mode: 'TELEPHONE',
        proposedTimes: ['2027-01-08T18:00:00Z', '2027-01-11T22:30:00Z'],
        message: 'Your counselor can set up a legal call.',
      },
    });
    // Sent at the same moment as the letter (the test's clock stands still): found by its kind.
    const requestMailing = (await c.defense.client.ok(MAILINGS, { caseId: c.caseId })).mailings.find(
      (m: { paperKind: string }) => m.paperKind === 'CONFERENCE_REQUEST',
    );
    expect(requestMailing).toMatchObject({
      paperKind: 'CONFERENCE_REQUEST',
      paperId: request.id,
      dueOn: '2027-01-11',
    });
    const requestPacket = (await packet(c, requestMailing.id)).bytes;
    if (process.env.REQUEST_OUT) writeFileSync(process.env.REQUEST_OUT, requestPacket);
    const requestPages = (await pdfPages(requestPacket)).map(flat);
    expect(requestPages[0]).toContain('asks to talk with you');
    expect(requestPages[0]).toContain('Please answer by January 11, 2027.');
    expect(requestPages[1]).toContain('January 8, 2027, 10:00 a.m. PST');
    expect(requestPages[1]).toContain('Your counselor can set up a legal call.');
    expect(requestPages.at(-1)).toContain('CERTIFICATE OF SERVICE BY MAIL');
  });

  it('mails the defense’s responses to requests he mailed', async () => {
    const c = await cast();
    const { body: scan } = await (
      await import('./support/uploads')
    ).uploadDocument(
      parley.baseUrl,
      c.defense.accessToken,
      { caseId: c.caseId },
      { filename: 'his-requests.pdf', content: await (await import('./support/uploads')).pdfOfPages(1) },
    );
    const { recordServedSet: his } = await c.defense.client.ok(
      `mutation($input: RecordServedSetInput!) { recordServedSet(input: $input) { id kind items { id } } }`,
      {
        input: {
          caseId: c.caseId,
          servingPartyId: c.plaintiffId,
          respondingPartyId: c.defendantId,
          kind: 'INTERROGATORIES',
          title: 'Plaintiff’s First Set of Interrogatories',
          items: [{ text: 'Name every officer present.' }],
          method: 'MAIL',
          servedAt: '2026-11-16T12:00:00-08:00',
          documentId: scan.id,
        },
      },
    );
    const { serveResponse } = await c.defense.client.ok(SERVE_RESPONSE, {
      input: { setId: his.id, method: 'MAIL', signature: '/s/ Dana Wu', items: plainAnswers(his) },
    });
    const { mailings } = await c.defense.client.ok(MAILINGS, { caseId: c.caseId });
    expect(mailings).toEqual([
      expect.objectContaining({ paperKind: 'DISCOVERY_RESPONSE', paperId: serveResponse.id, dueOn: null }),
    ]);
    const cover = flat((await pdfPages((await packet(c, mailings[0].id)).bytes))[0]);
    expect(cover).toContain('You do not have to do anything.');
  });

  it('refuses to serve him when no address is on file, and keeps nothing', async () => {
    const c = await cast({
      parties: [
        { name: 'Luckert', side: 'PLAINTIFF', proSe: true, incarcerated: true },
        { name: 'J. Brannon', side: 'DEFENDANT', proSe: false, incarcerated: false },
      ],
    });
    const draft = await draftSet(c.defense.client, {
      caseId: c.caseId,
      servingPartyId: c.defendantId,
      respondingPartyId: c.plaintiffId,
    });
    const error = await c.defense.client.fails(
      `mutation($input: ServeDiscoverySetInput!) { serveDiscoverySet(input: $input) { id } }`,
      { input: { setId: draft.id, method: 'MAIL', signature: '/s/ Dana Wu' } },
    );
    expect(error.extensions.code).toBe('RULE_VIOLATION');
    expect(error.message).toMatch(/Luckert .*no mailing address/);
    const [{ n }] = await parley.db.query(`SELECT count(*)::int AS n FROM mailings WHERE case_id = $1`, [
      c.caseId,
    ]);
    expect(n).toBe(0);
  });
});
