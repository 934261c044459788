import { Signer } from '@parley/papers';

/**
 * The court as the sender of its orders to a party not on Parley: the clerk serves the court's orders
 * on a party without a lawyer on the docket's system, for the court.
 */
export function courtSigner(name: string, court: string): Signer {
  return {
    name,
    signature: `/s/ ${name}`,
    proSe: false,
    party: court,
    side: 'THIRD_PARTY',
    firm: court,
    barNumber: null,
    mailingAddress: null,
    telephone: null,
    email: null,
    capacity: 'For the Court',
  };
}
