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
import { DeadlineBasis } from './deadline-basis';
import { StoredStep } from './deadline.entity';

/** A computed date as a tracked deadline stores it: the date, the work, and the count to redo. */
export interface TrackedComputation {
  dueOn: CalendarDate;
  steps: StoredStep[];
  basis: DeadlineBasis;
}

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

  /**
   * A date to track as a deadline: `lead` steps (the rule that sets the period) come first and stay
   * when the date is counted again after a change to the court's calendar.
   */
  track(
    court: CourtModel,
    request: Omit<DeadlineRequest, 'calendar'>,
    lead: StoredStep[] = [],
  ): TrackedComputation {
    const { dueOn, steps } = this.compute(court, request);
    return {
      dueOn,
      steps: [...lead, ...steps],
      basis: {
        triggeredOn: request.triggeredOn,
        days: request.days,
        direction: request.direction ?? 'AFTER',
        method: request.method ?? null,
        filing: request.filing,
        leadSteps: lead.length,
      },
    };
  }

  /** FRCP 6(a)(4): the court's calendar day of an instant. */
  courtDay(court: CourtModel, instant: Date): CalendarDate {
    return courtDayOf(instant, court.timeZone);
  }
}
