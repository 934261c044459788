import { DiscoveryKind, DiscoveryReader, ItemFacts, SetStatus } from '@parley/discovery';
import { BadInputError, ConflictError } from '@parley/platform';
import { EntityManager } from 'typeorm';

/**
 * The named requests, held for the caller's transaction: each a request of this set, which is a
 * served Rule 34 set (what a production or a privilege log answers).
 */
export async function rule34Requests(
  discovery: DiscoveryReader,
  manager: EntityManager,
  setId: string,
  itemIds: readonly string[],
): Promise<ItemFacts[]> {
  await discovery.holdSets(manager, [setId]);
  const ids = [...new Set(itemIds.map((id) => id.toLowerCase()))];
  const [set] = await discovery.sets([setId], manager);
  if (!set || set.kind !== DiscoveryKind.PRODUCTION) {
    throw new BadInputError(
      'Documents are produced, or withheld, in answer to requests for production (FRCP 34).',
    );
  }
  if (set.status === SetStatus.DRAFT || set.status === SetStatus.WITHDRAWN) {
    throw new ConflictError(
      set.status === SetStatus.DRAFT
        ? 'These requests have not been served; nothing is owed on them yet.'
        : 'These requests were withdrawn; nothing is owed on them.',
    );
  }
  const items = (await discovery.items(ids, manager)).filter((i) => i.set.id === setId);
  const wrong = ids.filter((id) => !items.some((i) => i.id === id));
  if (wrong.length > 0) {
    throw new BadInputError(`These are not requests of this set: ${wrong.join(', ')} (requestItemIds).`);
  }
  return items;
}
