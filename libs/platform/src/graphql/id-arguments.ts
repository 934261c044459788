const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_KEY = /^(ids?|\w+Ids?)$/;

/**
 * Ids are UUIDs, which PostgreSQL compares case-blind but code compares as text. Arguments named as
 * ids (`id`, `caseId`, `itemIds` …) are lowercased in place, before anything reads them, so a caller
 * writing upper case is treated as one writing lower case. Free text is never touched.
 */
export function lowercaseIds(value: unknown, key?: string): unknown {
  if (typeof value === 'string')
    return key && ID_KEY.test(key) && UUID.test(value) ? value.toLowerCase() : value;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) value[i] = lowercaseIds(item, key);
    return value;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(record)) record[k] = lowercaseIds(v, k);
  }
  return value;
}
