import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, Clock, GraphQLContext } from '@parley/platform';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { EscalationEntity } from './escalation.entity';
import { toEscalationModel } from './escalation.mapper';
import { EscalationModel } from './escalation.model';
import { escalationPartsOf } from './escalation-parts';

/**
 * Escalations with their positions and rulings, in two statements a request: the latest of each
 * dispute, or by id.
 */
@Injectable()
export class EscalationsLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  latestOf(context: GraphQLContext, disputeId: string): Promise<EscalationModel | null> {
    return context.loaders
      .get(
        this.latestOf,
        () =>
          new DataLoader<string, EscalationModel | null>(async (disputeIds) => {
            const rows = await this.dataSource
              .getRepository(EscalationEntity)
              .createQueryBuilder('e')
              .distinctOn(['e.dispute_id'])
              .where('e.dispute_id = ANY(:disputeIds)', { disputeIds })
              .orderBy('e.dispute_id')
              .addOrderBy('e.escalated_at', 'DESC')
              .getMany();
            const models = await this.models(rows);
            return byKeys(disputeIds, models, (m) => m.disputeId).map((m) => m ?? null);
          }),
      )
      .load(disputeId);
  }

  byId(context: GraphQLContext, id: string): Promise<EscalationModel | null> {
    return context.loaders
      .get(
        this.byId,
        () =>
          new DataLoader<string, EscalationModel | null>(async (ids) => {
            const rows = await this.dataSource.getRepository(EscalationEntity).findBy({ id: In([...ids]) });
            const models = await this.models(rows);
            return byKeys(ids, models, (m) => m.id).map((m) => m ?? null);
          }),
      )
      .load(id);
  }

  private async models(rows: EscalationEntity[]): Promise<EscalationModel[]> {
    const { positions, rulings } = await escalationPartsOf(
      this.dataSource,
      rows.map((r) => r.id),
    );
    const now = this.clock.now();
    return rows.map((e) =>
      toEscalationModel(
        e,
        positions.filter((p) => p.escalationId === e.id),
        rulings.find((r) => r.escalationId === e.id) ?? null,
        now,
      ),
    );
  }
}
