import { graphql, ResultOf } from '../../graphql/graphql';

export const SET_TO_ANSWER = graphql(`
  query SetToAnswer($id: ID!) {
    me {
      id
      name
    }
    discoverySet(id: $id) {
      id
      caseId
      kind
      title
      status
      responseDueOn
      servingParty {
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
        subparts
      }
      response {
        id
      }
      extensions {
        id
        status
        newDueOn
        previousDueOn
        proposedByPartyId
      }
    }
  }
`);

export const SERVE_RESPONSE = graphql(`
  mutation ServeResponse($input: ServeResponseInput!) {
    serveResponse(input: $input) {
      id
      unverified
    }
  }
`);

export const AGREE_EXTENSION = graphql(`
  mutation AgreeExtension($input: AgreeExtensionInput!) {
    agreeExtension(input: $input) {
      id
      status
      newDueOn
    }
  }
`);

export type SetToAnswer = NonNullable<ResultOf<typeof SET_TO_ANSWER>['discoverySet']>;

export const ADMISSION_WORDS = {
  ADMIT: 'Admit',
  DENY: 'Deny',
  CANNOT_ADMIT_OR_DENY: 'Cannot admit or deny (say why)',
} as const;

export const PRODUCTION_WORDS = {
  WILL_PRODUCE: 'Will produce',
  PRODUCING_WITH_WITHHOLDING: 'Producing, but withholding some on the objections stated',
  WITHHOLDING_ALL: 'Withholding every responsive document on the objections stated',
  NONE_EXIST: 'No such documents exist',
} as const;
