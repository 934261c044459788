import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Grant, Granted, GraphQLContext, SystemRole } from '@parley/platform';
import { PartyCapabilities } from '../access/case-capabilities';
import { MembershipModel } from '../parties/membership.model';
import { PartiesLoader } from '../parties/parties.loader';
import { PartyModel } from '../parties/party.model';
import { InvitationModel } from './invitation.model';
import { InvitationsService } from './invitations.service';
import { InviteToPartyInput } from './invite-to-party.input';

@Resolver(() => InvitationModel)
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly partyLoader: PartiesLoader,
  ) {}

  @Mutation(() => InvitationModel, {
    description: 'Invite someone to represent a party: your own, or one nobody represents on Parley yet.',
  })
  @Access.to(PartyCapabilities.INVITE, 'input.partyId')
  inviteToParty(
    @Granted() grant: Grant<'party'>,
    @Args('input') input: InviteToPartyInput,
  ): Promise<InvitationModel> {
    return this.service.invite(grant, input);
  }

  @Mutation(() => MembershipModel, {
    description:
      'Join the party you were invited to. Joining records your consent to electronic service (FRCP 5(b)(2)(E)).',
  })
  @Access.roles(SystemRole.USER)
  acceptInvitation(@CurrentActor() actor: Actor, @Args('token') token: string): Promise<MembershipModel> {
    return this.service.accept(actor, token);
  }

  @ResolveField(() => PartyModel)
  party(
    @Parent() invitation: InvitationModel,
    @Context() context: GraphQLContext,
  ): Promise<PartyModel | null> {
    return this.partyLoader.byId(context, invitation.partyId);
  }
}
