import { countRows, createCourt, signIn, signInAsAdmin, signUp, STRONG_PASSWORD } from './support/factories';
import { GraphQLClient } from './support/graphql-client';
import { Parley, startParley } from './support/test-app';

const CREATE_COURT = `mutation($input: CreateCourtInput!) {
  createCourt(input: $input) {
    id name district timeZone conferralResponseDays jointLetterPageLimit positionResponseDays
    extraHolidays holidays { date kind source }
  }
}`;
const CREATE_STAFF = `mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id email name role courtId } }`;

describe('courts and court staff', () => {
  let parley: Parley;
  let admin: GraphQLClient;
  beforeAll(async () => {
    parley = await startParley({ worker: false });
    admin = await signInAsAdmin(parley);
  });
  afterAll(() => parley?.close());

  it('an admin creates a court with the defaults of DOMAIN.md', async () => {
    const { createCourt } = await admin.ok(CREATE_COURT, {
      input: { name: 'U.S. District Court', district: 'N.D. Cal.', timeZone: 'America/Los_Angeles' },
    });
    expect(createCourt).toMatchObject({
      name: 'U.S. District Court',
      district: 'N.D. Cal.',
      timeZone: 'America/Los_Angeles',
      conferralResponseDays: 10,
      jointLetterPageLimit: 5,
      positionResponseDays: 5,
      extraHolidays: [],
    });
  });

  it('keeps its own settings and extra days off', async () => {
    const { createCourt } = await admin.ok(CREATE_COURT, {
      input: {
        name: 'Chambers of a judge with settings',
        district: 'S.D.N.Y.',
        timeZone: 'America/New_York',
        conferralResponseDays: 14,
        jointLetterPageLimit: 3,
        positionResponseDays: 7,
        extraHolidays: ['2026-02-12'],
        holidays: [
          { date: '2026-03-31', kind: 'DECLARED_HOLIDAY', source: 'General Order 26-01: court closed' },
        ],
      },
    });
    expect(createCourt).toMatchObject({
      conferralResponseDays: 14,
      jointLetterPageLimit: 3,
      positionResponseDays: 7,
    });
    expect(createCourt.extraHolidays).toEqual(['2026-02-12', '2026-03-31']);
    expect(createCourt.holidays).toEqual([
      { date: '2026-02-12', kind: 'STATE_HOLIDAY', source: expect.any(String) },
      { date: '2026-03-31', kind: 'DECLARED_HOLIDAY', source: 'General Order 26-01: court closed' },
    ]);
    const { courts } = await admin.ok('{ courts { id name timeZone } }');
    expect(courts.map((c: { id: string }) => c.id)).toContain(createCourt.id);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Pacific/Atlantis' }, /not an IANA time zone/],
    [
      'a date that does not exist',
      { extraHolidays: ['2026-02-30'] },
      /2026-02-30 is not a day on the calendar/,
    ],
    ['a badly written date', { extraHolidays: ['02/12/2026'] }, /YYYY-MM-DD/],
    ['a holiday listed twice', { extraHolidays: ['2026-02-12', '2026-02-12'] }, /listed twice/],
    ['a negative setting', { conferralResponseDays: -1 }, /conferralResponseDays must not be less than 1/],
    ['an over-long name', { name: 'x'.repeat(201) }, /name must be shorter than or equal to 200/],
    [
      'an unknown holiday kind',
      { holidays: [{ date: '2026-01-02', kind: 'FESTIVAL', source: 'x' }] },
      /FESTIVAL/,
    ],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_, override, message) => {
    const before = await countRows(parley, 'courts');
    const error = await admin.fails(CREATE_COURT, {
      input: { name: 'Bad Court', district: 'D. Bad', timeZone: 'America/Chicago', ...override },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(await countRows(parley, 'courts')).toBe(before);
  });

  it('refuses a second court of the same name in a district', async () => {
    await createCourt(admin, { name: 'Twin Court', district: 'D. Twin' });
    const error = await admin.fails(CREATE_COURT, {
      input: { name: 'Twin Court', district: 'D. Twin', timeZone: 'America/Denver' },
    });
    expect(error.extensions.code).toBe('CONFLICT');
  });

  it('only admins create courts and court staff', async () => {
    const user = await signUp(parley, 'Party User');
    const court = await createCourt(admin);
    const asUser = await user.client.fails(CREATE_COURT, {
      input: { name: 'Mine', district: 'D. Me', timeZone: 'America/Chicago' },
    });
    expect(asUser.extensions.code).toBe('FORBIDDEN');
    const staffAsUser = await user.client.fails(CREATE_STAFF, {
      input: { courtId: court.id, email: 'clerk@example.org', name: 'Clerk', password: STRONG_PASSWORD },
    });
    expect(staffAsUser.extensions.code).toBe('FORBIDDEN');
    const anonymous = await parley.client.fails(CREATE_COURT, {
      input: { name: 'Anon', district: 'D. Anon', timeZone: 'America/Chicago' },
    });
    expect(anonymous.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('court staff belong to one court and can sign in', async () => {
    const court = await createCourt(admin);
    const { createCourtStaff } = await admin.ok(CREATE_STAFF, {
      input: {
        courtId: court.id,
        email: 'Chambers.EDL@cand.example',
        name: 'Chambers of Judge Laporte',
        password: STRONG_PASSWORD,
      },
    });
    expect(createCourtStaff).toMatchObject({
      email: 'chambers.edl@cand.example',
      role: 'COURT_STAFF',
      courtId: court.id,
    });
    const staff = await signIn(parley, 'chambers.edl@cand.example', STRONG_PASSWORD);
    const { me } = await staff.ok('{ me { role courtId } }');
    expect(me).toEqual({ role: 'COURT_STAFF', courtId: court.id });
    // Court staff cannot administer.
    expect(
      (await staff.fails(CREATE_COURT, { input: { name: 'x', district: 'y', timeZone: 'UTC' } })).extensions
        .code,
    ).toBe('FORBIDDEN');
  });

  it('refuses staff for a court that does not exist, and a malformed court id', async () => {
    const before = await countRows(parley, 'users');
    const missing = await admin.fails(CREATE_STAFF, {
      input: {
        courtId: '00000000-0000-4000-8000-000000000000',
        email: 'a@b.example',
        name: 'A',
        password: STRONG_PASSWORD,
      },
    });
    expect(missing.extensions.code).toBe('NOT_FOUND');
    const malformed = await admin.fails(CREATE_STAFF, {
      input: { courtId: 'court-1', email: 'a@b.example', name: 'A', password: STRONG_PASSWORD },
    });
    expect(malformed).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/courtId/),
    });
    expect(await countRows(parley, 'users')).toBe(before);
  });
});
