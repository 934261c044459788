import { ClawbackOutcome } from '../production-enums';
import { formatBates } from '../volume';
import { ClawbackModel } from './clawback.model';

/**
 * The clawbacks touching a production's pages (alias `pr`), whichever production they were requested
 * on: a page clawed back stays clawed back in every reproduction that carries its number.
 */
export const CLAWBACKS_OF_PRODUCTION = `SELECT cb.* FROM clawbacks cb
  WHERE cb.case_id = pr.case_id AND cb.bates_prefix = pr.bates_prefix
    AND EXISTS (SELECT 1 FROM production_documents pdx
                 WHERE pdx.production_id = pr.id AND pdx.first_bates <= cb.last_bates AND pdx.last_bates >= cb.first_bates)`;

/** A clawbacks row as PostgreSQL gives it, through json or a plain select. */
export interface ClawbackRow {
  id: string;
  production_id: string;
  case_id: string;
  producing_party_id: string;
  receiving_party_id: string;
  bates_prefix: string;
  first_bates: number;
  last_bates: number;
  basis: string;
  requested_at: string | Date;
  answer_due_on: string | Date;
  outcome: ClawbackOutcome | null;
  answered_at: string | Date | null;
  withdrawn_at: string | Date | null;
}

export type ClawbackWithRange = ClawbackModel & { first: number; last: number };

const day = (value: string | Date) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

export function clawbackModel(row: ClawbackRow): ClawbackWithRange {
  const first = formatBates(row.bates_prefix, row.first_bates);
  const last = formatBates(row.bates_prefix, row.last_bates);
  return {
    id: row.id,
    productionId: row.production_id,
    caseId: row.case_id,
    producingPartyId: row.producing_party_id,
    receivingPartyId: row.receiving_party_id,
    batesRange: batesRangeWords(first, last),
    firstBates: first,
    lastBates: last,
    pages: row.last_bates - row.first_bates + 1,
    basis: row.basis,
    requestedAt: new Date(row.requested_at),
    answerDueOn: day(row.answer_due_on),
    outcome: row.outcome,
    answeredAt: row.answered_at ? new Date(row.answered_at) : null,
    withdrawnAt: row.withdrawn_at ? new Date(row.withdrawn_at) : null,
    first: row.first_bates,
    last: row.last_bates,
  };
}

/** "DEF0000004–DEF0000006", or one number alone. */
export function batesRangeWords(first: string, last: string): string {
  return first === last ? first : `${first}–${last}`;
}
