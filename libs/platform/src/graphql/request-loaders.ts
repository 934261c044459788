import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request. A loader service asks for its loader with itself as the key, so
 * each request batches and caches separately and nothing leaks between users.
 */
export class RequestLoaders {
  private readonly loaders = new Map<object, DataLoader<unknown, unknown>>();
  private readonly others = new Map<object, unknown>();

  /** Another per-request helper than a DataLoader (the request's combined reads), one per owner. */
  shared<T>(owner: object, create: () => T): T {
    if (!this.others.has(owner)) this.others.set(owner, create());
    return this.others.get(owner) as T;
  }

  get<K, V>(owner: object, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(owner);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(owner, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results to match the keys DataLoader asked for. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
