import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { CourtHolidayKind } from './court-holiday-kind';

@ObjectType('CourtHoliday')
export class CourtHolidayModel {
  @Field(() => CalendarDateScalar)
  date!: CalendarDate;

  @Field(() => CourtHolidayKind)
  kind!: CourtHolidayKind;

  @Field()
  source!: string;
}

@ObjectType('Court')
export class CourtModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  district!: string;

  @Field({ description: 'IANA time zone; a period’s last day ends at midnight here (FRCP 6(a)(4)).' })
  timeZone!: string;

  @Field(() => Int)
  conferralResponseDays!: number;

  @Field(() => Int)
  jointLetterPageLimit!: number;

  @Field(() => Int)
  positionResponseDays!: number;

  @Field(() => [CalendarDateScalar], { description: 'Every extra day off of this court, whatever its kind.' })
  extraHolidays!: CalendarDate[];

  @Field(() => [CourtHolidayModel])
  holidays!: CourtHolidayModel[];
}
