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
import {
  certify,
  ESCALATE,
  LOG_CONFERENCE,
  openDispute,
  REQUEST_CONFERENCE,
  SEND_LETTER,
  SUBMIT_POSITION,
} from './conferral';
import { draftSet, SERVE_RESPONSE, serveSet } from './discovery';
import { GraphQLClient } from './graphql-client';
import { Parley } from './test-app';
import { pdfOfPages, uploadDocument } from './uploads';
import { worldProductions } from './productions';

/** Everyone the access rules tell apart (issue 11's role × operation matrix). */
export const ROLES = [
  'anonymous',
  'readToken',
  'outsider',
  'otherCaseMember',
  'courtStaffElsewhere',
  'courtStaffHere',
  'admin',
  'plaintiffProSe',
  'defenseParalegal',
  'defenseCounsel',
] as const;
export type Role = (typeof ROLES)[number];

export const CREATE_STAFF = `mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }`;

/**
 * A world with two courts, a case with a pro se prisoner plaintiff and a represented defendant (counsel
 * and paralegal), another case, court staff of both courts, an admin and an outsider; and in the case
 * one of everything: a served and answered set, the defense's private draft, a dispute with a pending
 * request to confer, an unconfirmed conference record and the defense's proposed resolutions, and an
 * escalation before the court.
 */
