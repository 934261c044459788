import { createCase, join, signUp } from './factories';
import { GraphQLClient } from './graphql-client';
import { Parley } from './test-app';

export const SET_FIELDS = `id kind title status servedAt servedOn deliveredAt serviceMethod signature paperSha256 responseDueOn dueAfterCutoff
  interrogatoryCount servingParty { id name } respondingParty { id name }
  items { id number text subparts }
  response { id version servedAt late serviceMethod signature items { itemId answer objections admission production } }
  supplements { id version items { itemId answer objections admission production } }
  deadline { id kind dueOn status partyId steps { rule text date } }
  flags { rule message }`;

export const CREATE_SET = `mutation($input: CreateDiscoverySetInput!) { createDiscoverySet(input: $input) { ${SET_FIELDS} } }`;
export const SERVE_SET = `mutation($input: ServeDiscoverySetInput!) { serveDiscoverySet(input: $input) { ${SET_FIELDS} } }`;
export const SERVE_RESPONSE = `mutation($input: ServeResponseInput!) { serveResponse(input: $input) { id version late servedAt items { itemId answer objections admission production } } }`;
export const AGREE_EXTENSION = `mutation($input: AgreeExtensionInput!) { agreeExtension(input: $input) { id newDueOn previousDueOn status proposedByPartyId agreedByPartyId agreedAt } }`;
export const SET = `query($id: ID!) { discoverySet(id: $id) { ${SET_FIELDS} } }`;
export const SETS = `query($caseId: ID!) { discoverySets(caseId: $caseId) { id title status } }`;

export interface DraftOptions {
  caseId: string;
  servingPartyId: string;
  respondingPartyId: string;
  kind?: 'INTERROGATORIES' | 'PRODUCTION' | 'ADMISSIONS';
  title?: string;
  items?: Array<{ text: string; subparts?: number }>;
}

export async function draftSet(client: GraphQLClient, options: DraftOptions) {
  const { createDiscoverySet } = await client.ok(CREATE_SET, {
    input: {
      caseId: options.caseId,
      servingPartyId: options.servingPartyId,
      respondingPartyId: options.respondingPartyId,
      kind: options.kind ?? 'INTERROGATORIES',
      title: options.title ?? 'First Set of Interrogatories',
      items: options.items ?? [
        { text: 'State the name of every officer present in the yard on March 14, 2012.' },
        { text: 'Describe each use of force against Plaintiff that day, and who ordered it.', subparts: 2 },
        { text: 'Identify every document that records the incident.' },
      ],
    },
  });
  return createDiscoverySet;
}

export async function serveSet(
  client: GraphQLClient,
  setId: string,
  method = 'ELECTRONIC',
  signature = '/s/ Counsel',
  servedAt?: string,
) {
  const { serveDiscoverySet } = await client.ok(SERVE_SET, { input: { setId, method, signature, servedAt } });
  return serveDiscoverySet;
}

/** Answers every item of a set plainly, by kind. */
export function plainAnswers(set: { kind: string; items: Array<{ id: string }> }) {
  return set.items.map((item) => ({
    itemId: item.id,
    ...(set.kind === 'INTERROGATORIES' ? { answer: 'Answered fully.' } : {}),
    ...(set.kind === 'PRODUCTION' ? { production: 'WILL_PRODUCE' } : {}),
    ...(set.kind === 'ADMISSIONS' ? { admission: 'DENY' } : {}),
  }));
}

/**
 * A new case before `courtId`, defense counsel's, which the prisoner joins pro se, with a set he
 * served by mail on Friday, May 1, 2026: responses due Thursday, June 4, 2026. The clock stays there.
 */
export async function servedByMail(
  parley: Parley,
  courtId: string,
  kind: 'INTERROGATORIES' | 'ADMISSIONS' = 'INTERROGATORIES',
  title?: string,
) {
  const defense = await signUp(parley, 'Defense Counsel');
  const plaintiff = await signUp(parley, 'Prisoner Plaintiff');
  const created = await createCase(defense.client, courtId);
  const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
  await join(defense.client, plaintiffId, plaintiff, 'PRO_SE');
  parley.setTime('2026-05-01T20:00:00Z');
  const draft = await draftSet(plaintiff.client, {
    caseId: created.id,
    servingPartyId: plaintiffId,
    respondingPartyId: defendantId,
    kind,
    title,
  });
  const set = await serveSet(plaintiff.client, draft.id, 'MAIL', '/s/ Prisoner Plaintiff');
  await parley.waitForIdle();
  return { defense, plaintiff, caseId: created.id as string, set };
}
