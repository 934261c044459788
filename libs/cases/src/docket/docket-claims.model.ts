import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ListSizeArgs, TextLimit } from '@parley/platform';
import { IsOptional, MaxLength } from 'class-validator';
import { PartySide } from '../parties/party-enums';

@ObjectType('DocketParty', { description: 'A party as a public docket names it.' })
export class DocketPartyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => PartySide)
  side!: PartySide;

  @Field({ description: 'Whether anybody represents the party on Parley.' })
  onParley!: boolean;

  @Field({ description: 'In custody (a prisoner case is marked so on the docket, “(PR)”).' })
  incarcerated!: boolean;
}

@ObjectType('DocketClaim', {
  description: 'One Parley case claiming a docket number: what a public docket shows.',
})
export class DocketClaimModel {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'The caption as the case’s creator gave it.' })
  title!: string;

  @Field(() => [DocketPartyModel])
  parties!: DocketPartyModel[];

  @Field(() => Date)
  claimedAt!: Date;
}

@ObjectType('DocketConflict', {
  description: 'A docket number of your court that more than one Parley case claims.',
})
export class DocketConflictModel {
  @Field()
  docketNumber!: string;

  @Field(() => [DocketClaimModel], { description: 'Oldest first.' })
  claims!: DocketClaimModel[];
}

@ArgsType()
export class DocketConflictArgs extends ListSizeArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The docket number of the last conflict of the previous page: the list goes on after it.',
  })
  @IsOptional()
  @MaxLength(TextLimit.DOCKET_NUMBER)
  after?: string;
}

@ObjectType('DocketEntry', {
  description:
    'A case as the public docket shows it, for its court’s staff: caption and parties, never its papers.',
})
export class DocketEntryModel {
  @Field(() => ID)
  caseId!: string;

  @Field()
  docketNumber!: string;

  @Field({ description: 'The caption as the case’s creator gave it.' })
  caption!: string;

  @Field()
  judge!: string;

  @Field(() => [DocketPartyModel], { description: 'In caption order.' })
  parties!: DocketPartyModel[];
}
