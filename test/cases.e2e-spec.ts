import {
  CASE_FIELDS,
  countRows,
  createCase,
  createCourt,
  invite,
  join,
  seedCaseInput,
  signIn,
  signInAsAdmin,
  signUp,
  SignedIn,
  STRONG_PASSWORD,
} from './support/factories';
import { GraphQLClient } from './support/graphql-client';
import { Parley, startParley } from './support/test-app';

const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`;
const CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} myMemberships { role party { id name } } } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { id role name consentedToElectronicServiceAt party { id } } }`;
const INVITE = `mutation($input: InviteToPartyInput!) { inviteToParty(input: $input) { id email role token expiresAt party { id name } } }`;
const CASES = `query($first: Int, $after: String) { cases(first: $first, after: $after) {
  edges { cursor node { id title court { id } parties { id members { id } } } } pageInfo { hasNextPage endCursor } } }`;

describe('cases, parties and invitations', () => {
  let parley: Parley;
  let admin: GraphQLClient;
  let courtId: string;
  let defense: SignedIn;

  beforeAll(async () => {
    parley = await startParley();
    admin = await signInAsAdmin(parley);
    courtId = (await createCourt(admin)).id;
    defense = await signUp(parley, 'Defense Counsel');
  });
  afterAll(() => parley?.close());

  describe('createCase', () => {
    it('opens the case with its parties; the creator represents the party they name', async () => {
      const created = await createCase(defense.client, courtId);
      expect(created).toMatchObject({
        title: 'Luckert v. Brannon',
        judge: 'Elizabeth D. Laporte',
        rule26fConferenceOn: '2026-05-01',
        discoveryCutoffOn: '2026-12-18',
        court: { id: courtId },
        parties: [
          { name: 'Luckert', side: 'PLAINTIFF', proSe: true, incarcerated: true, members: [] },
          {
            name: 'J. Brannon',
            side: 'DEFENDANT',
            proSe: false,
            incarcerated: false,
            members: [{ role: 'COUNSEL', name: 'Defense Counsel' }],
          },
        ],
      });
      const { case: read } = await defense.client.ok(CASE, { id: created.id });
      expect(read.myMemberships).toEqual([
        { role: 'COUNSEL', party: { id: created.parties[1].id, name: 'J. Brannon' } },
      ]);
      const [membership] = await parley.db.query(
        'SELECT consented_to_electronic_service_at FROM memberships WHERE case_id = $1',
        [created.id],
      );
      expect(membership.consented_to_electronic_service_at).toBeInstanceOf(Date);
    });

    it.each([
      [
        'one party only',
        { parties: [{ name: 'Solo', side: 'PLAINTIFF', proSe: false, incarcerated: false }] },
        /at least a plaintiff and a defendant/,
      ],
      [
        'no defendant',
        {
          parties: [
            { name: 'A', side: 'PLAINTIFF' },
            { name: 'B', side: 'PLAINTIFF' },
          ],
        },
        /at least one plaintiff and one defendant/,
      ],
      [
        'a party index out of range',
        { myPartyIndex: 5 },
        /myPartyIndex must point at one of the parties \(0 to 1\)/,
      ],
      ['counsel for a pro se party', { myPartyIndex: 0, myRole: 'COUNSEL' }, /represents themselves/],
      ['pro se for a represented party', { myPartyIndex: 1, myRole: 'PRO_SE' }, /is represented/],
      [
        'a cut-off before the conference',
        { discoveryCutoffOn: '2026-01-01' },
        /\(discoveryCutoffOn\) cannot come before/,
      ],
      ['a date that does not exist', { rule26fConferenceOn: '2026-02-30' }, /not a day on the calendar/],
      ['an over-long title', { title: 'x'.repeat(501) }, /title must be shorter than or equal to 500/],
      ['an empty docket number', { docketNumber: ' ' }, /docketNumber must not be empty/],
      [
        'an unknown side',
        {
          parties: [
            { name: 'A', side: 'INTERVENOR' },
            { name: 'B', side: 'DEFENDANT' },
          ],
        },
        /INTERVENOR/,
      ],
      ['a malformed court id', { courtId: '42' }, /courtId must be the id of a court/],
      [
        'two parties with one name',
        {
          parties: [
            { name: 'Doe', side: 'PLAINTIFF' },
            { name: 'doe', side: 'DEFENDANT' },
          ],
          myPartyIndex: 1,
        },
        /listed twice: doe/,
      ],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, override, message) => {
      const before = await Promise.all(
        ['cases', 'parties', 'memberships', 'audit_events'].map((t) => countRows(parley, t)),
      );
      const error = await defense.client.fails(CREATE_CASE, { input: seedCaseInput(courtId, override) });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(message);
      const after = await Promise.all(
        ['cases', 'parties', 'memberships', 'audit_events'].map((t) => countRows(parley, t)),
      );
      expect(after).toEqual(before);
    });

    it('refuses a court that does not exist; a docket number already on Parley locks nobody out', async () => {
      const missing = await defense.client.fails(CREATE_CASE, {
        input: seedCaseInput('00000000-0000-4000-8000-000000000000'),
      });
      expect(missing.extensions.code).toBe('NOT_FOUND');
      const first = await createCase(defense.client, courtId);
      // Whoever claimed the number first (perhaps a squatter), the real parties still open theirs, and
      // learn nothing about the other case.
      const squatter = await signUp(parley, 'Squatter');
      const again = await squatter.client.ok(CREATE_CASE, {
        input: seedCaseInput(courtId, { docketNumber: first.docketNumber }),
      });
      expect(again.createCase.id).not.toBe(first.id);
      expect(JSON.stringify(again)).not.toContain(first.id);
    });

    it('court staff and admins cannot open cases', async () => {
      const error = await admin.fails(CREATE_CASE, { input: seedCaseInput(courtId) });
      expect(error.extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('who can see a case', () => {
    it('an outsider, court staff and an admin all get NOT_FOUND, exactly as for a missing case', async () => {
      const created = await createCase(defense.client, courtId);
      const outsider = await signUp(parley, 'Outsider');
      await admin.ok(`mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }`, {
        input: { courtId, email: 'clerk.visibility@cand.example', name: 'Clerk', password: STRONG_PASSWORD },
      });
      const staff = await signIn(parley, 'clerk.visibility@cand.example', STRONG_PASSWORD);
      const missing = await outsider.client.fails(CASE, { id: '00000000-0000-4000-8000-000000000000' });
      expect(missing).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      for (const client of [outsider.client, staff, admin]) {
        const error = await client.fails(CASE, { id: created.id });
        expect({ code: error.extensions.code, message: error.message }).toEqual({
          code: missing.extensions.code,
          message: missing.message,
        });
        const trail = await client.fails(
          'query($id: ID!) { auditTrail(caseId: $id) { edges { node { id } } } }',
          {
            id: created.id,
          },
        );
        expect(trail.extensions.code).toBe('NOT_FOUND');
        const { cases } = await client.ok(CASES, {});
        expect(cases.edges).toEqual([]);
      }
      // Nor can outsiders reach a party of the case through an invitation.
      const sneaky = await outsider.client.fails(INVITE, {
        input: { partyId: created.parties[0].id, email: outsider.email, role: 'PRO_SE' },
      });
      expect(sneaky.extensions.code).toBe('NOT_FOUND');
    });

    it('a malformed id is bad input, not a database error', async () => {
      const error = await defense.client.fails(CASE, { id: 'case-1' });
      expect(error).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/id must be/),
      });
    });
  });

  describe('invitations', () => {
    it('bring the other side in: the pro se prisoner joins, consenting to e-service, and the others are told', async () => {
      const created = await createCase(defense.client, courtId);
      const luckert = await signUp(parley, 'R. Luckert');
      const invitation = await invite(defense.client, created.parties[0].id, luckert.email, 'PRO_SE');
      expect(invitation.token).toMatch(/^inv_/);

      const { acceptInvitation } = await luckert.client.ok(ACCEPT, { token: invitation.token });
      expect(acceptInvitation).toMatchObject({
        role: 'PRO_SE',
        name: 'R. Luckert',
        party: { id: created.parties[0].id },
      });
      expect(Date.parse(acceptInvitation.consentedToElectronicServiceAt)).toBeGreaterThan(
        Date.now() - 60_000,
      );

      const { case: seen } = await luckert.client.ok(CASE, { id: created.id });
      expect(seen.parties[0].members).toEqual([
        { id: acceptInvitation.id, role: 'PRO_SE', name: 'R. Luckert' },
      ]);

      await parley.waitForIdle();
      const { notifications } = await defense.client.ok('{ notifications { kind message caseId readAt } }');
      expect(notifications).toEqual([
        {
          kind: 'MEMBER_JOINED',
          message: `R. Luckert joined Luckert v. Brannon (${created.docketNumber}), representing themselves as Luckert.`,
          caseId: created.id,
          readAt: null,
        },
      ]);
      // The one who joined is not told of their own joining.
      expect((await luckert.client.ok('{ notifications { id } }')).notifications).toEqual([]);
    });

    it('notify every other member once, and can be marked read', async () => {
      const lead = await signUp(parley, 'Lead Defense Counsel');
      const created = await createCase(lead.client, courtId);
      const partner = await signUp(parley, 'Defense Partner');
      await join(lead.client, created.parties[1].id, partner, 'COUNSEL');
      const paralegal = await signUp(parley, 'Defense Paralegal');
      await join(partner.client, created.parties[1].id, paralegal, 'PARALEGAL');
      await parley.waitForIdle();

      const defenseNotices = (await lead.client.ok('{ notifications(unreadOnly: true) { id message } }'))
        .notifications;
      expect(defenseNotices.map((n: { message: string }) => n.message)).toEqual([
        expect.stringMatching(/^Defense Paralegal joined .* as a paralegal for J. Brannon\.$/),
        expect.stringMatching(/^Defense Partner joined .* as counsel for J. Brannon\.$/),
      ]);
      const partnerNotices = (await partner.client.ok('{ notifications { message } }')).notifications;
      expect(partnerNotices).toHaveLength(1);

      const { markNotificationsRead } = await lead.client.ok(
        'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
        {
          ids: [defenseNotices[0].id],
        },
      );
      expect(markNotificationsRead).toBe(1);
      expect((await lead.client.ok('{ unreadNotificationCount }')).unreadNotificationCount).toBe(1);
      // Someone else's notice ids change nothing.
      expect(
        (
          await partner.client.ok('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', {
            ids: [defenseNotices[1].id],
          })
        ).markNotificationsRead,
      ).toBe(0);
    });

    it('are single use', async () => {
      const created = await createCase(defense.client, courtId);
      const luckert = await signUp(parley, 'Single Use');
      const { token } = await invite(defense.client, created.parties[0].id, luckert.email, 'PRO_SE');
      await luckert.client.ok(ACCEPT, { token });
      const again = await luckert.client.fails(ACCEPT, { token });
      expect(again).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: expect.stringMatching(/already been used/),
      });
    });

    it('expire', async () => {
      const created = await createCase(defense.client, courtId);
      const late = await signUp(parley, 'Too Late');
      const invitation = await invite(defense.client, created.parties[0].id, late.email, 'PRO_SE');
      await parley.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        invitation.id,
      ]);
      const before = await countRows(parley, 'memberships');
      const error = await late.client.fails(ACCEPT, { token: invitation.token });
      expect(error).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/expired/),
      });
      expect(await countRows(parley, 'memberships')).toBe(before);
    });

    it('can only be accepted by the invited email; unknown tokens are not found', async () => {
      const created = await createCase(defense.client, courtId);
      const intended = await signUp(parley, 'Intended');
      const other = await signUp(parley, 'Interloper');
      const { token } = await invite(defense.client, created.parties[0].id, intended.email, 'PRO_SE');
      const wrong = await other.client.fails(ACCEPT, { token });
      expect(wrong).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringMatching(/was sent to i•••@example\.org/),
      });
      expect((await other.client.fails(ACCEPT, { token: 'inv_nonsense' })).extensions.code).toBe('NOT_FOUND');
      await intended.client.ok(ACCEPT, { token });
    });

    it('only a member of the case may invite, and only to their own party once the other side has joined', async () => {
      const created = await createCase(defense.client, courtId);
      const luckert = await signUp(parley, 'Plaintiff Pro Se');
      await join(defense.client, created.parties[0].id, luckert, 'PRO_SE');

      // The defense cannot now add members to the plaintiff's party...
      const intoOther = await defense.client.fails(INVITE, {
        input: { partyId: created.parties[0].id, email: 'stooge@example.org', role: 'PRO_SE' },
      });
      expect(intoOther).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringMatching(/already represented/),
      });

      // ...a paralegal cannot invite...
      const paralegal = await signUp(parley, 'Paralegal Inviter');
      await join(defense.client, created.parties[1].id, paralegal, 'PARALEGAL');
      const byParalegal = await paralegal.client.fails(INVITE, {
        input: { partyId: created.parties[1].id, email: 'x@example.org', role: 'COUNSEL' },
      });
      expect(byParalegal).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringMatching(/Ask counsel/),
      });

      // ...and the role must fit the party.
      const badRole = await defense.client.fails(INVITE, {
        input: { partyId: created.parties[1].id, email: 'y@example.org', role: 'PRO_SE' },
      });
      expect(badRole).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/is represented/),
      });
    });

    it('an invitation to bring in the other side lapses once that side is represented', async () => {
      const created = await createCase(defense.client, courtId);
      const first = await signUp(parley, 'First Plaintiff Rep');
      const second = await signUp(parley, 'Second Plaintiff Rep');
      const a = await invite(defense.client, created.parties[0].id, first.email, 'PRO_SE');
      const b = await invite(defense.client, created.parties[0].id, second.email, 'PRO_SE');
      await first.client.ok(ACCEPT, { token: a.token });
      const error = await second.client.fails(ACCEPT, { token: b.token });
      expect(error).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: expect.stringMatching(/joined Parley since/),
      });
    });

    it('one account represents one party per case: nobody represents opposing sides', async () => {
      const created = await createCase(defense.client, courtId);
      const error = await defense.client.fails(INVITE, {
        input: { partyId: created.parties[0].id, email: defense.email, role: 'PRO_SE' },
      });
      expect(error).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: expect.stringMatching(/already represents a party in this case/),
      });
    });

    it('a newer invitation replaces an earlier one to the same person', async () => {
      const created = await createCase(defense.client, courtId);
      const invitee = await signUp(parley, 'Invited Twice');
      const old = await invite(defense.client, created.parties[0].id, invitee.email, 'PRO_SE');
      const fresh = await invite(defense.client, created.parties[0].id, invitee.email, 'PRO_SE');
      expect((await invitee.client.fails(ACCEPT, { token: old.token })).extensions.code).toBe('NOT_FOUND');
      await invitee.client.ok(ACCEPT, { token: fresh.token });
    });

    it('refuses bad input and writes nothing', async () => {
      const created = await createCase(defense.client, courtId);
      const before = await countRows(parley, 'invitations');
      for (const [input, message] of [
        [{ partyId: created.parties[0].id, email: 'nope', role: 'PRO_SE' }, /email must be an email address/],
        [
          { partyId: 'party-1', email: 'a@example.org', role: 'PRO_SE' },
          /input\.partyId must be an id given out by Parley/,
        ],
        [{ partyId: created.parties[0].id, email: 'a@example.org', role: 'JUDGE' }, /JUDGE/],
      ] as const) {
        const error = await defense.client.fails(INVITE, { input });
        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(error.message).toMatch(message);
      }
      expect(await countRows(parley, 'invitations')).toBe(before);
    });
  });

  describe('the cases connection', () => {
    it('pages through my cases, newest first, at most 100 at a time', async () => {
      const lawyer = await signUp(parley, 'Busy Lawyer');
      const created: string[] = [];
      for (let i = 0; i < 5; i++) created.push((await createCase(lawyer.client, courtId)).id);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const { cases }: { cases: any } = await lawyer.client.ok(CASES, { first: 2, after });
        seen.push(...cases.edges.map((e: { node: { id: string } }) => e.node.id));
        after = cases.pageInfo.hasNextPage ? cases.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toEqual([...created].reverse());

      const tooMany = await lawyer.client.fails(CASES, { first: 101 });
      expect(tooMany).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/at most 100/),
      });
      const forged = await lawyer.client.fails(CASES, {
        first: 2,
        after: Buffer.from('["x","y"]').toString('base64url'),
      });
      expect(forged).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/cursor/),
      });
    });
  });
});
