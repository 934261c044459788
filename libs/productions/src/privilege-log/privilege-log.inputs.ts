import { Field, ID, InputType } from '@nestjs/graphql';
import { ServiceMethod } from '@parley/deadlines';
import { SIGNATURE_FORMAT, SIGNATURE_MESSAGE } from '@parley/discovery';
import { CalendarDate, CalendarDateScalar, TextLimit, Trim } from '@parley/platform';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { Privilege } from '../production-enums';

@InputType()
export class AddPrivilegeLogEntryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId!: string;

  @Field(() => ID, { description: 'The party withholding: the one the Rule 34 set was served on.' })
  @IsUUID('all', { message: 'producingPartyId must be the id of a party' })
  producingPartyId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'setId must be the id of a discovery set' })
  setId!: string;

  @Field(() => [ID], { description: 'The requests of the set the document is withheld from.' })
  @ArrayMinSize(1, { message: 'requestItemIds must name the request the document is withheld from' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'each of requestItemIds must be the id of a request of the set' })
  requestItemIds!: string[];

  @Field(() => CalendarDateScalar, { description: 'The withheld document’s date.' })
  date!: CalendarDate;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'author must name who wrote the document' })
  @MaxLength(TextLimit.NAME)
  author!: string;

  @Field(() => [String], { description: 'Everyone it went to; none for a note to file.' })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Matches(/\S/, { each: true, message: 'each recipient must be named' })
  @MaxLength(TextLimit.NAME, { each: true })
  recipients!: string[];

  @Field({ description: 'E.g. "Email", "Memorandum", "Draft contract".' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'documentType must say what kind of document it is' })
  @MaxLength(TextLimit.NAME)
  documentType!: string;

  @Field({
    description:
      'The subject matter, described without revealing what is privileged (FRCP 26(b)(5)(A)(ii)): e.g. "Legal advice on the terms of the lease".',
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'subject must describe the subject matter' })
  @MaxLength(TextLimit.SHORT_TEXT)
  subject!: string;

  @Field(() => Privilege)
  @IsEnum(Privilege)
  privilege!: Privilege;

  @Field(() => String, {
    nullable: true,
    description: 'Why it applies; required for OTHER (name the privilege and its basis).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TextLimit.SHORT_TEXT)
  basis?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the document was produced in part (redacted): its Bates range, e.g. DEF0000004-DEF0000006.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  batesRange?: string | null;
}

@InputType()
export class ServePrivilegeLogInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'producingPartyId must be the id of a party' })
  producingPartyId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'setId must be the id of a discovery set' })
  setId!: string;

  @Field(() => ServiceMethod)
  @IsEnum(ServiceMethod)
  method!: ServiceMethod;

  @Field({ description: '"/s/ Your Name" (FRCP 26(g)(1)).' })
  @Trim()
  @IsString()
  @MaxLength(TextLimit.NAME)
  @Matches(SIGNATURE_FORMAT, { message: SIGNATURE_MESSAGE })
  signature!: string;
}
