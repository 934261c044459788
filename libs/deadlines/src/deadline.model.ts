import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { DeadlineKind, DeadlineStatus } from './deadline-enums';
import { DeadlineEntity } from './deadline.entity';

@ObjectType('DeadlineStep')
export class DeadlineStepModel {
  @Field({ description: 'The rule applied, e.g. "FRCP 6(a)(1)(C)".' })
  rule!: string;

  @Field()
  text!: string;

  @Field(() => CalendarDateScalar)
  date!: CalendarDate;
}

@ObjectType('DeadlineComputation')
export class DeadlineComputationModel {
  @Field(() => CalendarDateScalar)
  dueOn!: CalendarDate;

  @Field(() => [DeadlineStepModel], { description: 'The work, step by step; the last step’s date is dueOn.' })
  steps!: DeadlineStepModel[];
}

@ObjectType('Deadline')
export class DeadlineModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => CalendarDateScalar, {
    description: 'The last day, ending at midnight in the court’s time zone (FRCP 6(a)(4)).',
  })
  dueOn!: CalendarDate;

  @Field(() => DeadlineStatus)
  status!: DeadlineStatus;

  @Field()
  description!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: 'The party that must act.' })
  partyId!: string;

  @Field()
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => [DeadlineStepModel])
  steps!: DeadlineStepModel[];
}

export function toDeadlineModel(d: DeadlineEntity): DeadlineModel {
  return {
    id: d.id,
    caseId: d.caseId,
    kind: d.kind,
    dueOn: d.dueOn,
    status: d.status,
    description: d.description,
    partyId: d.partyId,
    subjectType: d.subjectType,
    subjectId: d.subjectId,
    steps: d.steps,
  };
}
