import { randomUUID } from 'node:crypto';
import {
  countRows,
  createCase,
  createCourt,
  join,
  signInAsAdmin,
  signUp,
  SignedIn,
} from './support/factories';
import {
  AGREE_EXTENSION,
  CREATE_SET,
  draftSet,
  plainAnswers,
  SERVE_RESPONSE,
  SERVE_SET,
  serveSet,
  SET,
} from './support/discovery';
import { GraphQLErrorBody } from './support/graphql-client';
import { countQueries } from './support/query-counter';
import { Parley, startParley } from './support/test-app';

/**
 * The rules that can refuse a discovery paper or a response, each proved end to end: the exact error
 * code, the rule cited, a message a litigant can act on, and that a refused write stored nothing.
 */

const RECORD_ORDER = `mutation($input: RecordDiscoveryOrderInput!) {
  recordDiscoveryOrder(input: $input) { id kind interrogatoryLimit source status basis agreedPartyIds } }`;
const WITHDRAW = `mutation($setId: ID!) { withdrawDiscoverySet(setId: $setId) { id status } }`;
const SET_WITH_EXTENSIONS = `query($id: ID!) { discoverySet(id: $id) {
  id status responseDueOn deadline { dueOn status steps { rule text date } }
  extensions { id status newDueOn previousDueOn proposedByPartyId agreedByPartyId } } }`;

type Kind = 'INTERROGATORIES' | 'PRODUCTION' | 'ADMISSIONS';
type Tally = Record<string, number>;

/** `count` interrogatories, each with `subparts` discrete subparts. */
const interrogatories = (count: number, subparts = 0) =>
  Array.from({ length: count }, (_, i) => ({
    text: `Interrogatory ${i + 1}: identify each person with knowledge of the events of 2012-03-14.`,
    subparts,
  }));

