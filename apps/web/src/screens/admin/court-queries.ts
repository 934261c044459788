import { graphql, ResultOf } from '../../graphql/graphql';

const COURT_FIELDS = graphql(`
  fragment CourtFields on Court @_unmask {
    id
    name
    district
    timeZone
    conferralResponseDays
    positionResponseDays
    jointLetterPageLimit
    holidays {
      date
      kind
      source
    }
  }
`);

/** Who is reading (an admin, or staff of which court) and the courts; the API has no query for one court. */
export const COURT_SCREEN = graphql(
  `
    query CourtScreen {
      me {
        id
        role
        courtId
      }
      courts {
        ...CourtFields
      }
    }
  `,
  [COURT_FIELDS],
);

export const CREATE_COURT = graphql(`
  mutation CreateCourt($input: CreateCourtInput!) {
    createCourt(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_COURT = graphql(
  `
    mutation UpdateCourt($input: UpdateCourtInput!) {
      updateCourt(input: $input) {
        ...CourtFields
      }
    }
  `,
  [COURT_FIELDS],
);

export const ADD_HOLIDAY = graphql(
  `
    mutation AddCourtHoliday($input: AddCourtHolidayInput!) {
      addCourtHoliday(input: $input) {
        ...CourtFields
      }
    }
  `,
  [COURT_FIELDS],
);

export const REMOVE_HOLIDAY = graphql(
  `
    mutation RemoveCourtHoliday($input: RemoveCourtHolidayInput!) {
      removeCourtHoliday(input: $input) {
        ...CourtFields
      }
    }
  `,
  [COURT_FIELDS],
);

export const COURT_STAFF = graphql(`
  query CourtStaff($courtId: ID!) {
    courtStaff(courtId: $courtId) {
      id
      name
      email
    }
  }
`);

export const CREATE_COURT_STAFF = graphql(`
  mutation CreateCourtStaff($input: CreateCourtStaffInput!) {
    createCourtStaff(input: $input) {
      id
      name
      email
    }
  }
`);

export type CourtView = ResultOf<typeof COURT_SCREEN>['courts'][number];
export type HolidayKind = CourtView['holidays'][number]['kind'];

/** Each kind of day off in plain words, and what it moves (FRCP 6(a)(3), (6)(B), (6)(C)). */
export const KINDS: Record<HolidayKind, { name: string; moves: string }> = {
  STATE_HOLIDAY: { name: 'State holiday', moves: 'only deadlines counted forward' },
  DECLARED_HOLIDAY: {
    name: 'Declared holiday',
    moves: 'deadlines counted either way; a day the President or Congress declares',
  },
  CLERK_OFFICE_INACCESSIBLE: { name: 'Clerk’s office closed', moves: 'only filing deadlines' },
};
