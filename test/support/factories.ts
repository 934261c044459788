import { randomBytes } from 'node:crypto';
import { GraphQLClient } from './graphql-client';
import { ADMIN, Parley } from './test-app';

export const STRONG_PASSWORD = 'violet harbor quartz pilgrim';

export interface SignedIn {
  id: string;
  email: string;
  name: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  client: GraphQLClient;
}

/** What a signer's block needs (N.D. Cal. Civil L.R. 3-4(a)(1)): every test account can sign papers. */
export const SIGNER_PROFILE = {
  mailingAddress: '455 Golden Gate Avenue, Suite 11000\nSan Francisco, CA 94102',
  telephone: '(415) 555-0100',
  barNumber: '123456',
};

/** Whatever answers GraphQL: a Parley of the test's own, or one API process of several. */
export type Reachable = Pick<Parley, 'client'>;

const AUTH_FIELDS = 'accessToken refreshToken user { id email name role courtId }';

export async function signUp(parley: Reachable, name = 'Test User'): Promise<SignedIn> {
  const local = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  const email = `${local}.${randomBytes(3).toString('hex')}@example.org`;
  return register(parley, name, email, SIGNER_PROFILE);
}

/** An account with exactly this email and signer's profile (none given: it cannot sign papers yet). */
export async function register(
  parley: Reachable,
  name: string,
  email: string,
  profile: Record<string, string> = {},
): Promise<SignedIn> {
  const { register } = await parley.client.ok(
    `mutation($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { email, password: STRONG_PASSWORD, name, ...profile } },
  );
  return {
    id: register.user.id,
    email,
    name,
    password: STRONG_PASSWORD,
    accessToken: register.accessToken,
    refreshToken: register.refreshToken,
    client: parley.client.as(register.accessToken),
  };
}

export async function signIn(parley: Reachable, email: string, password: string): Promise<GraphQLClient> {
  const { login } = await parley.client.ok(
    `mutation($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { email, password } },
  );
  return parley.client.as(login.accessToken);
}

export const signInAsAdmin = (parley: Reachable) => signIn(parley, ADMIN.email, ADMIN.password);

export async function createCourt(admin: GraphQLClient, overrides: Record<string, unknown> = {}) {
  const { createCourt } = await admin.ok(
    `mutation($input: CreateCourtInput!) { createCourt(input: $input) { id name district timeZone } }`,
    {
      input: {
        name: `Court ${randomBytes(3).toString('hex')}`,
        district: 'N.D. Cal.',
        timeZone: 'America/Los_Angeles',
        ...overrides,
      },
    },
  );
  return createCourt as { id: string; name: string; district: string; timeZone: string };
}

export const CASE_FIELDS = `id docketNumber title judge rule26fConferenceOn discoveryCutoffOn
  court { id name }
  parties { id name side proSe incarcerated members { id role name } }`;

/** Luckert v. Brannon: a pro se prisoner plaintiff and a represented defendant. */
export function seedCaseInput(courtId: string, overrides: Record<string, unknown> = {}) {
  return {
    courtId,
    docketNumber: `C 13-${randomBytes(4).toString('hex')} EDL (PR)`,
    title: 'Luckert v. Brannon',
    judge: 'Elizabeth D. Laporte',
    rule26fConferenceOn: '2026-05-01',
    discoveryCutoffOn: '2026-12-18',
    parties: [
      {
        name: 'Luckert',
        side: 'PLAINTIFF',
        proSe: true,
        incarcerated: true,
        mailingAddress: '#K-12345\nPelican Bay State Prison\nP.O. Box 7500\nCrescent City, CA 95532',
      },
      { name: 'J. Brannon', side: 'DEFENDANT', proSe: false, incarcerated: false },
    ],
    myPartyIndex: 1,
    myRole: 'COUNSEL',
    ...overrides,
  };
}

export async function createCase(
  user: GraphQLClient,
  courtId: string,
  overrides: Record<string, unknown> = {},
) {
  const { createCase } = await user.ok(
    `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`,
    { input: seedCaseInput(courtId, overrides) },
  );
  return createCase;
}

export async function invite(inviter: GraphQLClient, partyId: string, email: string, role: string) {
  const { inviteToParty } = await inviter.ok(
    `mutation($input: InviteToPartyInput!) { inviteToParty(input: $input) { id email role token expiresAt party { id } } }`,
    { input: { partyId, email, role } },
  );
  return inviteToParty as { id: string; token: string; expiresAt: string };
}

export async function join(inviter: GraphQLClient, partyId: string, invitee: SignedIn, role: string) {
  const { token } = await invite(inviter, partyId, invitee.email, role);
  const { acceptInvitation } = await invitee.client.ok(
    `mutation($token: String!) { acceptInvitation(token: $token) { id role name party { id } } }`,
    { token },
  );
  return acceptInvitation;
}

/** Counts rows, to show that a refused request wrote nothing. */
export async function countRows(parley: Parley, table: string): Promise<number> {
  const [{ n }] = await parley.db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}
