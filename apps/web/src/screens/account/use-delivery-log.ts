import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { refusalOf } from '../../components/refusal';
import { DeliveryRow, WEBHOOK_DELIVERIES } from './account-queries';

const PAGE = 10;

interface Log {
  rows: DeliveryRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * An endpoint's delivery log, newest first, a page at a time: "Show more" adds the page after the
 * API's endCursor to what is already shown, so nothing read so far jumps away.
 */
export function useDeliveryLog(endpointId: string) {
  const client = useClient();
  const [log, setLog] = useState<Log | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fetching, setFetching] = useState(false);

  const load = useCallback(
    async (after: string | null) => {
      setFetching(true);
      const result = await client
        .query(WEBHOOK_DELIVERIES, { endpointId, first: PAGE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      setFetching(false);
      if (!result.data) return setProblem(refusalOf(result.error).message);
      setProblem(null);
      const page = result.data.webhookDeliveries;
      setLog((shown) => ({
        rows: [...(after && shown ? shown.rows : []), ...page.edges.map((e) => e.node)],
        endCursor: page.pageInfo.endCursor ?? null,
        hasNextPage: page.pageInfo.hasNextPage,
      }));
    },
    [client, endpointId],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return {
    log,
    problem,
    fetching,
    showMore: () => void load(log?.endCursor ?? null),
    reload: () => void load(null),
  };
}
