import { Field, ID, InputType } from '@nestjs/graphql';
import { TextLimit, Trim } from '@parley/platform';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class EscalateDisputeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'disputeId must be the id of a dispute' })
  disputeId!: string;

  @Field({ description: 'Your position, issue by issue, for the joint letter.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'position must not be empty' })
  @MaxLength(TextLimit.LONG_TEXT)
  position!: string;

  @Field(() => String, { nullable: true, description: 'Your final proposed compromise.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TextLimit.LONG_TEXT)
  compromise?: string;
}

@InputType()
export class SubmitPositionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'escalationId must be the id of an escalation' })
  escalationId!: string;

  @Field({
    description: 'Your side’s position, issue by issue; replaces your earlier one while the letter is open.',
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'position must not be empty' })
  @MaxLength(TextLimit.LONG_TEXT)
  position!: string;

  @Field(() => String, { nullable: true, description: 'Your final proposed compromise.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TextLimit.LONG_TEXT)
  compromise?: string;
}
