import { Role, ROLES, World } from './world';

/**
 * What each role gets from each operation: `ok` (the door let it through: data, or a refusal of
 * the input or the state, never of the caller), or the refusal the door gives. The table is the
 * spec; the matrix test checks it covers exactly the operations the API declares.
 */
export type Outcome = 'ok' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export interface Call {
  query?: string;
  variables?: Record<string, unknown>;
  /** An HTTP route instead: GET this path. */
  path?: string;
  /** POST /documents with these fields and an empty file (refused after the door, so nothing is kept). */
  upload?: Record<string, string>;
}

export interface Row {
  call: (w: World) => Call;
  /** Roles not listed get `otherwise`; anonymous is UNAUTHENTICATED unless listed. */
  ok?: Role[];
  NOT_FOUND?: Role[];
  FORBIDDEN?: Role[];
  otherwise?: Outcome;
  /** A mutation: an API token without WRITE is refused before anything else. */
  mutation?: boolean;
}

const MEMBERS: Role[] = ['plaintiffProSe', 'defenseParalegal', 'defenseCounsel', 'readToken'];
const SIGNED_IN: Role[] = ROLES.filter((r) => r !== 'anonymous');
const NON_MEMBERS: Role[] = ['outsider', 'otherCaseMember', 'courtStaffElsewhere', 'courtStaffHere', 'admin'];
const NOT_THE_COURT: Role[] = ['outsider', 'otherCaseMember', 'courtStaffElsewhere', 'admin'];
const SIGNERS: Role[] = ['plaintiffProSe', 'defenseCounsel'];

/** A case read: its members only; everyone else as if the case did not exist. */
const caseRead = (call: Row['call']): Row => ({ call, ok: MEMBERS, NOT_FOUND: NON_MEMBERS });
/** A signed-in user's own things (a read-only token changes none of them). */
const own = (call: Row['call'], mutation = false): Row => ({
  call,
  ok: mutation ? SIGNED_IN.filter((r) => r !== 'readToken') : SIGNED_IN,
  mutation,
});

const q = (query: string, variables: Record<string, unknown> = {}): Call => ({ query, variables });

