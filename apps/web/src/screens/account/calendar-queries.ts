import { graphql, ResultOf } from '../../graphql/graphql';

export const CALENDAR_FEEDS = graphql(`
  query CalendarFeeds {
    calendarFeeds {
      id
      createdAt
      revokedAt
    }
  }
`);

export const REVOKE_CALENDAR_FEED = graphql(`
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id) {
      id
      revokedAt
    }
  }
`);

export type CalendarFeedRow = ResultOf<typeof CALENDAR_FEEDS>['calendarFeeds'][number];
