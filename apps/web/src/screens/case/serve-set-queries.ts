import { graphql } from '../../graphql/graphql';

export const SERVE_CONTEXT = graphql(`
  query ServeContext($id: ID!) {
    me {
      id
      name
    }
    case(id: $id) {
      id
      title
      docketNumber
      myMemberships {
        role
        party {
          id
          name
        }
      }
      parties {
        id
        name
      }
    }
  }
`);

export const ALLOWANCE = graphql(`
  query Allowance($input: InterrogatoryAllowanceInput!) {
    interrogatoryAllowance(input: $input) {
      thisSet
      alreadyServed
      limit
      remaining
      allowed
      explanation
    }
  }
`);

export const CREATE_SET = graphql(`
  mutation CreateSet($input: CreateDiscoverySetInput!) {
    createDiscoverySet(input: $input) {
      id
      title
    }
  }
`);

export const SERVE_SET = graphql(`
  mutation ServeSet($input: ServeDiscoverySetInput!) {
    serveDiscoverySet(input: $input) {
      id
      status
      servedOn
      responseDueOn
    }
  }
`);
