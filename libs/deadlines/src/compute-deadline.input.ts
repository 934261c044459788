import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { MAX_PERIOD_DAYS } from '@parley/rules';
import { CountDirection, ServiceMethod } from './deadline-enums';

@InputType()
export class ComputeDeadlineInput {
  @Field(() => ID, { description: 'Whose calendar: its time zone and extra holidays.' })
  @IsUUID('all', { message: 'courtId must be the id of a court' })
  courtId!: string;

  @Field(() => CalendarDateScalar, {
    description: 'The day of the event (service, an order), in the court’s zone.',
  })
  triggeredOn!: CalendarDate;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_PERIOD_DAYS)
  days!: number;

  @Field(() => ServiceMethod, {
    nullable: true,
    description: 'How the triggering paper was served (FRCP 6(d)).',
  })
  @IsOptional()
  @IsEnum(ServiceMethod)
  method?: ServiceMethod | null;

  @Field(() => CountDirection, { nullable: true, description: 'Default AFTER.' })
  @IsOptional()
  @IsEnum(CountDirection)
  direction?: CountDirection;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'A time for filing with the court (e.g. the Civil L.R. 37-3 last day for a discovery motion): a day the clerk’s office is inaccessible extends it (FRCP 6(a)(3)). Default false: a time to act toward another party.',
  })
  @IsOptional()
  @IsBoolean()
  filing?: boolean | null;
}
