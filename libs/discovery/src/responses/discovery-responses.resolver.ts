import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CaseCapability } from '@parley/cases';
import { Access, Actor, CurrentActor } from '@parley/platform';
import { DiscoveryResponseModel } from './discovery-response.model';
import { DiscoveryResponsesService } from './discovery-responses.service';
import { ServeResponseInput } from './serve-response.input';

@Resolver(() => DiscoveryResponseModel)
export class DiscoveryResponsesResolver {
  constructor(private readonly responses: DiscoveryResponsesService) {}

  @Mutation(() => DiscoveryResponseModel, {
    description:
      'Serve responses to a set (the responding party’s counsel or pro se); a later call supplements them (FRCP 26(e)).',
  })
  @Access.case(CaseCapability.SIGN_FOR_PARTY)
  serveResponse(
    @CurrentActor() actor: Actor,
    @Args('input') input: ServeResponseInput,
  ): Promise<DiscoveryResponseModel> {
    return this.responses.serve(actor, input);
  }
}
