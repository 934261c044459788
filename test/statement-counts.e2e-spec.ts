import { CERTIFY, DOCKET, ESCALATE, openDispute, SEND_LETTER, SUBMIT_POSITION } from './support/conferral';
import { draftSet, serveSet } from './support/discovery';
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
import { GraphQLClient } from './support/graphql-client';
import { countQueries } from './support/query-counter';
import { Parley, startParley } from './support/test-app';
import { CREATE_STAFF } from './support/world';
import { CREATE_PRODUCTION, letterPdf, SERVE_PRODUCTION } from './support/productions';
import { uploadDocument } from './support/uploads';

/** The receiving party's view of what was produced: the productions, and per request its ranges. */
const PRODUCED = `query($id: ID!) {
  productions(caseId: $id) { id firstBates lastBates documents { documentId firstBates requestNumbers clawedBack } clawbacks { id } }
  discoverySets(caseId: $id) { id items { id production { ranges { batesRange } withheld } } }
}`;

/** A party's case dashboard, as `npm run bench` asks for it, with the relations a screen shows. */
const DASHBOARD = `query($id: ID!) {
  case(id: $id) { id title docketNumber parties { id name side } }
  discoverySets(caseId: $id) { id title status responseDueOn items { id number text } }
  deadlines(caseId: $id) { id kind dueOn status }
}`;

/**
 * What one request costs in SQL statements, counted, for the two reads polled most (issue 14): a
 * party's case dashboard and a court's docket, two each, the same with one set as with fifty. The
 * dashboard is the access decision, then one statement for the root fields, which read the relations
 * the query asks for with them (combined-reads.ts, selection.ts); the docket is the escalations, then
 * their positions and rulings together. The access token says who is asking, so neither reads the
 * account.
 */
