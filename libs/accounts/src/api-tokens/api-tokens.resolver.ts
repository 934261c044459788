import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Grant, Granted } from '@parley/platform';
import { ApiTokenCapabilities } from '../account-capabilities';
import { ApiTokenModel } from './api-token.model';
import { ApiTokensService } from './api-tokens.service';
import { CreateApiTokenInput } from './create-api-token.input';

@Resolver(() => ApiTokenModel)
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @Mutation(() => ApiTokenModel, {
    description: 'A personal API token; its secret is in `token`, shown only now.',
  })
  @Access.session()
  createApiToken(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateApiTokenInput,
  ): Promise<ApiTokenModel> {
    return this.tokens.create(actor, input);
  }

  @Query(() => [ApiTokenModel], { description: 'Your API tokens (without their secrets).' })
  @Access.signedIn()
  apiTokens(@CurrentActor() actor: Actor): Promise<ApiTokenModel[]> {
    return this.tokens.list(actor);
  }

  @Mutation(() => ApiTokenModel, { description: 'Stops the token working at once.' })
  @Access.to(ApiTokenCapabilities.REVOKE, 'id')
  revokeApiToken(
    @Granted() grant: Grant,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<ApiTokenModel> {
    return this.tokens.revoke(grant);
  }
}
