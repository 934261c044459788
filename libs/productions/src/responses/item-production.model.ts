import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ProducedRange')
export class ProducedRangeModel {
  @Field(() => ID)
  productionId!: string;

  @Field({ nullable: true, description: 'The volume it was served in.' })
  volume!: string;

  @Field({ description: 'E.g. "DEF0000001–DEF0000012".' })
  batesRange!: string;
}

@ObjectType('ItemProduction', {
  description:
    'What was produced in answer to one request for production, and whether anything was withheld (FRCP 34(b)(2)(C), 26(b)(5)(A)): served productions and served logs only.',
})
export class ItemProductionModel {
  @Field(() => [ProducedRangeModel], {
    description: 'Bates ranges produced, in order (consecutive pages merged).',
  })
  ranges!: ProducedRangeModel[];

  @Field(() => Int)
  pages!: number;

  @Field({ description: 'A served privilege log withholds a document from this request.' })
  withheld!: boolean;

  @Field(() => Int, { description: 'Entries of served privilege logs that withhold from this request.' })
  withheldEntries!: number;
}
