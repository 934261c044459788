import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, IdPipe } from '@parley/platform';
import { CalendarFeedModel } from './calendar-feed.model';
import { CalendarService } from './calendar.service';

@Resolver(() => CalendarFeedModel)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Mutation(() => CalendarFeedModel, {
    description: 'A secret ICS address listing the deadlines of your cases.',
  })
  @Access.signedIn()
  createCalendarFeed(@CurrentActor() actor: Actor): Promise<CalendarFeedModel> {
    return this.calendar.create(actor);
  }

  @Query(() => [CalendarFeedModel])
  @Access.signedIn()
  calendarFeeds(@CurrentActor() actor: Actor): Promise<CalendarFeedModel[]> {
    return this.calendar.list(actor);
  }

  @Mutation(() => CalendarFeedModel, { description: 'The address stops working at once.' })
  @Access.signedIn()
  revokeCalendarFeed(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, new IdPipe()) id: string,
  ): Promise<CalendarFeedModel> {
    return this.calendar.revoke(actor, id);
  }
}
