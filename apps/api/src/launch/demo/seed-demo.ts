import { californiaStateHolidays } from '@parley/rules';
import { GraphQLCaller } from './graphql-caller';
import { day, DEMO_TIME_ZONE } from './prisoner-case';
import { seedMotionCase } from './seed-motion';
import { seedProductions } from './seed-productions';
import { seedCaseOnPaper } from './seed-on-paper';
import { seedPaperFiling } from './seed-paper-filing';

/** One passphrase for every demo account, so an evaluator can switch between the roles. */
export const DEMO_PASSWORD = 'luckert brannon demo harbor';
export const DEMO_ADMIN = { email: 'admin@parley.demo', password: DEMO_PASSWORD };
export const DEMO_ACCOUNTS = {
  plaintiff: { email: 'luckert@parley.demo', name: 'R. Luckert', as: 'the pro se prisoner plaintiff' },
  defense: {
    email: 'dana.wu@brannon-law.demo',
    name: 'Dana Wu',
    as: 'counsel for defendant J. Brannon',
    // What her signer's block prints (N.D. Cal. Civil L.R. 3-4(a)(1)).
    profile: {
      firm: 'Wu & Brannon Law Group LLP',
      barNumber: '214793',
      mailingAddress: '1 Market Street, Suite 2400\nSan Francisco, CA 94105',
      telephone: '(415) 555-0142',
    },
  },
  chambers: {
    email: 'edlcrd@cand.parley.demo',
    name: 'Chambers of Magistrate Judge Laporte',
    as: 'court staff of N.D. Cal.',
  },
} as const;
export const DEMO_DOCKET = 'C 13-4426 EDL (PR)';

const AUTH = 'accessToken user { id }';

/** The demo's court sits in California: its state holidays count for forward periods (FRCP 6(a)(6)(C)). */
export const DEMO_HOLIDAYS_FROM = 2026;

/**
 * The N.D. Cal. court as the demo creates it, with California's holidays (Cal. Gov. Code §§ 6700-6701,
 * Code Civ. Proc. § 135) from 2026 to at least 2030 and four years past `now`, each with its source.
 */
export function demoCourtInput(now: Date) {
  const to = Math.max(2030, now.getUTCFullYear() + 4);
  return {
    name: 'United States District Court for the Northern District of California',
    district: 'N.D. Cal.',
    timeZone: DEMO_TIME_ZONE,
    holidays: californiaStateHolidays(DEMO_HOLIDAYS_FROM, to),
  };
}

async function login(api: GraphQLCaller, email: string, password: string): Promise<GraphQLCaller | null> {
  try {
    const { login } = await api.call(`mutation($input: LoginInput!) { login(input: $input) { ${AUTH} } }`, {
      input: { email, password },
    });
    return api.as(login.accessToken);
  } catch {
    return null;
  }
}

/** Where the prison mails and receives Luckert's papers (FRCP 5(b)(2)(C)). */
const LUCKERT_ADDRESS = 'CDCR #K-52713\nPelican Bay State Prison\nP.O. Box 7500\nCrescent City, CA 95532';

async function register(
  api: GraphQLCaller,
  who: { email: string; name: string; profile?: Record<string, string> },
): Promise<GraphQLCaller> {
  const { register } = await api.call(
    `mutation($input: RegisterInput!) { register(input: $input) { ${AUTH} } }`,
    {
      input: { email: who.email, name: who.name, password: DEMO_PASSWORD, ...who.profile },
    },
  );
  return api.as(register.accessToken);
}

/**
 * Luckert v. Brannon (N.D. Cal. C 13-4426 EDL (PR)), told through the API up to the point the court
 * takes it: a prisoner serves interrogatories by mail, defense counsel answers one and objects to
 * another, they exchange letters (the alternative the court allowed a prisoner), the prisoner
 * certifies and escalates, counsel adds the defense's part, and the joint letter waits on the
 * chambers' docket. Dates are set around today so every rule holds. Seeds once: a second run finds
 * the plaintiff's account and leaves everything as it is.
 */
