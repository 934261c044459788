import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, IdListPipe } from '@parley/platform';
import { NotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => [NotificationModel], { description: 'Your notices, newest first (at most 200).' })
  @Access.signedIn()
  notifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean,
  ): Promise<NotificationModel[]> {
    return this.service.list(actor, unreadOnly ?? false);
  }

  @Query(() => Int)
  @Access.signedIn()
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Int, {
    description: 'Marks the given notices read, or all when ids is omitted; returns how many.',
  })
  @Access.signedIn()
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], nullable: true }, new IdListPipe('ids')) ids?: string[],
  ): Promise<number> {
    return this.service.markRead(actor, ids ?? null);
  }
}
