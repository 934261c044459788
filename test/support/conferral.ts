import { GraphQLClient } from './graphql-client';

export const DISPUTE_FIELDS = `id status summary conferFrom returnedToConferAt resolution
  items { id number }
  requestingParty { id name } respondingParty { id name }
  conferrals { id kind mode heldAt confirmed confirmation contestReason durationMinutes participants summary fromPartyId requestId }
  requests { id status mode answeredAt answeredLate answerByOn fromPartyId }
  certifications { id partyId signedAt signedBy stale recordsSha256 }
  conferralAssessment { side qualifies basis rule explanation attempt { requestId by at how otherSide contested } }
  respondingAssessment: conferralAssessment(side: RESPONDING) { side qualifies basis explanation attempt { requestId by how } }
  pendingResolution { id status resolution agreedDueOn proposedByPartyId }
  escalation { id status }`;

export const ESCALATION_FIELDS = `id status escalatedAt submittedAt caption court docketNumber judge
  parties { id name side } escalatingParty { id name }
  items { number kind setTitle text response objections dueAfterCutoff }
  conferrals { kind mode heldAt durationMinutes participants summary from confirmation standing contestReason counts }
  requests { mode requestedAt from status answerByOn answeredLate answerTimes
    noShow { scheduledFor note standing contestReason } attempt { by at how otherSide contested } counts }
  conferralBasis { basis rule explanation movant attempt { by how otherSide contested } returnedToConferAt }
  certifications { party statement signedBy signedAt stands }
  positionDueOn otherSideResponded
  positions { party { id name } text compromise }
  ruling { outcome orderText complianceDays complianceDueOn orderedParty { id name } ruledBy }`;

export const OPEN_DISPUTE = `mutation($input: OpenDisputeInput!) { openDispute(input: $input) { ${DISPUTE_FIELDS} } }`;
export const DISPUTE = `query($id: ID!) { dispute(id: $id) { ${DISPUTE_FIELDS} } }`;
export const SEND_LETTER = `mutation($input: SendLetterInput!) { sendLetter(input: $input) { id kind mode heldAt confirmed } }`;
export const LOG_CONFERENCE = `mutation($input: LogConferenceInput!) { logConference(input: $input) { id kind mode confirmed confirmation } }`;
export const CONFIRM = `mutation($id: ID!) { confirmConference(eventId: $id) { id confirmed confirmation } }`;
export const CONTEST = `mutation($input: ContestConferenceInput!) { contestConference(input: $input) { id confirmation contestReason } }`;
export const REQUEST_CONFERENCE = `mutation($input: RequestConferenceInput!) { requestConference(input: $input) { id status mode proposedTimes } }`;
export const ANSWER_REQUEST = `mutation($input: AnswerConferenceRequestInput!) { answerConferenceRequest(input: $input) { id status acceptedTime counterTimes } }`;
export const CERTIFY = `mutation($input: CertifyGoodFaithInput!) { certifyGoodFaith(input: $input) { id signedBy signedAt stale recordsSha256 } }`;
export const ESCALATE = `mutation($input: EscalateDisputeInput!) { escalateDispute(input: $input) { ${ESCALATION_FIELDS} } }`;
export const SUBMIT_POSITION = `mutation($input: SubmitPositionInput!) { submitPosition(input: $input) { ${ESCALATION_FIELDS} } }`;
export const ESCALATION = `query($id: ID!) { escalation(id: $id) { ${ESCALATION_FIELDS} } }`;
export const DOCKET = `query($status: EscalationStatus) { courtDocket(status: $status) { ${ESCALATION_FIELDS} } }`;
export const RECORD_NO_SHOW = `mutation($input: RecordNoShowInput!) { recordNoShow(input: $input) { id kind heldAt recordedAt confirmation requestId fromPartyId } }`;
export const RESOLVE = `mutation($input: ResolveDisputeInput!) { resolveDispute(input: $input) { ${DISPUTE_FIELDS} } }`;
export const ACCEPT_RESOLUTION = `mutation($id: ID!) { acceptResolution(proposalId: $id) { ${DISPUTE_FIELDS} } }`;
export const WITHDRAW_DISPUTE = `mutation($disputeId: ID!) { withdrawDispute(disputeId: $disputeId) { id status } }`;
export const RULE = `mutation($input: RuleOnEscalationInput!) { ruleOnEscalation(input: $input) { outcome orderText complianceDays complianceDueOn orderedParty { id name } ruledBy } }`;

export async function openDispute(
  client: GraphQLClient,
  caseId: string,
  itemIds: string[],
  summary = 'The answers are evasive and incomplete.',
) {
  return (await client.ok(OPEN_DISPUTE, { input: { caseId, itemIds, summary } })).openDispute;
}

export async function certify(client: GraphQLClient, disputeId: string, signature: string) {
  return (
    await client.ok(CERTIFY, {
      input: {
        disputeId,
        statement: 'I conferred in good faith with the other side before seeking the court’s help.',
        signature,
      },
    })
  ).certifyGoodFaith;
}