export async function seedDemo(
  endpoint: string,
  admin: { email: string; password: string },
): Promise<{ seeded: boolean }> {
  const api = new GraphQLCaller(endpoint);
  if (await login(api, DEMO_ACCOUNTS.plaintiff.email, DEMO_PASSWORD)) return { seeded: false };
  const asAdmin = await login(api, admin.email, admin.password);
  if (!asAdmin)
    throw new Error(
      `The demo needs the admin ${admin.email} to sign in; check ADMIN_EMAIL and ADMIN_PASSWORD.`,
    );

  const { createCourt: court } = await asAdmin.call(
    `mutation($input: CreateCourtInput!) { createCourt(input: $input) { id } }`,
    { input: demoCourtInput(new Date()) },
  );
  await asAdmin.call(`mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }`, {
    input: {
      courtId: court.id,
      email: DEMO_ACCOUNTS.chambers.email,
      name: DEMO_ACCOUNTS.chambers.name,
      password: DEMO_PASSWORD,
    },
  });

  const defense = await register(api, DEMO_ACCOUNTS.defense);
  const luckert = await register(api, DEMO_ACCOUNTS.plaintiff);
  const now = new Date();
  const { createCase } = await defense.call(
    `mutation($input: CreateCaseInput!) { createCase(input: $input) { id parties { id } } }`,
    {
      input: {
        courtId: court.id,
        docketNumber: DEMO_DOCKET,
        title: 'Luckert v. Brannon',
        judge: 'Elizabeth D. Laporte',
        rule26fConferenceOn: day(now, -60),
        discoveryCutoffOn: day(now, 120),
        parties: [
          {
            name: 'Luckert',
            side: 'PLAINTIFF',
            proSe: true,
            incarcerated: true,
            mailingAddress: LUCKERT_ADDRESS,
          },
          { name: 'J. Brannon', side: 'DEFENDANT', proSe: false, incarcerated: false },
        ],
        myPartyIndex: 1,
        myRole: 'COUNSEL',
      },
    },
  );
  const [plaintiffId, defendantId] = createCase.parties.map((p: { id: string }) => p.id);
  const { inviteToParty } = await defense.call(
    `mutation($input: InviteToPartyInput!) { inviteToParty(input: $input) { token } }`,
    { input: { partyId: plaintiffId, email: DEMO_ACCOUNTS.plaintiff.email, role: 'PRO_SE' } },
  );
  await luckert.call(`mutation($token: String!) { acceptInvitation(token: $token) { id } }`, {
    token: inviteToParty.token,
  });

  // Mailed from the prison today: FRCP 33(b)(2) and 6(d) give 33 days, so the answers below are timely.
  // (Service cannot be backdated before the paper existed in Parley.)
  const { createDiscoverySet: draft } = await luckert.call(
    `mutation($input: CreateDiscoverySetInput!) { createDiscoverySet(input: $input) { id items { id } } }`,
    {
      input: {
        caseId: createCase.id,
        servingPartyId: plaintiffId,
        respondingPartyId: defendantId,
        kind: 'INTERROGATORIES',
        title: 'First Set of Interrogatories',
        items: [
          { text: 'State the name of every officer present in the yard on March 14, 2012.' },
          { text: 'Describe each use of force against Plaintiff that day, and who ordered it.', subparts: 2 },
          { text: 'Identify every document that records the incident.' },
        ],
      },
    },
  );
  await luckert.call(
    `mutation($input: ServeDiscoverySetInput!) { serveDiscoverySet(input: $input) { id } }`,
    {
      input: {
        setId: draft.id,
        method: 'MAIL',
        signature: '/s/ R. Luckert',
      },
    },
  );
  const [first, second, third] = draft.items.map((i: { id: string }) => i.id);
  await defense.call(`mutation($input: ServeResponseInput!) { serveResponse(input: $input) { id } }`, {
    input: {
      setId: draft.id,
      method: 'ELECTRONIC',
      signature: '/s/ Dana Wu',
      // FRCP 33(b)(3), (5): the defendant swears to the answers; counsel signs the objections.
      verification: { signedBy: 'J. Brannon', signature: '/s/ J. Brannon' },
      items: [
        { itemId: first, answer: 'Officers Brannon, Ruiz and Okafor.' },
        {
          itemId: second,
          objections: [
            'Vague as to "use of force".',
            'Seeks information withheld for institutional security.',
          ],
        },
        { itemId: third, answer: 'Incident report 12-0314 and the yard log of March 14, 2012.' },
      ],
    },
  });

  const { openDispute } = await luckert.call(
    `mutation($input: OpenDisputeInput!) { openDispute(input: $input) { id } }`,
    {
      input: {
        caseId: createCase.id,
        itemIds: [second],
        summary: 'Defendant refuses to describe the force used on me and who ordered it.',
      },
    },
  );
  const letter = `mutation($input: SendLetterInput!) { sendLetter(input: $input) { id } }`;
  await luckert.call(letter, {
    input: {
      disputeId: openDispute.id,
      body: 'Please answer Interrogatory 2. The force used on me is the heart of my claim; I cannot telephone from here.',
    },
  });
  await defense.call(letter, {
    input: {
      disputeId: openDispute.id,
      body: 'We maintain the objections, but will produce the use-of-force report under a protective order.',
    },
  });
  await luckert.call(`mutation($input: CertifyGoodFaithInput!) { certifyGoodFaith(input: $input) { id } }`, {
    input: {
      disputeId: openDispute.id,
      statement: 'I conferred in good faith with defense counsel by letter before asking the court for help.',
      signature: '/s/ R. Luckert',
    },
  });
  const { escalateDispute } = await luckert.call(
    `mutation($input: EscalateDisputeInput!) { escalateDispute(input: $input) { id } }`,
    {
      input: {
        disputeId: openDispute.id,
        position:
          'Interrogatory 2 asks only what force was used and who ordered it; the objections are boilerplate.',
        compromise: 'A full answer under a protective order within 14 days.',
      },
    },
  );
  await defense.call(`mutation($input: SubmitPositionInput!) { submitPosition(input: $input) { id } }`, {
    input: {
      escalationId: escalateDispute.id,
      position:
        'The details of staff tactics are withheld for institutional security; the report will be produced.',
      compromise: 'Production of the use-of-force report under a protective order.',
    },
  });
  await seedProductions(luckert, defense, { caseId: createCase.id, plaintiffId, defendantId });
  await seedCaseOnPaper(defense, court.id, LUCKERT_ADDRESS, now);
  const chambers = await login(api, DEMO_ACCOUNTS.chambers.email, DEMO_PASSWORD);
  if (!chambers) throw new Error('The demo’s chambers account could not sign in.');
  await seedPaperFiling(defense, chambers, court.id, LUCKERT_ADDRESS, now);
  await seedMotionCase(defense, chambers, court.id, LUCKERT_ADDRESS, now);
  return { seeded: true };
}
