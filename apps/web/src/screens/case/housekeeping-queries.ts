import { graphql, ResultOf } from '../../graphql/graphql';

export const SET_PARTY_ADDRESS = graphql(`
  mutation SetPartyAddress($input: SetPartyAddressInput!) {
    setPartyAddress(input: $input) {
      id
      mailingAddress
    }
  }
`);

export const DISCOVERY_ORDERS = graphql(`
  query DiscoveryOrders($caseId: ID!) {
    discoveryOrders(caseId: $caseId, first: 100) {
      id
      kind
      basis
      status
      interrogatoryLimit
      source
      proposedByPartyId
      agreedPartyIds
      effectiveAt
      recordedAt
    }
  }
`);

export const RECORD_DISCOVERY_ORDER = graphql(`
  mutation RecordDiscoveryOrder($input: RecordDiscoveryOrderInput!) {
    recordDiscoveryOrder(input: $input) {
      id
      status
    }
  }
`);

export const CONFERRAL_POLICY = graphql(`
  query ConferralPolicy($caseId: ID!) {
    conferralPolicy(caseId: $caseId) {
      caseId
      isDefault
      lettersQualify
      source
      pending {
        id
        lettersQualify
        source
        agreedPartyIds
        proposedByPartyId
      }
    }
  }
`);

export const SET_CONFERRAL_POLICY = graphql(`
  mutation SetConferralPolicy($input: SetConferralPolicyInput!) {
    setConferralPolicy(input: $input) {
      caseId
      lettersQualify
    }
  }
`);

export const WITHDRAW_SET = graphql(`
  mutation WithdrawSet($setId: ID!) {
    withdrawDiscoverySet(setId: $setId) {
      id
      status
    }
  }
`);

export const MARK_DEADLINE_MET = graphql(`
  mutation MarkDeadlineMet($id: ID!) {
    markDeadlineMet(id: $id) {
      id
      status
    }
  }
`);

export type DiscoveryOrder = ResultOf<typeof DISCOVERY_ORDERS>['discoveryOrders'][number];
export type OrderKind = DiscoveryOrder['kind'];
export type Policy = ResultOf<typeof CONFERRAL_POLICY>['conferralPolicy'];

export const ORDER_KIND_WORDS: Record<OrderKind, string> = {
  INTERROGATORY_LIMIT: 'How many interrogatories each party may serve on another',
  EARLY_DISCOVERY: 'Discovery before the Rule 26(f) conference',
  DISCOVERY_AFTER_CUTOFF: 'Discovery whose responses fall due after the cut-off',
};

/** A party named by its id, as the lists of who stipulated give it. */
export type PartyName = { id: string; name: string };
export const namesOf = (ids: readonly string[], parties: readonly PartyName[]) =>
  ids.map((id) => parties.find((p) => p.id === id)?.name ?? 'a party no longer in the case').join(', ');
