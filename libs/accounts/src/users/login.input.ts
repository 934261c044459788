import { Field, InputType } from '@nestjs/graphql';
import { TextLimit } from '@parley/platform';
import { IsString, MaxLength } from 'class-validator';

/** Checked against the account by passport-local (auth/local.strategy.ts). */
@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(TextLimit.EMAIL)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(TextLimit.PASSWORD)
  password!: string;
}
