import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access, Grant, Granted } from '@parley/platform';
import { SetCapabilities } from '../discovery-capabilities';
import { DiscoveryResponseModel } from './discovery-response.model';
import { DiscoveryResponsesService } from './discovery-responses.service';
import { RecordResponseInput } from './record-response.input';
import { ServeResponseInput } from './serve-response.input';

@Resolver(() => DiscoveryResponseModel)
export class DiscoveryResponsesResolver {
  constructor(private readonly responses: DiscoveryResponsesService) {}

  @Mutation(() => DiscoveryResponseModel, {
    description:
      'Serve responses to a set (the responding party’s counsel or pro se); a later call supplements them (FRCP 26(e)).',
  })
  @Access.to(SetCapabilities.RESPOND, 'input.setId')
  serveResponse(
    @Granted() grant: Grant<'serving' | 'responding'>,
    @Args('input') input: ServeResponseInput,
  ): Promise<DiscoveryResponseModel> {
    return this.responses.serve(grant, input);
  }

  @Mutation(() => DiscoveryResponseModel, {
    description:
      'Enter responses a party not on Parley served on yours by mail, from their scan (POST /documents); served on the day mailed (for a prisoner, handed to prison staff: Houston v. Lack).',
  })
  @Access.to(SetCapabilities.RECORD_RESPONSE, 'input.setId')
  recordResponse(
    @Granted() grant: Grant<'serving' | 'responding'>,
    @Args('input') input: RecordResponseInput,
  ): Promise<DiscoveryResponseModel> {
    return this.responses.record(grant, input);
  }
}
