import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access, Grant, Granted } from '@parley/platform';
import { PartyCapabilities } from '../access/case-capabilities';
import { PartyAddressService } from './party-address.service';
import { PartyModel } from './party.model';
import { SetPartyAddressInput } from './set-party-address.input';

@Resolver(() => PartyModel)
export class PartyAddressResolver {
  constructor(private readonly addresses: PartyAddressService) {}

  @Mutation(() => PartyModel, {
    description:
      'Where the party is served by mail (FRCP 5(b)(2)(C)): by its own counsel or pro se litigant, or by any party while nobody represents it on Parley.',
  })
  @Access.to(PartyCapabilities.SET_ADDRESS, 'input.partyId')
  setPartyAddress(
    @Granted() grant: Grant<'party'>,
    @Args('input') input: SetPartyAddressInput,
  ): Promise<PartyModel> {
    return this.addresses.set(grant, input);
  }
}
