import { ConflictError } from '@parley/platform';
import { EntityManager } from 'typeorm';
import { formatBates } from '../volume';

interface Prior {
  document_id: string;
  first_bates: number;
  last_bates: number;
  /** The first page of it clawed back and not withdrawn, if any. */
  clawed_first: number | null;
}

/**
 * The numbers documents were first produced with under a prefix, which a reproduction keeps
 * (DOMAIN.md, "Productions"). A document with a page clawed back is not produced again as it was:
 * FRCP 26(b)(5)(B) took those pages back, and a reproduction would hand them over a second time.
 */
export async function priorNumbers(
  manager: EntityManager,
  production: { caseId: string; producingPartyId: string; batesPrefix: string },
  documents: ReadonlyArray<{ id: string; filename: string }>,
): Promise<Map<string, number>> {
  if (documents.length === 0) return new Map();
  const rows: Prior[] = await manager.query(
    `SELECT pd.document_id, pd.first_bates, pd.last_bates,
            (SELECT min(cb.first_bates) FROM clawbacks cb
              WHERE cb.case_id = p.case_id AND cb.bates_prefix = pd.bates_prefix AND cb.withdrawn_at IS NULL
                AND cb.first_bates <= pd.last_bates AND cb.last_bates >= pd.first_bates) AS clawed_first
       FROM production_documents pd JOIN productions p ON p.id = pd.production_id
      WHERE p.case_id = $1 AND p.producing_party_id = $2 AND p.status = 'SERVED' AND pd.bates_prefix = $3
        AND NOT pd.reproduced AND pd.document_id = ANY($4::uuid[])`,
    [production.caseId, production.producingPartyId, production.batesPrefix, documents.map((d) => d.id)],
  );
  const clawed = rows.filter((r) => r.clawed_first !== null);
  if (clawed.length > 0) {
    const named = clawed.map((r) => {
      const filename = documents.find((d) => d.id === r.document_id)?.filename ?? 'a document';
      return `${filename} (${formatBates(production.batesPrefix, r.clawed_first as number)})`;
    });
    throw new ConflictError(
      `Pages of ${named.join(', ')} were clawed back as privileged; produce a redacted copy as a new document instead of producing it again.`,
    );
  }
  return new Map(rows.map((r) => [r.document_id, r.first_bates]));
}
