import { graphql, ResultOf } from '../../graphql/graphql';

/** What answering a motion needs: which party is yours, and the filer's requests served on it. */
export const ANSWER_CONTEXT = graphql(`
  query FilingAnswerContext($caseId: ID!) {
    case(id: $caseId) {
      id
      title
      myMemberships {
        role
        party {
          id
        }
      }
    }
    discoverySets(caseId: $caseId, first: 100) {
      id
      title
      status
      servingParty {
        id
      }
      respondingParty {
        id
      }
      items {
        id
        number
        text
      }
    }
  }
`);

export type AnswerContext = ResultOf<typeof ANSWER_CONTEXT>;
