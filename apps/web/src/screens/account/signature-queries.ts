import { graphql, ResultOf } from '../../graphql/graphql';

/** What a signed paper shows of its signer; unmasked, so the form reads it directly. */
const SIGNER_FIELDS = graphql(`
  fragment SignerFields on User @_unmask {
    id
    name
    signerProfile {
      mailingAddress
      telephone
      firm
      barNumber
    }
  }
`);

export const SIGNATURE_BLOCK = graphql(
  `
    query SignatureBlock {
      me {
        ...SignerFields
      }
    }
  `,
  [SIGNER_FIELDS],
);

export const UPDATE_SIGNATURE_BLOCK = graphql(
  `
    mutation UpdateSignerProfile($input: UpdateSignerProfileInput!) {
      updateSignerProfile(input: $input) {
        ...SignerFields
      }
    }
  `,
  [SIGNER_FIELDS],
);

export type Signer = ResultOf<typeof SIGNATURE_BLOCK>['me'];
