import { Field, ID, InputType } from '@nestjs/graphql';
import { SIGNATURE_FORMAT, SIGNATURE_MESSAGE } from '@parley/discovery';
import { TextLimit, Trim } from '@parley/platform';
import { IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType()
export class CertifyGoodFaithInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'disputeId must be the id of a dispute' })
  disputeId!: string;

  @Field({
    description:
      'That you conferred or attempted to confer in good faith, and how (FRCP 37(a)(1); L.R. 37-1(b)).',
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'statement must not be empty' })
  @MaxLength(TextLimit.SHORT_TEXT)
  statement!: string;

  @Field({ description: '"/s/ Your Name".' })
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  @Matches(SIGNATURE_FORMAT, { message: SIGNATURE_MESSAGE })
  signature!: string;
}
