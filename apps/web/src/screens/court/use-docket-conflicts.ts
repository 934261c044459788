import { useCallback } from 'react';
import { useClient } from 'urql';
import { usePagedList } from '../../components/use-paged-list';
import { DOCKET_CONFLICTS } from './conflict-queries';

const PAGE = 20;

/**
 * The court's docket conflicts a page at a time. The API gives a plain list with no word of more, so
 * one more than a page is asked for: if it comes, the next page starts after the last number shown.
 */
export function useDocketConflicts() {
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await client
        .query(DOCKET_CONFLICTS, { first: PAGE + 1, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!result.data) return { error: result.error };
      const rows = result.data.docketConflicts.slice(0, PAGE);
      return {
        rows,
        next: result.data.docketConflicts.length > PAGE ? (rows.at(-1)?.docketNumber ?? null) : null,
      };
    },
    [client],
  );
  return usePagedList(fetchPage);
}
