import { graphql, ResultOf } from '../../graphql/graphql';

/** What entering a mailed paper needs: who is not on Parley, the sets he may answer, the disputes. */
export const RECORD_PAPER_CONTEXT = graphql(`
  query RecordPaperContext($id: ID!) {
    case(id: $id) {
      id
      title
      docketNumber
      court {
        id
        timeZone
      }
      myMemberships {
        party {
          id
        }
      }
      parties {
        id
        name
        incarcerated
        members {
          id
        }
      }
    }
    discoverySets(caseId: $id, first: 100) {
      id
      kind
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
        subparts
      }
    }
    disputes(caseId: $id, first: 100) {
      id
      status
      summary
      requestingParty {
        id
      }
      respondingParty {
        id
      }
    }
  }
`);

export type RecordPaperContext = ResultOf<typeof RECORD_PAPER_CONTEXT>;
