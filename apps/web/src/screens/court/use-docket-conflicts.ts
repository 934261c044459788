import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { refusalOf } from '../../components/refusal';
import { DOCKET_CONFLICTS, DocketConflict } from './conflict-queries';

const PAGE = 20;

/**
 * The court's docket conflicts a page at a time. The API gives a plain list with no word of more, so
 * one more than a page is asked for: if it comes, "Show more" goes on after the last number shown.
 */
export function useDocketConflicts() {
  const client = useClient();
  const [shown, setShown] = useState<{ conflicts: DocketConflict[]; more: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fetching, setFetching] = useState(false);

  const load = useCallback(
    async (after: string | null) => {
      setFetching(true);
      const result = await client
        .query(DOCKET_CONFLICTS, { first: PAGE + 1, after }, { requestPolicy: 'network-only' })
        .toPromise();
      setFetching(false);
      if (!result.data) return setProblem(refusalOf(result.error).message);
      setProblem(null);
      const page = result.data.docketConflicts;
      setShown((before) => ({
        conflicts: [...(after && before ? before.conflicts : []), ...page.slice(0, PAGE)],
        more: page.length > PAGE,
      }));
    },
    [client],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return {
    shown,
    problem,
    fetching,
    showMore: () => void load(shown?.conflicts.at(-1)?.docketNumber ?? null),
  };
}
