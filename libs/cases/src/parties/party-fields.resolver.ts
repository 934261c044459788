import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@parley/platform';
import { MembershipModel } from './membership.model';
import { PartiesLoader } from './parties.loader';
import { PartyModel } from './party.model';

@Resolver(() => PartyModel)
export class PartyFieldsResolver {
  constructor(private readonly partyLoader: PartiesLoader) {}

  @ResolveField(() => [MembershipModel], {
    description: 'Who represents the party on Parley (empty: serve it by mail, FRCP 5(b)(2)(C)).',
  })
  members(@Parent() party: PartyModel, @Context() context: GraphQLContext): Promise<MembershipModel[]> {
    return this.partyLoader.membersOf(context, party.id);
  }
}

@Resolver(() => MembershipModel)
export class MembershipFieldsResolver {
  constructor(private readonly partyLoader: PartiesLoader) {}

  @ResolveField(() => PartyModel)
  party(
    @Parent() membership: MembershipModel,
    @Context() context: GraphQLContext,
  ): Promise<PartyModel | null> {
    return membership.party
      ? Promise.resolve(membership.party)
      : this.partyLoader.byId(context, membership.partyId);
  }
}
