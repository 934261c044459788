import { graphql, ResultOf } from '../graphql/graphql';

export const MY_CASES = graphql(`
  query MyCases {
    cases(first: 100) {
      edges {
        node {
          id
          title
          docketNumber
          myMemberships {
            party {
              id
              name
            }
          }
        }
      }
    }
    notifications(unreadOnly: true) {
      id
      kind
      message
      createdAt
    }
  }
`);

export const CASE_DEADLINES = graphql(`
  query CaseDeadlines($caseId: ID!) {
    deadlines(caseId: $caseId, first: 100) {
      id
      kind
      dueOn
      status
      description
      partyId
      subjectType
      subjectId
      steps {
        rule
        text
        date
      }
    }
  }
`);

export type CaseSummary = ResultOf<typeof MY_CASES>['cases']['edges'][number]['node'];
export type Deadline = ResultOf<typeof CASE_DEADLINES>['deadlines'][number];
