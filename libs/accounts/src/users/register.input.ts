import { Field, InputType } from '@nestjs/graphql';
import { TextLimit, Trim } from '@parley/platform';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SignerProfileFields } from './signer-profile';

/** Emails compare without case: Jane@Example.org and jane@example.org are one account. */
export const NormalizeEmail = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

@InputType()
export class RegisterInput extends SignerProfileFields {
  @Field()
  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be an email address, like name@example.org' })
  @MaxLength(TextLimit.EMAIL)
  email!: string;

  @Field({
    description: 'At least 10 characters and not easily guessed; a phrase of unrelated words works well.',
  })
  @IsString()
  @MaxLength(TextLimit.PASSWORD)
  password!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(TextLimit.NAME)
  name!: string;
}
