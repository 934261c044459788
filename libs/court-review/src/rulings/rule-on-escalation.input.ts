import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TextLimit, Trim } from '@parley/platform';
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
import { RulingOutcome } from '../court-review-enums';

@InputType()
export class RuleOnEscalationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'escalationId must be the id of an escalation' })
  escalationId!: string;

  @Field(() => RulingOutcome)
  @IsEnum(RulingOutcome)
  outcome!: RulingOutcome;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'orderText must not be empty' })
  @MaxLength(TextLimit.LONG_TEXT)
  orderText!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'For GRANTED or GRANTED_IN_PART: days the ordered party has to comply, counted under FRCP 6.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  complianceDays?: number;
}
