import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, SystemRole } from '@parley/platform';
import { DocketConflictArgs, DocketConflictModel } from './docket-claims.model';
import { DocketClaimsService } from './docket-claims.service';

@Resolver()
export class DocketClaimsResolver {
  constructor(private readonly claims: DocketClaimsService) {}

  @Query(() => [DocketConflictModel], {
    description:
      'Court staff: docket numbers of your court that more than one Parley case claims, in docket-number order, each with every claim.',
  })
  @Access.roles(SystemRole.COURT_STAFF)
  docketConflicts(
    @CurrentActor() actor: Actor,
    @Args() page: DocketConflictArgs,
  ): Promise<DocketConflictModel[]> {
    return this.claims.conflicts(actor, page);
  }
}
