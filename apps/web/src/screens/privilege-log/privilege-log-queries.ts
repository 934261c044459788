import { graphql, ResultOf } from '../../graphql/graphql';

export const PRIVILEGE_LOG = graphql(`
  query PrivilegeLogView($setId: ID!) {
    me {
      id
      name
    }
    discoverySet(id: $setId) {
      id
      caseId
      kind
      title
      status
      servingParty {
        id
        name
      }
      respondingParty {
        id
        name
      }
      items {
        id
        number
        text
      }
    }
    privilegeLogEntries(setId: $setId) {
      id
      number
      served
      date
      author
      recipients
      documentType
      subject
      privilege
      basis
      batesRange
      requestItemIds
      requestNumbers
    }
    privilegeLogs(setId: $setId) {
      id
      sequence
      title
      servedOn
      pdfUrl
      csvUrl
      entries {
        id
      }
    }
  }
`);

/** Served entries of a set's logs, for choosing which a dispute challenges. */
export const ENTRIES_TO_DISPUTE = graphql(`
  query EntriesToDispute($setId: ID!) {
    privilegeLogEntries(setId: $setId) {
      id
      number
      served
      date
      documentType
      subject
      privilege
      requestItemIds
      requestNumbers
    }
  }
`);

export const ADD_ENTRY = graphql(`
  mutation AddPrivilegeLogEntry($input: AddPrivilegeLogEntryInput!) {
    addPrivilegeLogEntry(input: $input) {
      id
    }
  }
`);

export const REMOVE_ENTRY = graphql(`
  mutation RemovePrivilegeLogEntry($id: ID!) {
    removePrivilegeLogEntry(id: $id)
  }
`);

export const SERVE_LOG = graphql(`
  mutation ServePrivilegeLog($input: ServePrivilegeLogInput!) {
    servePrivilegeLog(input: $input) {
      id
      title
      sequence
    }
  }
`);

export type PrivilegeLogData = ResultOf<typeof PRIVILEGE_LOG>;
export type LogEntry = PrivilegeLogData['privilegeLogEntries'][number];
export type Privilege = LogEntry['privilege'];

export const PRIVILEGE_WORDS: Record<Privilege, string> = {
  ATTORNEY_CLIENT: 'Attorney–client privilege',
  WORK_PRODUCT: 'Work product (FRCP 26(b)(3))',
  OTHER: 'Another privilege or protection',
};
