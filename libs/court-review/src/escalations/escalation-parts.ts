import { JsonOf, preparedQuery } from '@parley/platform';
import { DataSource } from 'typeorm';
import type { RulingEntity } from '../rulings/ruling.entity';
import type { PositionEntity } from './position.entity';

/** What an escalation's model shows of a position. */
export type EscalationPosition = Pick<
  PositionEntity,
  'escalationId' | 'partyId' | 'text' | 'compromise' | 'submittedAt'
>;

/** What an escalation's model shows of its ruling. */
export type EscalationRuling = Pick<
  RulingEntity,
  | 'id'
  | 'escalationId'
  | 'outcome'
  | 'orderText'
  | 'complianceDays'
  | 'complianceDueOn'
  | 'orderedPartyId'
  | 'ruledByName'
  | 'ruledAt'
>;

const PARTS_SQL = `SELECT
  (SELECT coalesce(json_agg(json_build_object('escalationId', p.escalation_id, 'partyId', p.party_id,
      'text', p.text, 'compromise', p.compromise, 'submittedAt', p.submitted_at)
      ORDER BY p.submitted_at, p.id), '[]'::json)
     FROM escalation_positions p WHERE p.escalation_id = ANY($1::uuid[])) AS positions,
  (SELECT coalesce(json_agg(json_build_object('id', r.id, 'escalationId', r.escalation_id,
      'outcome', r.outcome, 'orderText', r.order_text, 'complianceDays', r.compliance_days,
      'complianceDueOn', r.compliance_due_on, 'orderedPartyId', r.ordered_party_id,
      'ruledByName', r.ruled_by_name, 'ruledAt', r.ruled_at)), '[]'::json)
     FROM rulings r WHERE r.escalation_id = ANY($1::uuid[])) AS rulings`;

/**
 * The positions and rulings of a page of escalations, in one statement rather than one each: the
 * court's docket, polled by chambers' systems, is then two statements however long (issue 14).
 */
export async function escalationPartsOf(
  dataSource: DataSource,
  escalationIds: readonly string[],
): Promise<{ positions: EscalationPosition[]; rulings: EscalationRuling[] }> {
  if (escalationIds.length === 0) return { positions: [], rulings: [] };
  const [row] = await preparedQuery<{
    positions: JsonOf<EscalationPosition>[];
    rulings: JsonOf<EscalationRuling>[];
  }>(dataSource, PARTS_SQL, [escalationIds]);
  return {
    positions: row.positions.map((p) => ({ ...p, submittedAt: new Date(p.submittedAt) })),
    rulings: row.rulings.map((r) => ({ ...r, ruledAt: new Date(r.ruledAt) })),
  };
}
