import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  CalendarDate,
  CalendarDateScalar,
  MAILING_ADDRESS_HELP,
  MailingAddress,
  TextLimit,
  Trim,
} from '@parley/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MemberRole, PartySide } from '../parties/party-enums';

@InputType()
export class PartyInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(TextLimit.NAME)
  name!: string;

  @Field(() => PartySide)
  @IsEnum(PartySide)
  side!: PartySide;

  @Field({ nullable: true, defaultValue: false, description: 'Represents themselves.' })
  @IsOptional()
  @IsBoolean()
  proSe!: boolean;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'In custody (with proSe: FRCP 26(a)(1)(B)(iv)).',
  })
  @IsOptional()
  @IsBoolean()
  incarcerated!: boolean;

  @Field(() => String, { nullable: true, description: MAILING_ADDRESS_HELP })
  @IsOptional()
  @MailingAddress()
  mailingAddress?: string | null;
}

@InputType()
export class CreateCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'courtId must be the id of a court' })
  courtId!: string;

  @Field({ description: 'As on the docket, e.g. "C 13-4426 EDL (PR)".' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'docketNumber must not be empty' })
  @MaxLength(TextLimit.DOCKET_NUMBER)
  docketNumber!: string;

  @Field({ description: 'e.g. "Luckert v. Brannon".' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(TextLimit.TITLE)
  title!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'judge must not be empty' })
  @MaxLength(TextLimit.NAME)
  judge!: string;

  @Field(() => CalendarDateScalar, { nullable: true })
  @IsOptional()
  rule26fConferenceOn?: CalendarDate;

  @Field(() => CalendarDateScalar, { nullable: true })
  @IsOptional()
  discoveryCutoffOn?: CalendarDate;

  @Field(() => [PartyInput])
  @ArrayMinSize(2, { message: 'parties must list at least a plaintiff and a defendant' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PartyInput)
  parties!: PartyInput[];

  @Field(() => Int, { description: 'Which of `parties` you represent (0 is the first).' })
  @IsInt()
  @Min(0)
  myPartyIndex!: number;

  @Field(() => MemberRole)
  @IsEnum(MemberRole)
  myRole!: MemberRole;
}
