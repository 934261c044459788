import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DocketClaimsService, DocketEntryModel } from '@parley/cases';
import { Access, Actor, ConflictError, CurrentActor, Grant, Granted, SystemRole } from '@parley/platform';
import { IntakeCapabilities } from '../court-review-capabilities';
import { PaperFilingsArgs, RecordPaperFilingInput } from './paper-filing.inputs';
import { PaperFilingModel } from './paper-filing.model';
import { PaperFilingsService } from './paper-filings.service';

/** The court's intake of papers mailed to it: find the case, record the paper, work the queue. */
@Resolver()
export class IntakeResolver {
  constructor(
    private readonly docket: DocketClaimsService,
    private readonly filings: PaperFilingsService,
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
}
