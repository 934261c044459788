import { graphql, ResultOf } from '../../graphql/graphql';

/** The court's own zone, for the moments a clerk reads. */
export const MY_COURT = graphql(`
  query MyCourt {
    me {
      id
      courtId
    }
    courts {
      id
      name
      timeZone
    }
  }
`);

export const DOCKET = graphql(`
  query Docket($status: EscalationStatus) {
    courtDocket(status: $status, first: 100) {
      id
      status
      caption
      docketNumber
      escalatedAt
      positionDueOn
      parties {
        id
        name
        side
      }
      escalatingParty {
        id
        name
      }
    }
  }
`);

export const ESCALATION = graphql(`
  query Escalation($id: ID!) {
    escalation(id: $id) {
      id
      scans {
        id
        filename
        pages
      }
      status
      caption
      court
      docketNumber
      judge
      escalatedAt
      positionDueOn
      otherSideResponded
      escalatingParty {
        id
        name
      }
      parties {
        id
        name
        side
      }
      items {
        number
        kind
        setTitle
        text
        response
        objections
        dueAfterCutoff
      }
      privilegeLogEntries {
        number
        producingParty
        date
        author
        recipients
        documentType
        subject
        privilege
        batesRange
        requests
      }
      positions {
        party {
          id
          name
        }
        text
        compromise
        submittedAt
      }
      conferralBasis {
        basis
        explanation
        rule
      }
      conferrals {
        kind
        mode
        heldAt
        from
        summary
        standing
        contestReason
        counts
      }
      certifications {
        party
        statement
        signedBy
        signedAt
        stands
      }
      ruling {
        outcome
        orderText
        complianceDays
        complianceDueOn
        orderedParty {
          name
        }
        ruledAt
        ruledBy
      }
    }
  }
`);

export const RULE = graphql(`
  mutation Rule($input: RuleOnEscalationInput!) {
    ruleOnEscalation(input: $input) {
      id
      outcome
      orderText
      complianceDays
      complianceDueOn
      ruledAt
    }
  }
`);

export type DocketEntry = ResultOf<typeof DOCKET>['courtDocket'][number];
export type EscalationView = NonNullable<ResultOf<typeof ESCALATION>['escalation']>;

/** How the docket names each status, for a clerk. */
export const STATUS_WORDS: Record<DocketEntry['status'], string> = {
  AWAITING_POSITION: 'Waiting for the other side’s part',
  SUBMITTED: 'Ready for a ruling',
  RULED: 'Ruled',
};

export const OUTCOME_WORDS: Record<NonNullable<EscalationView['ruling']>['outcome'], string> = {
  GRANTED: 'Granted',
  GRANTED_IN_PART: 'Granted in part',
  DENIED: 'Denied',
  RETURNED_TO_CONFER: 'Returned to the parties to meet and confer',
  VACATED: 'Vacated',
};
