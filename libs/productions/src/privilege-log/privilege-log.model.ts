import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceMethod } from '@parley/deadlines';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { Privilege } from '../production-enums';

@ObjectType('PrivilegeLogEntry', {
  description:
    'A document withheld on a claim of privilege, described as FRCP 26(b)(5)(A) requires: its party’s draft until served on a log.',
})
export class PrivilegeLogEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  setId!: string;

  @Field(() => ID)
  producingPartyId!: string;

  @Field(() => ID)
  receivingPartyId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Its number on the party’s log for the set; given when served.',
  })
  number!: number | null;

  @Field({ description: 'Served on a log: fixed from then on.' })
  served!: boolean;

  @Field(() => ID, { nullable: true })
  logId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the log it is on was served.' })
  servedAt!: Date | null;

  @Field(() => CalendarDateScalar)
  date!: CalendarDate;

  @Field()
  author!: string;

  @Field(() => [String])
  recipients!: string[];

  @Field()
  documentType!: string;

  @Field()
  subject!: string;

  @Field(() => Privilege)
  privilege!: Privilege;

  @Field(() => String, { nullable: true })
  basis!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The produced (redacted) pages, when partly produced.',
  })
  batesRange!: string | null;

  @Field(() => [ID])
  requestItemIds!: string[];

  @Field(() => [Int])
  requestNumbers!: number[];

  @Field(() => [String], {
    description: 'The requests it withholds from, with their text, as the court reads them.',
  })
  requests!: string[];
}

@ObjectType('PrivilegeLog', {
  description: 'A privilege log as served (the first for a set, then supplements).',
})
export class PrivilegeLogModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  setId!: string;

  @Field(() => ID)
  producingPartyId!: string;

  @Field(() => ID)
  receivingPartyId!: string;

  @Field(() => Int, { description: '1 for the log; 2 and on for its supplements.' })
  sequence!: number;

  @Field()
  title!: string;

  @Field(() => Date)
  servedAt!: Date;

  @Field(() => CalendarDateScalar)
  servedOn!: CalendarDate;

  @Field(() => ServiceMethod)
  serviceMethod!: ServiceMethod;

  @Field()
  signature!: string;

  @Field(() => [PrivilegeLogEntryModel])
  entries!: PrivilegeLogEntryModel[];

  @Field({ description: 'The log as served, a PDF (GET).' })
  pdfUrl!: string;

  @Field({ description: 'The log as CSV (GET).' })
  csvUrl!: string;
}
