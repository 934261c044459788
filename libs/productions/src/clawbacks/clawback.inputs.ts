import { Field, ID, InputType } from '@nestjs/graphql';
import { TextLimit, Trim } from '@parley/platform';
import { IsEnum, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { ClawbackOutcome } from '../production-enums';

@InputType()
export class RequestClawbackInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'productionId must be the id of a production' })
  productionId!: string;

  @Field({ description: 'The pages, e.g. "DEF0000004-DEF0000006" or one number.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'batesRange must name the pages clawed back' })
  @MaxLength(TextLimit.NAME)
  batesRange!: string;

  @Field({
    description:
      'The claim and its basis (FRCP 26(b)(5)(B)), e.g. "Attorney-client privilege: counsel’s advice on the lease, produced inadvertently (FRE 502(b))".',
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'basis must state the privilege claimed and its basis' })
  @MaxLength(TextLimit.SHORT_TEXT)
  basis!: string;
}

@InputType()
export class AcknowledgeClawbackInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'clawbackId must be the id of a clawback' })
  clawbackId!: string;

  @Field(() => ClawbackOutcome)
  @IsEnum(ClawbackOutcome)
  outcome!: ClawbackOutcome;
}
