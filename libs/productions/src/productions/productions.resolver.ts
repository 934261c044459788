import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CaseCapabilities } from '@parley/cases';
import { Access, Grant, Granted, ListArgs } from '@parley/platform';
import { ProductionCapabilities } from '../production-capabilities';
import { CreateProductionInput, ServeProductionInput } from './production.inputs';
import { ProductionModel } from './production.model';
import { ProductionsService } from './productions.service';
import { ServeProductionService } from './serve-production.service';

@Resolver(() => ProductionModel)
export class ProductionsResolver {
  constructor(
    private readonly service: ProductionsService,
    private readonly serving: ServeProductionService,
  ) {}

  @Mutation(() => ProductionModel, {
    description:
      'Put together a production answering a served Rule 34 set: your party’s files (POST /documents), each with the requests it answers. A DRAFT, private to your party, showing the numbers it would take if served now.',
  })
  @Access.to(ProductionCapabilities.CREATE, 'input.setId')
  createProduction(
    @Granted() grant: Grant<'serving' | 'responding'>,
    @Args('input') input: CreateProductionInput,
  ): Promise<ProductionModel> {
    return this.service.create(grant, input);
  }

  @Mutation(() => Boolean, { description: 'Throw away a draft production; a served one stays.' })
  @Access.to(ProductionCapabilities.DISCARD, 'id')
  discardProduction(
    @Granted() grant: Grant<'producing' | 'receiving'>,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<boolean> {
    return this.service.discard(grant);
  }

  @Mutation(() => ProductionModel, {
    description:
      'Serve a draft production (FRCP 34(b)(2)(E)): Bates numbers from the prefix with no gap or repeat, every page stamped, natives behind slip sheets, a volume with DAT and OPT load files. Never changed afterwards.',
  })
  @Access.to(ProductionCapabilities.SERVE, 'input.productionId')
  serveProduction(
    @Granted() grant: Grant<'producing' | 'receiving'>,
    @Args('input') input: ServeProductionInput,
  ): Promise<ProductionModel> {
    return this.serving.serve(grant, input);
  }

  @Query(() => [ProductionModel], {
    description: 'The case’s productions you may see (drafts your party’s own), newest first.',
  })
  @Access.to(CaseCapabilities.READ, 'caseId')
  productions(
    @Granted() grant: Grant,
    @Args('caseId', { type: () => ID }) _caseId: string,
    @Args() page: ListArgs,
  ): Promise<ProductionModel[]> {
    return this.service.list(grant, page);
  }

  @Query(() => ProductionModel, { nullable: true })
  @Access.to(ProductionCapabilities.READ, 'id')
  production(@Granted() grant: Grant, @Args('id', { type: () => ID }) _id: string): Promise<ProductionModel> {
    return this.service.get(grant);
  }
}
