import { randomBytes } from 'node:crypto';
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
import { GraphQLClient, GraphQLErrorBody } from './support/graphql-client';
import { countAllRows } from './support/table-counts';
import { Parley, startParley } from './support/test-app';

/**
 * Who may change a court's calendar and settings, and what they may enter: every refusal carries a
 * clear code and message and leaves every table as it was.
 */

const COURT = `id holidays { date kind source } conferralResponseDays jointLetterPageLimit positionResponseDays`;
const ADD = `mutation($input: AddCourtHolidayInput!) { addCourtHoliday(input: $input) { ${COURT} } }`;
const REMOVE = `mutation($input: RemoveCourtHolidayInput!) { removeCourtHoliday(input: $input) { ${COURT} } }`;
const UPDATE = `mutation($input: UpdateCourtInput!) { updateCourt(input: $input) { ${COURT} } }`;
const CREATE_STAFF = `mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }`;
const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`;

const NOT_YOURS = 'Only an administrator or this court’s own staff can change its calendar and settings.';
const CHAVEZ = 'Cal. Gov. Code § 6700(a)(7): Cesar Chavez Day, March 31';

describe('changing a court’s calendar and settings: who may, and what', () => {
  let parley: Parley;
  let admin: GraphQLClient;
  let courtId: string;
  let staff: GraphQLClient;
  let callers: Record<string, GraphQLClient>;

  const staffOf = async (id: string) => {
    const email = `clerk.${randomBytes(4).toString('hex')}@court.example`;
    await admin.ok(CREATE_STAFF, { input: { courtId: id, email, name: 'Clerk', password: STRONG_PASSWORD } });
    return signIn(parley, email, STRONG_PASSWORD);
  };

  beforeAll(async () => {
    // No worker: nothing in the background writes, so row counts move only with requests.
    parley = await startParley({ worker: false });
    admin = await signInAsAdmin(parley);
    parley.setTime('2026-03-10T17:00:00Z');
    courtId = (await createCourt(admin)).id;
    staff = await staffOf(courtId);
    const other = await staffOf((await createCourt(admin)).id);
    const defense: SignedIn = await signUp(parley, 'Dana Wu');
    const plaintiff = await signUp(parley, 'R. Luckert');
    const created = await createCase(defense.client, courtId);
    await join(defense.client, created.parties[0].id, plaintiff, 'PRO_SE');
    const outsider = await signUp(parley, 'Curious Outsider');
    const { createApiToken } = await staff.ok(CREATE_TOKEN, {
      input: { name: 'Docket reader', scopes: ['READ'] },
    });
    callers = {
      'staff of another court': other,
      'a party’s counsel in a case before the court': defense.client,
      'a pro se party in a case before the court': plaintiff.client,
      'an outsider': outsider.client,
      'the court’s own staff with a read-only token': parley.client.as(createApiToken.token),
      'nobody signed in': parley.client,
    };
    await staff.ok(ADD, { input: { courtId, date: '2026-03-31', kind: 'STATE_HOLIDAY', source: CHAVEZ } });
  });
  afterAll(() => parley?.close());

  /** Makes the request, expects it refused, and that no table changed. */
  async function refused(client: GraphQLClient, query: string, input: Record<string, unknown>) {
    const before = await countAllRows(parley.db);
    const error: GraphQLErrorBody = await client.fails(query, { input });
    expect(await countAllRows(parley.db)).toEqual(before);
    return error;
  }

  const EXPECTED: Record<string, [code: string, message: string | RegExp]> = {
    'staff of another court': ['FORBIDDEN', NOT_YOURS],
    'a party’s counsel in a case before the court': ['FORBIDDEN', NOT_YOURS],
    'a pro se party in a case before the court': ['FORBIDDEN', NOT_YOURS],
    'an outsider': ['FORBIDDEN', NOT_YOURS],
    'the court’s own staff with a read-only token': [
      'FORBIDDEN',
      'This API token is read-only: it cannot make changes.',
    ],
    'nobody signed in': ['UNAUTHENTICATED', /sign in/],
  };

  it.each(Object.keys(EXPECTED))('refuses %s every change, and writes nothing', async (who) => {
    const [code, message] = EXPECTED[who];
    const client = callers[who];
    for (const [query, input] of [
      [ADD, { courtId, date: '2026-04-24', kind: 'STATE_HOLIDAY', source: 'Cal. Gov. Code § 6700(a)(8)' }],
      [REMOVE, { courtId, date: '2026-03-31' }],
      [UPDATE, { courtId, conferralResponseDays: 14 }],
    ] as const) {
      const error = await refused(client, query, input);
      expect(error.extensions.code).toBe(code);
      expect(error.message).toMatch(message);
    }
  });

  it('answers a court that does not exist as not found, and a malformed id as bad input', async () => {
    const missing = await refused(admin, ADD, {
      courtId: '00000000-0000-4000-8000-000000000000',
      date: '2026-04-24',
      kind: 'STATE_HOLIDAY',
      source: 'x',
    });
    expect(missing).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'The court was not found.' });
    const malformed = await refused(admin, REMOVE, { courtId: 'court-1', date: '2026-04-24' });
    expect(malformed).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: /courtId/ });
  });

  it.each([
    [
      'a date more than a year back',
      { date: '2025-03-07' },
      'date must fall between 2025-03-10 and 2036-03-10 (a year before today to ten years after); got 2025-03-07.',
    ],
    [
      'a date more than ten years ahead (2062 for 2026)',
      { date: '2062-03-31' },
      'date must fall between 2025-03-10 and 2036-03-10 (a year before today to ten years after); got 2062-03-31.',
    ],
    [
      'a Saturday',
      { date: '2026-04-25' },
      'Saturday, April 25, 2026 is a weekend day, which no period ends on anyway (FRCP 6(a)(1)(C)); there is nothing to add.',
    ],
    [
      'a federal holiday',
      { date: '2026-05-25' },
      'Monday, May 25, 2026 is already Memorial Day, a legal holiday everywhere (FRCP 6(a)(6)(A)); there is nothing to add.',
    ],
    ['a day that does not exist', { date: '2026-02-30' }, /2026-02-30 is not a day on the calendar/],
    ['a badly written date', { date: '04/24/2026' }, /YYYY-MM-DD/],
    ['an unknown kind', { kind: 'FESTIVAL' }, /FESTIVAL/],
    [
      'no source',
      { source: '   ' },
      'source must say where the day comes from (a statute, an order, a notice)',
    ],
    ['an over-long source', { source: 'x'.repeat(501) }, /source must be shorter than or equal to 500/],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_what, change, message) => {
    const error = await refused(staff, ADD, {
      courtId,
      date: '2026-04-24',
      kind: 'STATE_HOLIDAY',
      source: 'Cal. Gov. Code § 6700(a)(8): Genocide Remembrance Day, April 24',
      ...change,
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
  });

  it('takes the same day again as a no-op, and another entry for it as a conflict', async () => {
    const same = { courtId, date: '2026-03-31', kind: 'STATE_HOLIDAY', source: CHAVEZ };
    const before = await countAllRows(parley.db);
    const { addCourtHoliday } = await staff.ok(ADD, { input: same });
    expect(addCourtHoliday.holidays).toEqual([{ date: '2026-03-31', kind: 'STATE_HOLIDAY', source: CHAVEZ }]);
    expect(await countAllRows(parley.db)).toEqual(before);

    const conflict = await refused(staff, ADD, {
      ...same,
      kind: 'DECLARED_HOLIDAY',
      source: 'Executive order',
    });
    expect(conflict.extensions.code).toBe('CONFLICT');
    expect(conflict.message).toMatch(
      /^2026-03-31 is already on the calendar of .* as a state holiday \(Cal\. Gov\. Code § 6700\(a\)\(7\): Cesar Chavez Day, March 31\)\. Remove it first to enter it differently\.$/,
    );
  });

  it('refuses to remove a day that is not on the calendar, saying which', async () => {
    const error = await refused(staff, REMOVE, { courtId, date: '2026-04-24' });
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toBe('The day off on 2026-04-24 was not found.');
  });

  it('updateCourt changes only the settings given, records before and after on the court’s chain, and a repeat writes nothing', async () => {
    const { updateCourt } = await staff.ok(UPDATE, { input: { courtId, conferralResponseDays: 14 } });
    expect(updateCourt).toMatchObject({
      conferralResponseDays: 14,
      jointLetterPageLimit: 5,
      positionResponseDays: 5,
    });
    const events = await parley.db.query(
      `SELECT before, after FROM audit_events WHERE court_id = $1 AND action = 'COURT_SETTINGS_CHANGED'`,
      [courtId],
    );
    expect(events).toEqual([
      {
        before: { conferralResponseDays: 10, jointLetterPageLimit: 5, positionResponseDays: 5 },
        after: expect.objectContaining({
          conferralResponseDays: 14,
          jointLetterPageLimit: 5,
          positionResponseDays: 5,
        }),
      },
    ]);
    const before = await countAllRows(parley.db);
    await admin.ok(UPDATE, { input: { courtId, conferralResponseDays: 14, jointLetterPageLimit: null } });
    expect(await countAllRows(parley.db)).toEqual(before);
  });

  it.each([
    [{ conferralResponseDays: 0 }, 'conferralResponseDays must be at least 1 day'],
    [{ conferralResponseDays: 61 }, 'conferralResponseDays must be at most 60 days'],
    [{ positionResponseDays: 0 }, 'positionResponseDays must be at least 1 day'],
    [{ jointLetterPageLimit: 51 }, 'jointLetterPageLimit must be at most 50 pages'],
    [{ positionResponseDays: 1.5 }, /positionResponseDays|Int/],
    [
      {},
      'Give at least one setting to change: conferralResponseDays, jointLetterPageLimit, positionResponseDays.',
    ],
  ])('updateCourt refuses %p with BAD_USER_INPUT and writes nothing', async (change, message) => {
    const error = await refused(staff, UPDATE, { courtId, ...change });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
  });
});
