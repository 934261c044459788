import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, Clock, GraphQLContext } from '@parley/platform';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RulingEntity } from '../rulings/ruling.entity';
import { EscalationEntity } from './escalation.entity';
import { toEscalationModel } from './escalation.mapper';
import { EscalationModel } from './escalation.model';
import { PositionEntity } from './position.entity';

/** The latest escalation of each dispute in a request, with positions and rulings, in three queries. */
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
            const ids = rows.map((r) => r.id);
            const [positions, rulings] = ids.length
              ? await Promise.all([
                  this.dataSource.getRepository(PositionEntity).findBy({ escalationId: In(ids) }),
                  this.dataSource.getRepository(RulingEntity).findBy({ escalationId: In(ids) }),
                ])
              : [[], []];
            const now = this.clock.now();
            const models = rows.map((e) => ({
              disputeId: e.disputeId,
              model: toEscalationModel(
                e,
                positions.filter((p) => p.escalationId === e.id),
                rulings.find((r) => r.escalationId === e.id) ?? null,
                now,
              ),
            }));
            return byKeys(disputeIds, models, (m) => m.disputeId).map((m) => m?.model ?? null);
          }),
      )
      .load(disputeId);
  }
}
