import { graphql, ResultOf } from '../../graphql/graphql';

/** A set as either side reads it: its requests and, for a Rule 34 set, what was produced or withheld. */
export const SET_VIEW = graphql(`
  query SetView($id: ID!) {
    discoverySet(id: $id) {
      id
      caseId
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
      items {
        id
        number
        text
        production {
          pages
          withheld
          withheldEntries
          ranges {
            productionId
            volume
            batesRange
          }
        }
      }
    }
  }
`);

export type SetView = NonNullable<ResultOf<typeof SET_VIEW>['discoverySet']>;
