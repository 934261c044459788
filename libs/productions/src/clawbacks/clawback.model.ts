import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { ClawbackOutcome } from '../production-enums';

@ObjectType('Clawback', {
  description:
    'Produced pages claimed back as privileged (FRCP 26(b)(5)(B); FRE 502(b), (d)), and the receiving party’s answer.',
})
export class ClawbackModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  productionId!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  producingPartyId!: string;

  @Field(() => ID)
  receivingPartyId!: string;

  @Field({ description: 'The pages, e.g. "DEF0000004–DEF0000006".' })
  batesRange!: string;

  @Field()
  firstBates!: string;

  @Field()
  lastBates!: string;

  @Field(() => Int)
  pages!: number;

  @Field({ description: 'The privilege claimed and its basis.' })
  basis!: string;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => CalendarDateScalar, { description: 'The day the receiving party must answer by.' })
  answerDueOn!: CalendarDate;

  @Field(() => ClawbackOutcome, { nullable: true, description: 'Null until the receiving party answers.' })
  outcome!: ClawbackOutcome | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the producing party gave up the claim (or the court rejected it): the pages are usable again.',
  })
  withdrawnAt!: Date | null;
}
