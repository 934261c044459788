import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PartySide } from './party-enums';
import { PartyEntity } from './party.entity';

/** Party.members is resolved by PartyFieldsResolver. */
@ObjectType('Party')
export class PartyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => PartySide)
  side!: PartySide;

  @Field()
  proSe!: boolean;

  @Field()
  incarcerated!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Where papers are mailed to the party (FRCP 5(b)(2)(C)); null until someone gives it.',
  })
  mailingAddress!: string | null;

  caseId!: string;
}

/** A party as JSON, from the alias `p`, for readJson. */
export const PARTY_JSON = `json_build_object('id', p.id, 'name', p.name, 'side', p.side, 'proSe', p.pro_se,
  'incarcerated', p.incarcerated, 'mailingAddress', p.mailing_address, 'caseId', p.case_id)`;

export function toPartyModel(p: PartyEntity): PartyModel {
  return {
    id: p.id,
    name: p.name,
    side: p.side,
    proSe: p.proSe,
    incarcerated: p.incarcerated,
    mailingAddress: p.mailingAddress,
    caseId: p.caseId,
  };
}
