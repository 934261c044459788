import { createCase, createCourt, join, signInAsAdmin, signUp, SignedIn } from './support/factories';
import { draftSet, plainAnswers, SERVE_RESPONSE, serveSet, SET } from './support/discovery';
import { countQueries } from './support/query-counter';
import { Parley, startParley } from './support/test-app';

describe('responses: lateness flagged, supplements kept, papers immutable, lists batched', () => {
  let parley: Parley;
  let courtId: string;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    courtId = (await createCourt(await signInAsAdmin(parley))).id;
  });
  afterAll(() => parley?.close());

  /** A seed-style case: the prisoner plaintiff (pro se, exempt from 26(d)(1)) and represented defendant. */
  async function seedCase() {
    const defense = await signUp(parley, 'Defense Counsel');
    const plaintiff = await signUp(parley, 'Prisoner Plaintiff');
    const created = await createCase(defense.client, courtId);
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, plaintiff, 'PRO_SE');
    return { defense, plaintiff, caseId: created.id, plaintiffId, defendantId };
  }

  async function servedOnDefendant(
    kind: 'INTERROGATORIES' | 'PRODUCTION' | 'ADMISSIONS',
    who: { plaintiff: SignedIn; caseId: string; plaintiffId: string; defendantId: string },
  ) {
    const draft = await draftSet(who.plaintiff.client, {
      caseId: who.caseId,
      servingPartyId: who.plaintiffId,
      respondingPartyId: who.defendantId,
      kind,
      items: [{ text: 'First request.' }, { text: 'Second request.' }],
    });
    return serveSet(who.plaintiff.client, draft.id, 'MAIL', '/s/ Prisoner Plaintiff');
  }

  it('a late answer with objections is flagged: objections may be waived (FRCP 33(b)(4))', async () => {
    const seed = await seedCase();
    parley.setTime('2026-05-01T20:00:00Z');
    const set = await servedOnDefendant('INTERROGATORIES', seed);
    expect(set.responseDueOn).toBe('2026-06-04');
    parley.setTime('2026-06-05T16:00:00Z');
    const { serveResponse } = await seed.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Defense Counsel',
        verification: { signedBy: 'J. Brannon', signature: '/s/ J. Brannon' },
        items: [
          { itemId: set.items[0].id, objections: ['Overbroad as to time.'] },
          { itemId: set.items[1].id, answer: 'None.' },
        ],
      },
    });
    expect(serveResponse.late).toBe(true);
    const { discoverySet } = await seed.plaintiff.client.ok(SET, { id: set.id });
    expect(discoverySet).toMatchObject({ status: 'RESPONDED', deadline: { status: 'MISSED' } });
    expect(discoverySet.flags).toEqual([{ rule: 'FRCP 33(b)(4)', message: expect.stringMatching(/waived/) }]);
  });

  it('late answers to requests for admission are flagged as possibly deemed admitted (FRCP 36(a)(3))', async () => {
    const seed = await seedCase();
    parley.setTime('2026-05-01T20:00:00Z');
    const set = await servedOnDefendant('ADMISSIONS', seed);
    parley.setTime('2026-06-05T16:00:00Z');
    await seed.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Defense Counsel',
        items: plainAnswers(set),
      },
    });
    const { discoverySet } = await seed.defense.client.ok(SET, { id: set.id });
    expect(discoverySet.flags).toEqual([
      { rule: 'FRCP 36(a)(3)', message: expect.stringMatching(/deemed admitted/) },
    ]);
  });

  it('an on-time answer raises no flag, and a late production response carries none either', async () => {
    const seed = await seedCase();
    parley.setTime('2026-05-01T20:00:00Z');
    const onTime = await servedOnDefendant('ADMISSIONS', seed);
    const production = await servedOnDefendant('PRODUCTION', seed);
    parley.setTime('2026-06-04T23:00:00Z'); // 4 p.m. in California on the last day (FRCP 6(a)(4))
    await seed.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: onTime.id,
        method: 'ELECTRONIC',
        signature: '/s/ Defense Counsel',
        items: plainAnswers(onTime),
      },
    });
    parley.setTime('2026-06-05T08:00:00Z'); // 1 a.m. on 2026-06-05 in California: a day late
    await seed.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: production.id,
        method: 'ELECTRONIC',
        signature: '/s/ Defense Counsel',
        items: plainAnswers(production),
      },
    });
    const read = async (id: string) => (await seed.plaintiff.client.ok(SET, { id })).discoverySet;
    expect(await read(onTime.id)).toMatchObject({
      response: { late: false },
      flags: [],
      deadline: { status: 'MET' },
    });
    expect(await read(production.id)).toMatchObject({
      response: { late: true },
      flags: [],
      deadline: { status: 'MISSED' },
    });
  });

  it('a supplement (FRCP 26(e)) adds to the history and leaves the response as served', async () => {
    const seed = await seedCase();
    parley.setTime('2026-05-01T20:00:00Z');
    const set = await servedOnDefendant('INTERROGATORIES', seed);
    parley.setTime('2026-05-20T16:00:00Z');
    await seed.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Defense Counsel',
        items: plainAnswers(set),
      },
    });
    parley.setTime('2026-07-01T16:00:00Z');
    const { serveResponse } = await seed.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Defense Counsel',
        items: [
          { itemId: set.items[1].id, answer: 'A further officer, Lt. Harmon, has since been identified.' },
        ],
      },
    });
    expect(serveResponse).toMatchObject({ version: 2, late: false });
    const { discoverySet } = await seed.plaintiff.client.ok(SET, { id: set.id });
    expect(discoverySet.response).toMatchObject({ version: 1 });
    expect(discoverySet.response.items.map((i: { answer: string }) => i.answer)).toEqual([
      'Answered fully.',
      'Answered fully.',
    ]);
    expect(discoverySet.supplements).toEqual([
      {
        id: serveResponse.id,
        version: 2,
        items: [
          expect.objectContaining({ itemId: set.items[1].id, answer: expect.stringMatching(/Lt\. Harmon/) }),
        ],
      },
    ]);
  });

  it('served papers, their items and responses cannot be changed even in the database', async () => {
    const seed = await seedCase();
    parley.setTime('2026-05-01T20:00:00Z');
    const set = await servedOnDefendant('INTERROGATORIES', seed);
    await seed.defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Defense Counsel',
        items: plainAnswers(set),
      },
    });
    await expect(
      parley.db.query(`UPDATE discovery_items SET text = 'edited' WHERE set_id = $1`, [set.id]),
    ).rejects.toThrow(/cannot change/);
    await expect(parley.db.query(`DELETE FROM discovery_items WHERE set_id = $1`, [set.id])).rejects.toThrow(
      /cannot change/,
    );
    await expect(
      parley.db.query(`UPDATE discovery_sets SET title = 'edited' WHERE id = $1`, [set.id]),
    ).rejects.toThrow(/served discovery paper cannot change/);
    await expect(
      parley.db.query(`UPDATE discovery_responses SET late = true WHERE set_id = $1`, [set.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      parley.db.query(
        `UPDATE discovery_response_items SET answer = 'edited' WHERE response_id IN (SELECT id FROM discovery_responses WHERE set_id = $1)`,
        [set.id],
      ),
    ).rejects.toThrow(/append-only/);
  });

  it('lists 50 sets with their items, responses and answers in a constant number of SQL statements', async () => {
    const seed = await seedCase();
    parley.setTime('2026-05-01T20:00:00Z');
    const query = `query($caseId: ID!) { discoverySets(caseId: $caseId) {
      id status servingParty { id name } respondingParty { id name } items { id number text }
      response { id items { itemId answer } } supplements { id } deadline { dueOn status } extensions { id } flags { rule } interrogatoryCount } }`;
    const serveAndAnswer = async () => {
      const set = await servedOnDefendant('INTERROGATORIES', seed);
      await seed.defense.client.ok(SERVE_RESPONSE, {
        input: {
          setId: set.id,
          method: 'ELECTRONIC',
          signature: '/s/ Defense Counsel',
          items: plainAnswers(set),
        },
      });
    };
    await serveAndAnswer();
    await serveAndAnswer();
    const few = await countQueries(parley.db, () => seed.plaintiff.client.ok(query, { caseId: seed.caseId }));
    for (let i = 0; i < 10; i++) await serveAndAnswer();
    // The limit of 25 interrogatories would stop the rest: both sides stipulate to raise it (FRCP 29).
    for (const side of [seed.plaintiff, seed.defense]) {
      await side.client.ok(
        `mutation($input: RecordDiscoveryOrderInput!) { recordDiscoveryOrder(input: $input) { id } }`,
        {
          input: {
            caseId: seed.caseId,
            kind: 'INTERROGATORY_LIMIT',
            interrogatoryLimit: 200,
            source: 'Stipulation, Dkt. 31',
          },
        },
      );
    }
    for (let i = 0; i < 38; i++) await serveAndAnswer();
    let result: any;
    const many = await countQueries(parley.db, async () => {
      result = await seed.plaintiff.client.ok(query, { caseId: seed.caseId });
    });
    expect(result.discoverySets).toHaveLength(50);
    expect(
      result.discoverySets.every((s: { response: { items: unknown[] } }) => s.response.items.length === 2),
    ).toBe(true);
    expect(many.length).toBe(few.length);
    expect(many.length).toBeLessThanOrEqual(10);
  });
});
