import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineKind, DeadlineModel, DeadlinesService, toDeadlineModel } from '@parley/deadlines';
import { byKeys, GraphQLContext, groupByKeys, readJson } from '@parley/platform';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ExtensionEntity } from './extensions/extension.entity';
import { ExtensionModel, toExtensionModel } from './extensions/extension.model';
import { DiscoveryResponseEntity } from './responses/discovery-response.entity';
import {
  DiscoveryResponseModel,
  ResponseItemModel,
  toResponseItemModel,
  toResponseModel,
} from './responses/discovery-response.model';
import { ResponseItemEntity } from './responses/response-item.entity';
import { DiscoveryItemEntity } from './sets/discovery-item.entity';
import { DiscoveryItemModel, ITEM_JSON, ItemRow, toDiscoveryItemModel } from './sets/discovery-set.model';

/**
 * Per-request batching for everything hanging off discovery sets: a list of sets with their items,
 * responses and answers costs a fixed number of queries. Callers have checked the parent's visibility.
 */
@Injectable()
export class DiscoveryLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlinesService,
  ) {}

  itemsOf(context: GraphQLContext, setId: string): Promise<DiscoveryItemModel[]> {
    return this.itemsLoader(context).load(setId);
  }

  /** Items a list of sets read along with the sets (selectsField), so asking for them costs nothing. */
  primeItems(context: GraphQLContext, setId: string, items: DiscoveryItemModel[]): void {
    this.itemsLoader(context).prime(setId, items);
  }

  private itemsLoader(context: GraphQLContext) {
    return context.loaders.get(
      this.itemsOf,
      () =>
        new DataLoader<string, DiscoveryItemModel[]>(async (setIds) => {
          // With the level's other relations, in one statement (readJson).
          const rows = await readJson<ItemRow[]>(
            context,
            this.dataSource,
            `SELECT coalesce(json_agg(${ITEM_JSON} ORDER BY i.number), '[]'::json)
               FROM discovery_items i WHERE i.set_id = ANY($1::uuid[])`,
            [setIds],
          );
          return groupByKeys(setIds, rows, (i) => i.setId);
        }),
    );
  }

  /** One request by id, for relations such as Dispute.items; null when there is none. */
  item(context: GraphQLContext, id: string): Promise<DiscoveryItemModel | null> {
    return context.loaders
      .get(
        this.item,
        () =>
          new DataLoader<string, DiscoveryItemModel | null>(async (ids) => {
            const rows = await this.dataSource
              .getRepository(DiscoveryItemEntity)
              .findBy({ id: In([...ids]) });
            return byKeys(ids, rows.map(toDiscoveryItemModel), (i) => i.id);
          }),
      )
      .load(id);
  }

  /** Oldest first: the response, then its supplements. */
  responsesOf(context: GraphQLContext, setId: string): Promise<DiscoveryResponseModel[]> {
    return context.loaders
      .get(
        this.responsesOf,
        () =>
          new DataLoader<string, DiscoveryResponseModel[]>(async (setIds) => {
            const rows = await this.dataSource
              .getRepository(DiscoveryResponseEntity)
              .find({ where: { setId: In([...setIds]) }, order: { version: 'ASC' } });
            return groupByKeys(setIds, rows.map(toResponseModel), (r) => r.setId);
          }),
      )
      .load(setId);
  }

  answersOf(context: GraphQLContext, responseId: string): Promise<ResponseItemModel[]> {
    return context.loaders
      .get(
        this.answersOf,
        () =>
          new DataLoader<string, ResponseItemModel[]>(async (responseIds) => {
            const rows = await this.dataSource
              .getRepository(ResponseItemEntity)
              .createQueryBuilder('a')
              .innerJoin(DiscoveryItemEntity, 'i', 'i.id = a.item_id')
              .where('a.response_id = ANY(:responseIds)', { responseIds })
              .orderBy('i.number', 'ASC')
              .getMany();
            return groupByKeys(responseIds, rows.map(toResponseItemModel), (a) => a.responseId);
          }),
      )
      .load(responseId);
  }

  deadlineOf(context: GraphQLContext, setId: string): Promise<DeadlineModel | null> {
    return this.deadlineLoader(context).load(setId);
  }

  /** The response deadline a set was just served with, so the answer asking for it reads nothing. */
  primeDeadline(context: GraphQLContext, setId: string, deadline: DeadlineModel): void {
    this.deadlineLoader(context).prime(setId, deadline);
  }

  private deadlineLoader(context: GraphQLContext) {
    return context.loaders.get(
      this.deadlineOf,
      () =>
        new DataLoader<string, DeadlineModel | null>(async (setIds) => {
          const rows = await this.deadlines.bySubjects(setIds, DeadlineKind.RESPONSE_DUE);
          return byKeys(setIds, rows.map(toDeadlineModel), (d) => d.subjectId);
        }),
    );
  }

  extensionsOf(context: GraphQLContext, setId: string): Promise<ExtensionModel[]> {
    return context.loaders
      .get(
        this.extensionsOf,
        () =>
          new DataLoader<string, ExtensionModel[]>(async (setIds) => {
            const rows = await this.dataSource
              .getRepository(ExtensionEntity)
              .find({ where: { setId: In([...setIds]) }, order: { createdAt: 'ASC' } });
            return groupByKeys(setIds, rows.map(toExtensionModel), (e) => e.setId);
          }),
      )
      .load(setId);
  }
}
