import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar, ListArgs, TextLimit, Trim } from '@parley/platform';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PaperFilingKind, PaperFilingStatus, RulingOutcome } from '../court-review-enums';

@InputType()
export class RecordPaperFilingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId!: string;

  @Field(() => ID, { description: 'The party that mailed it.' })
  @IsUUID('all', { message: 'fromPartyId must be the id of a party' })
  fromPartyId!: string;

  @Field(() => PaperFilingKind)
  @IsEnum(PaperFilingKind)
  kind!: PaperFilingKind;

  @Field(() => CalendarDateScalar, { description: 'The day the court received it.' })
  receivedOn!: CalendarDate;

  @Field(() => CalendarDateScalar, {
    description:
      'The day mailed, as its certificate of service or postmark says; for a prisoner, the day handed to prison staff (Houston v. Lack).',
  })
  mailedOn!: CalendarDate;

  @Field(() => ID, {
    description: 'The scan your court uploaded (POST /documents with the case and the filer as partyId).',
  })
  @IsUUID('all', { message: 'documentId must be the id of a document' })
  documentId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The page where the paper certifies that the parties met and conferred (FRCP 37(a)(1)); leave out when it has none.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'certificationPage must be a page of the paper, 1 or more' })
  @Max(10_000)
  certificationPage?: number;
}

@ArgsType()
export class PaperFilingsArgs extends ListArgs {
  @Field(() => PaperFilingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PaperFilingStatus)
  status?: PaperFilingStatus;
}

@InputType()
export class EnterOrderOnPaperFilingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'paperFilingId must be the id of a paper filing' })
  paperFilingId!: string;

  @Field({ description: 'The order as the court enters it: the proposed order, edited.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'orderText must not be empty: enter the order’s text' })
  @MaxLength(TextLimit.LONG_TEXT)
  orderText!: string;

  @Field(() => RulingOutcome, {
    description: 'VACATED for discovery sent to the court; GRANTED, DENIED or GRANTED_IN_PART for a motion.',
  })
  @IsEnum(RulingOutcome)
  outcome!: RulingOutcome;
}

@InputType()
export class LinkPaperFilingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'paperFilingId must be the id of a paper filing' })
  paperFilingId!: string;

  @Field(() => [ID], {
    description:
      'The served requests the motion concerns (the filer’s, served on your party); none with notServed.',
  })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'each of itemIds must be the id of a served request' })
  itemIds!: string[];

  @Field({
    nullable: true,
    description: 'The requests the motion concerns were never served on your party.',
  })
  @IsOptional()
  @IsBoolean()
  notServed?: boolean;

  @Field({ description: 'Your position on the motion, as in a joint letter.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'position must say what your side asks the court to decide, and why' })
  @MaxLength(TextLimit.LONG_TEXT)
  position!: string;
}
