import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OnPaperLoader, OnPaperModel } from '@parley/documents';
import { GraphQLContext } from '@parley/platform';
import { ConferralEventModel } from './conferral.models';

@Resolver(() => ConferralEventModel)
export class ConferralEventFieldsResolver {
  constructor(private readonly onPaperLoader: OnPaperLoader) {}

  @ResolveField(() => OnPaperModel, {
    nullable: true,
    description: 'Set for a letter that came by mail from a party not on Parley, entered from its scan.',
  })
  onPaper(
    @Parent() event: ConferralEventModel,
    @Context() context: GraphQLContext,
  ): Promise<OnPaperModel | null> {
    return this.onPaperLoader.load(context, event);
  }
}
