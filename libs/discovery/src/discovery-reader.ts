import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DiscoveryKind, SetStatus } from './discovery-enums';
import {
  DiscoveryOrderBasis,
  DiscoveryOrderEntity,
  DiscoveryOrderKind,
  DiscoveryOrderStatus,
} from './orders/discovery-order.entity';
import { DiscoveryResponseEntity } from './responses/discovery-response.entity';
import { ResponseItemEntity } from './responses/response-item.entity';
import { DiscoveryItemEntity } from './sets/discovery-item.entity';
import { DiscoverySetEntity } from './sets/discovery-set.entity';

export interface SetFacts {
  id: string;
  caseId: string;
  kind: DiscoveryKind;
  title: string;
  status: SetStatus;
  servingPartyId: string;
  respondingPartyId: string;
  responseDueOn: string | null;
  /** Responses fall due after the discovery cut-off (Civil L.R. 37-3). */
  dueAfterCutoff: boolean;
}

export interface ItemFacts {
  id: string;
  number: number;
  text: string;
  set: SetFacts;
}

/** The latest answer to a request: a supplement supersedes what it supplements (FRCP 26(e)). */
export interface AnswerFacts {
  itemId: string;
  answer: string | null;
  objections: string[];
  admission: string | null;
  production: string | null;
  /** Interrogatory answers without the answering party's oath (FRCP 33(b)(3), (5)). */
  unverified: boolean;
}

const toSet = (s: DiscoverySetEntity): SetFacts => ({
  id: s.id,
  caseId: s.caseId,
  kind: s.kind,
  title: s.title,
  status: s.status,
  servingPartyId: s.servingPartyId,
  respondingPartyId: s.respondingPartyId,
  responseDueOn: s.responseDueOn,
  dueAfterCutoff: s.dueAfterCutoff,
});

/**
 * What other libs may read of discovery (disputes over items, the court's packet), as plain facts: the
 * discovery lib owns its tables, and nobody else reads or writes them directly.
 */
@Injectable()
export class DiscoveryReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The requests with these ids, each with its set; unknown ids are simply absent. */
  async items(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ItemFacts[]> {
    if (ids.length === 0) return [];
    const rows = await manager.find(DiscoveryItemEntity, {
      where: { id: In([...ids]) },
      relations: { set: true },
    });
    return rows
      .filter((i) => i.set)
      .map((i) => ({ id: i.id, number: i.number, text: i.text, set: toSet(i.set as DiscoverySetEntity) }));
  }

  /** The sets with these ids; unknown ids are simply absent. */
  async sets(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<SetFacts[]> {
    if (ids.length === 0) return [];
    return (await manager.find(DiscoverySetEntity, { where: { id: In([...ids]) } })).map(toSet);
  }

  /**
   * Holds these sets for the caller's transaction (FOR SHARE): a withdrawal or a service waits until
   * it ends, so what the caller read of their status stays true while it acts on it.
   */
  async holdSets(manager: EntityManager, setIds: readonly string[]): Promise<void> {
    if (setIds.length === 0) return;
    await manager.query('SELECT id FROM discovery_sets WHERE id = ANY($1) ORDER BY id FOR SHARE', [
      [...setIds],
    ]);
  }

  /**
   * Whether the court has ordered that discovery after the cut-off may go forward (Civil L.R. 37-3:
   * requests whose responses fall due after it are not enforceable without such an order).
   */
  courtPermitsDiscoveryAfterCutoff(caseId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.existsBy(DiscoveryOrderEntity, {
      caseId,
      kind: DiscoveryOrderKind.DISCOVERY_AFTER_CUTOFF,
      basis: DiscoveryOrderBasis.COURT_ORDER,
      status: DiscoveryOrderStatus.IN_EFFECT,
    });
  }

  /** When each set was last answered, for those answered at all. */
  async lastAnsweredAt(
    setIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Date>> {
    const answered = new Map<string, Date>();
    if (setIds.length === 0) return answered;
    const responses = await manager.find(DiscoveryResponseEntity, {
      where: { setId: In([...setIds]) },
      select: { setId: true, servedAt: true },
    });
    for (const r of responses) {
      const seen = answered.get(r.setId);
      if (!seen || r.servedAt > seen) answered.set(r.setId, r.servedAt);
    }
    return answered;
  }

  /** The latest answer to each of these requests, where there is one. */
  async latestAnswers(
    itemIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, AnswerFacts>> {
    const latest = new Map<string, AnswerFacts>();
    if (itemIds.length === 0) return latest;
    const rows = await manager
      .getRepository(ResponseItemEntity)
      .createQueryBuilder('a')
      .innerJoinAndMapOne('a.response', DiscoveryResponseEntity, 'r', 'r.id = a.response_id')
      .where('a.item_id = ANY(:itemIds)', { itemIds: [...itemIds] })
      .orderBy('r.version', 'ASC')
      .getMany();
    for (const a of rows as Array<ResponseItemEntity & { response: DiscoveryResponseEntity }>) {
      latest.set(a.itemId, {
        itemId: a.itemId,
        answer: a.answer,
        objections: a.objections,
        admission: a.admission,
        production: a.production,
        unverified: a.response.unverified,
      });
    }
    return latest;
  }
}
