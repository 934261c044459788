import { graphql } from '../../graphql/graphql';

export const REQUEST_CONFERENCE = graphql(`
  mutation RequestConference($input: RequestConferenceInput!) {
    requestConference(input: $input) {
      id
    }
  }
`);

export const ANSWER_REQUEST = graphql(`
  mutation AnswerConferenceRequest($input: AnswerConferenceRequestInput!) {
    answerConferenceRequest(input: $input) {
      id
      status
    }
  }
`);

export const LOG_CONFERENCE = graphql(`
  mutation LogConference($input: LogConferenceInput!) {
    logConference(input: $input) {
      id
    }
  }
`);

export const RECORD_NO_SHOW = graphql(`
  mutation RecordNoShow($input: RecordNoShowInput!) {
    recordNoShow(input: $input) {
      id
    }
  }
`);

export const CONFIRM_CONFERENCE = graphql(`
  mutation ConfirmConference($eventId: ID!) {
    confirmConference(eventId: $eventId) {
      id
      confirmation
    }
  }
`);

export const CONTEST_CONFERENCE = graphql(`
  mutation ContestConference($input: ContestConferenceInput!) {
    contestConference(input: $input) {
      id
      confirmation
    }
  }
`);

export const RESOLVE_DISPUTE = graphql(`
  mutation ResolveDispute($input: ResolveDisputeInput!) {
    resolveDispute(input: $input) {
      id
      status
    }
  }
`);

export const ACCEPT_RESOLUTION = graphql(`
  mutation AcceptResolution($proposalId: ID!) {
    acceptResolution(proposalId: $proposalId) {
      id
      status
    }
  }
`);

export const WITHDRAW_DISPUTE = graphql(`
  mutation WithdrawDispute($disputeId: ID!) {
    withdrawDispute(disputeId: $disputeId) {
      id
      status
    }
  }
`);
