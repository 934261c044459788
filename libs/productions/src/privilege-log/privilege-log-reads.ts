import { EntityManager } from 'typeorm';
import { Privilege } from '../production-enums';
import { formatBates } from '../volume';
import { batesRangeWords } from '../clawbacks/clawback-reads';
import { PrivilegeLogEntryModel } from './privilege-log.model';

interface EntryRow {
  id: string;
  case_id: string;
  set_id: string;
  producing_party_id: string;
  receiving_party_id: string;
  number: number | null;
  log_id: string | null;
  document_date: string;
  author: string;
  recipients: string[];
  document_type: string;
  subject: string;
  privilege: Privilege;
  basis: string | null;
  bates_prefix: string | null;
  bates_first: number | null;
  bates_last: number | null;
  items: Array<{ id: string; number: number; text: string }> | null;
  served_at: Date | null;
}

/** Entries with the requests they withhold from, in one statement; `where` filters `pe`. */
export async function readEntries(
  manager: EntityManager,
  where: string,
  parameters: unknown[],
): Promise<PrivilegeLogEntryModel[]> {
  const rows: EntryRow[] = await manager.query(
    `SELECT pe.id, pe.case_id, pe.set_id, pe.producing_party_id, pe.receiving_party_id, pe.number, pe.log_id,
            to_char(pe.document_date, 'YYYY-MM-DD') AS document_date, pe.author, pe.recipients, pe.document_type,
            pe.subject, pe.privilege, pe.basis, pe.bates_prefix, pe.bates_first, pe.bates_last,
            (SELECT pl.served_at FROM privilege_logs pl WHERE pl.id = pe.log_id) AS served_at,
            (SELECT json_agg(json_build_object('id', i.id, 'number', i.number, 'text', i.text) ORDER BY i.number)
               FROM discovery_items i WHERE i.id = ANY(pe.item_ids)) AS items
       FROM privilege_log_entries pe
      WHERE ${where}
      ORDER BY pe.set_id, pe.producing_party_id, pe.number NULLS LAST, pe.added_order`,
    parameters,
  );
  return rows.map(toEntryModel);
}

export function entryBatesRange(row: Pick<EntryRow, 'bates_prefix' | 'bates_first' | 'bates_last'>) {
  if (row.bates_prefix === null || row.bates_first === null || row.bates_last === null) return null;
  return batesRangeWords(
    formatBates(row.bates_prefix, row.bates_first),
    formatBates(row.bates_prefix, row.bates_last),
  );
}

function toEntryModel(row: EntryRow): PrivilegeLogEntryModel {
  const items = row.items ?? [];
  return {
    id: row.id,
    caseId: row.case_id,
    setId: row.set_id,
    producingPartyId: row.producing_party_id,
    receivingPartyId: row.receiving_party_id,
    number: row.number,
    served: row.log_id !== null,
    servedAt: row.served_at ? new Date(row.served_at) : null,
    logId: row.log_id,
    date: row.document_date,
    author: row.author,
    recipients: row.recipients,
    documentType: row.document_type,
    subject: row.subject,
    privilege: row.privilege,
    basis: row.basis,
    batesRange: entryBatesRange(row),
    requestItemIds: items.map((i) => i.id),
    requestNumbers: items.map((i) => i.number),
    requests: items.map((i) => `Request for Production No. ${i.number}: ${i.text}`),
  };
}
