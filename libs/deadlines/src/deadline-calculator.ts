import { Injectable } from '@nestjs/common';
import { CourtModel, CourtsService } from '@parley/courts';
import { BadInputError } from '@parley/platform';
import {
  CalendarDate,
  computeDeadline,
  courtDayOf,
  CourtCalendar,
  DeadlineComputation,
  DeadlineInputError,
  DeadlineRequest,
} from '@parley/rules';

export function courtCalendar(court: Pick<CourtModel, 'timeZone' | 'holidays'>): CourtCalendar {
  return { timeZone: court.timeZone, extraDays: court.holidays };
}

/** The rules library applied to a court's own calendar; its input errors become BAD_USER_INPUT. */
@Injectable()
export class DeadlineCalculator {
  constructor(private readonly courts: CourtsService) {}

  async forCourt(courtId: string, request: Omit<DeadlineRequest, 'calendar'>): Promise<DeadlineComputation> {
    return this.compute(await this.courts.get(courtId), request);
  }

  compute(court: CourtModel, request: Omit<DeadlineRequest, 'calendar'>): DeadlineComputation {
    try {
      return computeDeadline({ ...request, calendar: courtCalendar(court) });
    } catch (error) {
      if (error instanceof DeadlineInputError) throw new BadInputError(error.message);
      throw error;
    }
  }

  /** FRCP 6(a)(4): the court's calendar day of an instant. */
  courtDay(court: CourtModel, instant: Date): CalendarDate {
    return courtDayOf(instant, court.timeZone);
  }
}
