import { writeFileSync } from 'node:fs';
import { flat, pdfPages } from '@parley/papers/testing';
import { signUp } from './support/factories';
import { GraphQLClient } from './support/graphql-client';
import { castOnPaper, courtWithClerk, OnPaperCast } from './support/on-paper';
import { Parley, startParley } from './support/test-app';
import { pdfOfPages, uploadDocument } from './support/uploads';

/**
 * The seed's own scene (issue 16): the prisoner, not on Parley, mails his discovery requests to the
 * court. The clerk finds the case by its docket number, records the paper from its scan, and Parley
 * judges it on the case's record and proposes the order the seed's court had to work out by hand.
 */
const LOOKUP = `query($courtId: ID!, $docketNumber: String!) { docketLookup(courtId: $courtId, docketNumber: $docketNumber) {
  caseId docketNumber caption judge parties { id name side onParley }
} }`;

const RECORD = `mutation($input: RecordPaperFilingInput!) { recordPaperFiling(input: $input) {
  id kind status receivedOn mailedOn caption docketNumber fromParty { id name } documentId certificationPage
  recordedBy verdict { open missing { code explanation } explanation } proposedOrder orderText outcome
} }`;

const ENTER = `mutation($input: EnterOrderOnPaperFilingInput!) { enterOrderOnPaperFiling(input: $input) {
  outcome orderText ruledBy orderedParty { id }
} }`;

const FIRM_ADDRESS = '1 Market Street, Suite 300\nSan Francisco, CA 94105';

