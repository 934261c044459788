import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { createCase, join, signUp, SignedIn } from './factories';
import { courtWithClerk } from './on-paper';
import { draftSet, serveSet } from './discovery';
import { GraphQLClient } from './graphql-client';
import { Parley } from './test-app';
import { uploadDocument } from './uploads';

export const PRODUCTION_FIELDS = `id caseId status setId setTitle batesPrefix volume firstBates lastBates pages
  producingParty { id name } receivingParty { id name }
  documents { documentId filename firstBates lastBates sha256 pages native reproduced confidentiality custodian requestItemIds requestNumbers clawedBack }
  servedAt servedOn serviceMethod signature loadFiles { dat opt } volumeUrl volumeSha256
  clawbacks { id batesRange pages outcome answerDueOn }`;

export const CREATE_PRODUCTION = `mutation($input: CreateProductionInput!) { createProduction(input: $input) { ${PRODUCTION_FIELDS} } }`;
export const SERVE_PRODUCTION = `mutation($input: ServeProductionInput!) { serveProduction(input: $input) { ${PRODUCTION_FIELDS} } }`;
export const PRODUCTION = `query($id: ID!) { production(id: $id) { ${PRODUCTION_FIELDS} } }`;
export const PRODUCTIONS = `query($caseId: ID!) { productions(caseId: $caseId) { id status firstBates lastBates } }`;
export const DISCARD_PRODUCTION = `mutation($id: ID!) { discardProduction(id: $id) }`;

export const ENTRY_FIELDS = `id number served logId date author recipients documentType subject privilege basis batesRange requestItemIds requestNumbers requests`;
export const ADD_ENTRY = `mutation($input: AddPrivilegeLogEntryInput!) { addPrivilegeLogEntry(input: $input) { ${ENTRY_FIELDS} } }`;
export const REMOVE_ENTRY = `mutation($id: ID!) { removePrivilegeLogEntry(id: $id) }`;
export const SERVE_LOG = `mutation($input: ServePrivilegeLogInput!) { servePrivilegeLog(input: $input) {
  id sequence title servedOn serviceMethod signature pdfUrl csvUrl entries { ${ENTRY_FIELDS} } } }`;
export const ENTRIES = `query($setId: ID!) { privilegeLogEntries(setId: $setId) { ${ENTRY_FIELDS} } }`;
export const ENTRY = `query($id: ID!) { privilegeLogEntry(id: $id) { ${ENTRY_FIELDS} } }`;
export const LOGS = `query($setId: ID!) { privilegeLogs(setId: $setId) { id sequence title pdfUrl csvUrl entries { id number } } }`;

export const CLAWBACK_FIELDS = `id productionId batesRange firstBates lastBates pages basis answerDueOn outcome answeredAt`;
export const REQUEST_CLAWBACK = `mutation($input: RequestClawbackInput!) { requestClawback(input: $input) { ${CLAWBACK_FIELDS} } }`;
export const ACKNOWLEDGE_CLAWBACK = `mutation($input: AcknowledgeClawbackInput!) { acknowledgeClawback(input: $input) { ${CLAWBACK_FIELDS} } }`;

/** A PDF of `pages` pages of `size`, each saying which page it is, optionally rotated. */
export async function letterPdf(
  pages: number,
  label: string,
  options: { size?: [number, number]; rotate?: number } = {},
): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage(options.size ?? [612, 792]);
    page.drawText(`${label} page ${n}`, { x: 72, y: 700, size: 12, font });
    if (options.rotate) page.setRotation({ type: 'degrees', angle: options.rotate } as never);
  }
  return Buffer.from(await pdf.save());
}

/** The smallest PNG: one white pixel. A photograph the defense produces natively. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
  'base64',
);

export interface ProductionCast {
  courtId: string;
  clerk: GraphQLClient;
  caseId: string;
  plaintiffId: string;
  defendantId: string;
  luckert: SignedIn;
  defense: SignedIn;
  paralegal: SignedIn;
  outsider: SignedIn;
  set: { id: string; items: Array<{ id: string; number: number }> };
}

/**
 * The seed's case: the prisoner, pro se on Parley, serves requests for production on the defense,
 * whose counsel and paralegal produce.
 */
export async function productionCast(parley: Parley): Promise<ProductionCast> {
  const { courtId, clerk } = await courtWithClerk(parley);
  const defense = await signUp(parley, 'Dana Wu');
  const paralegal = await signUp(parley, 'Sam Ortiz');
  const luckert = await signUp(parley, 'R. Luckert');
  const outsider = await signUp(parley, 'Curious Outsider');
  const created = await createCase(defense.client, courtId);
  const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
  await join(defense.client, plaintiffId, luckert, 'PRO_SE');
  await join(defense.client, defendantId, paralegal, 'PARALEGAL');
  const drafted = await draftSet(luckert.client, {
    caseId: created.id,
    servingPartyId: plaintiffId,
    respondingPartyId: defendantId,
    kind: 'PRODUCTION',
    title: 'Plaintiff’s First Request for Production of Documents',
    items: [
      { text: 'All incident reports of the escort of Plaintiff on June 2, 2013.' },
      { text: 'All photographs of Plaintiff taken on June 2, 2013.' },
      { text: 'All communications about Plaintiff’s grievance of June 10, 2013.' },
    ],
  });
  const set = await serveSet(luckert.client, drafted.id, 'MAIL', '/s/ R. Luckert');
  return {
    courtId,
    clerk,
    caseId: created.id,
    plaintiffId,
    defendantId,
    luckert,
    defense,
    paralegal,
    outsider,
    set: { id: set.id, items: set.items },
  };
}