export async function buildWorld(parley: Parley) {
  const admin = await signInAsAdmin(parley);
  const court = await createCourt(admin, { name: 'U.S. District Court', district: 'N.D. Cal.' });
  const elsewhere = await createCourt(admin, {
    name: 'U.S. District Court',
    district: 'S.D.N.Y.',
    timeZone: 'America/New_York',
  });
  const staff = async (courtId: string, email: string) => {
    await admin.ok(CREATE_STAFF, { input: { courtId, email, name: email, password: STRONG_PASSWORD } });
    return signIn(parley, email, STRONG_PASSWORD);
  };
  const courtStaffHere = await staff(court.id, `chambers.${court.id.slice(0, 8)}@cand.example`);
  const courtStaffElsewhere = await staff(elsewhere.id, `clerk.${elsewhere.id.slice(0, 8)}@nysd.example`);

  const defense: SignedIn = await signUp(parley, 'Dana Wu');
  const paralegal = await signUp(parley, 'Sam Ortiz');
  const luckert = await signUp(parley, 'R. Luckert');
  const other = await signUp(parley, 'Other Counsel');
  const outsider = await signUp(parley, 'Curious Outsider');

  parley.setTime('2026-04-20T17:00:00Z');
  const created = await createCase(defense.client, court.id);
  const caseId: string = created.id;
  const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
  await join(defense.client, plaintiffId, luckert, 'PRO_SE');
  await join(defense.client, defendantId, paralegal, 'PARALEGAL');
  const otherCase = await createCase(other.client, court.id, { title: 'Doe v. Roe' });

  const { createApiToken: read } = await defense.client.ok(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { id token } }`,
    { input: { name: 'CMS reader', scopes: ['READ'] } },
  );
  const { createApiToken: disposable } = await defense.client.ok(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { id token } }`,
    { input: { name: 'Disposable', scopes: ['READ', 'WRITE'] } },
  );
  const { createCalendarFeed: feed } = await defense.client.ok(`mutation { createCalendarFeed { id url } }`);
  const hook = async () =>
    (
      await defense.client.ok(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id } }`,
        { input: { url: 'http://127.0.0.1:9/parley' } },
      )
    ).createWebhookEndpoint.id as string;
  const endpointId = await hook();
  const disposableEndpointId = await hook();

  // The plaintiff's interrogatories, served by mail and answered.
  parley.setTime('2026-05-01T20:00:00Z');
  const served = await serveSet(
    luckert.client,
    (await draftSet(luckert.client, { caseId, servingPartyId: plaintiffId, respondingPartyId: defendantId }))
      .id,
    'MAIL',
    '/s/ R. Luckert',
  );
  parley.setTime('2026-06-02T17:00:00Z');
  const { serveResponse: response } = await defense.client.ok(SERVE_RESPONSE, {
    input: {
      setId: served.id,
      method: 'ELECTRONIC',
      signature: '/s/ Dana Wu',
      items: served.items.map((item: { id: string }) => ({ itemId: item.id, objections: ['Overbroad.'] })),
    },
  });
  // The defense's own draft: its private work.
  const draft = await draftSet(paralegal.client, {
    caseId,
    servingPartyId: defendantId,
    respondingPartyId: plaintiffId,
    title: 'Defendant’s Confidential Draft Requests',
  });

  // A dispute still conferring, with a request to confer and a conference record both pending.
  parley.setTime('2026-06-05T17:00:00Z');
  const conferring = await openDispute(luckert.client, caseId, [served.items[0].id]);
  const { requestConference: request } = await luckert.client.ok(REQUEST_CONFERENCE, {
    input: {
      disputeId: conferring.id,
      mode: 'TELEPHONE',
      proposedTimes: ['2026-06-09T17:00:00Z'],
      message: 'Can we talk about Interrogatory 1?',
    },
  });
  const { logConference: record } = await luckert.client.ok(LOG_CONFERENCE, {
    input: {
      disputeId: conferring.id,
      mode: 'TELEPHONE',
      heldAt: '2026-06-05T16:00:00Z',
      durationMinutes: 20,
      participants: ['R. Luckert', 'Dana Wu'],
      summary: 'Discussed Interrogatory 1.',
    },
  });

  // The defense proposed resolving it twice (the responding side only proposes): the first, since
  // superseded, is the one the matrix tries to accept, so no role's call changes the world.
  const propose = async (resolution: string) =>
    (
      await defense.client.ok(
        `mutation($input: ResolveDisputeInput!) { resolveDispute(input: $input) { pendingResolution { id } } }`,
        { input: { disputeId: conferring.id, resolution } },
      )
    ).resolveDispute.pendingResolution as { id: string };
  const supersededProposal = await propose('We will answer Interrogatory 1 by July 1.');
  await propose('We will answer Interrogatory 1 by July 15.');

  // A dispute the court has before it: letters each way, certified, escalated, both positions in.
  const escalated = await openDispute(luckert.client, caseId, [served.items[1].id]);
  const { sendLetter: letter } = await luckert.client.ok(SEND_LETTER, {
    input: { disputeId: escalated.id, body: 'Please answer No. 2.' },
  });
  parley.setTime('2026-06-06T17:00:00Z');
  await defense.client.ok(SEND_LETTER, { input: { disputeId: escalated.id, body: 'We stand on it.' } });
  await certify(luckert.client, escalated.id, '/s/ R. Luckert');
  const { escalateDispute: escalation } = await luckert.client.ok(ESCALATE, {
    input: { disputeId: escalated.id, position: 'Compel an answer to No. 2.' },
  });
  await defense.client.ok(SUBMIT_POSITION, {
    input: { escalationId: escalation.id, position: 'The objection stands.' },
  });
  const [deadline] = (
    await defense.client.ok(`query($caseId: ID!) { deadlines(caseId: $caseId) { id kind } }`, { caseId })
  ).deadlines.filter((d: { kind: string }) => d.kind === 'CONFERRAL_WINDOW');

  // The defense's scan, kept but not yet part of any served paper.
  const { body: document } = await uploadDocument(
    parley.baseUrl,
    paralegal.accessToken,
    { caseId },
    { filename: 'scan.pdf', content: await pdfOfPages(2) },
  );

  // A second case of the defense's, the prisoner nowhere on Parley: what is served on him is mailed.
  const onPaper = await createCase(defense.client, court.id, { title: 'Luckert v. Ochoa' });
  await join(defense.client, onPaper.parties[1].id, paralegal, 'PARALEGAL');
  const mailedSet = await draftSet(defense.client, {
    caseId: onPaper.id,
    servingPartyId: onPaper.parties[1].id,
    respondingPartyId: onPaper.parties[0].id,
  });
  await serveSet(defense.client, mailedSet.id, 'MAIL', '/s/ Dana Wu');
  const {
    mailings: [mailing],
  } = await defense.client.ok(`query($caseId: ID!) { mailings(caseId: $caseId) { id } }`, {
    caseId: onPaper.id,
  });

  // His motion mailed to the court in the main case, recorded by its clerk from the court's scan.
  const filingScan = await uploadDocument(
    parley.baseUrl,
    courtStaffHere.token,
    { caseId, partyId: plaintiffId },
    { filename: 'motion.pdf', content: await pdfOfPages(1) },
  );
  const {
    recordPaperFiling: { id: paperFilingId },
  } = await courtStaffHere.ok(
    `mutation($input: RecordPaperFilingInput!) { recordPaperFiling(input: $input) { id } }`,
    {
      input: {
        caseId,
        fromPartyId: plaintiffId,
        kind: 'MOTION_TO_COMPEL',
        receivedOn: '2026-06-01',
        mailedOn: '2026-05-28',
        documentId: filingScan.body.id,
      },
    },
  );

  // Issue 17: the prisoner's requests for production, produced, clawed back in part, and logged.
  const productions = await worldProductions(parley, {
    caseId,
    plaintiffId,
    defendantId,
    luckert,
    defense,
    paralegal,
  });

  const clients: Record<Role, GraphQLClient> = {
    anonymous: parley.client,
    readToken: parley.client.as(read.token),
    outsider: outsider.client,
    otherCaseMember: other.client,
    courtStaffElsewhere,
    courtStaffHere,
    admin,
    plaintiffProSe: luckert.client,
    defenseParalegal: paralegal.client,
    defenseCounsel: defense.client,
  };
  return {
    clients,
    tokens: Object.fromEntries(
      Object.entries(clients).map(([role, client]) => [role, client.token]),
    ) as Record<Role, string | undefined>,
    users: { defense, paralegal, luckert, other, outsider },
    courtId: court.id as string,
    elsewhereId: elsewhere.id as string,
    caseId,
    otherCaseId: otherCase.id as string,
    plaintiffId: plaintiffId as string,
    defendantId: defendantId as string,
    served,
    responseId: response.id as string,
    draft,
    documentId: document.id as string,
    mailing: mailing as { id: string },
    onPaperCaseId: onPaper.id as string,
    paperFilingId: paperFilingId as string,
    productions,
    docketNumber: created.docketNumber as string,
    conferring,
    request,
    record,
    letter: letter as { id: string },
    supersededProposal,
    escalation,
    escalatedDisputeId: escalated.id as string,
    deadline: deadline as { id: string },
    feed,
    disposableTokenId: disposable.id as string,
    endpointId,
    disposableEndpointId,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
