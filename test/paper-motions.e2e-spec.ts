import { join, signUp } from './support/factories';
import { GraphQLClient } from './support/graphql-client';
import { SEND_LETTER } from './support/conferral';
import { castOnPaper, courtWithClerk, OnPaperCast, uploadScan } from './support/on-paper';
import { Parley, startParley } from './support/test-app';
import { pdfOfPages, uploadDocument } from './support/uploads';

/**
 * A motion to compel the prisoner mails to the court (issue 16): the clerk records it, the defense links
 * it to the recorded requests it concerns (or says they were never served) and states its position, and
 * the gate is run for him as movant on the case's record. On a full record the motion is before the
 * court as his dispute's escalation, like any other; otherwise the proposed order says what is missing.
 */
const RECORD_SET = `mutation($input: RecordServedSetInput!) { recordServedSet(input: $input) { id items { id } } }`;
const DISPUTE_LETTER = `mutation($input: RecordDisputeLetterInput!) { recordDisputeLetter(input: $input) { id } }`;
const RECORD_FILING = `mutation($input: RecordPaperFilingInput!) { recordPaperFiling(input: $input) { id status responseDueOn } }`;
const LINK = `mutation($input: LinkPaperFilingInput!) { linkPaperFiling(input: $input) {
  id status itemIds notServed position respondentParty { name }
  verdict { open missing { code } explanation } proposedOrder escalation { id status }
} }`;

interface Story extends OnPaperCast {
  items: string[];
}

