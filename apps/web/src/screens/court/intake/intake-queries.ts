import { graphql, ResultOf } from '../../../graphql/graphql';

export const FILING_FIELDS = graphql(`
  fragment FilingFields on PaperFiling @_unmask {
    id
    caseId
    kind
    status
    receivedOn
    mailedOn
    caption
    docketNumber
    fromParty {
      id
      name
    }
    documentId
    certificationPage
    recordedBy
    responseDueOn
    respondentParty {
      id
      name
    }
    itemIds
    notServed
    position
    verdict {
      open
      missing {
        code
        explanation
      }
      explanation
    }
    proposedOrder
    orderText
    outcome
    escalation {
      id
      status
    }
  }
`);

export const DOCKET_LOOKUP = graphql(`
  query DocketLookup($courtId: ID!, $docketNumber: String!) {
    docketLookup(courtId: $courtId, docketNumber: $docketNumber) {
      caseId
      docketNumber
      caption
      judge
      parties {
        id
        name
        side
        onParley
        incarcerated
      }
    }
  }
`);

export const RECORD_PAPER_FILING = graphql(
  `
    mutation RecordPaperFiling($input: RecordPaperFilingInput!) {
      recordPaperFiling(input: $input) {
        ...FilingFields
      }
    }
  `,
  [FILING_FIELDS],
);

export const PAPER_FILINGS = graphql(`
  query PaperFilings($status: PaperFilingStatus) {
    paperFilings(status: $status, first: 100) {
      id
      kind
      status
      caption
      docketNumber
      receivedOn
      fromParty {
        id
        name
      }
      escalation {
        id
      }
    }
  }
`);

export const PAPER_FILING = graphql(
  `
    query PaperFiling($id: ID!) {
      paperFiling(id: $id) {
        ...FilingFields
      }
    }
  `,
  [FILING_FIELDS],
);

export const ENTER_ORDER = graphql(`
  mutation EnterOrderOnPaperFiling($input: EnterOrderOnPaperFilingInput!) {
    enterOrderOnPaperFiling(input: $input) {
      id
      outcome
    }
  }
`);

export const LINK_PAPER_FILING = graphql(
  `
    mutation LinkPaperFiling($input: LinkPaperFilingInput!) {
      linkPaperFiling(input: $input) {
        ...FilingFields
      }
    }
  `,
  [FILING_FIELDS],
);

export type Filing = ResultOf<typeof FILING_FIELDS>;
export type DocketEntry = NonNullable<ResultOf<typeof DOCKET_LOOKUP>['docketLookup']>;

export const KIND_WORDS: Record<Filing['kind'], string> = {
  DISCOVERY_FILED_WITH_COURT: 'Discovery papers sent to the court',
  MOTION_TO_COMPEL: 'A motion to compel discovery',
  OTHER_DISCOVERY_MOTION: 'Another discovery motion',
};

export const FILING_STATUS_WORDS: Record<Filing['status'], string> = {
  AWAITING_RESPONSE: 'Waiting for the other side’s answer',
  READY_FOR_ORDER: 'Ready for the court’s order',
  ORDER_ENTERED: 'Order entered',
};
