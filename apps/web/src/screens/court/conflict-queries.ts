import { graphql, ResultOf } from '../../graphql/graphql';

export const DOCKET_CONFLICTS = graphql(`
  query DocketConflicts($first: Int, $after: String) {
    docketConflicts(first: $first, after: $after) {
      docketNumber
      claims {
        caseId
        title
        claimedAt
        parties {
          name
          side
          onParley
        }
      }
    }
  }
`);

export type DocketConflict = ResultOf<typeof DOCKET_CONFLICTS>['docketConflicts'][number];
export type DocketClaim = DocketConflict['claims'][number];
