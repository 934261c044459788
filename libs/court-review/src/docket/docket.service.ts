import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { visibleTo } from '@parley/access';
import { Actor, Clock, ListArgs, pageOf } from '@parley/platform';
import { DataSource } from 'typeorm';
import { EscalationSubject } from '../court-review-capabilities';
import { EscalationStatus } from '../court-review-enums';
import { EscalationEntity } from '../escalations/escalation.entity';
import { toEscalationModel } from '../escalations/escalation.mapper';
import { EscalationModel } from '../escalations/escalation.model';
import { escalationPartsOf } from '../escalations/escalation-parts';

/**
 * A court's docket of escalated disputes: what its staff see, and nothing else of the cases. The list
 * is the policy's own filter on escalations, so it holds exactly what `escalation(id)` would show.
 */
@Injectable()
export class DocketService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async docket(actor: Actor, status: EscalationStatus | null, page: ListArgs): Promise<EscalationModel[]> {
    const now = this.clock.now();
    const query = this.dataSource
      .getRepository(EscalationEntity)
      .createQueryBuilder('e')
      .where(visibleTo(actor, EscalationSubject, 'e.id', now));
    // A status as the court sees it now: awaiting a position whose time has run is before the court.
    if (status === EscalationStatus.SUBMITTED) {
      query.andWhere(
        `(e.status = 'SUBMITTED' OR (e.status = 'AWAITING_POSITION' AND e.position_window_ends_at <= :now))`,
        { now },
      );
    } else if (status === EscalationStatus.AWAITING_POSITION) {
      // Nothing awaiting a position is before the court yet.
      query.andWhere('FALSE');
    } else if (status) {
      query.andWhere('e.status = :status', { status });
    }
    const escalations = await pageOf(query, page, 'e', ['escalated_at'], 'ASC');
    const { positions, rulings } = await escalationPartsOf(
      this.dataSource,
      escalations.map((e) => e.id),
    );
    return escalations.map((e) =>
      toEscalationModel(
        e,
        positions.filter((p) => p.escalationId === e.id),
        rulings.find((r) => r.escalationId === e.id) ?? null,
        now,
      ),
    );
  }
}