describe('Statements per request', () => {
  let parley: Parley;
  let defense: SignedIn;
  let plaintiff: SignedIn;
  let staff: GraphQLClient;
  let caseId: string;
  let plaintiffId: string;
  let defendantId: string;
  const sets: Array<{ id: string; items: Array<{ id: string }> }> = [];

  const count = (client: GraphQLClient, query: string, variables?: Record<string, unknown>) =>
    countQueries(parley.db, () => client.ok(query, variables));

  async function serveSets(n: number) {
    parley.setTime('2026-05-01T17:00:00Z');
    const created = await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const draft = await draftSet(plaintiff.client, {
          caseId,
          servingPartyId: plaintiffId,
          respondingPartyId: defendantId,
          kind: 'PRODUCTION',
          title: `Request for Production, Set ${sets.length + i + 1}`,
          items: [{ text: 'All documents concerning the incident.' }, { text: 'All policies in force.' }],
        });
        return serveSet(plaintiff.client, draft.id, 'ELECTRONIC', '/s/ R. Luckert');
      }),
    );
    sets.push(...created);
    return created;
  }

  /** Each set's first request before the court: letters both ways, certified, escalated, answered. */
  async function escalateOver(served: typeof sets) {
    parley.setTime('2026-06-15T17:00:00Z');
    const disputes = await Promise.all(
      served.map(async (set) => {
        const dispute = await openDispute(plaintiff.client, caseId, [set.items[0].id]);
        await plaintiff.client.ok(SEND_LETTER, { input: { disputeId: dispute.id, body: 'Please produce.' } });
        return dispute.id as string;
      }),
    );
    parley.setTime('2026-06-16T17:00:00Z');
    await Promise.all(
      disputes.map(async (disputeId) => {
        await defense.client.ok(SEND_LETTER, { input: { disputeId, body: 'We stand on our objection.' } });
        await plaintiff.client.ok(CERTIFY, {
          input: {
            disputeId,
            statement: 'I conferred in good faith with the other side before seeking the court’s help.',
            signature: '/s/ R. Luckert',
          },
        });
        const { escalateDispute } = await plaintiff.client.ok(ESCALATE, {
          input: { disputeId, position: 'Compel production.' },
        });
        await defense.client.ok(SUBMIT_POSITION, {
          input: { escalationId: escalateDispute.id, position: 'The requests are overbroad.' },
        });
      }),
    );
  }

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    const admin = await signInAsAdmin(parley);
    const court = await createCourt(admin);
    const email = `chambers.${court.id.slice(0, 8)}@cand.example`;
    await admin.ok(CREATE_STAFF, {
      input: { courtId: court.id, email, name: 'Chambers', password: STRONG_PASSWORD },
    });
    staff = await signIn(parley, email, STRONG_PASSWORD);
    defense = await signUp(parley, 'Dana Wu');
    plaintiff = await signUp(parley, 'R. Luckert');
    parley.setTime('2026-04-20T17:00:00Z');
    const created = await createCase(defense.client, court.id);
    caseId = created.id;
    [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, plaintiff, 'PRO_SE');
  }, 60_000);
  afterAll(() => parley?.close());

  it('a case dashboard: one statement with one set, and with fifty', async () => {
    await serveSets(1);
    const one = await count(defense.client, DASHBOARD, { id: caseId });
    await serveSets(49);
    const fifty = await count(defense.client, DASHBOARD, { id: caseId });
    const answer = await defense.client.ok(DASHBOARD, { id: caseId });
    expect(answer.discoverySets).toHaveLength(50);
    expect(answer.discoverySets[0].items).toHaveLength(2);
    // The access decision, the case with its parties, the sets with their items and the deadlines,
    // together (Access.toRead).
    expect(one).toHaveLength(1);
    expect(fifty).toHaveLength(one.length);
    expect(fifty[0]).toMatch(/row_to_json\(f\)[\s\S]*discovery_items[\s\S]*FROM deadlines/);
    // A deadline's steps and description are built only when asked for: most of its bytes.
    expect(fifty[0]).not.toMatch(/l\.steps|l\.description/);
    const worded = await count(
      defense.client,
      `query($id: ID!) { deadlines(caseId: $id) { id steps { rule } } }`,
      {
        id: caseId,
      },
    );
    expect(worded).toHaveLength(1);
    expect(worded[0]).toMatch(/l\.steps/);
    expect(worded[0]).not.toMatch(/l\.description/);
    const [deadline] = (
      await defense.client.ok(
        `query($id: ID!) { deadlines(caseId: $id) { id kind description steps { rule date } } }`,
        {
          id: caseId,
        },
      )
    ).deadlines;
    expect(deadline.description).toMatch(/\w/);
    expect(deadline.steps[0]).toEqual({ rule: expect.stringMatching(/^FRCP/), date: expect.any(String) });
  }, 120_000);

  it('the court’s docket: two statements with one escalated set, and with fifty', async () => {
    await escalateOver(sets.slice(0, 1));
    const one = await count(staff, DOCKET);
    expect((await staff.ok(DOCKET)).courtDocket).toHaveLength(1);
    await escalateOver(sets.slice(1, 50));
    const fifty = await count(staff, DOCKET);
    expect((await staff.ok(DOCKET)).courtDocket).toHaveLength(50);
    // The escalations, then their positions and rulings together, for the whole page.
    expect(one).toHaveLength(2);
    expect(fifty).toHaveLength(one.length);
  }, 240_000);

  it('a case’s productions and what each request got: the same statements with one as with twenty', async () => {
    parley.setTime('2026-06-20T17:00:00Z');
    const produce = async (set: (typeof sets)[number]) => {
      const { body: file } = await uploadDocument(
        parley.baseUrl,
        defense.accessToken,
        { caseId },
        { filename: 'Report.pdf', content: await letterPdf(2, 'Report') },
      );
      const { createProduction } = await defense.client.ok(CREATE_PRODUCTION, {
        input: {
          caseId,
          producingPartyId: defendantId,
          receivingPartyId: plaintiffId,
          setId: set.id,
          batesPrefix: 'DEF',
          documents: [{ documentId: file.id, requestItemIds: set.items.map((i) => i.id) }],
        },
      });
      await defense.client.ok(SERVE_PRODUCTION, {
        input: { productionId: createProduction.id, method: 'ELECTRONIC', signature: '/s/ Dana Wu' },
      });
    };
    await produce(sets[0]);
    const one = await count(plaintiff.client, PRODUCED, { id: caseId });
    for (const set of sets.slice(1, 20)) await produce(set);
    const twenty = await count(plaintiff.client, PRODUCED, { id: caseId });
    const answer = await plaintiff.client.ok(PRODUCED, { id: caseId });
    expect(answer.productions).toHaveLength(20);
    expect(
      answer.discoverySets.filter(
        (s: { items: Array<{ production: { ranges: unknown[] } }> }) =>
          s.items[0].production.ranges.length === 1,
      ),
    ).toHaveLength(20);
    // The access decision; the productions with their documents, requests and clawbacks in one
    // statement; the sets; then what each request got, in two statements for all of them.
    expect(twenty).toHaveLength(one.length);
    expect(one).toHaveLength(5);
  }, 240_000);
});
