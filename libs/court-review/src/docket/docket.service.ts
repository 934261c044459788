import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Clock } from '@parley/platform';
import { DataSource, In } from 'typeorm';
import { EscalationStatus } from '../court-review-enums';
import { EscalationEntity } from '../escalations/escalation.entity';
import { toEscalationModel } from '../escalations/escalation.mapper';
import { EscalationModel } from '../escalations/escalation.model';
import { PositionEntity } from '../escalations/position.entity';
import { RulingEntity } from '../rulings/ruling.entity';

/** A court's docket of escalated disputes: what its staff see, and nothing else of the cases. */
@Injectable()
export class DocketService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async docket(actor: Actor, status?: EscalationStatus | null): Promise<EscalationModel[]> {
    if (!actor.courtId) return [];
    const now = this.clock.now();
    // Before the court: submitted or ruled, or awaiting a position whose time has run.
    const escalations = await this.dataSource
      .getRepository(EscalationEntity)
      .createQueryBuilder('e')
      .where('e.court_id = :courtId', { courtId: actor.courtId })
      .andWhere('(e.status <> :awaiting OR e.position_window_ends_at <= :now)', {
        awaiting: EscalationStatus.AWAITING_POSITION,
        now,
      })
      .orderBy('e.escalated_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
    const ids = escalations.map((e) => e.id);
    const [positions, rulings] = ids.length
      ? await Promise.all([
          this.dataSource.getRepository(PositionEntity).findBy({ escalationId: In(ids) }),
          this.dataSource.getRepository(RulingEntity).findBy({ escalationId: In(ids) }),
        ])
      : [[], []];
    return escalations
      .map((e) =>
        toEscalationModel(
          e,
          positions.filter((p) => p.escalationId === e.id),
          rulings.find((r) => r.escalationId === e.id) ?? null,
          now,
        ),
      )
      .filter((e) => !status || e.status === status);
  }
}
