import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar, Connection } from '@parley/platform';
import { CaseEntity } from './case.entity';

/** Case.court, Case.parties and Case.myMemberships are resolved by CaseFieldsResolver with DataLoaders. */
@ObjectType('Case')
export class CaseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  docketNumber!: string;

  @Field()
  title!: string;

  @Field()
  judge!: string;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'The Rule 26(f) conference; discovery opens then (FRCP 26(d)(1)).',
  })
  rule26fConferenceOn!: CalendarDate | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  discoveryCutoffOn!: CalendarDate | null;

  @Field(() => Date)
  createdAt!: Date;

  courtId!: string;
}

@ObjectType()
export class CaseConnection extends Connection(CaseModel, 'Case') {}

export function toCaseModel(c: CaseEntity): CaseModel {
  return {
    id: c.id,
    docketNumber: c.docketNumber,
    title: c.title,
    judge: c.judge,
    rule26fConferenceOn: c.rule26fConferenceOn,
    discoveryCutoffOn: c.discoveryCutoffOn,
    createdAt: c.createdAt,
    courtId: c.courtId,
  };
}
