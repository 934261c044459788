import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PartiesLoader, PartyModel } from '@parley/cases';
import { DiscoveryItemModel } from '@parley/discovery';
import { GraphQLContext } from '@parley/platform';
import { PrivilegeLogEntryModel, PrivilegeLogReader } from '@parley/productions';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CertificationModel } from '../certifications/certification.model';
import { CertificationsService } from '../certifications/certifications.service';
import { DisputeSide } from '../conferral-enums';
import { ConferralAssessor, toAssessmentModel } from '../conferrals/conferral-assessor';
import {
  ConferralEventModel,
  ConferralRequestModel,
  toConferralEventModel,
  toConferralRequestModel,
} from '../conferrals/conferral.models';
import { ConferralLoader } from '../conferral.loader';
import {
  ConferralAssessmentModel,
  DisputeModel,
  ResolutionProposalModel,
  toResolutionProposalModel,
} from './dispute.model';

/** Relations of a dispute the caller already passed the visibility check for. */
@Resolver(() => DisputeModel)
export class DisputeFieldsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly privilegeLogs: PrivilegeLogReader,
    private readonly loader: ConferralLoader,
    private readonly partyLoader: PartiesLoader,
    private readonly assessor: ConferralAssessor,
    private readonly certificationsService: CertificationsService,
  ) {}

  @ResolveField(() => [DiscoveryItemModel], { description: 'The served requests in dispute.' })
  items(@Parent() dispute: DisputeModel, @Context() context: GraphQLContext): Promise<DiscoveryItemModel[]> {
    return this.loader.itemsOf(context, dispute.id);
  }

  @ResolveField(() => [PrivilegeLogEntryModel], {
    description: 'The privilege log entries the dispute challenges, with the requests they withhold from.',
  })
  privilegeLogEntries(
    @Parent() dispute: DisputeModel,
    @Context() context: GraphQLContext,
  ): Promise<PrivilegeLogEntryModel[]> {
    return context.loaders
      .get(
        this.privilegeLogEntries,
        () => new DataLoader<string, PrivilegeLogEntryModel[]>((ids) => this.entriesOf(ids)),
      )
      .load(dispute.id);
  }

  /** Two statements for every dispute of the page. */
  private async entriesOf(disputeIds: readonly string[]): Promise<PrivilegeLogEntryModel[][]> {
    const links: Array<{ dispute_id: string; entry_id: string }> = await this.dataSource.query(
      `SELECT dispute_id, entry_id FROM dispute_privilege_entries WHERE dispute_id = ANY($1::uuid[])`,
      [[...disputeIds]],
    );
    const entries = await this.privilegeLogs.entries([...new Set(links.map((l) => l.entry_id))]);
    return disputeIds.map((id) => {
      const mine = new Set(links.filter((l) => l.dispute_id === id).map((l) => l.entry_id));
      return entries.filter((e) => mine.has(e.id));
    });
  }

  @ResolveField(() => PartyModel, { description: 'The party that served the requests.' })
  requestingParty(@Parent() dispute: DisputeModel, @Context() context: GraphQLContext) {
    return this.partyLoader.byId(context, dispute.requestingPartyId);
  }

  @ResolveField(() => PartyModel)
  respondingParty(@Parent() dispute: DisputeModel, @Context() context: GraphQLContext) {
    return this.partyLoader.byId(context, dispute.respondingPartyId);
  }

  @ResolveField(() => [ConferralEventModel], {
    description: 'Conferences held and letters exchanged, oldest first.',
  })
  async conferrals(
    @Parent() dispute: DisputeModel,
    @Context() context: GraphQLContext,
  ): Promise<ConferralEventModel[]> {
    return (await this.loader.eventsOf(context, dispute.id)).map(toConferralEventModel);
  }

  @ResolveField(() => [ConferralRequestModel], {
    description: 'Requests to confer and their answers, oldest first.',
  })
  async requests(
    @Parent() dispute: DisputeModel,
    @Context() context: GraphQLContext,
  ): Promise<ConferralRequestModel[]> {
    return (await this.loader.requestsOf(context, dispute.id)).map(toConferralRequestModel);
  }

  @ResolveField(() => [CertificationModel], {
    description: 'Oldest first; each says whether it still stands as its side’s certification.',
  })
  async certifications(
    @Parent() dispute: DisputeModel,
    @Context() context: GraphQLContext,
  ): Promise<CertificationModel[]> {
    const [certifications, requests, events, settings] = await Promise.all([
      this.loader.certificationsOf(context, dispute.id),
      this.loader.requestsOf(context, dispute.id),
      this.loader.eventsOf(context, dispute.id),
      this.loader.settingsOf(context, dispute.caseId),
    ]);
    return this.certificationsService.standings(dispute, certifications, requests, events, settings);
  }

  @ResolveField(() => ConferralAssessmentModel, {
    description:
      'Whether the record so far meets the conferral rules of this case for one side as movant (FRCP 37(a)(1): only its own attempts count for it); by default the requesting (moving) side.',
  })
  async conferralAssessment(
    @Parent() dispute: DisputeModel,
    @Context() context: GraphQLContext,
    @Args('side', { type: () => DisputeSide, nullable: true }) side: DisputeSide | null,
  ): Promise<ConferralAssessmentModel> {
    const [requests, events, settings] = await Promise.all([
      this.loader.requestsOf(context, dispute.id),
      this.loader.eventsOf(context, dispute.id),
      this.loader.settingsOf(context, dispute.caseId),
    ]);
    return toAssessmentModel(
      this.assessor.assess(dispute, requests, events, settings, side ?? DisputeSide.REQUESTING),
    );
  }

  @ResolveField(() => ResolutionProposalModel, {
    nullable: true,
    description: 'The responding side’s proposed resolution, awaiting the moving side’s acceptance.',
  })
  async pendingResolution(
    @Parent() dispute: DisputeModel,
    @Context() context: GraphQLContext,
  ): Promise<ResolutionProposalModel | null> {
    const pending = await this.loader.pendingResolutionOf(context, dispute.id);
    return pending && toResolutionProposalModel(pending);
  }
}
