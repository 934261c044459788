import { graphql, ResultOf } from '../../graphql/graphql';

/** The case's productions as its lists show them: a line each. */
export const CASE_PRODUCTIONS = graphql(`
  query CaseProductions($caseId: ID!) {
    productions(caseId: $caseId, first: 100) {
      id
      status
      setId
      setTitle
      volume
      firstBates
      lastBates
      pages
      producingParty {
        id
        name
      }
      receivingParty {
        id
        name
      }
      servedOn
      clawbacks {
        id
        outcome
      }
    }
  }
`);

export type ProductionLine = ResultOf<typeof CASE_PRODUCTIONS>['productions'][number];

/** What the builder needs: the set's requests, its parties, and the files produced before (produced again). */
export const BUILDER = graphql(`
  query ProductionBuilder($setId: ID!) {
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
  }
`);

export type BuilderSet = NonNullable<ResultOf<typeof BUILDER>['discoverySet']>;

/**
 * The producing party's files in the case, and the productions with their files: a file produced
 * before can be produced again, with its numbers.
 */
export const PRODUCED_BEFORE = graphql(`
  query ProducedBefore($caseId: ID!, $partyId: ID!) {
    documents(caseId: $caseId, partyId: $partyId, first: 100) {
      id
      filename
      pages
      contentType
    }
    case(id: $caseId) {
      id
      myMemberships {
        role
        party {
          id
        }
      }
    }
    productions(caseId: $caseId, first: 100) {
      id
      status
      setId
      batesPrefix
      volume
      producingParty {
        id
      }
      documents {
        documentId
        filename
        pages
        native
        firstBates
        lastBates
      }
    }
  }
`);

export const WITHDRAW_CLAWBACK = graphql(`
  mutation WithdrawClawback($clawbackId: ID!) {
    withdrawClawback(clawbackId: $clawbackId) {
      id
      withdrawnAt
    }
  }
`);

export const CREATE_PRODUCTION = graphql(`
  mutation CreateProduction($input: CreateProductionInput!) {
    createProduction(input: $input) {
      id
    }
  }
`);

export const PRODUCTION = graphql(`
  query ProductionView($id: ID!) {
    me {
      id
      name
    }
    production(id: $id) {
      id
      caseId
      status
      setId
      setTitle
      batesPrefix
      volume
      firstBates
      lastBates
      pages
      createdAt
      producingParty {
        id
        name
      }
      receivingParty {
        id
        name
      }
      servedAt
      servedOn
      serviceMethod
      signature
      volumeUrl
      volumeSha256
      clawbacks {
        id
        batesRange
        pages
        basis
        requestedAt
        answerDueOn
        outcome
        answeredAt
        withdrawnAt
      }
      documents {
        documentId
        filename
        firstBates
        lastBates
        sha256
        pages
        native
        reproduced
        confidentiality
        custodian
        requestItemIds
        requestNumbers
        clawedBack
      }
      loadFiles {
        dat
        opt
      }
    }
  }
`);

/** Which side of a production the reader is on, and as what (counsel, pro se, paralegal). */
export const MY_SIDE = graphql(`
  query MySide($caseId: ID!) {
    case(id: $caseId) {
      id
      court {
        id
        timeZone
      }
      myMemberships {
        role
        party {
          id
        }
      }
    }
  }
`);

export const SERVE_PRODUCTION = graphql(`
  mutation ServeProduction($input: ServeProductionInput!) {
    serveProduction(input: $input) {
      id
      status
    }
  }
`);

export const DISCARD_PRODUCTION = graphql(`
  mutation DiscardProduction($id: ID!) {
    discardProduction(id: $id)
  }
`);

export const REQUEST_CLAWBACK = graphql(`
  mutation RequestClawback($input: RequestClawbackInput!) {
    requestClawback(input: $input) {
      id
      batesRange
      answerDueOn
    }
  }
`);

export const ACKNOWLEDGE_CLAWBACK = graphql(`
  mutation AcknowledgeClawback($input: AcknowledgeClawbackInput!) {
    acknowledgeClawback(input: $input) {
      id
      outcome
    }
  }
`);

export const CLAWBACK = graphql(`
  query ClawbackPlace($id: ID!) {
    clawback(id: $id) {
      id
      productionId
    }
  }
`);

export type ProductionView = NonNullable<ResultOf<typeof PRODUCTION>['production']>;
export type Confidentiality = ProductionView['documents'][number]['confidentiality'];
export type ClawbackOutcome = NonNullable<
  ResultOf<typeof ACKNOWLEDGE_CLAWBACK>['acknowledgeClawback']['outcome']
>;
export type Role = NonNullable<ResultOf<typeof MY_SIDE>['case']>['myMemberships'][number]['role'];

export const CONFIDENTIALITY_WORDS: Record<Confidentiality, string> = {
  NONE: 'Not designated',
  CONFIDENTIAL: 'Confidential',
  HIGHLY_CONFIDENTIAL: 'Highly confidential (attorneys’ eyes only)',
};

/** What the receiving side did with clawed-back pages, as it says so (FRCP 26(b)(5)(B)). */
export const OUTCOME_CHOICES: Record<ClawbackOutcome, { label: string; explained: string; done: string }> = {
  SEQUESTERED: {
    label: 'Sequester them',
    explained:
      'Set the pages aside, sealed away: nobody reads, uses or shares them until the claim is settled.',
    done: 'Sequestered: set aside, unused, until the claim is settled',
  },
  RETURNED: {
    label: 'Return them',
    explained: 'Send the pages back to the producing side and keep no copy.',
    done: 'Returned, no copy kept',
  },
  DESTROYED: {
    label: 'Destroy them',
    explained: 'Destroy every copy of the pages.',
    done: 'Destroyed, every copy',
  },
  CHALLENGED: {
    label: 'Challenge the claim',
    explained:
      'Say the pages are not privileged. Keep them sealed away meanwhile; the court can be asked to decide.',
    done: 'Challenged: kept sealed away while the court may decide',
  },
};

export const METHOD_WORDS = {
  ELECTRONIC: 'Through Parley (electronic service, FRCP 5(b)(2)(E))',
  MAIL: 'By mail (FRCP 5(b)(2)(C))',
  HAND: 'By hand (FRCP 5(b)(2)(A)–(B))',
} as const;
export type Method = keyof typeof METHOD_WORDS;

/** Every service method the API knows, in words, for a paper already served. */
export const SERVED_BY_WORDS: Record<string, string> = {
  ELECTRONIC: 'through Parley',
  MAIL: 'by mail',
  HAND: 'by hand',
  LEFT_WITH_CLERK: 'by leaving it with the court clerk',
  OTHER_CONSENTED: 'by a means the other side consented to',
};

/** Counsel of record or the party personally signs and serves (FRCP 26(g)(1)). */
export const signs = (role: Role | undefined) => role === 'COUNSEL' || role === 'PRO_SE';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
