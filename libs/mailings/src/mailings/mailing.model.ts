import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CalendarDate, CalendarDateScalar } from '@parley/platform';
import { MailingPaperKind } from '../mailing-enums';
import { MailingEntity } from './mailing.entity';

@ObjectType('Mailing', {
  description:
    'A paper to print and mail to a party not on Parley: its packet (cover sheet, the paper, certificate of service) at GET /mailings/{id}/packet.pdf.',
})
export class MailingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The party it goes to.' })
  partyId!: string;

  @Field({ description: 'The name of the party it goes to, as on the envelope.' })
  partyName!: string;

  @Field({ description: 'The address it goes to, as it was when the paper was served.' })
  address!: string;

  @Field(() => MailingPaperKind)
  paperKind!: MailingPaperKind;

  @Field(() => ID, { description: 'The set, response or conferral event (letter) it carries.' })
  paperId!: string;

  @Field()
  paperTitle!: string;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'The day the cover sheet gives for an answer, in the court’s time zone.',
  })
  dueOn!: CalendarDate | null;

  @Field()
  preparedAt!: Date;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'The day it was mailed; null while it waits to be (a reminder to the sender).',
  })
  mailedOn!: CalendarDate | null;
}

export function toMailingModel(m: MailingEntity): MailingModel {
  return {
    id: m.id,
    partyId: m.partyId,
    partyName: m.cover.to.name,
    address: m.address,
    paperKind: m.paperKind,
    paperId: m.paperId,
    paperTitle: m.paperTitle,
    dueOn: m.dueOn,
    preparedAt: m.preparedAt,
    mailedOn: m.mailedOn,
  };
}
