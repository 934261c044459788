import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, DEFAULT_LIST_SIZE } from '@parley/platform';
import { DataSource } from 'typeorm';
import { PartySide } from '../parties/party-enums';
import { DocketConflictArgs, DocketConflictModel, DocketEntryModel } from './docket-claims.model';

interface ClaimRow {
  docket_number: string;
  case_id: string;
  title: string;
  created_at: Date;
  parties: Array<{ id: string; name: string; side: PartySide; onParley: boolean; incarcerated: boolean }>;
}

/** A party as the docket names it, and whether anybody represents it on Parley. */
const DOCKET_PARTIES = `(SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'side', p.side,
    'incarcerated', p.incarcerated,
    'onParley', EXISTS (SELECT 1 FROM memberships m WHERE m.party_id = p.id)) ORDER BY p.position)
   FROM parties p WHERE p.case_id = c.id)`;

/**
 * Docket numbers of a court that several Parley cases claim. Anyone may open a case under any number
 * (nobody is locked out by whoever came first), so the court's staff see the claims side by side, with
 * what a public docket shows and nothing of the cases' papers.
 */
@Injectable()
export class DocketClaimsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page of docket numbers with every claim on each, so a conflict is never shown in part. */
  async conflicts(
    actor: Actor,
    { first = DEFAULT_LIST_SIZE, after }: DocketConflictArgs,
  ): Promise<DocketConflictModel[]> {
    if (!actor.courtId) return [];
    const rows: ClaimRow[] = await this.dataSource.query(
      `SELECT c.docket_number, c.id AS case_id, c.title, c.created_at,
              ${DOCKET_PARTIES} AS parties
         FROM cases c
        WHERE c.court_id = $1
          AND c.docket_number IN (SELECT docket_number FROM cases
                                   WHERE court_id = $1 AND ($2::text IS NULL OR docket_number > $2)
                                   GROUP BY docket_number HAVING count(*) > 1
                                   ORDER BY docket_number LIMIT $3)
        ORDER BY c.docket_number, c.created_at, c.id`,
      [actor.courtId, after ?? null, first],
    );
    const conflicts = new Map<string, DocketConflictModel>();
    for (const row of rows) {
      const conflict = conflicts.get(row.docket_number) ?? { docketNumber: row.docket_number, claims: [] };
      conflict.claims.push({
        caseId: row.case_id,
        title: row.title,
        parties: row.parties ?? [],
        claimedAt: row.created_at,
      });
      conflicts.set(row.docket_number, conflict);
    }
    return [...conflicts.values()];
  }

  /**
   * The cases of a court under a docket number as a clerk types it: letters and digits compared, case
   * and spacing and punctuation aside ("C 13-4426 EDL (PR)" is "c13-4426 edl pr"). Oldest first; more
   * than one is a conflict (docketConflicts).
   */
  async lookup(courtId: string, docketNumber: string): Promise<DocketEntryModel[]> {
    const rows: Array<{
      case_id: string;
      docket_number: string;
      title: string;
      judge: string;
      parties: DocketEntryModel['parties'] | null;
    }> = await this.dataSource.query(
      `SELECT c.id AS case_id, c.docket_number, c.title, c.judge, ${DOCKET_PARTIES} AS parties
         FROM cases c
        WHERE c.court_id = $1
          AND regexp_replace(upper(c.docket_number), '[^A-Z0-9]', '', 'g') = regexp_replace(upper($2), '[^A-Z0-9]', '', 'g')
        ORDER BY c.created_at, c.id`,
      [courtId, docketNumber],
    );
    return rows.map((r) => ({
      caseId: r.case_id,
      docketNumber: r.docket_number,
      caption: r.title,
      judge: r.judge,
      parties: r.parties ?? [],
    }));
  }
}
