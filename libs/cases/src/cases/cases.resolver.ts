import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import {
  Access,
  Actor,
  AnsweredInSql,
  CurrentActor,
  GraphQLContext,
  PageArgs,
  ReadAccess,
  Reading,
  selectsField,
  SystemRole,
} from '@parley/platform';
import { CaseCapabilities } from '../access/case-capabilities';
import { CaseConnection, CaseModel } from './case.model';
import { CasesService } from './cases.service';
import { CreateCaseInput } from './create-case.input';
import { caseInSql } from './case-in-sql';

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(private readonly service: CasesService) {}

  @Mutation(() => CaseModel, { description: 'Open a case; you join the party at myPartyIndex with myRole.' })
  @Access.roles(SystemRole.USER)
  createCase(@CurrentActor() actor: Actor, @Args('input') input: CreateCaseInput): Promise<CaseModel> {
    return this.service.create(actor, input);
  }

  @Query(() => CaseConnection, { description: 'The cases you represent a party in, newest first.' })
  @Access.signedIn()
  cases(@CurrentActor() actor: Actor, @Args() { first, after }: PageArgs): Promise<CaseConnection> {
    return this.service.page(actor, first, after);
  }

  @Query(() => CaseModel, {
    nullable: true,
    description: 'NOT_FOUND alike for a missing case and one you cannot see.',
  })
  @Access.toRead(CaseCapabilities.READ, 'id')
  @AnsweredInSql(caseInSql)
  case(
    @Reading() access: ReadAccess,
    @Args('id', { type: () => ID }) _id: string,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseModel> {
    return this.service.get(access, context, { withParties: selectsField(info, 'parties') });
  }
}
