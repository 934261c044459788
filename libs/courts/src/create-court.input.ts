import { Field, InputType, Int } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar, TextLimit, Trim } from '@parley/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CourtHolidayKind } from './court-holiday-kind';

@InputType()
export class CourtHolidayInput {
  @Field(() => CalendarDateScalar)
  date!: CalendarDate;

  @Field(() => CourtHolidayKind)
  @IsEnum(CourtHolidayKind)
  kind!: CourtHolidayKind;

  @Field({ description: 'Where the day comes from, e.g. "Cal. Gov. Code 6700: César Chávez Day".' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'source must say where the holiday comes from' })
  @MaxLength(TextLimit.TITLE)
  source!: string;
}

@InputType()
export class CreateCourtInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(TextLimit.NAME)
  name!: string;

  @Field({ description: 'e.g. "N.D. Cal."' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'district must not be empty' })
  @MaxLength(TextLimit.NAME)
  district!: string;

  @Field({ description: 'IANA time zone, e.g. America/Los_Angeles.' })
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  timeZone!: string;

  @Field(() => Int, { nullable: true, description: 'Default 10.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  conferralResponseDays?: number;

  @Field(() => Int, { nullable: true, description: 'Default 5.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  jointLetterPageLimit?: number;

  @Field(() => Int, { nullable: true, description: 'Default 5.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  positionResponseDays?: number;

  @Field(() => [CalendarDateScalar], {
    nullable: true,
    description: 'State holidays of the court’s state (FRCP 6(a)(6)(C)); counted for forward periods only.',
  })
  @IsOptional()
  @ArrayMaxSize(500)
  extraHolidays?: CalendarDate[];

  @Field(() => [CourtHolidayInput], { nullable: true, description: 'Extra days with their kind and source.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CourtHolidayInput)
  holidays?: CourtHolidayInput[];
}
