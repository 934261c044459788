import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory } from '@parley/cases';
import { DeadlineKind, DeadlinesService, DeadlineStatus } from '@parley/deadlines';
import {
  BadInputError,
  Clock,
  ConflictError,
  Grant,
  GraphQLContext,
  ReadAccess,
  jsonPage,
  ListArgs,
  readJson,
} from '@parley/platform';
import { DataSource } from 'typeorm';
import { DiscoveryLoader } from '../discovery.loader';
import { SetStatus } from '../discovery-enums';
import { SetDrafted, SetWithdrawn } from '../discovery-events';
import { CreateDiscoverySetInput } from './create-discovery-set.input';
import { DiscoveryItemEntity } from './discovery-item.entity';
import { DiscoverySetEntity } from './discovery-set.entity';
import { DiscoverySetModel, toDiscoverySetModel } from './discovery-set.model';
import { discoverySetFromJson, SetJson, setJson } from './set-json';
import { visibleSetsSql } from './sets-in-sql';

/** Drafting, reading and withdrawing discovery sets; serving is in serve-discovery-set.service.ts. */
@Injectable()
export class DiscoverySetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CaseDirectory,
    private readonly deadlines: DeadlinesService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly loader: DiscoveryLoader,
  ) {}

  /**
   * A DRAFT, visible only to the drafting party. Paralegals may draft (FRCP 26(g) governs signing).
   * grant: party.act on the serving party.
   */
  create(grant: Grant<'party'>, input: CreateDiscoverySetInput): Promise<DiscoverySetModel> {
    return this.dataSource.transaction(async (manager) => {
      const serving = grant.party;
      if (grant.caseId !== input.caseId)
        throw new BadInputError('servingPartyId is not a party of this case.');
      const responding = await this.directory.party(input.respondingPartyId, manager);
      if (!responding || responding.caseId !== input.caseId)
        throw new BadInputError('respondingPartyId is not a party of this case.');
      if (responding.id === serving.id) throw new BadInputError('A party cannot serve discovery on itself.');

      const set = await manager.save(
        manager.create(DiscoverySetEntity, {
          caseId: input.caseId,
          servingPartyId: serving.id,
          respondingPartyId: responding.id,
          kind: input.kind,
          title: input.title,
          status: SetStatus.DRAFT,
          createdById: grant.actor.userId,
          // The court's clock, not the database's: service may not precede it (serve-discovery-set).
          createdAt: this.clock.now(),
        }),
      );
      await manager.insert(
        DiscoveryItemEntity,
        input.items.map((item, i) => ({
          setId: set.id,
          number: i + 1,
          text: item.text,
          subparts: item.subparts ?? 0,
        })),
      );
      await this.events.publish(manager, SetDrafted, {
        caseId: input.caseId,
        partyId: serving.id,
        actorId: grant.actor.userId,
        subjectId: set.id,
        data: {
          kind: set.kind,
          title: set.title,
          servingPartyId: serving.id,
          respondingPartyId: responding.id,
          items: input.items.length,
        },
      });
      return toDiscoverySetModel(set);
    });
  }

  /** grant: set.read. */
  async get(grant: Grant): Promise<DiscoverySetModel> {
    return toDiscoverySetModel(
      await this.dataSource.getRepository(DiscoverySetEntity).findOneByOrFail({ id: grant.subject.id }),
    );
  }

  /**
   * Sets of the case the reader may see (served ones, and their own party's drafts); newest first.
   * In the request's combined statement, with the other root fields it reads (a case's dashboard) and
   * the access decision (Access.toRead), and with the sets' items when the query asks for them.
   */
  async list(
    access: ReadAccess,
    page: ListArgs,
    context: GraphQLContext,
    asked: readonly string[],
  ): Promise<DiscoverySetModel[]> {
    const parameters: unknown[] = [access.subjectId];
    const listed = visibleSetsSql(access.actor, this.clock.now(), parameters);
    const fields = setJson(asked);
    const sql = jsonPage(listed, parameters, fields, ['created_at'], 'DESC', page);
    const rows = await readJson<SetJson[]>(context, this.dataSource, sql, parameters);
    for (const row of rows) if (row.items) this.loader.primeItems(context, row.id, row.items);
    return rows.map(discoverySetFromJson);
  }

  /** A served set the serving party takes back: no response is owed any more. grant: set.withdraw. */
  withdraw(grant: Grant<'serving' | 'responding'>): Promise<DiscoverySetModel> {
    return this.dataSource.transaction(async (manager) => {
      const set = await manager.findOneOrFail(DiscoverySetEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (set.status !== SetStatus.SERVED && set.status !== SetStatus.OVERDUE) {
        throw new ConflictError(
          set.status === SetStatus.DRAFT
            ? 'This set has not been served; there is nothing to withdraw.'
            : `This set is ${set.status.toLowerCase()}; only a set awaiting responses can be withdrawn.`,
        );
      }
      const before = { status: set.status };
      set.status = SetStatus.WITHDRAWN;
      set.withdrawnAt = this.clock.now();
      await manager.save(set);
      await this.deadlines.close(
        manager,
        grant.actor.userId,
        set.id,
        DeadlineKind.RESPONSE_DUE,
        DeadlineStatus.CANCELLED,
      );
      const parties = await this.directory.parties(set.caseId, manager);
      await this.events.publish(manager, SetWithdrawn, {
        caseId: set.caseId,
        actorId: grant.actor.userId,
        subjectId: set.id,
        before,
        data: { title: set.title, status: set.status, withdrawnAt: set.withdrawnAt.toISOString() },
        notify: { parties: parties.filter((p) => p.id !== set.servingPartyId).map((p) => p.id) },
      });
      return toDiscoverySetModel(set);
    });
  }
}
