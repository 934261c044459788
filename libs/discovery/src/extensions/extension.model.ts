import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { ExtensionEntity, ExtensionStatus } from './extension.entity';

registerEnumType(ExtensionStatus, {
  name: 'ExtensionStatus',
  description:
    'PROPOSED by one side; AGREED when the other gave the same date (a FRCP 29(b) stipulation); SUPERSEDED by a later proposal.',
});

@ObjectType('Extension')
export class ExtensionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  setId!: string;

  @Field(() => CalendarDateScalar)
  newDueOn!: CalendarDate;

  @Field(() => CalendarDateScalar)
  previousDueOn!: CalendarDate;

  @Field(() => ExtensionStatus)
  status!: ExtensionStatus;

  @Field(() => ID)
  proposedByPartyId!: string;

  @Field(() => ID, { nullable: true })
  agreedByPartyId!: string | null;

  @Field(() => Date, { nullable: true })
  agreedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

export function toExtensionModel(e: ExtensionEntity): ExtensionModel {
  return {
    id: e.id,
    setId: e.setId,
    newDueOn: e.newDueOn,
    previousDueOn: e.previousDueOn,
    status: e.status,
    proposedByPartyId: e.proposedByPartyId,
    agreedByPartyId: e.agreedByPartyId,
    agreedAt: e.agreedAt,
    createdAt: e.createdAt,
  };
}
