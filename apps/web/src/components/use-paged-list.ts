import { useCallback, useEffect, useState } from 'react';
import { CombinedError } from 'urql';
import { refusalOf } from './refusal';

/** One page as the API gave it: its rows, and where the next page starts (null: no more). */
export type Page<Row> = { rows: Row[]; next: string | null } | { error: CombinedError | undefined };

/**
 * A list read a page at a time: "Show more" adds the page after the last one to what is already shown,
 * so nothing read so far jumps away. `fetchPage` says how this list pages (a connection's endCursor,
 * or the last row of a plain list); it must keep its identity while its inputs do (useCallback).
 */
export function usePagedList<Row>(fetchPage: (after: string | null) => Promise<Page<Row>>) {
  const [shown, setShown] = useState<{ rows: Row[]; next: string | null } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fetching, setFetching] = useState(false);

  const load = useCallback(
    async (after: string | null) => {
      setFetching(true);
      const page = await fetchPage(after);
      setFetching(false);
      if ('error' in page) return setProblem(refusalOf(page.error).message);
      setProblem(null);
      setShown((before) => ({
        rows: [...(after && before ? before.rows : []), ...page.rows],
        next: page.next,
      }));
    },
    [fetchPage],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return {
    rows: shown?.rows ?? null,
    more: shown?.next != null,
    problem,
    fetching,
    showMore: () => void load(shown?.next ?? null),
  };
}
