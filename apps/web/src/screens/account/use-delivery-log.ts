import { useCallback } from 'react';
import { useClient } from 'urql';
import { usePagedList } from '../../components/use-paged-list';
import { WEBHOOK_DELIVERIES } from './account-queries';

const PAGE = 10;

/** An endpoint's delivery log, newest first, a page at a time after the API's endCursor. */
export function useDeliveryLog(endpointId: string) {
  const client = useClient();
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await client
        .query(WEBHOOK_DELIVERIES, { endpointId, first: PAGE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!result.data) return { error: result.error };
      const page = result.data.webhookDeliveries;
      return {
        rows: page.edges.map((e) => e.node),
        next: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
      };
    },
    [client, endpointId],
  );
  return usePagedList(fetchPage);
}
