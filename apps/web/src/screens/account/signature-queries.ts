import { graphql, ResultOf } from '../../graphql/graphql';

export const SIGNATURE_BLOCK = graphql(`
  query SignatureBlock {
    me {
      id
      name
      signerProfile {
        mailingAddress
        telephone
        firm
        barNumber
      }
    }
  }
`);

export const UPDATE_SIGNATURE_BLOCK = graphql(`
  mutation UpdateSignerProfile($input: UpdateSignerProfileInput!) {
    updateSignerProfile(input: $input) {
      id
      name
      signerProfile {
        mailingAddress
        telephone
        firm
        barNumber
      }
    }
  }
`);

export type Signer = ResultOf<typeof SIGNATURE_BLOCK>['me'];
