import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DiscoveryItemModel, DiscoveryLoader } from '@parley/discovery';
import { byKeys, GraphQLContext, groupByKeys } from '@parley/platform';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { CertificationEntity } from './certifications/certification.entity';
import { ResolutionProposalStatus } from './conferral-enums';
import { CaseConferralSettings, ConferralAssessor } from './conferrals/conferral-assessor';
import { ConferralEventEntity } from './conferrals/conferral-event.entity';
import { ConferralRequestEntity } from './conferrals/conferral-request.entity';
import { DisputeItemEntity } from './disputes/dispute-item.entity';
import { ResolutionProposalEntity } from './disputes/resolution-proposal.entity';

/**
 * Per-request batching for what hangs off disputes. Callers have checked the dispute's visibility.
 * Entities are returned where the assessment needs them; resolvers map them to models.
 */
@Injectable()
export class ConferralLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessor: ConferralAssessor,
    private readonly discovery: DiscoveryLoader,
  ) {}

  /** The disputed requests, set by set, in number order: two queries for any number of disputes. */
  async itemsOf(context: GraphQLContext, disputeId: string): Promise<DiscoveryItemModel[]> {
    const links = await context.loaders
      .get(
        this.itemsOf,
        () =>
          new DataLoader<string, DisputeItemEntity[]>(async (ids) => {
            const rows = await this.dataSource
              .getRepository(DisputeItemEntity)
              .find({ where: { disputeId: In([...ids]) } });
            return groupByKeys(ids, rows, (r) => r.disputeId);
          }),
      )
      .load(disputeId);
    const items = await Promise.all(links.map((l) => this.discovery.item(context, l.itemId)));
    const setOf = new Map(links.map((l) => [l.itemId, l.setId]));
    return items
      .filter((i): i is DiscoveryItemModel => i !== null)
      .sort((a, b) => (setOf.get(a.id) ?? '').localeCompare(setOf.get(b.id) ?? '') || a.number - b.number);
  }

  eventsOf(context: GraphQLContext, disputeId: string): Promise<ConferralEventEntity[]> {
    return context.loaders
      .get(
        this.eventsOf,
        () =>
          new DataLoader<string, ConferralEventEntity[]>(async (ids) => {
            const rows = await this.dataSource
              .getRepository(ConferralEventEntity)
              .find({ where: { disputeId: In([...ids]) }, order: { heldAt: 'ASC', id: 'ASC' } });
            return groupByKeys(ids, rows, (e) => e.disputeId);
          }),
      )
      .load(disputeId);
  }

  requestsOf(context: GraphQLContext, disputeId: string): Promise<ConferralRequestEntity[]> {
    return context.loaders
      .get(
        this.requestsOf,
        () =>
          new DataLoader<string, ConferralRequestEntity[]>(async (ids) => {
            const rows = await this.dataSource
              .getRepository(ConferralRequestEntity)
              .find({ where: { disputeId: In([...ids]) }, order: { requestedAt: 'ASC', id: 'ASC' } });
            return groupByKeys(ids, rows, (r) => r.disputeId);
          }),
      )
      .load(disputeId);
  }

  certificationsOf(context: GraphQLContext, disputeId: string): Promise<CertificationEntity[]> {
    return context.loaders
      .get(
        this.certificationsOf,
        () =>
          new DataLoader<string, CertificationEntity[]>(async (ids) => {
            const rows = await this.dataSource
              .getRepository(CertificationEntity)
              .find({ where: { disputeId: In([...ids]) }, order: { signedAt: 'ASC', id: 'ASC' } });
            return groupByKeys(ids, rows, (c) => c.disputeId);
          }),
      )
      .load(disputeId);
  }

  /** The pending resolution proposal of each dispute, if any. */
  pendingResolutionOf(context: GraphQLContext, disputeId: string): Promise<ResolutionProposalEntity | null> {
    return context.loaders
      .get(
        this.pendingResolutionOf,
        () =>
          new DataLoader<string, ResolutionProposalEntity | null>(async (ids) => {
            const rows = await this.dataSource.getRepository(ResolutionProposalEntity).find({
              where: { disputeId: In([...ids]), status: ResolutionProposalStatus.PROPOSED },
            });
            return byKeys(ids, rows, (p) => p.disputeId);
          }),
      )
      .load(disputeId);
  }

  settingsOf(context: GraphQLContext, caseId: string): Promise<CaseConferralSettings> {
    return context.loaders
      .get(
        this.settingsOf,
        () =>
          new DataLoader<string, CaseConferralSettings>((caseIds) =>
            Promise.all(caseIds.map((caseId) => this.assessor.settings(caseId))),
          ),
      )
      .load(caseId);
  }
}
