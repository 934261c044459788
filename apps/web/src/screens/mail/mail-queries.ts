import { graphql, ResultOf } from '../../graphql/graphql';

/** What a list of mailings shows of each, the party's and the court's alike. */
const MAILING_FIELDS = graphql(`
  fragment MailingFields on Mailing @_unmask {
    id
    partyId
    partyName
    address
    paperKind
    paperTitle
    dueOn
    preparedAt
    mailedOn
  }
`);

export const MAILINGS = graphql(
  `
    query Mailings($caseId: ID!) {
      mailings(caseId: $caseId, first: 100) {
        ...MailingFields
      }
    }
  `,
  [MAILING_FIELDS],
);

export type Mailing = ResultOf<typeof MAILING_FIELDS>;

export const COURT_MAILINGS = graphql(
  `
    query CourtMailings {
      courtMailings(first: 100) {
        ...MailingFields
      }
    }
  `,
  [MAILING_FIELDS],
);

export const MARK_MAILED = graphql(`
  mutation MarkMailed($input: MarkMailedInput!) {
    markMailed(input: $input) {
      id
      mailedOn
      dueOn
    }
  }
`);

export const RECORD_SERVED_SET = graphql(`
  mutation RecordServedSet($input: RecordServedSetInput!) {
    recordServedSet(input: $input) {
      id
      title
      responseDueOn
    }
  }
`);

export const RECORD_LETTER = graphql(`
  mutation RecordLetter($input: RecordLetterInput!) {
    recordLetter(input: $input) {
      id
      heldAt
    }
  }
`);

export const RECORD_DISPUTE_LETTER = graphql(`
  mutation RecordDisputeLetter($input: RecordDisputeLetterInput!) {
    recordDisputeLetter(input: $input) {
      id
      summary
    }
  }
`);

export const RECORD_RESPONSE = graphql(`
  mutation RecordResponse($input: RecordResponseInput!) {
    recordResponse(input: $input) {
      id
      late
    }
  }
`);
