import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Grant, Granted } from '@parley/platform';
import { DeadlineCapabilities } from '../deadline-capabilities';
import { CalendarFeedModel } from './calendar-feed.model';
import { CalendarService } from './calendar.service';

@Resolver(() => CalendarFeedModel)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Mutation(() => CalendarFeedModel, {
    description: 'A secret ICS address listing the deadlines of your cases.',
  })
  @Access.session()
  createCalendarFeed(@CurrentActor() actor: Actor): Promise<CalendarFeedModel> {
    return this.calendar.create(actor);
  }

  @Query(() => [CalendarFeedModel])
  @Access.signedIn()
  calendarFeeds(@CurrentActor() actor: Actor): Promise<CalendarFeedModel[]> {
    return this.calendar.list(actor);
  }

  @Mutation(() => CalendarFeedModel, { description: 'The address stops working at once.' })
  @Access.to(DeadlineCapabilities.REVOKE_FEED, 'id')
  revokeCalendarFeed(
    @Granted() grant: Grant,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<CalendarFeedModel> {
    return this.calendar.revoke(grant);
  }
}
