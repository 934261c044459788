import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, IdPipe, PageArgs } from '@parley/platform';
import {
  CreateWebhookEndpointInput,
  WebhookDeliveryConnection,
  WebhookEndpointModel,
} from './webhook.models';
import { WebhooksService } from './webhooks.service';

@Resolver(() => WebhookEndpointModel)
export class WebhooksResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @Mutation(() => WebhookEndpointModel, {
    description:
      'Register a URL for your notices, signed with HMAC-SHA256 (X-Parley-Signature, X-Parley-Timestamp). The secret is shown once.',
  })
  @Access.signedIn()
  createWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateWebhookEndpointInput,
  ): Promise<WebhookEndpointModel> {
    return this.webhooks.create(actor, input);
  }

  @Query(() => [WebhookEndpointModel])
  @Access.signedIn()
  webhookEndpoints(@CurrentActor() actor: Actor): Promise<WebhookEndpointModel[]> {
    return this.webhooks.list(actor);
  }

  @Mutation(() => WebhookEndpointModel)
  @Access.signedIn()
  deleteWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, new IdPipe()) id: string,
  ): Promise<WebhookEndpointModel> {
    return this.webhooks.delete(actor, id);
  }

  @Mutation(() => WebhookEndpointModel, {
    description: 'Turn a disabled endpoint back on; its pending notices go out in order.',
  })
  @Access.signedIn()
  enableWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, new IdPipe()) id: string,
  ): Promise<WebhookEndpointModel> {
    return this.webhooks.enable(actor, id);
  }

  @Query(() => WebhookDeliveryConnection, {
    description: 'The delivery log of one of your endpoints, newest first.',
  })
  @Access.signedIn()
  webhookDeliveries(
    @CurrentActor() actor: Actor,
    @Args('endpointId', { type: () => ID }, new IdPipe('endpointId')) endpointId: string,
    @Args() { first, after }: PageArgs,
  ): Promise<WebhookDeliveryConnection> {
    return this.webhooks.deliveries(actor, endpointId, first, after);
  }
}