describe('a motion to compel mailed to the court, judged on the case’s record', () => {
  let parley: Parley;
  let courtId: string;
  let clerk: GraphQLClient;
  let clerkToken: string;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    ({ courtId, clerk, clerkToken } = await courtWithClerk(parley));
  });
  beforeEach(() => parley.setTime('2026-11-23T17:00:00Z'));
  afterAll(() => parley?.close());

  /** His interrogatories, handed to prison staff Oct 14 (due Nov 16), entered by the defense. */
  async function hisRequests(c: OnPaperCast): Promise<string[]> {
    const scan = await uploadScan(parley, c.paralegal, c.caseId, 1);
    const { recordServedSet } = await c.paralegal.client.ok(RECORD_SET, {
      input: {
        caseId: c.caseId,
        servingPartyId: c.plaintiffId,
        respondingPartyId: c.defendantId,
        kind: 'INTERROGATORIES',
        title: 'Plaintiff’s First Set of Interrogatories',
        items: [{ text: 'Name every officer present.' }, { text: 'Give the report number.' }],
        method: 'MAIL',
        servedAt: '2026-10-14T12:00:00-07:00',
        receivedOn: '2026-10-19',
        documentId: scan.id,
      },
    });
    return recordServedSet.items.map((i: { id: string }) => i.id);
  }

  /** His letter saying they went unanswered: the dispute opens for him. */
  async function hisLetter(c: OnPaperCast, items: string[]): Promise<string> {
    const scan = await uploadScan(parley, c.paralegal, c.caseId, 1);
    const { recordDisputeLetter } = await c.paralegal.client.ok(DISPUTE_LETTER, {
      input: {
        caseId: c.caseId,
        itemIds: items,
        summary: 'No answers to his interrogatories.',
        fromPartyId: c.plaintiffId,
        sentOn: '2026-11-18',
        receivedOn: '2026-11-21',
        documentId: scan.id,
        body: 'I have had no answers. Please answer them.',
      },
    });
    return recordDisputeLetter.id;
  }

  async function motion(c: OnPaperCast, more: Record<string, unknown> = {}): Promise<string> {
    const { body } = await uploadDocument(
      parley.baseUrl,
      clerkToken,
      { caseId: c.caseId, partyId: c.plaintiffId },
      { filename: 'motion-to-compel.pdf', content: await pdfOfPages(3) },
    );
    const { recordPaperFiling } = await clerk.ok(RECORD_FILING, {
      input: {
        caseId: c.caseId,
        fromPartyId: c.plaintiffId,
        kind: 'MOTION_TO_COMPEL',
        receivedOn: '2026-11-23',
        mailedOn: '2026-11-20',
        documentId: body.id,
        certificationPage: 3,
        ...more,
      },
    });
    expect(recordPaperFiling.status).toBe('AWAITING_RESPONSE');
    return recordPaperFiling.id;
  }

  const link = (c: OnPaperCast, paperFilingId: string, items: string[], more: Record<string, unknown> = {}) =>
    c.defense.client.ok(LINK, {
      input: { paperFilingId, itemIds: items, position: 'The objections stand.', ...more },
    });

  type Verdict = { verdict: { missing: Array<{ code: string }> } };
  const missing = (answer: Record<string, unknown>) =>
    (answer.linkPaperFiling as Verdict).verdict.missing.map((m) => m.code);

  async function story(
    steps: { requests?: boolean; letter?: boolean; reply?: boolean } = {},
  ): Promise<Story> {
    const c = await castOnPaper(parley, courtId);
    const items = steps.requests === false ? [] : await hisRequests(c);
    if (steps.letter) {
      const disputeId = await hisLetter(c, items);
      if (steps.reply) {
        await c.defense.client.ok(SEND_LETTER, {
          input: { disputeId, body: 'We will answer No. 1; we object to No. 2 for institutional security.' },
        });
      }
    }
    return { ...c, items };
  }

  it('finds requests never served: ITEM_NOT_SERVED, and a proposed order that says so', async () => {
    const c = await story({ requests: false });
    const filing = await motion(c);
    const answer = await link(c, filing, [], { notServed: true, position: 'Nothing was ever served on us.' });
    expect(answer.linkPaperFiling).toMatchObject({
      status: 'READY_FOR_ORDER',
      notServed: true,
      itemIds: [],
      respondentParty: { name: 'J. Brannon' },
      escalation: null,
    });
    expect(missing(answer)).toEqual(['ITEM_NOT_SERVED', 'NO_QUALIFYING_CONFERRAL']);
    expect(answer.linkPaperFiling.proposedOrder).toContain(
      'The motion is DENIED without prejudice: the case’s record shows that the requests were never served on J. Brannon',
    );
  });

  it('finds served requests with no letters, and letters one way only: NO_QUALIFYING_CONFERRAL', async () => {
    const none = await story();
    expect(missing(await link(none, await motion(none), none.items))).toEqual(['NO_QUALIFYING_CONFERRAL']);
    const oneWay = await story({ letter: true });
    expect(missing(await link(oneWay, await motion(oneWay), oneWay.items))).toEqual([
      'NO_QUALIFYING_CONFERRAL',
    ]);
  });

  it('finds letters both ways but no certification in the paper: NO_CERTIFICATION', async () => {
    const c = await story({ letter: true, reply: true });
    const answer = await link(c, await motion(c, { certificationPage: null }), c.items);
    expect(missing(answer)).toEqual(['NO_CERTIFICATION']);
    expect(answer.linkPaperFiling.proposedOrder).toContain(
      'the papers do not certify that the parties met and conferred',
    );
  });

  it('finds a motion filed past the L.R. 37-3 limit: PAST_CUTOFF, a prisoner’s counted from the day he mailed it', async () => {
    // Cut-off Nov 2: discovery motions by Nov 9. Mailed Nov 6, received Nov 12.
    const early = await courtWithClerk(parley);
    const filedLate = async (c: OnPaperCast) => {
      const items = await hisRequests(c);
      const { body } = await uploadDocument(
        parley.baseUrl,
        early.clerkToken,
        { caseId: c.caseId, partyId: c.plaintiffId },
        { filename: 'late.pdf', content: await pdfOfPages(1) },
      );
      const { recordPaperFiling } = await early.clerk.ok(RECORD_FILING, {
        input: {
          caseId: c.caseId,
          fromPartyId: c.plaintiffId,
          kind: 'MOTION_TO_COMPEL',
          receivedOn: '2026-11-12',
          mailedOn: '2026-11-06',
          documentId: body.id,
          certificationPage: 1,
        },
      });
      return missing(await link(c, recordPaperFiling.id, items));
    };
    // Houston v. Lack: a pro se prisoner's motion is filed the day he hands it to prison staff.
    const prisoner = await castOnPaper(parley, early.courtId, { discoveryCutoffOn: '2026-11-02' });
    expect(await filedLate(prisoner)).not.toContain('PAST_CUTOFF');
    // Anyone else's is filed when the clerk receives it (FRCP 5(d)(2)(A)).
    const free = await castOnPaper(parley, early.courtId, {
      discoveryCutoffOn: '2026-11-02',
      parties: [
        {
          name: 'Luckert',
          side: 'PLAINTIFF',
          proSe: true,
          incarcerated: false,
          mailingAddress: '12 Oak St\nEureka, CA 95501',
        },
        { name: 'J. Brannon', side: 'DEFENDANT', proSe: false, incarcerated: false },
      ],
    });
    expect(await filedLate(free)).toContain('PAST_CUTOFF');
  });

  it('is answered by the other side only, not by a party on the filer’s side', async () => {
    const c = await castOnPaper(parley, courtId, {
      parties: [
        {
          name: 'Luckert',
          side: 'PLAINTIFF',
          proSe: true,
          incarcerated: true,
          mailingAddress: 'Pelican Bay',
        },
        { name: 'Okafor', side: 'PLAINTIFF', proSe: true, incarcerated: false },
        { name: 'J. Brannon', side: 'DEFENDANT', proSe: false, incarcerated: false },
      ],
      myPartyIndex: 2,
    });
    const { case: theCase } = await c.defense.client.ok(
      `query($id: ID!) { case(id: $id) { parties { id name } } }`,
      {
        id: c.caseId,
      },
    );
    const okafor = theCase.parties.find((p: { name: string }) => p.name === 'Okafor').id;
    const coPlaintiff = await signUp(parley, 'Okafor');
    await join(c.defense.client, okafor, coPlaintiff, 'PRO_SE');
    const filing = await motion(c);
    const refused = await coPlaintiff.client.fails(LINK, {
      input: { paperFilingId: filing, itemIds: [], notServed: true, position: 'Never served.' },
    });
    expect([refused.extensions.code, refused.message]).toEqual([
      'FORBIDDEN',
      'Okafor is on Luckert’s side of the case; the other side answers the motion.',
    ]);
  });

  it('puts a motion on a full record before the court as his dispute’s escalation', async () => {
    const c = await story({ letter: true, reply: true });
    const filing = await motion(c);
    const answer = await link(c, filing, c.items, { position: 'No. 2 seeks a confidential report.' });
    expect(answer.linkPaperFiling.verdict).toMatchObject({ open: true, missing: [] });
    expect(answer.linkPaperFiling.escalation).toMatchObject({ status: 'SUBMITTED' });
    const escalationId = answer.linkPaperFiling.escalation.id;
    // On the docket, not in the intake's orders to enter.
    const { paperFilings } = await clerk.ok(`{ paperFilings(status: READY_FOR_ORDER) { id } }`);
    expect(paperFilings.map((f: { id: string }) => f.id)).not.toContain(filing);
    const { courtDocket } = await clerk.ok(`{ courtDocket { id positions { text } scans { filename } } }`);
    const before = courtDocket.find((e: { id: string }) => e.id === escalationId);
    expect(before.positions.map((p: { text: string }) => p.text)).toEqual([
      expect.stringContaining('motion to compel, mailed to the court on November 20, 2026'),
      'No. 2 seeks a confidential report.',
    ]);
    // The motion's scan is in the record beside his requests' and his letter's.
    expect(before.scans.map((d: { filename: string }) => d.filename)).toContain('motion-to-compel.pdf');
    // The court rules on it there, not on the filing; the ruling goes to him by mail.
    const elsewhere = await clerk.fails(
      `mutation($input: EnterOrderOnPaperFilingInput!) { enterOrderOnPaperFiling(input: $input) { id } }`,
      { input: { paperFilingId: filing, orderText: 'Denied.', outcome: 'DENIED' } },
    );
    expect([elsewhere.extensions.code, elsewhere.message]).toEqual([
      'CONFLICT',
      'This motion is before the court as its dispute’s escalation: rule on it there (ruleOnEscalation).',
    ]);
    await clerk.ok(`mutation($input: RuleOnEscalationInput!) { ruleOnEscalation(input: $input) { id } }`, {
      input: {
        escalationId,
        outcome: 'GRANTED',
        orderText: 'Defendant shall answer No. 1.',
        complianceDays: 14,
      },
    });
    const { courtMailings } = await clerk.ok(`{ courtMailings { partyName paperKind } }`);
    expect(courtMailings).toContainEqual({ partyName: 'Luckert', paperKind: 'RULING' });
  });

  it('refuses what cannot be so, and writes nothing', async () => {
    const c = await story();
    const filing = await motion(c);
    const refusals: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ itemIds: [] }, 'BAD_USER_INPUT', /Name the served requests the motion concerns/],
      [{ notServed: true }, 'BAD_USER_INPUT', /With notServed, name no requests/],
      [{ itemIds: [c.caseId] }, 'BAD_USER_INPUT', /not requests the filer served on your party/],
      [{ position: ' ' }, 'BAD_USER_INPUT', /position must say/],
    ];
    for (const [more, code, message] of refusals) {
      const error = await c.defense.client.fails(LINK, {
        input: { paperFilingId: filing, itemIds: c.items, position: 'x', ...more },
      });
      expect({ more, code: error.extensions.code }).toEqual({ more, code });
      expect(error.message).toMatch(message);
    }
    const [{ status }] = await parley.db.query(`SELECT status FROM paper_filings WHERE id = $1`, [filing]);
    expect(status).toBe('AWAITING_RESPONSE');
    expect(
      (await clerk.fails(LINK, { input: { paperFilingId: filing, itemIds: c.items, position: 'x' } }))
        .extensions.code,
    ).toBe('FORBIDDEN');
    const outsider = await signUp(parley, 'Curious Outsider');
    expect(
      (
        await outsider.client.fails(LINK, {
          input: { paperFilingId: filing, itemIds: c.items, position: 'x' },
        })
      ).extensions.code,
    ).toBe('NOT_FOUND');

    // Answered once; twice at once, one answer.
    const twice = await Promise.all([
      c.defense.client.request(LINK, { input: { paperFilingId: filing, itemIds: c.items, position: 'a' } }),
      c.defense.client.request(LINK, { input: { paperFilingId: filing, itemIds: c.items, position: 'b' } }),
    ]);
    expect(twice.map((r) => r.errors?.[0]?.extensions.code ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);

    // Late: the court's position days have run (court default 7 days, from Nov 23).
    const late = await motion(c);
    parley.setTime('2026-12-31T17:00:00Z');
    const error = await c.defense.client.fails(LINK, {
      input: { paperFilingId: late, itemIds: c.items, position: 'x' },
    });
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.message).toMatch(/The time to answer this motion ended on/);

    // The filer, once on Parley, does not answer his own motion.
    const plaintiff = await signUp(parley, 'R. Luckert');
    await join(c.defense.client, c.plaintiffId, plaintiff, 'PRO_SE');
    parley.setTime('2026-11-23T17:00:00Z');
    const own = await plaintiff.client.fails(LINK, {
      input: { paperFilingId: late, itemIds: c.items, position: 'x' },
    });
    expect([own.extensions.code, own.message]).toEqual([
      'FORBIDDEN',
      'Your party filed this paper; the other side answers it.',
    ]);
  });
});
