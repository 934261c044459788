import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar, ListArgs } from '@parley/platform';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PaperFilingKind, PaperFilingStatus } from '../court-review-enums';

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
