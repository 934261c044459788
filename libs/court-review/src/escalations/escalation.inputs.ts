import { Field, ID, InputType } from '@nestjs/graphql';
import { TextLimit, Trim } from '@parley/platform';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** A side's part of the joint letter. */
@InputType({ isAbstract: true })
abstract class PositionFields {
  @Field({ description: 'Your side’s position, issue by issue.' })
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
export class EscalateDisputeInput extends PositionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'disputeId must be the id of a dispute' })
  disputeId!: string;
}

@InputType({ description: 'Replaces your side’s earlier part while the letter is open.' })
export class SubmitPositionInput extends PositionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'escalationId must be the id of an escalation' })
  escalationId!: string;
}

@InputType({ description: 'Your part of the joint letter as written so far, to measure.' })
export class MeasureJointLetterInput extends PositionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'disputeId must be the id of a dispute' })
  disputeId!: string;
}
