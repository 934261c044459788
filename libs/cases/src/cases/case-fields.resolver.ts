import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CourtLoader, CourtModel } from '@parley/courts';
import { Actor, GraphQLContext } from '@parley/platform';
import { MembershipModel } from '../parties/membership.model';
import { PartiesLoader } from '../parties/parties.loader';
import { PartyModel } from '../parties/party.model';
import { CaseModel } from './case.model';

/** Relations of a Case the caller already passed the case-access policy to see. */
@Resolver(() => CaseModel)
export class CaseFieldsResolver {
  constructor(
    private readonly courtLoader: CourtLoader,
    private readonly partyLoader: PartiesLoader,
  ) {}

  @ResolveField(() => CourtModel)
  async court(@Parent() parent: CaseModel, @Context() context: GraphQLContext): Promise<CourtModel | null> {
    return this.courtLoader.load(context, parent.courtId);
  }

  @ResolveField(() => [PartyModel], { description: 'In caption order.' })
  parties(@Parent() parent: CaseModel, @Context() context: GraphQLContext): Promise<PartyModel[]> {
    return this.partyLoader.ofCase(context, parent.id);
  }

  @ResolveField(() => [MembershipModel], { description: 'The parties you represent in this case, and how.' })
  myMemberships(@Parent() parent: CaseModel, @Context() context: GraphQLContext): Promise<MembershipModel[]> {
    const actor = context.req.user as Actor;
    return this.partyLoader.mineIn(context, actor.userId, parent.id);
  }
}
