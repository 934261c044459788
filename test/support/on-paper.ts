import {
  createCase,
  createCourt,
  join,
  signIn,
  signInAsAdmin,
  signUp,
  SignedIn,
  STRONG_PASSWORD,
} from './factories';
import { GraphQLClient } from './graphql-client';
import { CREATE_STAFF } from './world';
import { Parley } from './test-app';
import { pdfOfPages, sha256, uploadDocument } from './uploads';

/** The seed's case with the prisoner nowhere on Parley, and a paralegal on the defense who opens the mail. */
export interface OnPaperCast {
  caseId: string;
  plaintiffId: string;
  defendantId: string;
  defense: SignedIn;
  paralegal: SignedIn;
}

export async function castOnPaper(
  parley: Parley,
  courtId: string,
  overrides: Record<string, unknown> = {},
): Promise<OnPaperCast> {
  const defense = await signUp(parley, 'Dana Wu');
  const paralegal = await signUp(parley, 'Sam Ortiz');
  const created = await createCase(defense.client, courtId, {
    discoveryCutoffOn: '2027-06-30',
    ...overrides,
  });
  const sideOf = (side: string) =>
    created.parties.find((p: { side: string }) => p.side === side).id as string;
  const [plaintiffId, defendantId] = [sideOf('PLAINTIFF'), sideOf('DEFENDANT')];
  await join(defense.client, defendantId, paralegal, 'PARALEGAL');
  return { caseId: created.id, plaintiffId, defendantId, defense, paralegal };
}

/** A scan of what came by mail, uploaded by `who` (POST /documents). */
export async function uploadScan(
  parley: Parley,
  who: SignedIn,
  caseId: string,
  pages = 3,
): Promise<{ id: string; sha256: string }> {
  const pdf = await pdfOfPages(pages);
  const { status, body } = await uploadDocument(
    parley.baseUrl,
    who.accessToken,
    { caseId },
    { filename: 'luckert-mail.pdf', content: pdf },
  );
  if (status !== 201) throw new Error(`The scan was refused (${status}): ${JSON.stringify(body)}`);
  return { id: body.id as string, sha256: sha256(pdf) };
}

/** A court of its own for a test file, and its clerk signed in. */
export async function courtWithClerk(
  parley: Parley,
): Promise<{ courtId: string; clerk: GraphQLClient; clerkToken: string }> {
  const admin = await signInAsAdmin(parley);
  const courtId: string = (await createCourt(admin)).id;
  const email = `clerk.${courtId.slice(0, 8)}@cand.example`;
  await admin.ok(CREATE_STAFF, { input: { courtId, email, name: 'Clerk', password: STRONG_PASSWORD } });
  const clerk = await signIn(parley, email, STRONG_PASSWORD);
  return { courtId, clerk, clerkToken: clerk.token as string };
}
