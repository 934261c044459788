import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel, DocketClaimsService, DocketEntryModel } from '@parley/cases';
import {
  Access,
  Actor,
  ConflictError,
  CurrentActor,
  Grant,
  Granted,
  GraphQLContext,
  SystemRole,
} from '@parley/platform';
import { IntakeCapabilities } from '../court-review-capabilities';
import { EscalationModel, RulingModel } from '../escalations/escalation.model';
import { EscalationsLoader } from '../escalations/escalations.loader';
import { FilingResponsesService } from './filing-responses.service';
import { FilingOrdersService } from './filing-orders.service';
import {
  EnterOrderOnPaperFilingInput,
  LinkPaperFilingInput,
  PaperFilingsArgs,
  RecordPaperFilingInput,
} from './paper-filing.inputs';
import { PaperFilingModel } from './paper-filing.model';
import { PaperFilingsService } from './paper-filings.service';

/** The court's intake of papers mailed to it: find the case, record the paper, work the queue. */
@Resolver()
export class IntakeResolver {
  constructor(
    private readonly docket: DocketClaimsService,
    private readonly filings: PaperFilingsService,
    private readonly orders: FilingOrdersService,
    private readonly responses: FilingResponsesService,
  ) {}

  @Query(() => DocketEntryModel, {
    nullable: true,
    description:
      'Court staff: a case of your court by its docket number (letters and digits compared), as the public docket shows it; null when no Parley case has it.',
  })
  @Access.to(IntakeCapabilities.DOCKET_LOOKUP, 'courtId')
  async docketLookup(
    @Granted() grant: Grant,
    @Args('courtId', { type: () => ID }) _courtId: string,
    @Args('docketNumber') docketNumber: string,
  ): Promise<DocketEntryModel | null> {
    const entries = await this.docket.lookup(grant.subject.id, docketNumber.slice(0, 200));
    if (entries.length > 1) {
      throw new ConflictError(
        `${entries.length} Parley cases claim docket number ${entries[0].docketNumber}; see docketConflicts to tell which is the real one.`,
      );
    }
    return entries[0] ?? null;
  }

  @Mutation(() => PaperFilingModel, {
    description:
      'Court staff: record a paper a party mailed to the court, from its scan; Parley judges it on the case’s record and proposes the order.',
  })
  @Access.to(IntakeCapabilities.RECORD_FILING, 'input.caseId')
  recordPaperFiling(
    @Granted() grant: Grant,
    @Args('input') input: RecordPaperFilingInput,
  ): Promise<PaperFilingModel> {
    return this.filings.record(grant, input);
  }

  @Query(() => [PaperFilingModel], {
    description: 'Court staff: the papers recorded by your court, oldest first.',
  })
  @Access.roles(SystemRole.COURT_STAFF)
  paperFilings(@CurrentActor() actor: Actor, @Args() args: PaperFilingsArgs): Promise<PaperFilingModel[]> {
    return this.filings.queue(actor, args);
  }

  @Query(() => PaperFilingModel, {
    nullable: true,
    description: 'A paper filed with the court: its court’s staff and the parties of its case.',
  })
  @Access.to(IntakeCapabilities.READ_FILING, 'id')
  paperFiling(
    @Granted() grant: Grant,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<PaperFilingModel> {
    return this.filings.get(grant);
  }

  @Mutation(() => RulingModel, {
    description:
      'Court staff: enter the court’s order on a paper filed with it (the proposed order, edited); it is mailed to a filer not on Parley, and the parties on Parley are told.',
  })
  @Access.to(IntakeCapabilities.ENTER_ORDER, 'input.paperFilingId')
  enterOrderOnPaperFiling(
    @Granted() grant: Grant,
    @Args('input') input: EnterOrderOnPaperFilingInput,
  ): Promise<RulingModel> {
    return this.orders.enter(grant, input);
  }

  @Mutation(() => PaperFilingModel, {
    description:
      'The other side of a motion mailed to the court: link it to the served requests it concerns (or say they were never served) and give your position; on a full record it goes before the court as the dispute’s escalation.',
  })
  @Access.to(IntakeCapabilities.ANSWER_FILING, 'input.paperFilingId')
  linkPaperFiling(
    @Granted() grant: Grant,
    @Args('input') input: LinkPaperFilingInput,
  ): Promise<PaperFilingModel> {
    return this.responses.link(grant, input);
  }
}

@Resolver(() => PaperFilingModel)
export class PaperFilingFieldsResolver {
  constructor(private readonly escalations: EscalationsLoader) {}

  @ResolveField(() => EscalationModel, {
    nullable: true,
    description: 'The escalation a motion on a full record became, before the court like any other.',
  })
  escalation(
    @Parent() filing: PaperFilingModel,
    @Context() context: GraphQLContext,
  ): Promise<EscalationModel | null> {
    return filing.escalationId ? this.escalations.byId(context, filing.escalationId) : Promise.resolve(null);
  }
}

/** A case's papers mailed to the court, for its parties (the case is theirs to read already). */
@Resolver(() => CaseModel)
export class CasePaperFilingsResolver {
  constructor(private readonly filings: PaperFilingsService) {}

  @ResolveField(() => [PaperFilingModel], {
    description: 'Papers a party mailed to the court in this case, as its staff recorded them, oldest first.',
  })
  paperFilings(
    @Parent() theCase: CaseModel,
    @Context() context: GraphQLContext,
  ): Promise<PaperFilingModel[]> {
    return this.filings.ofCases(context, theCase.id);
  }
}
