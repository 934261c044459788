import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { MAILING_ADDRESS_HELP, MailingAddress, TextLimit, Trim } from '@parley/platform';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/**
 * What identifies a user on a paper they sign (N.D. Cal. Civil L.R. 3-4(a)(1)): counsel's office,
 * telephone and bar number; a litigant's own address. Each is optional until a paper needs it.
 */
@ObjectType('SignerProfile')
export class SignerProfileModel {
  @Field(() => String, { nullable: true })
  mailingAddress!: string | null;

  @Field(() => String, { nullable: true })
  telephone!: string | null;

  @Field(() => String, { nullable: true, description: 'State Bar number, for counsel.' })
  barNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Firm or office, for counsel.' })
  firm!: string | null;
}

const TELEPHONE = /^\+?[0-9 ().-]{7,}( ?(x|ext\.?) ?[0-9]{1,6})?$/i;

/** The profile's fields as inputs: omitted leaves one as it is; null clears it. */
@InputType({ isAbstract: true })
export class SignerProfileFields {
  @Field(() => String, { nullable: true, description: MAILING_ADDRESS_HELP })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @MailingAddress()
  mailingAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. (415) 555-0100 or +1 415 555 0100 x12.' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Trim()
  @IsString()
  @MaxLength(TextLimit.TELEPHONE)
  @Matches(TELEPHONE, { message: 'telephone must be a telephone number, like (415) 555-0100' })
  telephone?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Trim()
  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'barNumber must be letters and digits, at most 20' })
  barNumber?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'firm must not be empty (send null to clear it)' })
  @MaxLength(TextLimit.NAME)
  firm?: string | null;
}

@InputType()
export class UpdateSignerProfileInput extends SignerProfileFields {
  @Field(() => String, { nullable: true, description: 'Your name as you sign it.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(TextLimit.NAME)
  name?: string;
}

export function toSignerProfile(user: {
  mailingAddress: string | null;
  telephone: string | null;
  barNumber: string | null;
  firm: string | null;
}): SignerProfileModel {
  const { mailingAddress, telephone, barNumber, firm } = user;
  return { mailingAddress, telephone, barNumber, firm };
}
