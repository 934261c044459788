import { graphql, ResultOf } from '../graphql/graphql';

/** Everything "What to do next" shows, in one request: cases, their open deadlines, new notices. */
export const WHAT_TO_DO = graphql(`
  query WhatToDo {
    cases(first: 100) {
      edges {
        node {
          id
          title
          docketNumber
          myMemberships {
            party {
              id
            }
          }
          parties {
            id
            name
          }
        }
      }
    }
    openDeadlines(first: 100) {
      id
      caseId
      kind
      dueOn
      todo
      partyId
      subjectType
      subjectId
      disputeId
      steps {
        rule
        text
        date
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

export type CaseSummary = ResultOf<typeof WHAT_TO_DO>['cases']['edges'][number]['node'];
export type Deadline = ResultOf<typeof WHAT_TO_DO>['openDeadlines'][number];
