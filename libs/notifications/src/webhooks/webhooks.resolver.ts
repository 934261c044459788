import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Grant, Granted, PageArgs } from '@parley/platform';
import { WebhookCapabilities } from '../notification-capabilities';
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
  @Access.session()
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
  @Access.to(WebhookCapabilities.MANAGE, 'id')
  deleteWebhookEndpoint(
    @Granted() grant: Grant,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<WebhookEndpointModel> {
    return this.webhooks.delete(grant);
  }

  @Mutation(() => WebhookEndpointModel, {
    description: 'Turn a disabled endpoint back on; its pending notices go out in order.',
  })
  @Access.to(WebhookCapabilities.MANAGE, 'id')
  enableWebhookEndpoint(
    @Granted() grant: Grant,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<WebhookEndpointModel> {
    return this.webhooks.enable(grant);
  }

  @Query(() => WebhookDeliveryConnection, {
    description: 'The delivery log of one of your endpoints, newest first.',
  })
  @Access.to(WebhookCapabilities.MANAGE, 'endpointId')
  webhookDeliveries(
    @Granted() grant: Grant,
    @Args('endpointId', { type: () => ID }) _endpointId: string,
    @Args() { first, after }: PageArgs,
  ): Promise<WebhookDeliveryConnection> {
    return this.webhooks.deliveries(grant, first, after);
  }
}