describe('the court’s intake of a paper mailed to it', () => {
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

  /** The seed's case, counsel's signature block on file, and its docket number. */
  async function seedCase(): Promise<OnPaperCast & { docketNumber: string }> {
    const c = await castOnPaper(parley, courtId);
    await c.defense.client.ok(
      `mutation($input: UpdateSignerProfileInput!) { updateSignerProfile(input: $input) { id } }`,
      {
        input: { firm: 'Brannon Law LLP', mailingAddress: FIRM_ADDRESS, telephone: '(415) 555-0100' },
      },
    );
    const { case: theCase } = await c.defense.client.ok(
      `query($id: ID!) { case(id: $id) { docketNumber } }`,
      {
        id: c.caseId,
      },
    );
    return { ...c, docketNumber: theCase.docketNumber };
  }

  async function clerkScan(caseId: string, partyId: string, pages = 4): Promise<string> {
    const { status, body } = await uploadDocument(
      parley.baseUrl,
      clerkToken,
      { caseId, partyId },
      { filename: 'luckert-motion-for-discovery.pdf', content: await pdfOfPages(pages) },
    );
    expect({ status, body: body.errors }).toEqual({ status: 201, body: undefined });
    return body.id as string;
  }

  async function filings(caseId: string): Promise<number> {
    const [{ n }] = await parley.db.query(`SELECT count(*)::int AS n FROM paper_filings WHERE case_id = $1`, [
      caseId,
    ]);
    return n;
  }

  it('finds the case by its docket number as a clerk types it, showing only the public docket', async () => {
    const c = await seedCase();
    const typed = c.docketNumber.toLowerCase().replace(/[()]/g, '').replace(/\s+/g, '');
    const { docketLookup } = await clerk.ok(LOOKUP, { courtId, docketNumber: typed });
    expect(docketLookup).toEqual({
      caseId: c.caseId,
      docketNumber: c.docketNumber,
      caption: 'Luckert v. Brannon',
      judge: 'Elizabeth D. Laporte',
      parties: [
        { id: c.plaintiffId, name: 'Luckert', side: 'PLAINTIFF', onParley: false },
        { id: c.defendantId, name: 'J. Brannon', side: 'DEFENDANT', onParley: true },
      ],
    });
    expect((await clerk.ok(LOOKUP, { courtId, docketNumber: 'C 99-0001 XX' })).docketLookup).toBeNull();
    // Another court's staff and the parties learn nothing through it (courts themselves are public).
    const other = await courtWithClerk(parley);
    for (const who of [other.clerk, c.defense.client]) {
      const refused = await who.fails(LOOKUP, { courtId, docketNumber: typed });
      expect([refused.extensions.code, refused.message]).toEqual([
        'FORBIDDEN',
        'Only a court’s own staff look up its docket here.',
      ]);
    }
    // The clerk still sees nothing of the case's papers.
    expect(
      (await clerk.fails(`query($id: ID!) { case(id: $id) { id } }`, { id: c.caseId })).extensions.code,
    ).toBe('NOT_FOUND');
  });

  it('records his mailed requests and proposes the seed’s order, with counsel’s address', async () => {
    const c = await seedCase();
    const documentId = await clerkScan(c.caseId, c.plaintiffId);
    // Not yet recorded: not the defense's to read.
    const early = await fetch(`${parley.baseUrl}/documents/${documentId}`, {
      headers: { authorization: `Bearer ${c.defense.accessToken}` },
    });
    expect(early.status).toBe(404);
    const { recordPaperFiling: filing } = await clerk.ok(RECORD, {
      input: {
        caseId: c.caseId,
        fromPartyId: c.plaintiffId,
        kind: 'DISCOVERY_FILED_WITH_COURT',
        receivedOn: '2026-11-20',
        mailedOn: '2026-11-16',
        documentId,
      },
    });
    expect(filing).toMatchObject({
      kind: 'DISCOVERY_FILED_WITH_COURT',
      status: 'READY_FOR_ORDER',
      receivedOn: '2026-11-20',
      mailedOn: '2026-11-16',
      caption: 'Luckert v. Brannon',
      fromParty: { id: c.plaintiffId, name: 'Luckert' },
      documentId,
      certificationPage: null,
      recordedBy: 'Clerk',
      orderText: null,
      outcome: null,
    });
    // What the seed's court found by hand: never served, no conferral, no certification.
    expect(filing.verdict.open).toBe(false);
    expect(filing.verdict.missing.map((m: { code: string }) => m.code)).toEqual([
      'ITEM_NOT_SERVED',
      'NO_QUALIFYING_CONFERRAL',
      'NO_CERTIFICATION',
    ]);
    const order: string = filing.proposedOrder;
    expect(order).toContain('Fed. R. Civ. P. 5(d)(1)(A)');
    expect(order).toContain(
      'must serve them on Dana Wu, Brannon Law LLP, for J. Brannon, at 1 Market Street, Suite 300, San Francisco, CA 94105.',
    );
    expect(order).toContain('after meeting and conferring in good faith');
    expect(order).toContain('by telephone or by an exchange of letters');
    expect(order).toContain('mailed on November 16, 2026');

    // The court's queue has it; the clerk and now the parties read the scan; the defense the filing.
    const { paperFilings } = await clerk.ok(`{ paperFilings(status: READY_FOR_ORDER) { id } }`);
    expect(paperFilings.map((f: { id: string }) => f.id)).toContain(filing.id);
    for (const token of [clerkToken, c.defense.accessToken]) {
      const scan = await fetch(`${parley.baseUrl}/documents/${documentId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(scan.status).toBe(200);
    }
    const { paperFiling } = await c.defense.client.ok(
      `query($id: ID!) { paperFiling(id: $id) { id status } }`,
      {
        id: filing.id,
      },
    );
    expect(paperFiling).toEqual({ id: filing.id, status: 'READY_FOR_ORDER' });
    // The clerk still sees nothing else of the case: its sets, its disputes, a party's own document.
    for (const query of [
      `query($id: ID!) { discoverySets(caseId: $id) { id } }`,
      `query($id: ID!) { disputes(caseId: $id) { id } }`,
      `query($id: ID!) { mailings(caseId: $id) { id } }`,
    ]) {
      expect((await clerk.fails(query, { id: c.caseId })).extensions.code).toBe('NOT_FOUND');
    }
    const own = await uploadDocument(
      parley.baseUrl,
      c.defense.accessToken,
      { caseId: c.caseId },
      { filename: 'work-product.pdf', content: await pdfOfPages(1) },
    );
    const unseen = await fetch(`${parley.baseUrl}/documents/${own.body.id}`, {
      headers: { authorization: `Bearer ${clerkToken}` },
    });
    expect(unseen.status).toBe(404);
    // The case's parties list it with the case.
    const { case: withFilings } = await c.defense.client.ok(
      `query($id: ID!) { case(id: $id) { paperFilings { id kind fromParty { name } } } }`,
      { id: c.caseId },
    );
    expect(withFilings.paperFilings).toEqual([
      { id: filing.id, kind: 'DISCOVERY_FILED_WITH_COURT', fromParty: { name: 'Luckert' } },
    ]);
    const other = await courtWithClerk(parley);
    expect(
      (await other.clerk.fails(`query($id: ID!) { paperFiling(id: $id) { id } }`, { id: filing.id }))
        .extensions.code,
    ).toBe('NOT_FOUND');
    expect((await other.clerk.ok(`{ paperFilings { id } }`)).paperFilings).toEqual([]);

    // The clerk edits the proposal and enters it; it goes to him by mail, from the court.
    const entered = order.replace(
      'The court therefore takes no action on them',
      'The court takes no action on them',
    );
    const refusedToParty = await c.defense.client.fails(ENTER, {
      input: { paperFilingId: filing.id, orderText: entered, outcome: 'VACATED' },
    });
    expect(refusedToParty.extensions.code).toBe('FORBIDDEN');
    expect(
      (
        await other.clerk.fails(ENTER, {
          input: { paperFilingId: filing.id, orderText: entered, outcome: 'VACATED' },
        })
      ).extensions.code,
    ).toBe('NOT_FOUND');
    const granted = await clerk.fails(ENTER, {
      input: { paperFilingId: filing.id, orderText: entered, outcome: 'GRANTED' },
    });
    expect([granted.extensions.code, granted.message]).toEqual([
      'BAD_USER_INPUT',
      'Discovery sent to the court is no motion to grant: it is not filed (FRCP 5(d)(1)(A)); enter VACATED or DENIED.',
    ]);
    const empty = await clerk.fails(ENTER, {
      input: { paperFilingId: filing.id, orderText: ' ', outcome: 'VACATED' },
    });
    expect(empty.message).toMatch(/orderText must not be empty/);
    const { enterOrderOnPaperFiling: ruling } = await clerk.ok(ENTER, {
      input: { paperFilingId: filing.id, orderText: entered, outcome: 'VACATED' },
    });
    expect(ruling).toMatchObject({
      outcome: 'VACATED',
      orderText: entered,
      ruledBy: 'Clerk',
      orderedParty: null,
    });
    const twice = await clerk.fails(ENTER, {
      input: { paperFilingId: filing.id, orderText: entered, outcome: 'DENIED' },
    });
    expect([twice.extensions.code, twice.message]).toEqual([
      'CONFLICT',
      'The court entered its order on this paper on November 23, 2026; an order is not entered twice.',
    ]);
    const { paperFiling: ordered } = await clerk.ok(
      `query($id: ID!) { paperFiling(id: $id) { status orderText outcome } }`,
      { id: filing.id },
    );
    expect(ordered).toEqual({ status: 'ORDER_ENTERED', orderText: entered, outcome: 'VACATED' });

    const { courtMailings } = await clerk.ok(
      `{ courtMailings { id partyName paperKind paperId paperTitle mailedOn } }`,
    );
    const mailing = courtMailings.find((m: { paperId: string }) => m.paperId === filing.id);
    expect(mailing).toMatchObject({
      partyName: 'Luckert',
      paperKind: 'FILING_ORDER',
      paperTitle: 'Order on Discovery Papers Sent to the Court',
      mailedOn: null,
    });
    const packet = await fetch(`${parley.baseUrl}/mailings/${mailing.id}/packet.pdf`, {
      headers: { authorization: `Bearer ${clerkToken}` },
    });
    const bytes = Buffer.from(await packet.arrayBuffer());
    if (process.env.ORDER_OUT) writeFileSync(process.env.ORDER_OUT, bytes);
    const pages = (await pdfPages(bytes)).map(flat);
    expect(pages[0]).toContain('The court’s order on the papers you mailed to the court');
    expect(pages[0]).toContain('Pelican Bay State Prison');
    const orderPages = pages.slice(1).join(' ');
    expect(orderPages).toContain('ORDER ON DISCOVERY PAPERS SENT TO THE COURT');
    expect(orderPages).toContain('1 Market Street, Suite 300, San Francisco, CA 94105');
    expect(orderPages).toContain('by telephone or by an exchange of letters');
    expect(orderPages.match(/IT IS SO ORDERED\./g)).toHaveLength(1);
    expect(orderPages).toContain('For the Court');
  });

  it('refuses what cannot be so, and writes nothing', async () => {
    const c = await seedCase();
    const documentId = await clerkScan(c.caseId, c.plaintiffId, 2);
    const base = {
      caseId: c.caseId,
      fromPartyId: c.plaintiffId,
      kind: 'MOTION_TO_COMPEL',
      receivedOn: '2026-11-20',
      mailedOn: '2026-11-16',
      documentId,
    };
    const theirs = await uploadDocument(
      parley.baseUrl,
      c.defense.accessToken,
      { caseId: c.caseId },
      { filename: 'x.pdf', content: await pdfOfPages(1) },
    );
    const refusals: Array<[Record<string, unknown>, RegExp]> = [
      [{ mailedOn: '2026-11-25', receivedOn: '2026-11-25' }, /is in the future/],
      [{ receivedOn: '2026-11-15' }, /comes before the day it was handed to prison staff/],
      [{ documentId: theirs.body.id }, /must be a scan your court uploaded for this case and this filer/],
      [{ fromPartyId: c.defendantId }, /must be a scan your court uploaded for this case and this filer/],
      [{ certificationPage: 3 }, /certificationPage \(3\) is past the scan's last page \(2\)/],
      [{ certificationPage: 0 }, /certificationPage must be a page of the paper/],
    ];
    for (const [more, message] of refusals) {
      const error = await clerk.fails(RECORD, { input: { ...base, ...more } });
      expect({ more, code: error.extensions.code }).toEqual({ more, code: 'BAD_USER_INPUT' });
      expect(error.message).toMatch(message);
    }
    expect((await c.defense.client.fails(RECORD, { input: base })).extensions.code).toBe('FORBIDDEN');
    const outsider = await signUp(parley, 'Curious Outsider');
    expect((await outsider.client.fails(RECORD, { input: base })).extensions.code).toBe('NOT_FOUND');
    const other = await courtWithClerk(parley);
    expect((await other.clerk.fails(RECORD, { input: base })).extensions.code).toBe('NOT_FOUND');
    expect(await filings(c.caseId)).toBe(0);

    // A motion waits for the other side; its certification page counts.
    const { recordPaperFiling: motion } = await clerk.ok(RECORD, {
      input: { ...base, certificationPage: 2 },
    });
    expect(motion.status).toBe('AWAITING_RESPONSE');
    expect(motion.verdict.missing.map((m: { code: string }) => m.code)).not.toContain('NO_CERTIFICATION');
    expect(motion.proposedOrder).toContain('The motion is DENIED without prejudice: the case’s record shows');
    // Not granted before the other side's time to answer has run.
    const early = await clerk.fails(
      `mutation($input: EnterOrderOnPaperFilingInput!) { enterOrderOnPaperFiling(input: $input) { id } }`,
      { input: { paperFilingId: motion.id, orderText: 'Granted.', outcome: 'GRANTED' } },
    );
    expect(early.extensions.code).toBe('CONFLICT');
    expect(early.message).toMatch(/The other side may answer the motion until \w+ \d+, 2026/);
    // The same scan cannot be recorded twice.
    const again = await clerk.fails(RECORD, { input: base });
    expect(again.message).toMatch(/not yet recorded/);
    expect(await filings(c.caseId)).toBe(1);
  });
});
