import { graphql, ResultOf } from '../../graphql/graphql';

export const CASE = graphql(`
  query CaseView($id: ID!) {
    case(id: $id) {
      id
      title
      docketNumber
      judge
      discoveryCutoffOn
      court {
        id
        name
        timeZone
      }
      myMemberships {
        party {
          id
        }
      }
      paperFilings {
        id
        kind
        status
        receivedOn
        responseDueOn
        fromParty {
          id
          name
        }
        escalation {
          id
        }
      }
      parties {
        id
        name
        side
        proSe
        incarcerated
        mailingAddress
        members {
          id
          name
          role
        }
      }
    }
    discoverySets(caseId: $id, first: 100) {
      id
      kind
      title
      status
      servedOn
      responseDueOn
      servingParty {
        id
        name
      }
      respondingParty {
        id
        name
      }
      response {
        id
      }
      onPaper {
        recordedBy
        receivedOn
        scan {
          id
        }
      }
      items {
        id
        number
        text
      }
    }
    disputes(caseId: $id, first: 100) {
      id
      status
      summary
      requestingParty {
        id
        name
      }
      escalation {
        id
        status
      }
    }
    deadlines(caseId: $id, first: 100) {
      id
      kind
      dueOn
      status
      todo
      partyId
    }
    auditTrail(caseId: $id, first: 20) {
      edges {
        node {
          id
          seq
          action
          occurredAt
          subjectType
        }
      }
    }
  }
`);

export const VERIFY = graphql(`
  query VerifyTrail($id: ID!) {
    verifyAuditChain(caseId: $id) {
      valid
      eventCount
      brokenAt
    }
  }
`);

export type CaseData = ResultOf<typeof CASE>;
export type CaseSet = CaseData['discoverySets'][number];

export const SET_STATUS_WORDS: Record<CaseSet['status'], string> = {
  DRAFT: 'Draft, not served',
  SERVED: 'Served, awaiting responses',
  RESPONDED: 'Answered',
  OVERDUE: 'Responses overdue',
  WITHDRAWN: 'Withdrawn',
};

export const KIND_WORDS: Record<CaseSet['kind'], string> = {
  INTERROGATORIES: 'Interrogatories',
  PRODUCTION: 'Requests for production',
  ADMISSIONS: 'Requests for admission',
};

export const DISPUTE_STATUS_WORDS: Record<CaseData['disputes'][number]['status'], string> = {
  CONFERRING: 'Meeting and conferring',
  ESCALATED: 'Before the court',
  RESOLVED: 'Resolved',
  RULED: 'Ruled on',
  WITHDRAWN: 'Withdrawn',
};
