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

/** Each kind of day off in plain words, with what it does to a count (FRCP 6(a)(3), (6)). */
export const KIND_WORDS: Record<HolidayKind, string> = {
  STATE_HOLIDAY: 'State holiday: moves only deadlines counted forward',
  DECLARED_HOLIDAY: 'Holiday declared by the President or Congress: moves deadlines counted either way',
  CLERK_OFFICE_INACCESSIBLE: 'Clerk’s office closed: moves only filing deadlines',
};
