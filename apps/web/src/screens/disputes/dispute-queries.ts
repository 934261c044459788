import { graphql, ResultOf } from '../../graphql/graphql';

export const DISPUTE = graphql(`
  query DisputeView($id: ID!, $side: DisputeSide) {
    me {
      id
      name
    }
    dispute(id: $id) {
      id
      caseId
      status
      summary
      requestingParty {
        id
        name
      }
      respondingParty {
        id
        name
      }
      items {
        id
        number
        text
      }
      privilegeLogEntries {
        id
        number
        date
        documentType
        subject
        requestNumbers
      }
      conferrals {
        id
        kind
        mode
        heldAt
        recordedAt
        durationMinutes
        participants
        fromPartyId
        summary
        agreed
        stillDisputed
        confirmation
        contestReason
      }
      requests {
        id
        mode
        requestedAt
        fromPartyId
        message
        status
        proposedTimes
        answerByOn
        answeredAt
        answeredLate
        answerMessage
        acceptedTime
        counterTimes
      }
      resolution
      pendingResolution {
        id
        proposedByPartyId
        proposedAt
        resolution
        agreedDueOn
      }
      certifications {
        id
        partyId
        signedBy
        signedAt
        stale
        statement
      }
      conferralAssessment(side: $side) {
        qualifies
        explanation
      }
      gate(side: $side) {
        open
        missing {
          code
          explanation
        }
      }
      escalation {
        id
        status
        positionDueOn
        escalatingParty {
          id
        }
      }
    }
  }
`);

/** Just enough to know the case and the two sides, before the reader's side is known. */
export const DISPUTE_SIDES = graphql(`
  query DisputeSides($id: ID!) {
    dispute(id: $id) {
      id
      caseId
      respondingParty {
        id
      }
    }
  }
`);

export const SEND_LETTER = graphql(`
  mutation SendLetter($input: SendLetterInput!) {
    sendLetter(input: $input) {
      id
    }
  }
`);

export const CERTIFY = graphql(`
  mutation Certify($input: CertifyGoodFaithInput!) {
    certifyGoodFaith(input: $input) {
      id
      stale
    }
  }
`);

export const ESCALATE = graphql(`
  mutation Escalate($input: EscalateDisputeInput!) {
    escalateDispute(input: $input) {
      id
      status
    }
  }
`);

export const SUBMIT_POSITION = graphql(`
  mutation SubmitPosition($input: SubmitPositionInput!) {
    submitPosition(input: $input) {
      id
      status
    }
  }
`);

export const OPEN_DISPUTE = graphql(`
  mutation OpenDispute($input: OpenDisputeInput!) {
    openDispute(input: $input) {
      id
    }
  }
`);

export const CASE_MEMBERSHIP = graphql(`
  query CaseMembership($id: ID!) {
    case(id: $id) {
      id
      court {
        id
        timeZone
      }
      myMemberships {
        party {
          id
        }
      }
    }
  }
`);

export type DisputeView = NonNullable<ResultOf<typeof DISPUTE>['dispute']>;
export type ConferralRequestView = DisputeView['requests'][number];
export type ConferralEventView = DisputeView['conferrals'][number];
