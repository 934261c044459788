import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CourtHolidayKind } from '@parley/courts';
import { CalendarDate, CalendarDateScalar, TextLimit, Trim } from '@parley/platform';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@InputType()
export class AddCourtHolidayInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courtId must be the id of a court' })
  courtId!: string;

  @Field(() => CalendarDateScalar, { description: 'The day, on the court’s calendar.' })
  date!: CalendarDate;

  @Field(() => CourtHolidayKind)
  @IsEnum(CourtHolidayKind, {
    message: 'kind must be STATE_HOLIDAY, DECLARED_HOLIDAY or CLERK_OFFICE_INACCESSIBLE',
  })
  kind!: CourtHolidayKind;

  @Field({
    description:
      'Where the day comes from, for the lawyers who check the count: e.g. "Cal. Gov. Code § 6700(a)(7): Cesar Chavez Day" or "General Order 26-07: courthouse closed".',
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'source must say where the day comes from (a statute, an order, a notice)' })
  @MaxLength(TextLimit.TITLE)
  source!: string;
}

@InputType()
export class RemoveCourtHolidayInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courtId must be the id of a court' })
  courtId!: string;

  @Field(() => CalendarDateScalar)
  date!: CalendarDate;
}

@InputType()
export class UpdateCourtInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courtId must be the id of a court' })
  courtId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Days the other side has to answer a request to confer (1 to 60).',
  })
  @IsOptional()
  @IsInt({ message: 'conferralResponseDays must be a whole number of days' })
  @Min(1, { message: 'conferralResponseDays must be at least 1 day' })
  @Max(60, { message: 'conferralResponseDays must be at most 60 days' })
  conferralResponseDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Pages of a joint discovery letter (1 to 50).' })
  @IsOptional()
  @IsInt({ message: 'jointLetterPageLimit must be a whole number of pages' })
  @Min(1, { message: 'jointLetterPageLimit must be at least 1 page' })
  @Max(50, { message: 'jointLetterPageLimit must be at most 50 pages' })
  jointLetterPageLimit?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days the other side has to add its part of a joint letter (1 to 60).',
  })
  @IsOptional()
  @IsInt({ message: 'positionResponseDays must be a whole number of days' })
  @Min(1, { message: 'positionResponseDays must be at least 1 day' })
  @Max(60, { message: 'positionResponseDays must be at most 60 days' })
  positionResponseDays?: number | null;
}
