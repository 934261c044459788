import { JsonOf } from '@parley/platform';
import { DiscoveryItemModel, DiscoverySetModel } from './discovery-set.model';

/** Each field of a set as PostgreSQL's JSON reads it, from the alias `l`. */
export const SET_FIELDS: Record<keyof DiscoverySetModel, string> = {
  id: 'l.id',
  caseId: 'l.case_id',
  kind: 'l.kind',
  title: 'l.title',
  status: 'l.status',
  servedAt: 'l.served_at',
  servedOn: 'l.served_on',
  deliveredAt: 'l.delivered_at',
  serviceMethod: 'l.service_method',
  signature: 'l.signature',
  paperSha256: 'l.paper_sha256',
  responseDueOn: 'l.response_due_on',
  dueAfterCutoff: 'l.due_after_cutoff',
  createdAt: 'l.created_at',
  servingPartyId: 'l.serving_party_id',
  respondingPartyId: 'l.responding_party_id',
  recordedById: 'l.recorded_by_id',
  receivedOn: 'l.received_on',
  scanDocumentId: 'l.scan_document_id',
};

/**
 * What each field resolved beside the columns reads of its set (DiscoverySetFieldsResolver). A set is
 * read with the fields its query names and what these need; a field named here by nobody (one added
 * later and forgotten) makes the set read whole, so forgetting costs speed, never a wrong answer.
 */
const SET_FIELD_NEEDS: Record<string, ReadonlyArray<keyof DiscoverySetModel>> = {
  __typename: [],
  items: [],
  response: [],
  supplements: [],
  deadline: [],
  extensions: [],
  interrogatoryCount: ['kind'],
  flags: ['dueAfterCutoff', 'kind', 'status'],
  servingParty: ['servingPartyId'],
  respondingParty: ['respondingPartyId'],
  onPaper: ['scanDocumentId', 'recordedById', 'receivedOn'],
};

/** Which of a set's fields a query needs read, or all of them. */
export function setFieldsFor(asked: readonly string[]): Array<keyof DiscoverySetModel> {
  const fields = new Set<keyof DiscoverySetModel>(['id']);
  for (const name of asked) {
    if (Object.hasOwn(SET_FIELDS, name)) fields.add(name as keyof DiscoverySetModel);
    else if (Object.hasOwn(SET_FIELD_NEEDS, name)) SET_FIELD_NEEDS[name].forEach((need) => fields.add(need));
    else return Object.keys(SET_FIELDS) as Array<keyof DiscoverySetModel>;
  }
  return [...fields].sort();
}

/** A set's items under it, in order: no set id, since they are primed by their set's (DiscoveryLoader). */
const NESTED_ITEMS = `(SELECT coalesce(json_agg(json_build_object('id', i.id, 'number', i.number,
  'text', i.text, 'subparts', i.subparts) ORDER BY i.number), '[]'::json)
  FROM discovery_items i WHERE i.set_id = l.id)`;

const statements = new Map<string, string>();
/** Queries use a handful of shapes; a client naming ever new ones is served without filling memory. */
const MOST_SHAPES = 200;

/**
 * A set as JSON, from the alias `l`, for reads combined into one statement (readJson): the fields
 * `asked` needs (setFieldsFor), and its items when the query asks for them. One json_build_object,
 * since merging objects as jsonb costs PostgreSQL more than building the whole set does. Built once
 * per shape: the same text is then the same prepared statement.
 */
export function setJson(asked: readonly string[]): string {
  const fields = setFieldsFor(asked);
  const withItems = asked.includes('items');
  const key = `${fields.join(',')}${withItems ? '+items' : ''}`;
  let sql = statements.get(key);
  if (!sql) {
    const pairs = fields.map((field) => `'${field}', ${SET_FIELDS[field]}`);
    if (withItems) pairs.push(`'items', ${NESTED_ITEMS}`);
    sql = `json_build_object(${pairs.join(', ')})`;
    if (statements.size < MOST_SHAPES) statements.set(key, sql);
  }
  return sql;
}

export type SetJson = Partial<JsonOf<DiscoverySetModel>> & { id: string; items?: DiscoveryItemModel[] };

/**
 * setJson's object as the model: JSON has no instants, only their text. It holds the fields read for
 * its query (and what that query's field resolvers read of it), which are all GraphQL asks of it.
 */
export function discoverySetFromJson({ items: _items, ...s }: SetJson): DiscoverySetModel {
  const set = s as unknown as DiscoverySetModel;
  if (s.servedAt !== undefined) set.servedAt = s.servedAt === null ? null : new Date(s.servedAt);
  if (s.deliveredAt !== undefined) set.deliveredAt = s.deliveredAt === null ? null : new Date(s.deliveredAt);
  if (s.createdAt !== undefined) set.createdAt = new Date(s.createdAt);
  return set;
}
