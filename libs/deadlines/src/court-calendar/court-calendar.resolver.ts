import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CourtModel } from '@parley/courts';
import { Access, Grant, Granted } from '@parley/platform';
import { CourtCalendarCapabilities } from './court-calendar-capabilities';
import { AddCourtHolidayInput, RemoveCourtHolidayInput, UpdateCourtInput } from './court-calendar.inputs';
import { CourtCalendarService } from './court-calendar.service';

/**
 * The court's calendar and settings after it is set up: here rather than in the courts lib because a
 * day off moves the open deadlines that count through it, and deadlines are counted here.
 */
@Resolver(() => CourtModel)
export class CourtCalendarResolver {
  constructor(private readonly service: CourtCalendarService) {}

  @Mutation(() => CourtModel, {
    description:
      'Add a day to a court’s calendar (an admin, or that court’s staff). Open deadlines that count through it are counted again under FRCP 6, moved with their reminders, and the parties told. The same day, kind and source again changes nothing; another entry for the day is a CONFLICT.',
  })
  @Access.to(CourtCalendarCapabilities.CHANGE_CALENDAR, 'input.courtId')
  addCourtHoliday(@Granted() grant: Grant, @Args('input') input: AddCourtHolidayInput): Promise<CourtModel> {
    return this.service.addHoliday(grant, input);
  }

  @Mutation(() => CourtModel, {
    description:
      'Remove a day from a court’s calendar (an admin, or that court’s staff); the deadlines it moved move back, and the parties are told.',
  })
  @Access.to(CourtCalendarCapabilities.CHANGE_CALENDAR, 'input.courtId')
  removeCourtHoliday(
    @Granted() grant: Grant,
    @Args('input') input: RemoveCourtHolidayInput,
  ): Promise<CourtModel> {
    return this.service.removeHoliday(grant, input);
  }

  @Mutation(() => CourtModel, {
    description:
      'Change a court’s settings (an admin, or that court’s staff). Only the fields given change; they count periods that start afterwards.',
  })
  @Access.to(CourtCalendarCapabilities.CHANGE_SETTINGS, 'input.courtId')
  updateCourt(@Granted() grant: Grant, @Args('input') input: UpdateCourtInput): Promise<CourtModel> {
    return this.service.updateSettings(grant, input);
  }
}
