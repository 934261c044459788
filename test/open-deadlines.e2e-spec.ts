import { countQueries } from './support/query-counter';
import { Parley, startParley } from './support/test-app';
import { buildWorld, World } from './support/world';

const OPEN = `query { openDeadlines(first: 100) { id caseId kind dueOn status partyId subjectType subjectId disputeId todo } }`;
const CASE_DEADLINES = `query($caseId: ID!) { deadlines(caseId: $caseId, first: 100) { id status } }`;

interface Deadline {
  id: string;
  caseId: string;
  kind: string;
  dueOn: string;
  status: string;
  subjectType: string;
  subjectId: string;
  disputeId: string | null;
  todo: string;
}

/**
 * A party's "what to do next" in one query: every open deadline of every case it is in, soonest first,
 * each naming its case and the dispute it is about, in a constant number of statements.
 */
describe('openDeadlines', () => {
  let parley: Parley;
  let w: World;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    w = await buildWorld(parley);
  }, 120_000);
  afterAll(() => parley?.close());

  it('lists exactly the open deadlines of the member’s cases, soonest first, each with its case', async () => {
    const { openDeadlines } = (await w.clients.defenseCounsel.ok(OPEN)) as { openDeadlines: Deadline[] };
    // The defense's two cases: the seed's, and the one where the prisoner is not on Parley.
    const cases = [w.caseId, w.onPaperCaseId];
    const open: string[] = [];
    for (const caseId of cases) {
      const { deadlines } = await w.clients.defenseCounsel.ok(CASE_DEADLINES, { caseId });
      for (const d of deadlines as Array<{ id: string; status: string }>)
        if (d.status === 'OPEN') open.push(d.id);
    }
    expect(openDeadlines.length).toBeGreaterThan(0);
    expect(openDeadlines.map((d) => d.id).sort()).toEqual([...open].sort());
    expect(openDeadlines.every((d) => d.status === 'OPEN' && cases.includes(d.caseId))).toBe(true);
    const days = openDeadlines.map((d) => d.dueOn);
    expect(days).toEqual([...days].sort());
    // The set's responses were served: that deadline is met and not listed.
    expect(openDeadlines.find((d) => d.subjectId === w.served.id)).toBeUndefined();
  });

  it('says each in plain words with who is waiting, and names the dispute it belongs to', async () => {
    const { openDeadlines } = (await w.clients.defenseCounsel.ok(OPEN)) as { openDeadlines: Deadline[] };
    const window = openDeadlines.find((d) => d.kind === 'CONFERRAL_WINDOW' && d.subjectId === w.request.id);
    expect(window).toMatchObject({
      disputeId: w.conferring.id,
      todo: 'Answer Luckert’s request to meet and confer',
    });
    const { openDeadlines: theirs } = (await w.clients.otherCaseMember.ok(OPEN)) as {
      openDeadlines: Deadline[];
    };
    expect(theirs.every((d) => d.caseId === w.otherCaseId)).toBe(true);
  });

  it('says a set to answer by whose requests they are, with no dispute', async () => {
    const draft = w.draft as { id: string };
    await w.clients.defenseCounsel.ok(
      `mutation($input: ServeDiscoverySetInput!) { serveDiscoverySet(input: $input) { id } }`,
      { input: { setId: draft.id, method: 'ELECTRONIC', signature: '/s/ Dana Wu' } },
    );
    const { openDeadlines } = (await w.clients.plaintiffProSe.ok(OPEN)) as { openDeadlines: Deadline[] };
    expect(openDeadlines.find((d) => d.subjectId === draft.id)).toMatchObject({
      kind: 'RESPONSE_DUE',
      disputeId: null,
      todo: 'Answer J. Brannon’s interrogatories (Defendant’s Confidential Draft Requests)',
    });
  });

  it('is empty for the court and an admin, who represent no party', async () => {
    for (const client of [w.clients.courtStaffHere, w.clients.admin]) {
      expect((await client.ok(OPEN)).openDeadlines).toEqual([]);
    }
  });

  it('costs one statement for the list and one for every dispute it names, however many', async () => {
    const statements = await countQueries(parley.db, () => w.clients.defenseCounsel.ok(OPEN));
    expect(statements.filter((s) => /FROM "?deadlines"? /i.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /FROM conferral_requests/.test(s))).toHaveLength(1);
  });
});