/** Uploads a file for the defense and returns its id. */
export async function defenseFile(
  parley: Parley,
  cast: ProductionCast,
  filename: string,
  content: Buffer,
): Promise<string> {
  const { status, body } = await uploadDocument(
    parley.baseUrl,
    cast.paralegal.accessToken,
    { caseId: cast.caseId },
    { filename, content },
  );
  if (status !== 201 && status !== 200)
    throw new Error(`upload ${filename}: ${status} ${JSON.stringify(body)}`);
  return body.id as string;
}

/** GET with the user's token; the body as bytes. */
export async function download(parley: Parley, token: string | undefined, path: string) {
  const response = await fetch(`${parley.baseUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/**
 * The access matrix's productions: the prisoner's requests for production, the defense's served
 * production with an answered clawback, a draft it keeps, and its served privilege log.
 */
export async function worldProductions(
  parley: Parley,
  w: {
    caseId: string;
    plaintiffId: string;
    defendantId: string;
    luckert: SignedIn;
    defense: SignedIn;
    paralegal: SignedIn;
  },
) {
  const drafted = await draftSet(w.luckert.client, {
    caseId: w.caseId,
    servingPartyId: w.plaintiffId,
    respondingPartyId: w.defendantId,
    kind: 'PRODUCTION',
    title: 'Plaintiff’s First Request for Production',
    items: [{ text: 'All incident reports of March 14, 2012.' }],
  });
  const rfp = await serveSet(w.luckert.client, drafted.id, 'MAIL', '/s/ R. Luckert');
  const itemId: string = rfp.items[0].id;
  const { body } = await uploadDocument(
    parley.baseUrl,
    w.paralegal.accessToken,
    { caseId: w.caseId },
    { filename: 'report.pdf', content: await letterPdf(2, 'Report') },
  );
  const input = {
    caseId: w.caseId,
    producingPartyId: w.defendantId,
    receivingPartyId: w.plaintiffId,
    setId: rfp.id,
    batesPrefix: 'DEF',
    documents: [{ documentId: body.id, requestItemIds: [itemId] }],
  };
  const draft = (await w.paralegal.client.ok(CREATE_PRODUCTION, { input })).createProduction;
  const toServe = (await w.paralegal.client.ok(CREATE_PRODUCTION, { input })).createProduction;
  const production = (
    await w.defense.client.ok(SERVE_PRODUCTION, {
      input: { productionId: toServe.id, method: 'ELECTRONIC', signature: '/s/ Dana Wu' },
    })
  ).serveProduction;
  const clawback = (
    await w.defense.client.ok(REQUEST_CLAWBACK, {
      input: { productionId: production.id, batesRange: 'DEF0000002', basis: 'Attorney-client privilege.' },
    })
  ).requestClawback;
  await w.luckert.client.ok(ACKNOWLEDGE_CLAWBACK, {
    input: { clawbackId: clawback.id, outcome: 'SEQUESTERED' },
  });
  // A second claim, given up: withdrawing it again is refused after the door.
  const withdrawn = (
    await w.defense.client.ok(REQUEST_CLAWBACK, {
      input: { productionId: production.id, batesRange: 'DEF0000001', basis: 'Work product.' },
    })
  ).requestClawback;
  await w.defense.client.ok(`mutation($id: ID!) { withdrawClawback(clawbackId: $id) { id } }`, {
    id: withdrawn.id,
  });
  await w.paralegal.client.ok(ADD_ENTRY, {
    input: {
      caseId: w.caseId,
      producingPartyId: w.defendantId,
      setId: rfp.id,
      requestItemIds: [itemId],
      date: '2012-03-15',
      author: 'Dana Wu',
      recipients: ['Warden'],
      documentType: 'Email',
      subject: 'Legal advice on the incident',
      privilege: 'ATTORNEY_CLIENT',
    },
  });
  const log = (
    await w.defense.client.ok(SERVE_LOG, {
      input: {
        caseId: w.caseId,
        producingPartyId: w.defendantId,
        setId: rfp.id,
        method: 'ELECTRONIC',
        signature: '/s/ Dana Wu',
      },
    })
  ).servePrivilegeLog;
  return {
    rfpId: rfp.id as string,
    draftProductionId: draft.id as string,
    productionId: production.id as string,
    clawbackId: clawback.id as string,
    withdrawnClawbackId: withdrawn.id as string,
    logId: log.id as string,
    logEntryId: log.entries[0].id as string,
  };
}
