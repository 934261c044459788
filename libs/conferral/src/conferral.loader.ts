import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DiscoveryItemEntity, DiscoveryItemModel, toDiscoveryItemModel } from '@parley/discovery';
import { GraphQLContext, groupByKeys } from '@parley/platform';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { CertificationEntity } from './certifications/certification.entity';
import { CertificationModel } from './certifications/certification.model';
import { CertificationsService } from './certifications/certifications.service';
import { CaseConferralSettings, ConferralAssessor } from './conferrals/conferral-assessor';
import { ConferralEventEntity } from './conferrals/conferral-event.entity';
import { ConferralRequestEntity } from './conferrals/conferral-request.entity';
import { DisputeItemEntity } from './disputes/dispute-item.entity';

/**
 * Per-request batching for what hangs off disputes. Callers have checked the dispute's visibility.
 * Entities are returned where the assessment needs them; resolvers map them to models.
 */
@Injectable()
export class ConferralLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly certifications: CertificationsService,
    private readonly assessor: ConferralAssessor,
  ) {}

  itemsOf(context: GraphQLContext, disputeId: string): Promise<DiscoveryItemModel[]> {
    return context.loaders
      .get(
        this.itemsOf,
        () =>
          new DataLoader<string, Array<DiscoveryItemModel & { disputeId: string }>>(async (ids) => {
            const rows = await this.dataSource
              .getRepository(DisputeItemEntity)
              .createQueryBuilder('di')
              .innerJoinAndMapOne('di.item', DiscoveryItemEntity, 'i', 'i.id = di.item_id')
              .where('di.dispute_id = ANY(:ids)', { ids })
              .orderBy('di.set_id')
              .addOrderBy('i.number')
              .getMany();
            const items = rows.map((r) => ({
              ...toDiscoveryItemModel(r.item as DiscoveryItemEntity),
              disputeId: r.disputeId,
            }));
            return groupByKeys(ids, items, (i) => i.disputeId);
          }),
      )
      .load(disputeId);
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

  certificationsOf(context: GraphQLContext, disputeId: string): Promise<CertificationModel[]> {
    return context.loaders
      .get(
        this.certificationsOf,
        () =>
          new DataLoader<string, Array<CertificationModel & { disputeId: string }>>(async (ids) => {
            const rows = await this.dataSource
              .getRepository(CertificationEntity)
              .find({ where: { disputeId: In([...ids]) }, order: { signedAt: 'ASC', id: 'ASC' } });
            const models = await this.certifications.withStaleness(rows);
            return groupByKeys(
              ids,
              models.map((m, i) => ({ ...m, disputeId: rows[i].disputeId })),
              (c) => c.disputeId,
            );
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
