import { Field, ID, InputType } from '@nestjs/graphql';
import { ServiceMethod } from '@parley/deadlines';
import { TextLimit, Trim } from '@parley/platform';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** FRCP 26(g)(1): signed by counsel of record or the party personally; Parley takes a typed /s/ signature. */
export const SIGNATURE_FORMAT = /^\/s\/\s*\S.*$/;
export const SIGNATURE_MESSAGE = 'signature must be typed as "/s/ Your Name" (FRCP 26(g)(1))';

@InputType()
export class ServeDiscoverySetInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'setId must be the id of a discovery set' })
  setId!: string;

  @Field(() => ServiceMethod)
  @IsEnum(ServiceMethod)
  method!: ServiceMethod;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was served (mailed, handed over, sent); default now.',
  })
  @IsOptional()
  @IsDate()
  servedAt?: Date;

  @Field({ description: '"/s/ Your Name" (FRCP 26(g)(1)).' })
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  @Matches(SIGNATURE_FORMAT, { message: SIGNATURE_MESSAGE })
  signature!: string;
}
