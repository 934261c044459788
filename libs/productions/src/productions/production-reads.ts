import { EntityManager } from 'typeorm';
import { clawbackModel, ClawbackRow, CLAWBACKS_OF_PRODUCTION } from '../clawbacks/clawback-reads';
import { Confidentiality, ProductionStatus } from '../production-enums';
import { formatBates } from '../volume';
import { ProductionModel } from './production.model';

interface DocumentRow {
  document_id: string;
  filename: string;
  confidentiality: Confidentiality;
  custodian: string;
  first_bates: number | null;
  pages: number;
  sha256: string | null;
  native: boolean | null;
  content_type: string;
  reproduced: boolean;
  items: Array<{ id: string; number: number }>;
}

interface ProductionRow {
  id: string;
  case_id: string;
  status: ProductionStatus;
  set_id: string;
  set_title: string;
  producing_party_id: string;
  producing_name: string;
  receiving_party_id: string;
  receiving_name: string;
  bates_prefix: string;
  volume: string | null;
  created_at: Date;
  served_at: Date | null;
  served_on: string | null;
  service_method: string | null;
  signature: string | null;
  dat: string | null;
  opt: string | null;
  volume_sha256: string | null;
  /** A draft's preview: the prefix's next number, and the numbers its documents were first produced with. */
  next_number: number;
  prior: Record<string, number> | null;
  documents: DocumentRow[];
  clawbacks: ClawbackRow[] | null;
}

/**
 * Productions with their documents, requests and clawbacks in one statement, whatever their number;
 * `where` filters `pr` (the caller's visibility filter included).
 */
export async function readProductions(
  manager: EntityManager,
  where: string,
  parameters: unknown[],
  order = 'pr.created_at DESC, pr.id DESC',
  limit?: number,
): Promise<ProductionModel[]> {
  const rows: ProductionRow[] = await manager.query(
    `SELECT pr.id, pr.case_id, pr.status, pr.set_id, s.title AS set_title, pr.producing_party_id,
            pp.name AS producing_name, pr.receiving_party_id, rp.name AS receiving_name, pr.bates_prefix,
            pr.volume, pr.created_at, pr.served_at, to_char(pr.served_on, 'YYYY-MM-DD') AS served_on,
            pr.service_method, pr.signature, pr.dat, pr.opt, pr.volume_sha256,
            COALESCE((SELECT bc.next_number FROM bates_counters bc
                       WHERE bc.case_id = pr.case_id AND bc.prefix = pr.bates_prefix), 1) AS next_number,
            CASE WHEN pr.status = 'DRAFT' THEN (
              SELECT json_object_agg(pd0.document_id, pd0.first_bates)
                FROM production_documents pd0 JOIN productions p0 ON p0.id = pd0.production_id
               WHERE p0.case_id = pr.case_id AND p0.status = 'SERVED' AND NOT pd0.reproduced
                 AND pd0.bates_prefix = pr.bates_prefix AND p0.producing_party_id = pr.producing_party_id
                 AND pd0.document_id IN (SELECT document_id FROM production_documents WHERE production_id = pr.id))
            END AS prior,
            (SELECT json_agg(json_build_object(
                      'document_id', pd.document_id, 'filename', d.filename, 'content_type', d.content_type,
                      'confidentiality', pd.confidentiality, 'custodian', pd.custodian,
                      'first_bates', pd.first_bates, 'pages', pd.pages, 'sha256', pd.sha256,
                      'native', pd.native, 'reproduced', pd.reproduced,
                      'items', (SELECT json_agg(json_build_object('id', i.id, 'number', i.number) ORDER BY i.number)
                                  FROM production_items pi JOIN discovery_items i ON i.id = pi.item_id
                                 WHERE pi.production_id = pd.production_id AND pi.document_id = pd.document_id))
                    ORDER BY pd.position)
               FROM production_documents pd JOIN documents d ON d.id = pd.document_id
              WHERE pd.production_id = pr.id) AS documents,
            (SELECT json_agg(c.* ORDER BY c.first_bates) FROM (${CLAWBACKS_OF_PRODUCTION}) c) AS clawbacks
       FROM productions pr
       JOIN discovery_sets s ON s.id = pr.set_id
       JOIN parties pp ON pp.id = pr.producing_party_id
       JOIN parties rp ON rp.id = pr.receiving_party_id
      WHERE ${where}
      ORDER BY ${order}${limit ? ` LIMIT ${Number(limit)}` : ''}`,
    parameters,
  );
  return rows.map(toProductionModel);
}

/** A draft's numbers are those it would take if served now (a reproduced document keeps its own). */
function toProductionModel(row: ProductionRow): ProductionModel {
  const prefix = row.bates_prefix;
  const clawbacks = (row.clawbacks ?? []).map((c) => clawbackModel(c));
  let next = row.next_number;
  const documents = row.documents.map((d) => {
    const prior = row.status === ProductionStatus.DRAFT ? row.prior?.[d.document_id] : undefined;
    const first = d.first_bates ?? prior ?? next;
    if (d.first_bates === null && prior === undefined) next += d.pages;
    const last = first + d.pages - 1;
    return {
      documentId: d.document_id,
      filename: d.filename,
      firstBates: formatBates(prefix, first),
      lastBates: formatBates(prefix, last),
      pages: d.pages,
      sha256: d.sha256,
      native: d.native ?? d.content_type !== 'application/pdf',
      reproduced: d.reproduced || prior !== undefined,
      confidentiality: d.confidentiality,
      custodian: d.custodian,
      requestItemIds: (d.items ?? []).map((i) => i.id),
      requestNumbers: (d.items ?? []).map((i) => i.number),
      clawedBack: clawbacks.some((c) => c.withdrawnAt === null && overlaps(c, first, last)),
      first,
      last,
    };
  });
  const firsts = documents.map((d) => d.first);
  const lasts = documents.map((d) => d.last);
  const served = row.status === ProductionStatus.SERVED;
  return {
    id: row.id,
    caseId: row.case_id,
    status: row.status,
    setId: row.set_id,
    setTitle: row.set_title,
    producingParty: { id: row.producing_party_id, name: row.producing_name },
    receivingParty: { id: row.receiving_party_id, name: row.receiving_name },
    batesPrefix: prefix,
    volume: row.volume,
    firstBates: formatBates(prefix, Math.min(...firsts)),
    lastBates: formatBates(prefix, Math.max(...lasts)),
    pages: documents.reduce((sum, d) => sum + d.pages, 0),
    documents: documents.map(({ first: _f, last: _l, ...d }) => d),
    createdAt: new Date(row.created_at),
    servedAt: row.served_at ? new Date(row.served_at) : null,
    servedOn: row.served_on,
    serviceMethod: row.service_method as ProductionModel['serviceMethod'],
    signature: row.signature,
    loadFiles: served && row.dat !== null && row.opt !== null ? { dat: row.dat, opt: row.opt } : null,
    volumeUrl: served ? `/productions/${row.id}/volume.zip` : null,
    volumeSha256: row.volume_sha256,
    clawbacks,
  };
}

const overlaps = (c: { first: number; last: number }, first: number, last: number) =>
  c.first <= last && first <= c.last;