describe('discovery rules: what serving and answering may be refused for, and why', () => {
  let parley: Parley;
  let courtId: string;

  beforeAll(async () => {
    parley = await startParley();
    courtId = (await createCourt(await signInAsAdmin(parley), { district: 'N.D. Cal.' })).id;
  });
  afterAll(() => parley?.close());

  // ---------------------------------------------------------------------------------------------
  // Fixtures
  // ---------------------------------------------------------------------------------------------

  /**
   * Luckert v. Brannon (a pro se prisoner plaintiff, exempt from FRCP 26(d)(1) by 26(a)(1)(B)(iv))
   * opened by defense counsel; Luckert joins unless `luckertJoins` is false.
   */
  async function seedCase(options: { luckertJoins?: boolean; overrides?: Record<string, unknown> } = {}) {
    const defense = await signUp(parley, 'Dana Wu');
    const luckert = await signUp(parley, 'R. Luckert');
    const created = await createCase(defense.client, courtId, options.overrides ?? {});
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    if (options.luckertJoins !== false) await join(defense.client, plaintiffId, luckert, 'PRO_SE');
    return {
      defense,
      luckert,
      caseId: created.id as string,
      plaintiffId: plaintiffId as string,
      defendantId: defendantId as string,
      parties: created.parties as Array<{ id: string; name: string; side: string }>,
    };
  }

  /** A commercial case: counsel on both sides, nobody pro se or in custody (FRCP 26(d)(1) applies). */
  async function counselCase(rule26fConferenceOn: string | null) {
    const plaintiffCounsel = await signUp(parley, 'Priya Natarajan');
    const defenseCounsel = await signUp(parley, 'Marcus Hale');
    const created = await createCase(plaintiffCounsel.client, courtId, {
      title: 'Acme Tooling Corp. v. Widget Works LLC',
      rule26fConferenceOn,
      discoveryCutoffOn: '2027-03-01',
      parties: [
        { name: 'Acme Tooling Corp.', side: 'PLAINTIFF', proSe: false, incarcerated: false },
        { name: 'Widget Works LLC', side: 'DEFENDANT', proSe: false, incarcerated: false },
      ],
      myPartyIndex: 0,
      myRole: 'COUNSEL',
    });
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(plaintiffCounsel.client, defendantId, defenseCounsel, 'COUNSEL');
    return {
      plaintiffCounsel,
      defenseCounsel,
      caseId: created.id as string,
      plaintiffId: plaintiffId as string,
      defendantId: defendantId as string,
    };
  }

  type Seeded = { luckert: SignedIn; caseId: string; plaintiffId: string; defendantId: string };

  /** Luckert drafts a set of `kind` on the defendant. */
  function draftOnDefense(
    seed: Seeded,
    kind: Kind = 'INTERROGATORIES',
    items = [{ text: 'First request.' }, { text: 'Second request.' }, { text: 'Third request.' }],
  ) {
    return draftSet(seed.luckert.client, {
      caseId: seed.caseId,
      servingPartyId: seed.plaintiffId,
      respondingPartyId: seed.defendantId,
      kind,
      title: `Plaintiff's ${kind.toLowerCase()} to Defendant J. Brannon`,
      items,
    });
  }

  /** Luckert drafts a set of `kind` on the defendant and serves it electronically. */
  async function servedOnDefense(seed: Seeded, kind?: Kind, items?: Array<{ text: string }>) {
    const draft = await draftOnDefense(seed, kind, items);
    return serveSet(seed.luckert.client, draft.id, 'ELECTRONIC', '/s/ R. Luckert');
  }

  /** Every row a discovery write could leave behind in one case. */
  async function tally(caseId: string): Promise<Tally> {
    const [row] = await parley.db.query(
      `SELECT
         (SELECT count(*)::int FROM discovery_sets WHERE case_id = $1) AS sets,
         (SELECT count(*)::int FROM discovery_items i JOIN discovery_sets s ON s.id = i.set_id
           WHERE s.case_id = $1) AS items,
         (SELECT count(*)::int FROM discovery_responses r JOIN discovery_sets s ON s.id = r.set_id
           WHERE s.case_id = $1) AS responses,
         (SELECT count(*)::int FROM discovery_extensions e JOIN discovery_sets s ON s.id = e.set_id
           WHERE s.case_id = $1) AS extensions,
         (SELECT count(*)::int FROM discovery_orders WHERE case_id = $1) AS orders,
         (SELECT count(*)::int FROM deadlines WHERE case_id = $1) AS deadlines,
         (SELECT count(*)::int FROM audit_events WHERE case_id = $1) AS audit`,
      [caseId],
    );
    return row;
  }

  function expectRefused(error: GraphQLErrorBody, code: string, message: RegExp, rule?: string) {
    expect(error.extensions.code).toBe(code);
    if (rule !== undefined) expect(error.extensions.rule).toBe(rule);
    expect(error.message).toMatch(message);
  }

  const PRISON = 'Pelican Bay State Prison\nP.O. Box 7500\nCrescent City, CA 95532';
  const readSet = async (client: SignedIn, id: string) => (await client.client.ok(SET, { id })).discoverySet;

  // ---------------------------------------------------------------------------------------------
  describe('FRCP 33(a)(1): at most 25 interrogatories, discrete subparts counted', () => {
    /** Luckert and Okafor, both pro se prisoners, sue Brannon; defense counsel serves them by mail. */
    async function twoPlaintiffs() {
      const defense = await signUp(parley, 'Dana Wu');
      const created = await createCase(defense.client, courtId, {
        title: 'Luckert v. Brannon',
        parties: [
          { name: 'Luckert', side: 'PLAINTIFF', proSe: true, incarcerated: true, mailingAddress: PRISON },
          { name: 'Okafor', side: 'PLAINTIFF', proSe: true, incarcerated: true, mailingAddress: PRISON },
          { name: 'J. Brannon', side: 'DEFENDANT', proSe: false, incarcerated: false },
        ],
        myPartyIndex: 2,
        myRole: 'COUNSEL',
      });
      const [luckertId, okaforId, brannonId] = created.parties.map((p: { id: string }) => p.id);
      return { defense, caseId: created.id as string, luckertId, okaforId, brannonId };
    }

    it('counts a set being drafted before it is saved, as serving would (interrogatoryAllowance)', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const { defense, caseId, luckertId, okaforId, brannonId } = await twoPlaintiffs();
      const ALLOWANCE = `query($input: InterrogatoryAllowanceInput!) { interrogatoryAllowance(input: $input) { thisSet alreadyServed limit remaining allowed rule explanation } }`;
      const allowance = (subparts: number[], respondingPartyId = luckertId, client = defense.client) =>
        client.ok(ALLOWANCE, { input: { servingPartyId: brannonId, respondingPartyId, subparts } });
      const served = await draftSet(defense.client, {
        caseId,
        servingPartyId: brannonId,
        respondingPartyId: luckertId,
        items: interrogatories(10, 2),
      });
      await serveSet(defense.client, served.id, 'MAIL', '/s/ Dana Wu');

      expect((await allowance([0, 3, 1])).interrogatoryAllowance).toEqual({
        thisSet: 5,
        alreadyServed: 20,
        limit: 25,
        remaining: 0,
        allowed: true,
        rule: 'FRCP 33(a)(1)',
        explanation:
          'This set counts for 5, discrete subparts included; with the 20 already served on Luckert, that makes 25 of 25 (FRCP 33(a)(1)).',
      });
      expect((await allowance([0, 3, 2])).interrogatoryAllowance).toMatchObject({
        thisSet: 6,
        remaining: -1,
        allowed: false,
        explanation: expect.stringMatching(/bring the interrogatories served on this party to 26/),
      });
      // Each responding party is counted apart; nothing is written by asking.
      expect((await allowance([], okaforId)).interrogatoryAllowance).toMatchObject({
        thisSet: 0,
        alreadyServed: 0,
      });
      const before = await tally(caseId);

      // Bad input and other people's parties get a clear refusal.
      expectRefused(
        await defense.client.fails(ALLOWANCE, {
          input: { servingPartyId: brannonId, respondingPartyId: brannonId, subparts: [0] },
        }),
        'BAD_USER_INPUT',
        /another party of the same case/,
      );
      const negative = await defense.client.fails(ALLOWANCE, {
        input: { servingPartyId: brannonId, respondingPartyId: luckertId, subparts: [-1] },
      });
      expect(negative.extensions.code).toBe('BAD_USER_INPUT');
      const outsider = await signUp(parley, 'Not In It');
      const hidden = await outsider.client.fails(ALLOWANCE, {
        input: { servingPartyId: brannonId, respondingPartyId: luckertId, subparts: [0] },
      });
      expect(hidden.extensions.code).toBe('NOT_FOUND');
      expect(await tally(caseId)).toEqual(before);
    });

    it('allows 25 across sets, refuses the 26th, counts each responding party apart, and drops withdrawn sets', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const { defense, caseId, luckertId, okaforId, brannonId } = await twoPlaintiffs();
      const draft = (respondingPartyId: string, items: Array<{ text: string; subparts: number }>) =>
        draftSet(defense.client, { caseId, servingPartyId: brannonId, respondingPartyId, items });

      // An item with no subparts counts 1; an item with 3 discrete subparts counts 3.
      const first = await draft(luckertId, interrogatories(10, 0));
      const second = await draft(luckertId, interrogatories(5, 3));
      expect(first.interrogatoryCount).toBe(10);
      expect(second.interrogatoryCount).toBe(15);
      await serveSet(defense.client, first.id, 'MAIL', '/s/ Dana Wu');
      expect((await serveSet(defense.client, second.id, 'MAIL', '/s/ Dana Wu')).status).toBe('SERVED');

      // The 26th interrogatory on Luckert is refused, and the set stays an unserved draft.
      const third = await draft(luckertId, interrogatories(1, 0));
      const before = await tally(caseId);
      const refused = await defense.client.fails(SERVE_SET, {
        input: { setId: third.id, method: 'MAIL', signature: '/s/ Dana Wu' },
      });
      expectRefused(refused, 'RULE_VIOLATION', /26.*limit is 25/s, 'FRCP 33(a)(1)');
      expect(await tally(caseId)).toEqual(before);
      expect(await readSet(defense, third.id)).toMatchObject({
        status: 'DRAFT',
        servedAt: null,
        signature: null,
        deadline: null,
      });

      // Interrogatories on another party are counted toward that party alone.
      const onOkafor = await draft(okaforId, interrogatories(5, 5));
      expect(onOkafor.interrogatoryCount).toBe(25);
      expect((await serveSet(defense.client, onOkafor.id, 'MAIL', '/s/ Dana Wu')).status).toBe('SERVED');

      // A withdrawn set no longer counts: 15 on Luckert now, so the refused set fits.
      const { withdrawDiscoverySet } = await defense.client.ok(WITHDRAW, { setId: first.id });
      expect(withdrawDiscoverySet.status).toBe('WITHDRAWN');
      const served = await serveSet(defense.client, third.id, 'MAIL', '/s/ Dana Wu');
      expect(served).toMatchObject({ status: 'SERVED', servedOn: '2026-05-04', interrogatoryCount: 1 });

      // 16 + 10 = 26 again: still refused.
      const fourth = await draft(luckertId, interrogatories(10, 0));
      expectRefused(
        await defense.client.fails(SERVE_SET, {
          input: { setId: fourth.id, method: 'MAIL', signature: '/s/ Dana Wu' },
        }),
        'RULE_VIOLATION',
        /26/,
        'FRCP 33(a)(1)',
      );
    });

    it('a stipulation every party signs raises the limit; one side alone, or a paralegal, cannot', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const paralegal = await signUp(parley, 'Sam Ortiz');
      await join(seed.defense.client, seed.defendantId, paralegal, 'PARALEGAL');
      const draft = (items: Array<{ text: string; subparts: number }>) =>
        draftSet(seed.defense.client, {
          caseId: seed.caseId,
          servingPartyId: seed.defendantId,
          respondingPartyId: seed.plaintiffId,
          items,
        });
      await serveSet(seed.defense.client, (await draft(interrogatories(25, 0))).id, 'MAIL', '/s/ Dana Wu');
      const refusedSet = await draft(interrogatories(5, 0));
      const serve = { setId: refusedSet.id, method: 'MAIL', signature: '/s/ Dana Wu' };
      expectRefused(
        await seed.defense.client.fails(SERVE_SET, { input: serve }),
        'RULE_VIOLATION',
        /30/,
        'FRCP 33(a)(1)',
      );

      const order = {
        caseId: seed.caseId,
        kind: 'INTERROGATORY_LIMIT',
        interrogatoryLimit: 30,
        source: 'Stipulation, Dkt. 12',
      };
      // FRCP 26(g): only counsel or a pro se party signs a stipulation; a paralegal cannot record it.
      const before = await tally(seed.caseId);
      expectRefused(
        await paralegal.client.fails(RECORD_ORDER, { input: order }),
        'FORBIDDEN',
        /counsel or a pro se party/,
      );
      expect(await tally(seed.caseId)).toEqual(before);
      expectRefused(
        await seed.defense.client.fails(SERVE_SET, { input: serve }),
        'RULE_VIOLATION',
        /limit is 25/,
        'FRCP 33(a)(1)',
      );

      // One side alone: a proposal that binds nobody yet (FRCP 29).
      const proposed = (await seed.defense.client.ok(RECORD_ORDER, { input: order })).recordDiscoveryOrder;
      expect(proposed).toMatchObject({
        kind: 'INTERROGATORY_LIMIT',
        interrogatoryLimit: 30,
        source: 'Stipulation, Dkt. 12',
        status: 'PROPOSED',
        agreedPartyIds: [seed.defendantId],
      });
      expectRefused(
        await seed.defense.client.fails(SERVE_SET, { input: serve }),
        'RULE_VIOLATION',
        /limit is 25/,
        'FRCP 33(a)(1)',
      );
      // The other side signs the same terms: in effect.
      const { recordDiscoveryOrder } = await seed.luckert.client.ok(RECORD_ORDER, { input: order });
      expect(recordDiscoveryOrder).toMatchObject({
        id: proposed.id,
        status: 'IN_EFFECT',
        agreedPartyIds: [seed.defendantId, seed.plaintiffId],
      });
      const { serveDiscoverySet } = await seed.defense.client.ok(SERVE_SET, { input: serve });
      expect(serveDiscoverySet).toMatchObject({ status: 'SERVED', interrogatoryCount: 5 });

      // The stipulated 30 is now the limit.
      const oneMore = await draft(interrogatories(1, 0));
      expectRefused(
        await seed.defense.client.fails(SERVE_SET, {
          input: { setId: oneMore.id, method: 'MAIL', signature: '/s/ Dana Wu' },
        }),
        'RULE_VIOLATION',
        /31.*limit is 30/s,
        'FRCP 33(a)(1)',
      );
    });
  });

  // ---------------------------------------------------------------------------------------------
  describe('FRCP 26(d): no discovery before the Rule 26(f) conference, with its exceptions', () => {
    const serveInput = (setId: string) => ({
      input: { setId, method: 'ELECTRONIC', signature: '/s/ Priya Natarajan' },
    });

    async function draftFromPlaintiff(c: Awaited<ReturnType<typeof counselCase>>, kind: Kind) {
      return draftSet(c.plaintiffCounsel.client, {
        caseId: c.caseId,
        servingPartyId: c.plaintiffId,
        respondingPartyId: c.defendantId,
        kind,
        title: `Plaintiff's First ${kind.toLowerCase()}`,
        items: [{ text: 'All contracts between the parties.' }, { text: 'All invoices for 2025.' }],
      });
    }

    it('FRCP 26(d)(1): refuses interrogatories and admissions before the conference date', async () => {
      const c = await counselCase('2026-06-01');
      parley.setTime('2026-05-01T17:00:00Z');
      for (const kind of ['INTERROGATORIES', 'ADMISSIONS'] as const) {
        const draft = await draftFromPlaintiff(c, kind);
        const before = await tally(c.caseId);
        expectRefused(
          await c.plaintiffCounsel.client.fails(SERVE_SET, serveInput(draft.id)),
          'RULE_VIOLATION',
          /before the Rule 26\(f\) conference on June 1, 2026/,
          'FRCP 26(d)(1)',
        );
        expect(await tally(c.caseId)).toEqual(before);
        expect(await readSet(c.plaintiffCounsel, draft.id)).toMatchObject({
          status: 'DRAFT',
          deadline: null,
        });
      }
    });

    it('FRCP 26(d)(1): refuses when the case has no conference date yet, production included', async () => {
      const c = await counselCase(null);
      parley.setTime('2026-05-01T17:00:00Z');
      const interrogatorySet = await draftFromPlaintiff(c, 'INTERROGATORIES');
      expectRefused(
        await c.plaintiffCounsel.client.fails(SERVE_SET, serveInput(interrogatorySet.id)),
        'RULE_VIOLATION',
        /has not set yet/,
        'FRCP 26(d)(1)',
      );
      // Early Rule 34 requests need a conference to be deemed served at (FRCP 26(d)(2)).
      const productionSet = await draftFromPlaintiff(c, 'PRODUCTION');
      expectRefused(
        await c.plaintiffCounsel.client.fails(SERVE_SET, serveInput(productionSet.id)),
        'RULE_VIOLATION',
        /FRCP 26\(d\)\(2\)/,
        'FRCP 26(d)(1)',
      );
      expect(await tally(c.caseId)).toMatchObject({ responses: 0, deadlines: 0 });
    });

    it('allows interrogatories from the conference day on, by the court’s calendar (FRCP 6(a)(4))', async () => {
      const c = await counselCase('2026-06-01');
      const draft = await draftFromPlaintiff(c, 'INTERROGATORIES');
      // 11:30 p.m. on 2026-05-31 in California: still the day before the conference.
      parley.setTime('2026-06-01T06:30:00Z');
      expectRefused(
        await c.plaintiffCounsel.client.fails(SERVE_SET, serveInput(draft.id)),
        'RULE_VIOLATION',
        /conference on June 1, 2026/,
        'FRCP 26(d)(1)',
      );
      // 12:30 a.m. on 2026-06-01 in California: the conference day.
      parley.setTime('2026-06-01T07:30:00Z');
      const { serveDiscoverySet } = await c.plaintiffCounsel.client.ok(SERVE_SET, serveInput(draft.id));
      expect(serveDiscoverySet).toMatchObject({
        status: 'SERVED',
        servedOn: '2026-06-01',
        deliveredAt: null,
        responseDueOn: '2026-07-01',
      });
      // And after it.
      parley.setTime('2026-06-10T17:00:00Z');
      const later = await draftFromPlaintiff(c, 'INTERROGATORIES');
      const { serveDiscoverySet: servedLater } = await c.plaintiffCounsel.client.ok(
        SERVE_SET,
        serveInput(later.id),
      );
      expect(servedLater).toMatchObject({ status: 'SERVED', servedOn: '2026-06-10' });
    });

    it('FRCP 26(d)(1): a recorded stipulation or order for early discovery allows it', async () => {
      const c = await counselCase('2026-06-01');
      parley.setTime('2026-05-01T17:00:00Z');
      const draft = await draftFromPlaintiff(c, 'INTERROGATORIES');
      expectRefused(
        await c.plaintiffCounsel.client.fails(SERVE_SET, serveInput(draft.id)),
        'RULE_VIOLATION',
        /stipulate or the court orders/,
        'FRCP 26(d)(1)',
      );
      const early = {
        input: {
          caseId: c.caseId,
          kind: 'EARLY_DISCOVERY',
          source: 'Stipulation for Early Discovery, Dkt. 9',
        },
      };
      const proposed = (await c.plaintiffCounsel.client.ok(RECORD_ORDER, early)).recordDiscoveryOrder;
      expect(proposed).toMatchObject({
        kind: 'EARLY_DISCOVERY',
        interrogatoryLimit: null,
        status: 'PROPOSED',
      });
      expectRefused(
        await c.plaintiffCounsel.client.fails(SERVE_SET, serveInput(draft.id)),
        'RULE_VIOLATION',
        /stipulate or the court orders/,
        'FRCP 26(d)(1)',
      );
      const { recordDiscoveryOrder } = await c.defenseCounsel.client.ok(RECORD_ORDER, early);
      expect(recordDiscoveryOrder).toMatchObject({
        id: proposed.id,
        status: 'IN_EFFECT',
        basis: 'STIPULATION',
      });
      const { serveDiscoverySet } = await c.plaintiffCounsel.client.ok(SERVE_SET, serveInput(draft.id));
      // Served now, not deemed served at the conference: 30 days from 2026-05-01 is Sunday, May 31, 2026.
      expect(serveDiscoverySet).toMatchObject({
        status: 'SERVED',
        servedOn: '2026-05-01',
        deliveredAt: null,
        responseDueOn: '2026-06-01',
      });
    });

    it('FRCP 26(d)(2): early production requests are delivered now and served at the conference', async () => {
      const c = await counselCase('2026-06-01');
      parley.setTime('2026-05-01T17:00:00Z');
      const draft = await draftFromPlaintiff(c, 'PRODUCTION');
      const { serveDiscoverySet: served } = await c.plaintiffCounsel.client.ok(
        SERVE_SET,
        serveInput(draft.id),
      );
      expect(served).toMatchObject({
        status: 'SERVED',
        serviceMethod: 'ELECTRONIC',
        servedOn: '2026-06-01',
        // Electronic: 30 days after the conference, Wednesday, July 1, 2026.
        responseDueOn: '2026-07-01',
        deadline: { kind: 'RESPONSE_DUE', dueOn: '2026-07-01', status: 'OPEN', partyId: c.defendantId },
      });
      expect(new Date(served.deliveredAt).toISOString()).toBe('2026-05-01T17:00:00.000Z');
      // Served at the start of the conference day in the court's zone.
      expect(new Date(served.servedAt).toISOString()).toBe('2026-06-01T07:00:00.000Z');
      const steps = served.deadline.steps.map((s: { rule: string; date: string }) => [s.rule, s.date]);
      expect(steps).toEqual(
        expect.arrayContaining([
          ['FRCP 34(b)(2)(A)', '2026-06-01'],
          ['FRCP 26(d)(2)(B)', '2026-06-01'],
        ]),
      );
      expect(served.deadline.steps.at(-1).date).toBe('2026-07-01');

      // The other side sees the same dates.
      expect(await readSet(c.defenseCounsel, draft.id)).toMatchObject({
        servedOn: '2026-06-01',
        responseDueOn: '2026-07-01',
      });
    });

    it('FRCP 26(a)(1)(B)(iv): a pro se prisoner’s action is exempt and can serve before any conference', async () => {
      const seed = await seedCase({ overrides: { rule26fConferenceOn: null } });
      parley.setTime('2026-03-02T18:00:00Z');
      const served = await servedOnDefense(seed, 'INTERROGATORIES');
      expect(served).toMatchObject({ status: 'SERVED', servedOn: '2026-03-02', deliveredAt: null });
      expect(served.deadline.steps.map((s: { rule: string }) => s.rule)).not.toContain('FRCP 26(d)(2)(B)');
      // Both ways: the defendant may serve the prisoner too (by mail, see FRCP 5(b)(2)(E) below).
      const back = await draftSet(seed.defense.client, {
        caseId: seed.caseId,
        servingPartyId: seed.defendantId,
        respondingPartyId: seed.plaintiffId,
        kind: 'ADMISSIONS',
      });
      expect((await serveSet(seed.defense.client, back.id, 'MAIL', '/s/ Dana Wu')).status).toBe('SERVED');
    });
  });

  // ---------------------------------------------------------------------------------------------
  describe('FRCP 5(b)(2)(E): electronic service needs the recipient’s consent', () => {
    it('refuses electronic service on a party nobody represents on Parley; mail works', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase({ luckertJoins: false });
      const draft = await draftSet(seed.defense.client, {
        caseId: seed.caseId,
        servingPartyId: seed.defendantId,
        respondingPartyId: seed.plaintiffId,
      });
      const before = await tally(seed.caseId);
      expectRefused(
        await seed.defense.client.fails(SERVE_SET, {
          input: { setId: draft.id, method: 'ELECTRONIC', signature: '/s/ Dana Wu' },
        }),
        'RULE_VIOLATION',
        /Luckert has nobody on Parley.*Serve by mail/s,
        'FRCP 5(b)(2)(E)',
      );
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await readSet(seed.defense, draft.id)).toMatchObject({ status: 'DRAFT', serviceMethod: null });

      const served = await serveSet(seed.defense.client, draft.id, 'MAIL', '/s/ Dana Wu');
      // Mail adds 3 days (FRCP 6(d)): 2026-06-03 + 3 = Saturday, June 6, 2026, so Monday, June 8, 2026.
      expect(served).toMatchObject({ status: 'SERVED', serviceMethod: 'MAIL', responseDueOn: '2026-06-08' });
      // The tally does see a write: the deadline and the audit events of service.
      const after = await tally(seed.caseId);
      expect(after.deadlines).toBe(before.deadlines + 1);
      expect(after.audit).toBeGreaterThan(before.audit);
    });
  });

  // ---------------------------------------------------------------------------------------------
  describe('FRCP 26(g): only counsel or a pro se party signs', () => {
    it('a paralegal drafts, but cannot serve a set nor serve a response', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const paralegal = await signUp(parley, 'Sam Ortiz');
      await join(seed.defense.client, seed.defendantId, paralegal, 'PARALEGAL');

      const draft = await draftSet(paralegal.client, {
        caseId: seed.caseId,
        servingPartyId: seed.defendantId,
        respondingPartyId: seed.plaintiffId,
      });
      expect(draft).toMatchObject({ status: 'DRAFT', servingParty: { id: seed.defendantId } });

      const before = await tally(seed.caseId);
      expectRefused(
        await paralegal.client.fails(SERVE_SET, {
          input: { setId: draft.id, method: 'ELECTRONIC', signature: '/s/ Sam Ortiz' },
        }),
        'FORBIDDEN',
        /Only counsel or a pro se party may sign.*FRCP 26\(g\)/,
      );
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await readSet(paralegal, draft.id)).toMatchObject({ status: 'DRAFT', signature: null });
      // Counsel signs and serves what the paralegal drafted.
      expect((await serveSet(seed.defense.client, draft.id, 'ELECTRONIC', '/s/ Dana Wu')).status).toBe(
        'SERVED',
      );

      const incoming = await servedOnDefense(seed);
      const beforeResponse = await tally(seed.caseId);
      expectRefused(
        await paralegal.client.fails(SERVE_RESPONSE, {
          input: {
            setId: incoming.id,
            method: 'ELECTRONIC',
            signature: '/s/ Sam Ortiz',
            items: plainAnswers(incoming),
          },
        }),
        'FORBIDDEN',
        /FRCP 26\(g\)/,
      );
      expect(await tally(seed.caseId)).toEqual(beforeResponse);
      expect(await readSet(seed.defense, incoming.id)).toMatchObject({ status: 'SERVED', response: null });
    });
  });

  // ---------------------------------------------------------------------------------------------
  describe('the life of a set: served once, answered by the other side, not after withdrawal', () => {
    it('serving a served set again is CONFLICT and changes nothing', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const served = await servedOnDefense(seed);
      parley.setTime('2026-05-06T17:00:00Z');
      const before = await tally(seed.caseId);
      expectRefused(
        await seed.luckert.client.fails(SERVE_SET, {
          input: { setId: served.id, method: 'MAIL', signature: '/s/ R. Luckert' },
        }),
        'CONFLICT',
        /already served on May 4, 2026/,
      );
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await readSet(seed.luckert, served.id)).toMatchObject({
        status: 'SERVED',
        servedAt: served.servedAt,
        servedOn: '2026-05-04',
        serviceMethod: 'ELECTRONIC',
        paperSha256: served.paperSha256,
        responseDueOn: served.responseDueOn,
      });
    });

    it('serving answers with the response deadline it opened, the same one a later read finds, reading nothing more for it', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const draft = await draftOnDefense(seed);
      const served = { set: null as null | Record<string, unknown> };
      const statements = await countQueries(parley.db, async () => {
        served.set = await serveSet(seed.luckert.client, draft.id, 'ELECTRONIC', '/s/ R. Luckert');
      });
      expect(
        statements.filter((sql) => /FROM "?deadlines"?/.test(sql) && !/INSERT|UPDATE/.test(sql)),
      ).toEqual([]);
      expect(served.set?.deadline).toMatchObject({
        kind: 'RESPONSE_DUE',
        dueOn: '2026-06-03',
        status: 'OPEN',
      });
      expect((await readSet(seed.luckert, draft.id)).deadline).toEqual(served.set?.deadline);
    });

    it('the serving party cannot answer its own set (FORBIDDEN)', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const served = await servedOnDefense(seed);
      const before = await tally(seed.caseId);
      expectRefused(
        await seed.luckert.client.fails(SERVE_RESPONSE, {
          input: {
            setId: served.id,
            method: 'ELECTRONIC',
            signature: '/s/ R. Luckert',
            items: plainAnswers(served),
          },
        }),
        'FORBIDDEN',
        /do not represent J\. Brannon/,
      );
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await readSet(seed.luckert, served.id)).toMatchObject({ status: 'SERVED', response: null });
    });

    it('a draft cannot be answered: the other side cannot even see it (NOT_FOUND, as for a missing set)', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const draft = await draftSet(seed.luckert.client, {
        caseId: seed.caseId,
        servingPartyId: seed.plaintiffId,
        respondingPartyId: seed.defendantId,
      });
      const missing = await seed.defense.client.fails(SET, { id: randomUUID() });
      const unseen = await seed.defense.client.fails(SET, { id: draft.id });
      expectRefused(unseen, 'NOT_FOUND', /not found/);
      expect(unseen.message).toBe(missing.message);

      const before = await tally(seed.caseId);
      const answer = await seed.defense.client.fails(SERVE_RESPONSE, {
        input: {
          setId: draft.id,
          method: 'ELECTRONIC',
          signature: '/s/ Dana Wu',
          items: plainAnswers(draft),
        },
      });
      expectRefused(answer, 'NOT_FOUND', /not found/);
      expect(answer.message).toBe(missing.message);
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await readSet(seed.luckert, draft.id)).toMatchObject({ status: 'DRAFT', response: null });
    });

    it('responding to a withdrawn set is CONFLICT', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const served = await servedOnDefense(seed);
      await seed.luckert.client.ok(WITHDRAW, { setId: served.id });
      const before = await tally(seed.caseId);
      expectRefused(
        await seed.defense.client.fails(SERVE_RESPONSE, {
          input: {
            setId: served.id,
            method: 'ELECTRONIC',
            signature: '/s/ Dana Wu',
            items: plainAnswers(served),
          },
        }),
        'CONFLICT',
        /withdrawn; no response is due/,
      );
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await readSet(seed.defense, served.id)).toMatchObject({
        status: 'WITHDRAWN',
        response: null,
        deadline: { status: 'CANCELLED' },
      });
    });
  });

  // ---------------------------------------------------------------------------------------------
  describe('what a response must contain (FRCP 33(b), 34(b)(2), 36(a)(4))', () => {
    /** Serves `kind` on the defense; `respond(set)` builds the refused items; checks nothing changed. */
    async function refusedResponse(
      kind: Kind,
      items: (set: any, other: any) => Array<Record<string, unknown>>,
    ) {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const set = await servedOnDefense(seed, kind);
      const other = await servedOnDefense(seed, kind);
      parley.setTime('2026-05-20T17:00:00Z');
      const before = await tally(seed.caseId);
      const input = {
        setId: set.id,
        method: 'ELECTRONIC',
        signature: '/s/ Dana Wu',
        items: items(set, other),
      };
      const error = await seed.defense.client.fails(SERVE_RESPONSE, { input });
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await readSet(seed.luckert, set.id)).toMatchObject({
        status: 'SERVED',
        response: null,
        deadline: { status: 'OPEN' },
      });
      return { error, seed, set, input };
    }

    it('the first response must answer every request, naming the missing ones', async () => {
      const { error } = await refusedResponse('INTERROGATORIES', (set) => [
        { itemId: set.items[0].id, answer: 'Officers Brannon and Ruiz.' },
      ]);
      expectRefused(error, 'BAD_USER_INPUT', /every request needs a response; missing: 2, 3/);
    });

    it('an item of another set is refused', async () => {
      const { error, seed, input } = await refusedResponse('INTERROGATORIES', (set, other) => [
        { itemId: set.items[0].id, answer: 'One.' },
        { itemId: set.items[1].id, answer: 'Two.' },
        { itemId: other.items[2].id, answer: 'Three, from the other set.' },
      ]);
      expectRefused(error, 'BAD_USER_INPUT', /is not a request of this set/);
      expect(error.message).toContain(input.items[2].itemId as string);
      // The same answers to the right items are accepted.
      const set = (await seed.defense.client.ok(SET, { id: input.setId })).discoverySet;
      await seed.defense.client.ok(SERVE_RESPONSE, {
        input: { ...input, items: plainAnswers(set) },
      });
    });

    it('an item answered twice is refused', async () => {
      const { error } = await refusedResponse('INTERROGATORIES', (set) => [
        { itemId: set.items[0].id, answer: 'One.' },
        { itemId: set.items[0].id, answer: 'One, again.' },
        { itemId: set.items[1].id, answer: 'Two.' },
        { itemId: set.items[2].id, answer: 'Three.' },
      ]);
      expectRefused(error, 'BAD_USER_INPUT', /request 1 is answered twice/);
    });

    it('FRCP 34(b)(2)(C): a production objection must say whether material is withheld', async () => {
      const { error, seed, input } = await refusedResponse('PRODUCTION', (set) => [
        { itemId: set.items[0].id, production: 'WILL_PRODUCE' },
        { itemId: set.items[1].id, objections: ['Overbroad: seeks every document since 2000.'] },
        { itemId: set.items[2].id, production: 'NONE_EXIST' },
      ]);
      expectRefused(error, 'RULE_VIOLATION', /Request 2: .*withheld/, 'FRCP 34(b)(2)(C)');
      // With the production answer it is accepted.
      const items = input.items.map((item, i) =>
        i === 1 ? { ...item, production: 'PRODUCING_WITH_WITHHOLDING' } : item,
      );
      const { serveResponse } = await seed.defense.client.ok(SERVE_RESPONSE, { input: { ...input, items } });
      expect(serveResponse.items[1]).toMatchObject({ production: 'PRODUCING_WITH_WITHHOLDING' });
    });

    it('FRCP 36(a)(4): CANNOT_ADMIT_OR_DENY needs the reasons in `answer`', async () => {
      const { error } = await refusedResponse('ADMISSIONS', (set) => [
        { itemId: set.items[0].id, admission: 'ADMIT' },
        { itemId: set.items[1].id, admission: 'CANNOT_ADMIT_OR_DENY' },
        { itemId: set.items[2].id, admission: 'CANNOT_ADMIT_OR_DENY', answer: '   ' },
      ]);
      expectRefused(error, 'RULE_VIOLATION', /Request 2: .*state in detail why/, 'FRCP 36(a)(4)');
      expect(error.extensions.problems).toEqual([
        expect.objectContaining({ rule: 'FRCP 36(a)(4)', message: expect.stringMatching(/^Request 2/) }),
        expect.objectContaining({ rule: 'FRCP 36(a)(4)', message: expect.stringMatching(/^Request 3/) }),
      ]);
    });

    it('FRCP 33(b)(3): a blank interrogatory answer with no objection is refused', async () => {
      const { error } = await refusedResponse('INTERROGATORIES', (set) => [
        { itemId: set.items[0].id, answer: 'Officers Brannon and Ruiz.' },
        { itemId: set.items[1].id, answer: '   ' },
        { itemId: set.items[2].id, answer: 'Incident report 12-0314.' },
      ]);
      expectRefused(error, 'RULE_VIOLATION', /Request 2: answer it separately and fully/, 'FRCP 33(b)(3)');
    });
  });

  // ---------------------------------------------------------------------------------------------
  describe('bad input is answered cleanly and nothing is stored', () => {
    it('an item text of 2 MB is refused as too large (HTTP 413, BAD_USER_INPUT)', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const [sets, items] = [
        await countRows(parley, 'discovery_sets'),
        await countRows(parley, 'discovery_items'),
      ];
      const response = await seed.luckert.client.request(CREATE_SET, {
        input: {
          caseId: seed.caseId,
          servingPartyId: seed.plaintiffId,
          respondingPartyId: seed.defendantId,
          kind: 'INTERROGATORIES',
          title: 'Too long',
          items: [{ text: 'x'.repeat(2 * 1024 * 1024) }],
        },
      });
      expect(response.status).toBe(413);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/too large/),
      });
      expect(await countRows(parley, 'discovery_sets')).toBe(sets);
      expect(await countRows(parley, 'discovery_items')).toBe(items);

      // Under the body limit but over an item's 20,000 characters: named as such.
      const long = await seed.luckert.client.fails(CREATE_SET, {
        input: {
          caseId: seed.caseId,
          servingPartyId: seed.plaintiffId,
          respondingPartyId: seed.defendantId,
          kind: 'INTERROGATORIES',
          title: 'Too long',
          items: [{ text: 'x'.repeat(20_001) }],
        },
      });
      expectRefused(long, 'BAD_USER_INPUT', /at most 20000 characters/);
      expect(await tally(seed.caseId)).toMatchObject({ sets: 0, items: 0 });
    });

    it('refuses a set with no items, and unknown kinds and service methods', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const input = {
        caseId: seed.caseId,
        servingPartyId: seed.plaintiffId,
        respondingPartyId: seed.defendantId,
        kind: 'INTERROGATORIES' as const,
        title: 'First Set',
        items: [{ text: 'One.' }],
      };
      const before = await tally(seed.caseId);
      expectRefused(
        await seed.luckert.client.fails(CREATE_SET, { input: { ...input, items: [] } }),
        'BAD_USER_INPUT',
        /a set needs at least one item/,
      );
      expectRefused(
        await seed.luckert.client.fails(CREATE_SET, { input: { ...input, kind: 'DEPOSITIONS' } }),
        'BAD_USER_INPUT',
        /"DEPOSITIONS".*DiscoveryKind/s,
      );
      expect(await tally(seed.caseId)).toEqual(before);

      const draft = await draftSet(seed.luckert.client, input);
      const afterDraft = await tally(seed.caseId);
      expectRefused(
        await seed.luckert.client.fails(SERVE_SET, {
          input: { setId: draft.id, method: 'PIGEON', signature: '/s/ R. Luckert' },
        }),
        'BAD_USER_INPUT',
        /"PIGEON".*ServiceMethod/s,
      );
      expect(await tally(seed.caseId)).toEqual(afterDraft);
      expect(await readSet(seed.luckert, draft.id)).toMatchObject({ status: 'DRAFT' });
    });

    it('refuses a day that does not exist as a new response date', async () => {
      parley.setTime('2026-01-20T17:00:00Z');
      const seed = await seedCase({ overrides: { rule26fConferenceOn: '2026-01-15' } });
      const served = await servedOnDefense(seed);
      const before = await tally(seed.caseId);
      expectRefused(
        await seed.defense.client.fails(AGREE_EXTENSION, {
          input: { setId: served.id, newDueOn: '2026-02-30' },
        }),
        'BAD_USER_INPUT',
        /2026-02-30 is not a day on the calendar/,
      );
      expect(await tally(seed.caseId)).toEqual(before);
    });

    /** Luckert drafts a set at `draftedAt`; at `now` he tries to record its service. */
    async function draftedThenServed(draftedAt: string, now: string) {
      parley.setTime(draftedAt);
      const seed = await seedCase();
      const draft = await draftSet(seed.luckert.client, {
        caseId: seed.caseId,
        servingPartyId: seed.plaintiffId,
        respondingPartyId: seed.defendantId,
      });
      parley.setTime(now);
      const serveAt = (servedAt: string, method = 'MAIL') =>
        seed.luckert.client.fails(SERVE_SET, {
          input: { setId: draft.id, method, signature: '/s/ R. Luckert', servedAt },
        });
      const unchanged = async (before: unknown) => {
        expect(await tally(seed.caseId)).toEqual(before);
        expect(await readSet(seed.luckert, draft.id)).toMatchObject({ status: 'DRAFT', servedAt: null });
      };
      const mailed = (servedAt: string) =>
        serveSet(seed.luckert.client, draft.id, 'MAIL', '/s/ R. Luckert', servedAt);
      return { before: await tally(seed.caseId), serveAt, unchanged, mailed };
    }

    it('refuses a service time in the future or before the set was drafted, and accepts one already made', async () => {
      const { before, serveAt, unchanged, mailed } = await draftedThenServed(
        '2026-05-03T12:00:00Z',
        '2026-05-04T17:00:00Z',
      );
      expectRefused(await serveAt('2026-05-04T17:06:00Z'), 'BAD_USER_INPUT', /in the future/);
      // Backdated before it was written: it would be overdue, its admissions deemed, at once.
      expectRefused(await serveAt('2024-05-03T18:00:00Z'), 'BAD_USER_INPUT', /before the set was drafted/);
      await unchanged(before);
      // Mailed yesterday, after it was drafted (FRCP 5(b)(2)(C): complete on mailing).
      expect(await mailed('2026-05-03T18:00:00Z')).toMatchObject({
        status: 'SERVED',
        servedOn: '2026-05-03',
      });
    });

    it('refuses a backdated electronic service, and a late-recorded one whose time to respond has already run', async () => {
      // Months after drafting: a backdated date would put the defense in default at once.
      const { before, serveAt, unchanged, mailed } = await draftedThenServed(
        '2026-05-03T12:00:00Z',
        '2026-07-15T17:00:00Z',
      );
      expectRefused(
        await serveAt('2026-07-14T17:00:00Z', 'ELECTRONIC'),
        'BAD_USER_INPUT',
        /Electronic service through Parley is made when you record it/,
      );
      expectRefused(
        await serveAt('2026-05-04T17:00:00Z'),
        'BAD_USER_INPUT',
        /Responses to service on May 4, 2026 would have been due June \d, 2026, which has passed/,
      );
      await unchanged(before);
      expect(await mailed('2026-07-10T17:00:00Z')).toMatchObject({
        status: 'SERVED',
        servedOn: '2026-07-10',
      });
    });

    it('refuses a signature not in the /s/ form (FRCP 26(g)(1))', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const draft = await draftSet(seed.luckert.client, {
        caseId: seed.caseId,
        servingPartyId: seed.plaintiffId,
        respondingPartyId: seed.defendantId,
      });
      const before = await tally(seed.caseId);
      for (const signature of ['R. Luckert', '/s/', 's/ R. Luckert']) {
        expectRefused(
          await seed.luckert.client.fails(SERVE_SET, {
            input: { setId: draft.id, method: 'MAIL', signature },
          }),
          'BAD_USER_INPUT',
          /signature must be typed as "\/s\/ Your Name"/,
        );
      }
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await readSet(seed.luckert, draft.id)).toMatchObject({ status: 'DRAFT', signature: null });

      const served = await servedOnDefense(seed);
      const beforeResponse = await tally(seed.caseId);
      expectRefused(
        await seed.defense.client.fails(SERVE_RESPONSE, {
          input: {
            setId: served.id,
            method: 'ELECTRONIC',
            signature: 'Dana Wu',
            items: plainAnswers(served),
          },
        }),
        'BAD_USER_INPUT',
        /signature must be typed as "\/s\/ Your Name"/,
      );
      expect(await tally(seed.caseId)).toEqual(beforeResponse);
    });

    it('refuses malformed ids before looking anything up', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const before = await tally(seed.caseId);
      expectRefused(
        await seed.luckert.client.fails(SERVE_SET, {
          input: { setId: 'set-1', method: 'MAIL', signature: '/s/ R. Luckert' },
        }),
        'BAD_USER_INPUT',
        /input\.setId must be an id given out by Parley/,
      );
      expectRefused(
        await seed.luckert.client.fails(SET, { id: 'set-1' }),
        'BAD_USER_INPUT',
        /id must be an id given out by Parley/,
      );
      expectRefused(
        await seed.luckert.client.fails(WITHDRAW, { setId: 'set-1' }),
        'BAD_USER_INPUT',
        /setId must be an id given out by Parley/,
      );
      expectRefused(
        await seed.defense.client.fails(SERVE_RESPONSE, {
          input: {
            setId: 'set-1',
            method: 'MAIL',
            signature: '/s/ Dana Wu',
            items: [{ itemId: 'item-1', answer: 'x' }],
          },
        }),
        'BAD_USER_INPUT',
        /input\.setId must be an id given out by Parley/,
      );
      expectRefused(
        await seed.defense.client.fails(AGREE_EXTENSION, {
          input: { setId: 'set-1', newDueOn: '2026-07-01' },
        }),
        'BAD_USER_INPUT',
        /input\.setId must be an id given out by Parley/,
      );
      expectRefused(
        await seed.luckert.client.fails(CREATE_SET, {
          input: {
            caseId: 'case-1',
            servingPartyId: seed.plaintiffId,
            respondingPartyId: seed.defendantId,
            kind: 'INTERROGATORIES',
            title: 'First Set',
            items: [{ text: 'One.' }],
          },
        }),
        'BAD_USER_INPUT',
        /caseId must be the id of a case/,
      );
      expect(await tally(seed.caseId)).toEqual(before);
    });

    it('refuses a party of another case, and a party serving itself', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      // Defense counsel also represents the defendant of another case.
      const otherCase = await createCase(seed.defense.client, courtId, { title: 'Okafor v. Brannon' });
      const [otherPlaintiffId, otherDefendantId] = otherCase.parties.map((p: { id: string }) => p.id);
      const input = {
        caseId: seed.caseId,
        servingPartyId: seed.defendantId,
        respondingPartyId: seed.plaintiffId,
        kind: 'INTERROGATORIES',
        title: 'First Set',
        items: [{ text: 'One.' }],
      };
      const before = await tally(seed.caseId);
      const beforeOther = await tally(otherCase.id);
      expectRefused(
        await seed.defense.client.fails(CREATE_SET, {
          input: { ...input, servingPartyId: otherDefendantId },
        }),
        'BAD_USER_INPUT',
        /servingPartyId is not a party of this case/,
      );
      expectRefused(
        await seed.defense.client.fails(CREATE_SET, {
          input: { ...input, respondingPartyId: otherPlaintiffId },
        }),
        'BAD_USER_INPUT',
        /respondingPartyId is not a party of this case/,
      );
      expectRefused(
        await seed.defense.client.fails(CREATE_SET, {
          input: { ...input, respondingPartyId: seed.defendantId },
        }),
        'BAD_USER_INPUT',
        /cannot serve discovery on itself/,
      );
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await tally(otherCase.id)).toEqual(beforeOther);
    });
  });

  // ---------------------------------------------------------------------------------------------
  describe('FRCP 29(b): stipulated extensions need both sides', () => {
    it('proposal, repeat, counter-proposal, agreement: only agreement moves the date and the deadline', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      // Served electronically on Monday, May 4, 2026: due Wednesday, June 3, 2026.
      const served = await servedOnDefense(seed);
      expect(served.responseDueOn).toBe('2026-06-03');
      const agree = (who: SignedIn, newDueOn: string) =>
        who.client.ok(AGREE_EXTENSION, { input: { setId: served.id, newDueOn } });
      const read = async () =>
        (await seed.luckert.client.ok(SET_WITH_EXTENSIONS, { id: served.id })).discoverySet;

      parley.setTime('2026-05-20T17:00:00Z');
      const { agreeExtension: proposal } = await agree(seed.defense, '2026-07-06');
      expect(proposal).toMatchObject({
        status: 'PROPOSED',
        newDueOn: '2026-07-06',
        previousDueOn: '2026-06-03',
        proposedByPartyId: seed.defendantId,
        agreedByPartyId: null,
        agreedAt: null,
      });
      expect(await read()).toMatchObject({ responseDueOn: '2026-06-03', deadline: { dueOn: '2026-06-03' } });

      // The same side giving the same date again changes nothing.
      const before = await tally(seed.caseId);
      const { agreeExtension: repeated } = await agree(seed.defense, '2026-07-06');
      expect(repeated).toMatchObject({ id: proposal.id, status: 'PROPOSED', agreedByPartyId: null });
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await read()).toMatchObject({ responseDueOn: '2026-06-03', deadline: { dueOn: '2026-06-03' } });

      // The other side giving a different date counters it.
      const { agreeExtension: counter } = await agree(seed.luckert, '2026-06-26');
      expect(counter).toMatchObject({
        status: 'PROPOSED',
        newDueOn: '2026-06-26',
        proposedByPartyId: seed.plaintiffId,
      });
      expect(counter.id).not.toBe(proposal.id);
      const countered = await read();
      expect(countered).toMatchObject({ responseDueOn: '2026-06-03', deadline: { dueOn: '2026-06-03' } });
      expect(countered.extensions).toEqual([
        expect.objectContaining({ id: proposal.id, status: 'SUPERSEDED', newDueOn: '2026-07-06' }),
        expect.objectContaining({ id: counter.id, status: 'PROPOSED', newDueOn: '2026-06-26' }),
      ]);

      // The first side accepting the counter's date makes it a stipulation.
      const { agreeExtension: agreed } = await agree(seed.defense, '2026-06-26');
      expect(agreed).toMatchObject({
        id: counter.id,
        status: 'AGREED',
        newDueOn: '2026-06-26',
        previousDueOn: '2026-06-03',
        proposedByPartyId: seed.plaintiffId,
        agreedByPartyId: seed.defendantId,
        agreedAt: expect.any(String),
      });
      const moved = await read();
      expect(moved).toMatchObject({
        status: 'SERVED',
        responseDueOn: '2026-06-26',
        deadline: { dueOn: '2026-06-26', status: 'OPEN' },
      });
      expect(moved.deadline.steps.map((s: { rule: string }) => s.rule)).toContain('FRCP 29(b)');
      expect(moved.extensions.map((e: { status: string }) => e.status)).toEqual(['SUPERSEDED', 'AGREED']);
      const { deadlines } = await seed.defense.client.ok(
        'query($caseId: ID!) { deadlines(caseId: $caseId) { subjectId dueOn } }',
        { caseId: seed.caseId },
      );
      expect(deadlines).toEqual([{ subjectId: served.id, dueOn: '2026-06-26' }]);
    });

    it('a date past the discovery cut-off needs the court (RULE_VIOLATION FRCP 29(b))', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase(); // discovery cut-off 2026-12-18
      const served = await servedOnDefense(seed);
      const before = await tally(seed.caseId);
      expectRefused(
        await seed.defense.client.fails(AGREE_EXTENSION, {
          input: { setId: served.id, newDueOn: '2026-12-21' },
        }),
        'RULE_VIOLATION',
        /past the discovery cut-off \(December 18, 2026\)/,
        'FRCP 29(b)',
      );
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await readSet(seed.luckert, served.id)).toMatchObject({ responseDueOn: served.responseDueOn });
      // The cut-off itself is still within reach of a stipulation.
      const { agreeExtension } = await seed.defense.client.ok(AGREE_EXTENSION, {
        input: { setId: served.id, newDueOn: '2026-12-18' },
      });
      expect(agreeExtension.status).toBe('PROPOSED');
    });

    it('only the serving and responding parties stipulate: a third party is FORBIDDEN, an outsider NOT_FOUND', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase({
        overrides: {
          parties: [
            { name: 'Luckert', side: 'PLAINTIFF', proSe: true, incarcerated: true },
            { name: 'J. Brannon', side: 'DEFENDANT', proSe: false, incarcerated: false },
            { name: 'County of Marin', side: 'THIRD_PARTY', proSe: false, incarcerated: false },
          ],
        },
      });
      const thirdPartyId = seed.parties[2].id;
      const countyCounsel = await signUp(parley, 'Grace Lim');
      await join(seed.defense.client, thirdPartyId, countyCounsel, 'COUNSEL');
      const outsider = await signUp(parley, 'Curious Outsider');
      const served = await servedOnDefense(seed);
      // The third party is served too (FRCP 5(a)(1)(C)) and can read the set …
      expect(await readSet(countyCounsel, served.id)).toMatchObject({ status: 'SERVED' });

      // … but it is not a party to this set's stipulation.
      const before = await tally(seed.caseId);
      const input = { input: { setId: served.id, newDueOn: '2026-06-26' } };
      expectRefused(
        await countyCounsel.client.fails(AGREE_EXTENSION, input),
        'FORBIDDEN',
        /Only counsel or a pro se party of Luckert or J\. Brannon/,
      );
      expectRefused(await outsider.client.fails(AGREE_EXTENSION, input), 'NOT_FOUND', /not found/);
      expect(await tally(seed.caseId)).toEqual(before);
    });

    it('a set already answered cannot be extended (CONFLICT)', async () => {
      parley.setTime('2026-05-04T17:00:00Z');
      const seed = await seedCase();
      const served = await servedOnDefense(seed);
      await seed.defense.client.ok(SERVE_RESPONSE, {
        input: {
          setId: served.id,
          method: 'ELECTRONIC',
          signature: '/s/ Dana Wu',
          items: plainAnswers(served),
        },
      });
      const before = await tally(seed.caseId);
      for (const who of [seed.defense, seed.luckert]) {
        expectRefused(
          await who.client.fails(AGREE_EXTENSION, { input: { setId: served.id, newDueOn: '2026-06-26' } }),
          'CONFLICT',
          /still awaiting responses/,
        );
      }
      expect(await tally(seed.caseId)).toEqual(before);
      expect(await readSet(seed.luckert, served.id)).toMatchObject({
        status: 'RESPONDED',
        responseDueOn: '2026-06-03',
        deadline: { status: 'MET', dueOn: '2026-06-03' },
      });
    });
  });
});
