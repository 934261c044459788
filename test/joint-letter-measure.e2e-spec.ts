import { certify, ESCALATE, openDispute, SEND_LETTER } from './support/conferral';
import { draftSet, SERVE_RESPONSE, serveSet } from './support/discovery';
import {
  countRows,
  createCase,
  createCourt,
  join,
  signInAsAdmin,
  signUp,
  SignedIn,
} from './support/factories';
import { Parley, startParley } from './support/test-app';

const MEASURE = `query($input: MeasureJointLetterInput!) { measureJointLetter(input: $input) { pages limit yourShare } }`;
const SHORT = 'Compel a full answer to No. 1.';
/** Several pages of argument, as a long part runs. */
const LONG = Array.from(
  { length: 60 },
  (_, i) => `Point ${i + 1}: the objection is boilerplate and says nothing.`,
).join('\n\n');

/**
 * The joint letter's page count while a side writes its part: measured exactly as escalateDispute and
 * submitPosition measure it (Civil L.R. 37-1: the court's page limit), refused before conferral
 * qualifies, and reading only.
 */
describe('measureJointLetter', () => {
  let parley: Parley;
  let luckert: SignedIn;
  let defense: SignedIn;
  let disputeId: string;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    const admin = await signInAsAdmin(parley);
    const court = await createCourt(admin, { jointLetterPageLimit: 3 });
    defense = await signUp(parley, 'Dana Wu');
    luckert = await signUp(parley, 'R. Luckert');
    parley.setTime('2026-05-01T20:00:00Z');
    const created = await createCase(defense.client, court.id);
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, luckert, 'PRO_SE');
    const draft = await draftSet(luckert.client, {
      caseId: created.id,
      servingPartyId: plaintiffId,
      respondingPartyId: defendantId,
    });
    const served = await serveSet(luckert.client, draft.id, 'MAIL', '/s/ R. Luckert');
    parley.setTime('2026-06-02T17:00:00Z');
    await defense.client.ok(SERVE_RESPONSE, {
      input: {
        setId: served.id,
        method: 'ELECTRONIC',
        signature: '/s/ Dana Wu',
        items: served.items.map((item: { id: string }) => ({ itemId: item.id, objections: ['Overbroad.'] })),
      },
    });
    disputeId = (await openDispute(luckert.client, created.id, [served.items[0].id])).id;
  }, 120_000);
  afterAll(() => parley?.close());

  it('is refused with the gate’s missing elements until the writer’s conferral qualifies', async () => {
    const error = await luckert.client.fails(MEASURE, { input: { disputeId, position: SHORT } });
    expect(error.extensions?.code).toBe('ESCALATION_GATE');
    expect(error.message).toMatch(/confer/i);
  });

  it('measures the first writer’s part against half the limit, and writes nothing', async () => {
    await luckert.client.ok(SEND_LETTER, { input: { disputeId, body: 'Please answer No. 1.' } });
    parley.setTime('2026-06-03T17:00:00Z');
    await defense.client.ok(SEND_LETTER, { input: { disputeId, body: 'We stand on the objection.' } });
    const before = await countRows(parley, 'escalations');
    const { measureJointLetter } = await luckert.client.ok(MEASURE, {
      input: { disputeId, position: SHORT },
    });
    expect(measureJointLetter).toEqual({ pages: 1, limit: 3, yourShare: 2 });
    expect(await countRows(parley, 'escalations')).toBe(before);
  });

  it('counts a long part as escalateDispute then counts it, in the same words’ pages', async () => {
    const { measureJointLetter } = await luckert.client.ok(MEASURE, { input: { disputeId, position: LONG } });
    expect(measureJointLetter.pages).toBeGreaterThan(2);
    await certify(luckert.client, disputeId, '/s/ R. Luckert');
    const refused = await luckert.client.fails(ESCALATE, { input: { disputeId, position: LONG } });
    expect(refused.message).toContain(`${measureJointLetter.pages} pages`);
  });

  it('measures the other side’s part against the whole limit once the dispute is before the court', async () => {
    await luckert.client.ok(ESCALATE, { input: { disputeId, position: SHORT } });
    const { measureJointLetter } = await defense.client.ok(MEASURE, {
      input: { disputeId, position: 'The objection stands.' },
    });
    expect(measureJointLetter).toMatchObject({ limit: 3, yourShare: 3 });
    expect(measureJointLetter.pages).toBeGreaterThanOrEqual(1);
  });
});