export const MATRIX: Record<string, Row> = {
  // HTTP routes
  'GET /calendar/:file': {
    call: (w) => ({ path: new URL(w.feed.url).pathname }),
    ok: [...ROLES],
  },
  'GET /discovery-sets/:id/paper.pdf': {
    call: (w) => ({ path: `/discovery-sets/${w.served.id}/paper.pdf` }),
    ok: MEMBERS,
    NOT_FOUND: NON_MEMBERS,
  },
  'GET /discovery-responses/:id/paper.pdf': {
    call: (w) => ({ path: `/discovery-responses/${w.responseId}/paper.pdf` }),
    ok: MEMBERS,
    NOT_FOUND: NON_MEMBERS,
  },
  'GET /conferral-events/:id/paper.pdf': {
    call: (w) => ({ path: `/conferral-events/${w.letter.id}/paper.pdf` }),
    ok: MEMBERS,
    NOT_FOUND: NON_MEMBERS,
  },
  'GET /escalations/:id/packet.pdf': {
    call: (w) => ({ path: `/escalations/${w.escalation.id}/packet.pdf` }),
    ok: [...MEMBERS, 'courtStaffHere'],
    NOT_FOUND: NOT_THE_COURT,
  },
  'GET /health': { call: () => ({ path: '/health' }), ok: [...ROLES] },
  // The case's own court keeps the scan of a paper mailed to it (refused here for want of partyId).
  'POST /documents': {
    call: (w) => ({ upload: { caseId: w.caseId } }),
    ok: ['plaintiffProSe', 'defenseParalegal', 'defenseCounsel', 'courtStaffHere'],
    NOT_FOUND: NOT_THE_COURT,
    mutation: true,
  },
  // The defense's document, not yet part of a served paper: its own party's alone.
  'GET /documents/:id': {
    call: (w) => ({ path: `/documents/${w.documentId}` }),
    ok: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: [...NON_MEMBERS, 'plaintiffProSe'],
  },

  // Accounts
  'Mutation.register': {
    call: () =>
      q(`mutation { register(input: { email: "nope", name: "X", password: "p" }) { accessToken } }`),
    ok: [...ROLES],
  },
  'Mutation.login': {
    call: () =>
      q(
        `mutation { login(input: { email: "nobody@example.org", password: "wrong wrong wrong" }) { accessToken } }`,
      ),
    otherwise: 'UNAUTHENTICATED',
    mutation: false,
  },
  'Mutation.refreshSession': {
    call: () => q(`mutation { refreshSession(refreshToken: "rt_not_a_token") { accessToken } }`),
    otherwise: 'UNAUTHENTICATED',
  },
  'Query.me': own(() => q(`{ me { id } }`)),
  'Mutation.updateSignerProfile': own(
    () => q(`mutation { updateSignerProfile(input: { telephone: "not a number" }) { id } }`),
    true,
  ),
  'Mutation.createApiToken': {
    // From a session only: an API client cannot mint tokens.
    call: () => q(`mutation { createApiToken(input: { name: "" }) { id } }`),
    ok: ROLES.filter((r) => r !== 'anonymous' && r !== 'readToken'),
    FORBIDDEN: ['readToken'],
  },
  'Query.apiTokens': own(() => q(`{ apiTokens { id } }`)),
  'Mutation.revokeApiToken': {
    call: (w) => q(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: w.disposableTokenId }),
    ok: ['defenseCounsel'],
    NOT_FOUND: ROLES.filter((r) => !['anonymous', 'readToken', 'defenseCounsel'].includes(r)),
    mutation: true,
  },
  'Mutation.queueBoardLink': {
    call: () => q(`mutation { queueBoardLink { url } }`),
    ok: ['admin'],
    otherwise: 'FORBIDDEN',
    mutation: true,
  },
  'Mutation.retryFailedJobs': {
    call: () => q(`mutation { retryFailedJobs(queue: Deliveries) }`),
    ok: ['admin'],
    otherwise: 'FORBIDDEN',
    mutation: true,
  },

  // Courts and their staff
  'Mutation.createCourt': {
    call: () =>
      q(`mutation { createCourt(input: { name: "X", district: "Y", timeZone: "Mars/Olympus" }) { id } }`),
    ok: ['admin'],
    otherwise: 'FORBIDDEN',
    mutation: true,
  },
  'Query.courts': own(() => q(`{ courts { id } }`)),
  'Mutation.createCourtStaff': {
    // The court has staff already: only they add more; the admin only ever made the first.
    call: (w) =>
      q(`mutation($input: CreateCourtStaffInput!) { createCourtStaff(input: $input) { id } }`, {
        input: { courtId: w.courtId, email: 'not-an-email', name: 'Clerk', password: 'x' },
      }),
    ok: ['courtStaffHere'],
    otherwise: 'FORBIDDEN',
    mutation: true,
  },
  'Query.courtStaff': {
    call: (w) => q(`query($id: ID!) { courtStaff(courtId: $id) { id } }`, { id: w.courtId }),
    ok: ['courtStaffHere'],
    otherwise: 'FORBIDDEN',
  },
  // The court's calendar and settings: its own staff or an admin. The date is before the range a day
  // may take (BAD_USER_INPUT), so letting a caller through changes nothing for the next one.
  'Mutation.addCourtHoliday': {
    call: (w) =>
      q(`mutation($input: AddCourtHolidayInput!) { addCourtHoliday(input: $input) { id } }`, {
        input: { courtId: w.courtId, date: '1999-03-31', kind: 'STATE_HOLIDAY', source: 'x' },
      }),
    ok: ['courtStaffHere', 'admin'],
    otherwise: 'FORBIDDEN',
    mutation: true,
  },
  'Mutation.removeCourtHoliday': {
    // No such day on the calendar: those let through hear the day was not found; the rest, FORBIDDEN.
    call: (w) =>
      q(`mutation($input: RemoveCourtHolidayInput!) { removeCourtHoliday(input: $input) { id } }`, {
        input: { courtId: w.courtId, date: '1999-03-31' },
      }),
    NOT_FOUND: ['courtStaffHere', 'admin'],
    otherwise: 'FORBIDDEN',
    mutation: true,
  },
  'Mutation.updateCourt': {
    call: (w) =>
      q(`mutation($input: UpdateCourtInput!) { updateCourt(input: $input) { id } }`, {
        input: { courtId: w.courtId, conferralResponseDays: 0 },
      }),
    ok: ['courtStaffHere', 'admin'],
    otherwise: 'FORBIDDEN',
    mutation: true,
  },
  // The court's intake (issue 16): its own staff only; courts are public, so others are refused.
  'Query.docketLookup': {
    call: (w) =>
      q(
        `query($courtId: ID!, $n: String!) { docketLookup(courtId: $courtId, docketNumber: $n) { caseId } }`,
        {
          courtId: w.courtId,
          n: w.docketNumber,
        },
      ),
    ok: ['courtStaffHere'],
    otherwise: 'FORBIDDEN',
  },
  // The scan is the defense's, so the call is refused after the door.
  'Mutation.recordPaperFiling': {
    call: (w) =>
      q(`mutation($input: RecordPaperFilingInput!) { recordPaperFiling(input: $input) { id } }`, {
        input: {
          caseId: w.caseId,
          fromPartyId: w.plaintiffId,
          kind: 'MOTION_TO_COMPEL',
          receivedOn: '2026-06-01',
          mailedOn: '2026-05-28',
          documentId: w.documentId,
        },
      }),
    ok: ['courtStaffHere'],
    FORBIDDEN: MEMBERS,
    NOT_FOUND: NOT_THE_COURT,
    mutation: true,
  },
  // An empty order is refused after the door, so the world's filing keeps no order.
  'Mutation.enterOrderOnPaperFiling': {
    call: (w) =>
      q(`mutation($input: EnterOrderOnPaperFilingInput!) { enterOrderOnPaperFiling(input: $input) { id } }`, {
        input: { paperFilingId: w.paperFilingId, orderText: '', outcome: 'DENIED' },
      }),
    ok: ['courtStaffHere'],
    FORBIDDEN: MEMBERS,
    NOT_FOUND: NOT_THE_COURT,
    mutation: true,
  },
  // The other side's signer answers (an empty position is refused after the door); the filer, its
  // side and a paralegal are refused at it.
  'Mutation.linkPaperFiling': {
    call: (w) =>
      q(`mutation($input: LinkPaperFilingInput!) { linkPaperFiling(input: $input) { id } }`, {
        input: { paperFilingId: w.paperFilingId, itemIds: [], position: '' },
      }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'defenseParalegal', 'readToken', 'courtStaffHere'],
    NOT_FOUND: NOT_THE_COURT,
    mutation: true,
  },
  'Query.paperFilings': {
    call: () => q(`{ paperFilings { id } }`),
    ok: ['courtStaffHere', 'courtStaffElsewhere'],
    otherwise: 'FORBIDDEN',
  },
  // Issue 17: productions, privilege logs, clawbacks. Mutations carry input refused after the door
  // (or a state refusal), so no role's call changes the world.
  'Mutation.createProduction': {
    call: (w) =>
      q(`mutation($input: CreateProductionInput!) { createProduction(input: $input) { id } }`, {
        input: {
          caseId: w.caseId,
          producingPartyId: w.defendantId,
          receivingPartyId: w.plaintiffId,
          setId: w.productions.rfpId,
          batesPrefix: 'DEF',
          documents: [],
        },
      }),
    ok: ['defenseCounsel', 'defenseParalegal'],
    FORBIDDEN: ['plaintiffProSe', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.discardProduction': {
    call: (w) => q(`mutation($id: ID!) { discardProduction(id: $id) }`, { id: w.productions.productionId }),
    ok: ['defenseCounsel', 'defenseParalegal'],
    FORBIDDEN: ['plaintiffProSe', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.serveProduction': {
    call: (w) =>
      q(`mutation($input: ServeProductionInput!) { serveProduction(input: $input) { id } }`, {
        input: { productionId: w.productions.productionId, method: 'ELECTRONIC', signature: '/s/ Dana Wu' },
      }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Query.documents': caseRead((w) =>
    q(`query($caseId: ID!) { documents(caseId: $caseId) { id } }`, { caseId: w.caseId }),
  ),
  'Query.productions': caseRead((w) =>
    q(`query($caseId: ID!) { productions(caseId: $caseId) { id } }`, { caseId: w.caseId }),
  ),
  'Query.production': caseRead((w) =>
    q(`query($id: ID!) { production(id: $id) { id } }`, { id: w.productions.productionId }),
  ),
  'GET /productions/:id/volume.zip': {
    call: (w) => ({ path: `/productions/${w.productions.productionId}/volume.zip` }),
    ok: MEMBERS,
    NOT_FOUND: NON_MEMBERS,
  },
  'Mutation.addPrivilegeLogEntry': {
    call: (w) =>
      q(`mutation($input: AddPrivilegeLogEntryInput!) { addPrivilegeLogEntry(input: $input) { id } }`, {
        input: {
          caseId: w.caseId,
          producingPartyId: w.defendantId,
          setId: w.productions.rfpId,
          requestItemIds: [],
          date: '2012-03-15',
          author: 'Dana Wu',
          recipients: [],
          documentType: 'Email',
          subject: 'Advice',
          privilege: 'ATTORNEY_CLIENT',
        },
      }),
    ok: ['defenseCounsel', 'defenseParalegal'],
    FORBIDDEN: ['plaintiffProSe', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  // A served entry stays on its log: a refusal of the state, after the door.
  'Mutation.removePrivilegeLogEntry': {
    call: (w) =>
      q(`mutation($id: ID!) { removePrivilegeLogEntry(id: $id) }`, { id: w.productions.logEntryId }),
    ok: ['defenseCounsel', 'defenseParalegal'],
    FORBIDDEN: ['plaintiffProSe', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  // Nothing left to serve: refused after the door.
  'Mutation.servePrivilegeLog': {
    call: (w) =>
      q(`mutation($input: ServePrivilegeLogInput!) { servePrivilegeLog(input: $input) { id } }`, {
        input: {
          caseId: w.caseId,
          producingPartyId: w.defendantId,
          setId: w.productions.rfpId,
          method: 'ELECTRONIC',
          signature: '/s/ Dana Wu',
        },
      }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Query.privilegeLogEntries': caseRead((w) =>
    q(`query($setId: ID!) { privilegeLogEntries(setId: $setId) { id } }`, { setId: w.productions.rfpId }),
  ),
  'Query.privilegeLogs': caseRead((w) =>
    q(`query($setId: ID!) { privilegeLogs(setId: $setId) { id } }`, { setId: w.productions.rfpId }),
  ),
  // The court sees an entry only while a dispute over it is before it; this one is in none.
  'Query.privilegeLogEntry': caseRead((w) =>
    q(`query($id: ID!) { privilegeLogEntry(id: $id) { id } }`, { id: w.productions.logEntryId }),
  ),
  'GET /privilege-logs/:id/log.pdf': {
    call: (w) => ({ path: `/privilege-logs/${w.productions.logId}/log.pdf` }),
    ok: MEMBERS,
    NOT_FOUND: NON_MEMBERS,
  },
  'GET /privilege-logs/:id/log.csv': {
    call: (w) => ({ path: `/privilege-logs/${w.productions.logId}/log.csv` }),
    ok: MEMBERS,
    NOT_FOUND: NON_MEMBERS,
  },
  // The page is clawed back already: refused after the door.
  'Mutation.requestClawback': {
    call: (w) =>
      q(`mutation($input: RequestClawbackInput!) { requestClawback(input: $input) { id } }`, {
        input: { productionId: w.productions.productionId, batesRange: 'DEF0000002', basis: 'Privileged.' },
      }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  // Answered already: refused after the door.
  'Mutation.acknowledgeClawback': {
    call: (w) =>
      q(`mutation($input: AcknowledgeClawbackInput!) { acknowledgeClawback(input: $input) { id } }`, {
        input: { clawbackId: w.productions.clawbackId, outcome: 'DESTROYED' },
      }),
    ok: ['plaintiffProSe'],
    FORBIDDEN: ['defenseCounsel', 'defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  // Withdrawn already: refused after the door.
  'Mutation.withdrawClawback': {
    call: (w) =>
      q(`mutation($id: ID!) { withdrawClawback(clawbackId: $id) { id } }`, {
        id: w.productions.withdrawnClawbackId,
      }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Query.clawback': caseRead((w) =>
    q(`query($id: ID!) { clawback(id: $id) { id } }`, { id: w.productions.clawbackId }),
  ),
  'Query.paperFiling': {
    call: (w) => q(`query($id: ID!) { paperFiling(id: $id) { id } }`, { id: w.paperFilingId }),
    ok: [...MEMBERS, 'courtStaffHere'],
    NOT_FOUND: NOT_THE_COURT,
  },
  'Query.courtDocket': {
    call: () => q(`{ courtDocket { id } }`),
    ok: ['courtStaffHere', 'courtStaffElsewhere'],
    otherwise: 'FORBIDDEN',
  },
  'Query.courtMailings': {
    call: () => q(`{ courtMailings { id } }`),
    ok: ['courtStaffHere', 'courtStaffElsewhere'],
    otherwise: 'FORBIDDEN',
  },
  'Query.docketConflicts': {
    call: () => q(`{ docketConflicts { docketNumber } }`),
    ok: ['courtStaffHere', 'courtStaffElsewhere'],
    otherwise: 'FORBIDDEN',
  },

  // Cases
  'Mutation.createCase': {
    call: (w) =>
      q(`mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`, {
        input: {
          courtId: w.courtId,
          docketNumber: 'C 99-0001',
          title: 'X v. Y',
          judge: 'J',
          parties: [],
          myPartyIndex: 0,
          myRole: 'COUNSEL',
        },
      }),
    ok: ['outsider', 'otherCaseMember', 'plaintiffProSe', 'defenseParalegal', 'defenseCounsel'],
    FORBIDDEN: ['courtStaffElsewhere', 'courtStaffHere', 'admin', 'readToken'],
    mutation: true,
  },
  'Query.cases': own(() => q(`{ cases { edges { node { id } } } }`)),
  'Query.case': caseRead((w) => q(`query($id: ID!) { case(id: $id) { id } }`, { id: w.caseId })),
  'Mutation.inviteToParty': {
    // Plaintiff is represented (pro se on Parley): only its own signer invites to it.
    call: (w) =>
      q(`mutation($input: InviteToPartyInput!) { inviteToParty(input: $input) { id } }`, {
        input: { partyId: w.plaintiffId, email: 'not-an-email', role: 'PRO_SE' },
      }),
    ok: ['plaintiffProSe'],
    FORBIDDEN: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.setPartyAddress': {
    // As inviting: the plaintiff is on Parley, so only its own signer gives its address.
    call: (w) =>
      q(`mutation($input: SetPartyAddressInput!) { setPartyAddress(input: $input) { id } }`, {
        input: { partyId: w.plaintiffId, mailingAddress: ' ' },
      }),
    ok: ['plaintiffProSe'],
    FORBIDDEN: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.acceptInvitation': {
    // An unknown token is not found for any user; court staff and admins are refused before it is read.
    call: () => q(`mutation { acceptInvitation(token: "inv_unknown") { id } }`),
    NOT_FOUND: ['outsider', 'otherCaseMember', 'plaintiffProSe', 'defenseParalegal', 'defenseCounsel'],
    FORBIDDEN: ['courtStaffElsewhere', 'courtStaffHere', 'admin', 'readToken'],
    mutation: true,
  },
  'Query.auditTrail': caseRead((w) =>
    q(`query($id: ID!) { auditTrail(caseId: $id) { edges { cursor } } }`, { id: w.caseId }),
  ),
  'Query.verifyAuditChain': caseRead((w) =>
    q(`query($id: ID!) { verifyAuditChain(caseId: $id) { valid } }`, { id: w.caseId }),
  ),
  'Query.conferralPolicy': caseRead((w) =>
    q(`query($id: ID!) { conferralPolicy(caseId: $id) { lettersQualify } }`, { id: w.caseId }),
  ),
  'Query.deadlines': caseRead((w) =>
    q(`query($id: ID!) { deadlines(caseId: $id) { id } }`, { id: w.caseId }),
  ),
  'Query.discoveryOrders': caseRead((w) =>
    q(`query($id: ID!) { discoveryOrders(caseId: $id) { id } }`, { id: w.caseId }),
  ),
  'Query.discoverySets': caseRead((w) =>
    q(`query($id: ID!) { discoverySets(caseId: $id) { id } }`, { id: w.caseId }),
  ),
  'Query.disputes': caseRead((w) => q(`query($id: ID!) { disputes(caseId: $id) { id } }`, { id: w.caseId })),
  'Mutation.recordDiscoveryOrder': {
    // Parties stipulate; the case's own court orders. Another court never learns the case exists.
    call: (w) =>
      q(`mutation($input: RecordDiscoveryOrderInput!) { recordDiscoveryOrder(input: $input) { id } }`, {
        input: { caseId: w.caseId, kind: 'EARLY_DISCOVERY', source: '' },
      }),
    ok: ['plaintiffProSe', 'defenseCounsel', 'courtStaffHere'],
    FORBIDDEN: ['defenseParalegal', 'readToken'],
    NOT_FOUND: NOT_THE_COURT,
    mutation: true,
  },
  'Mutation.setConferralPolicy': {
    call: (w) =>
      q(`mutation($input: SetConferralPolicyInput!) { setConferralPolicy(input: $input) { caseId } }`, {
        input: { caseId: w.caseId, lettersQualify: true, source: '' },
      }),
    ok: ['plaintiffProSe', 'defenseCounsel', 'courtStaffHere'],
    FORBIDDEN: ['defenseParalegal', 'readToken'],
    NOT_FOUND: NOT_THE_COURT,
    mutation: true,
  },

  // Discovery
  'Mutation.createDiscoverySet': {
    call: (w) =>
      q(`mutation($input: CreateDiscoverySetInput!) { createDiscoverySet(input: $input) { id } }`, {
        input: {
          caseId: w.caseId,
          servingPartyId: w.defendantId,
          respondingPartyId: w.plaintiffId,
          kind: 'INTERROGATORIES',
          title: 'X',
          items: [],
        },
      }),
    ok: ['defenseParalegal', 'defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  // A set the plaintiff mailed, entered by the defense it was served on.
  'Mutation.recordServedSet': {
    call: (w) =>
      q(`mutation($input: RecordServedSetInput!) { recordServedSet(input: $input) { id } }`, {
        input: {
          caseId: w.caseId,
          servingPartyId: w.plaintiffId,
          respondingPartyId: w.defendantId,
          kind: 'INTERROGATORIES',
          title: 'X',
          items: [],
          method: 'MAIL',
          servedAt: '2026-01-05T12:00:00Z',
          documentId: w.documentId,
        },
      }),
    ok: ['defenseParalegal', 'defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Query.interrogatoryAllowance': {
    call: (w) =>
      q(`query($input: InterrogatoryAllowanceInput!) { interrogatoryAllowance(input: $input) { thisSet } }`, {
        input: { servingPartyId: w.defendantId, respondingPartyId: w.plaintiffId, subparts: [0] },
      }),
    ok: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    FORBIDDEN: ['plaintiffProSe'],
    NOT_FOUND: NON_MEMBERS,
  },
  // The defense's mailing to the prisoner in its second case, where he is not on Parley.
  'GET /mailings/:id/packet.pdf': {
    call: (w) => ({ path: `/mailings/${w.mailing.id}/packet.pdf` }),
    ok: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: [...NON_MEMBERS, 'plaintiffProSe'],
  },
  'Query.mailings': caseRead((w) =>
    q(`query($caseId: ID!) { mailings(caseId: $caseId) { id } }`, { caseId: w.caseId }),
  ),
  // Marked in the future: refused after the door, so no role's call changes the world.
  'Mutation.markMailed': {
    call: (w) =>
      q(`mutation($input: MarkMailedInput!) { markMailed(input: $input) { id } }`, {
        input: { mailingId: w.mailing.id, mailedOn: '2099-01-01' },
      }),
    ok: ['defenseParalegal', 'defenseCounsel'],
    FORBIDDEN: ['readToken'],
    NOT_FOUND: [...NON_MEMBERS, 'plaintiffProSe'],
    mutation: true,
  },
  'Query.document': {
    call: (w) => q(`query($id: ID!) { document(id: $id) { id sha256 } }`, { id: w.documentId }),
    ok: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: [...NON_MEMBERS, 'plaintiffProSe'],
  },
  'Query.discoverySet': caseRead((w) =>
    q(`query($id: ID!) { discoverySet(id: $id) { id } }`, { id: w.served.id }),
  ),
  // The defense's draft: to everyone else, it does not exist.
  'Query.discoverySet (a draft)': {
    call: (w) => q(`query($id: ID!) { discoverySet(id: $id) { id } }`, { id: w.draft.id }),
    ok: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: [...NON_MEMBERS, 'plaintiffProSe'],
  },
  'Mutation.serveDiscoverySet': {
    call: (w) =>
      q(`mutation($input: ServeDiscoverySetInput!) { serveDiscoverySet(input: $input) { id } }`, {
        input: { setId: w.draft.id, method: 'MAIL', signature: 'unsigned' },
      }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['defenseParalegal', 'readToken'],
    NOT_FOUND: [...NON_MEMBERS, 'plaintiffProSe'],
    mutation: true,
  },
  // Answers to the plaintiff's set, as if mailed: entered by the party that served the set.
  'Mutation.recordResponse': {
    call: (w) =>
      q(`mutation($input: RecordResponseInput!) { recordResponse(input: $input) { id } }`, {
        input: {
          setId: w.served.id,
          method: 'MAIL',
          servedAt: '2026-01-05T12:00:00Z',
          documentId: w.documentId,
          items: [],
        },
      }),
    ok: ['plaintiffProSe'],
    FORBIDDEN: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.withdrawDiscoverySet': {
    call: (w) => q(`mutation($id: ID!) { withdrawDiscoverySet(setId: $id) { id } }`, { id: w.served.id }),
    ok: ['plaintiffProSe'],
    FORBIDDEN: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.serveResponse': {
    call: (w) =>
      q(`mutation($input: ServeResponseInput!) { serveResponse(input: $input) { id } }`, {
        input: { setId: w.served.id, method: 'ELECTRONIC', signature: 'unsigned', items: [] },
      }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['defenseParalegal', 'plaintiffProSe', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.agreeExtension': {
    call: (w) =>
      q(`mutation($input: AgreeExtensionInput!) { agreeExtension(input: $input) { id } }`, {
        input: { setId: w.served.id, newDueOn: '2026-07-30' },
      }),
    ok: SIGNERS,
    FORBIDDEN: ['defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },

  // Meet and confer
  'Mutation.openDispute': {
    call: (w) =>
      q(`mutation($input: OpenDisputeInput!) { openDispute(input: $input) { id } }`, {
        input: { caseId: w.caseId, itemIds: [w.served.items[2].id], summary: '' },
      }),
    ok: ['plaintiffProSe'],
    FORBIDDEN: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  // The side a served set's requests reached enters the letter disputing its answers; the plaintiff
  // is on Parley, so the call is refused after the door.
  'Mutation.recordDisputeLetter': {
    call: (w) =>
      q(`mutation($input: RecordDisputeLetterInput!) { recordDisputeLetter(input: $input) { id } }`, {
        input: {
          caseId: w.caseId,
          itemIds: [w.served.items[2].id],
          summary: 'x',
          fromPartyId: w.plaintiffId,
          sentOn: '2026-06-01',
          documentId: w.documentId,
          body: 'x',
        },
      }),
    ok: ['defenseParalegal', 'defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Query.dispute': caseRead((w) => q(`query($id: ID!) { dispute(id: $id) { id } }`, { id: w.conferring.id })),
  'Mutation.requestConference': confer((w) =>
    q(`mutation($input: RequestConferenceInput!) { requestConference(input: $input) { id } }`, {
      input: { disputeId: w.conferring.id, mode: 'TELEPHONE', proposedTimes: [], message: 'Call?' },
    }),
  ),
  'Mutation.answerConferenceRequest': {
    // Only the side asked answers; the side that asked is told so.
    call: (w) =>
      q(`mutation($input: AnswerConferenceRequestInput!) { answerConferenceRequest(input: $input) { id } }`, {
        input: { requestId: w.request.id, answer: 'ACCEPT', acceptedTime: '2030-01-01T00:00:00Z' },
      }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.logConference': confer((w) =>
    q(`mutation($input: LogConferenceInput!) { logConference(input: $input) { id } }`, {
      input: {
        disputeId: w.conferring.id,
        mode: 'TELEPHONE',
        heldAt: '2026-06-01T17:00:00Z',
        durationMinutes: 0,
        participants: ['A', 'B'],
        summary: 'x',
      },
    }),
  ),
  'Mutation.confirmConference': {
    call: (w) => q(`mutation($id: ID!) { confirmConference(eventId: $id) { id } }`, { id: w.record.id }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.contestConference': {
    call: (w) =>
      q(`mutation($input: ContestConferenceInput!) { contestConference(input: $input) { id } }`, {
        input: { eventId: w.record.id, reason: '' },
      }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.sendLetter': confer((w) =>
    q(`mutation($input: SendLetterInput!) { sendLetter(input: $input) { id } }`, {
      input: { disputeId: w.conferring.id, body: '' },
    }),
  ),
  // Anyone of either side opens the mail; the plaintiff is on Parley, so the call is refused after the door.
  'Mutation.recordLetter': {
    call: (w) =>
      q(`mutation($input: RecordLetterInput!) { recordLetter(input: $input) { id } }`, {
        input: {
          disputeId: w.conferring.id,
          fromPartyId: w.plaintiffId,
          sentOn: '2026-06-01',
          documentId: w.documentId,
          body: 'x',
        },
      }),
    ok: ['plaintiffProSe', 'defenseParalegal', 'defenseCounsel'],
    FORBIDDEN: ['readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.certifyGoodFaith': confer((w) =>
    q(`mutation($input: CertifyGoodFaithInput!) { certifyGoodFaith(input: $input) { id } }`, {
      input: { disputeId: w.conferring.id, statement: 'We conferred.', signature: 'unsigned' },
    }),
  ),
  'Mutation.resolveDispute': confer((w) =>
    q(`mutation($input: ResolveDisputeInput!) { resolveDispute(input: $input) { id } }`, {
      input: { disputeId: w.conferring.id, resolution: '' },
    }),
  ),
  'Mutation.recordNoShow': {
    // Only the side that asked to confer; the request is unanswered, so the state refuses it (CONFLICT).
    call: (w) =>
      q(`mutation($input: RecordNoShowInput!) { recordNoShow(input: $input) { id } }`, {
        input: { requestId: w.request.id, note: 'Nobody called in.' },
      }),
    ok: ['plaintiffProSe'],
    FORBIDDEN: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.acceptResolution': {
    // Only the moving side accepts; this proposal was superseded, so the state refuses it (CONFLICT).
    call: (w) =>
      q(`mutation($id: ID!) { acceptResolution(proposalId: $id) { id } }`, { id: w.supersededProposal.id }),
    ok: ['plaintiffProSe'],
    FORBIDDEN: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.withdrawDispute': {
    // Only the moving side; here the escalated dispute, which is no longer conferring (CONFLICT).
    call: (w) =>
      q(`mutation($id: ID!) { withdrawDispute(disputeId: $id) { id } }`, { id: w.escalatedDisputeId }),
    ok: ['plaintiffProSe'],
    FORBIDDEN: ['defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Mutation.escalateDispute': confer((w) =>
    q(`mutation($input: EscalateDisputeInput!) { escalateDispute(input: $input) { id } }`, {
      input: { disputeId: w.conferring.id, position: 'Compel.' },
    }),
  ),

  // The court
  'Query.escalation': {
    call: (w) => q(`query($id: ID!) { escalation(id: $id) { id } }`, { id: w.escalation.id }),
    ok: [...MEMBERS, 'courtStaffHere'],
    NOT_FOUND: NOT_THE_COURT,
  },
  'Mutation.submitPosition': {
    call: (w) =>
      q(`mutation($input: SubmitPositionInput!) { submitPosition(input: $input) { id } }`, {
        input: { escalationId: w.escalation.id, position: 'Again.' },
      }),
    ok: SIGNERS,
    FORBIDDEN: ['defenseParalegal', 'courtStaffHere', 'readToken'],
    NOT_FOUND: NOT_THE_COURT,
    mutation: true,
  },
  'Mutation.ruleOnEscalation': {
    call: (w) =>
      q(`mutation($input: RuleOnEscalationInput!) { ruleOnEscalation(input: $input) { outcome } }`, {
        input: { escalationId: w.escalation.id, outcome: 'DENIED', orderText: '' },
      }),
    ok: ['courtStaffHere'],
    FORBIDDEN: ['plaintiffProSe', 'defenseParalegal', 'defenseCounsel', 'readToken'],
    NOT_FOUND: NOT_THE_COURT,
    mutation: true,
  },

  // Time, notices and one's own things
  'Query.computeDeadline': own((w) =>
    q(`query($c: ID!) { computeDeadline(input: { courtId: $c, triggeredOn: "2026-05-01", days: 30 }) }`, {
      c: w.courtId,
    }),
  ),
  'Query.measureJointLetter': {
    call: (w) =>
      q(`query($input: MeasureJointLetterInput!) { measureJointLetter(input: $input) { pages } }`, {
        input: { disputeId: w.conferring.id, position: 'Compel an answer.' },
      }),
    // A read: a signer's read-only token measures too; a paralegal writes no part (FRCP 26(g)).
    ok: [...SIGNERS, 'readToken'],
    FORBIDDEN: ['defenseParalegal'],
    NOT_FOUND: NON_MEMBERS,
  },
  'Query.openDeadlines': own(() => q(`query { openDeadlines { id disputeId } }`)),
  'Query.explainDeadline': own((w) =>
    q(
      `query($c: ID!) { explainDeadline(input: { courtId: $c, triggeredOn: "2026-05-01", days: 30 }) { dueOn } }`,
      {
        c: w.courtId,
      },
    ),
  ),
  'Mutation.markDeadlineMet': {
    // The conferral window is the defense's to answer, and met by answering, not by marking (bad input).
    call: (w) => q(`mutation($id: ID!) { markDeadlineMet(id: $id) { id } }`, { id: w.deadline.id }),
    ok: ['defenseCounsel'],
    FORBIDDEN: ['plaintiffProSe', 'defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  },
  'Query.calendarFeeds': own(() => q(`{ calendarFeeds { id } }`)),
  'Mutation.createCalendarFeed': own(() => q(`mutation { createCalendarFeed { id } }`), true),
  'Mutation.revokeCalendarFeed': {
    call: (w) => q(`mutation($id: ID!) { revokeCalendarFeed(id: $id) { id } }`, { id: w.feed.id }),
    ok: ['defenseCounsel'],
    NOT_FOUND: ROLES.filter((r) => !['anonymous', 'readToken', 'defenseCounsel'].includes(r)),
    mutation: true,
  },
  'Query.notifications': own(() => q(`{ notifications { id } }`)),
  'Query.unreadNotificationCount': own(() => q(`{ unreadNotificationCount }`)),
  'Mutation.markNotificationsRead': own(() => q(`mutation { markNotificationsRead(ids: []) }`), true),
  'Query.notificationPreferences': own(() => q(`{ notificationPreferences { email } }`)),
  'Mutation.updateNotificationPreferences': own(
    () => q(`mutation { updateNotificationPreferences(input: { email: true }) { email } }`),
    true,
  ),
  'Query.webhookEndpoints': own(() => q(`{ webhookEndpoints { id } }`)),
  'Mutation.createWebhookEndpoint': own(
    () => q(`mutation { createWebhookEndpoint(input: { url: "not a url" }) { id } }`),
    true,
  ),
  'Query.webhookDeliveries': {
    call: (w) =>
      q(`query($id: ID!) { webhookDeliveries(endpointId: $id) { edges { cursor } } }`, { id: w.endpointId }),
    ok: ['defenseCounsel', 'readToken'],
    NOT_FOUND: ROLES.filter((r) => !['anonymous', 'readToken', 'defenseCounsel'].includes(r)),
  },
  'Mutation.enableWebhookEndpoint': {
    call: (w) => q(`mutation($id: ID!) { enableWebhookEndpoint(id: $id) { id } }`, { id: w.endpointId }),
    ok: ['defenseCounsel'],
    NOT_FOUND: ROLES.filter((r) => !['anonymous', 'readToken', 'defenseCounsel'].includes(r)),
    mutation: true,
  },
  'Mutation.deleteWebhookEndpoint': {
    call: (w) =>
      q(`mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }`, { id: w.disposableEndpointId }),
    ok: ['defenseCounsel'],
    NOT_FOUND: ROLES.filter((r) => !['anonymous', 'readToken', 'defenseCounsel'].includes(r)),
    mutation: true,
  },
};

/** Meeting and conferring: either side's signer; a paralegal drafts but does not sign (FRCP 26(g)). */
function confer(call: Row['call']): Row {
  return {
    call,
    ok: SIGNERS,
    FORBIDDEN: ['defenseParalegal', 'readToken'],
    NOT_FOUND: NON_MEMBERS,
    mutation: true,
  };
}

/** The outcome the table gives a role, with the defaults for anonymous callers and read-only tokens. */
export function expected(row: Row, role: Role, isPublic: boolean): Outcome {
  for (const outcome of ['ok', 'NOT_FOUND', 'FORBIDDEN'] as const) {
    if (row[outcome]?.includes(role)) return outcome;
  }
  if (role === 'anonymous' && !isPublic) return 'UNAUTHENTICATED';
  if (role === 'readToken' && row.mutation) return 'FORBIDDEN';
  if (row.otherwise) return row.otherwise;
  throw new Error(`The matrix gives no outcome for ${role}`);
}
