import { Field, ID, InputType } from '@nestjs/graphql';
import { TextLimit, Trim } from '@parley/platform';
import { IsBoolean, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class SetConferralPolicyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId!: string;

  @Field({ description: 'An exchange of letters, one each way, counts as conferral.' })
  @IsBoolean()
  lettersQualify!: boolean;

  @Field({ description: 'Where it comes from, e.g. "Scheduling Order, Dkt. 18, ¶ 6".' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'source must say where the policy comes from' })
  @MaxLength(TextLimit.TITLE)
  source!: string;
}
