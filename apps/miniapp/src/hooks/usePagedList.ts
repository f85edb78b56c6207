import type { Page } from '@weimin/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../services/http';

export interface PagedList<T> {
  items: T[];
  total: number;
  /** True once a first page has arrived: tells "no items" from "not loaded yet". */
  loaded: boolean;
  /** A first page is on its way (at start, on a filter change, on refresh). */
  loading: boolean;
  loadingMore: boolean;
  /** The last attempt's error; when items are shown it concerns the next page. */
  error: ApiError | undefined;
  hasMore: boolean;
  /** Loads the first page again; the items stay on screen until it arrives. */
  refresh: () => Promise<void>;
  loadMore: () => void;
}

/** A server list read page by page (pull-down refresh, load more on reaching the bottom). `deps` are what `load` depends on; a change starts over. */
export function usePagedList<T>(load: (page: number) => Promise<Page<T>>, deps: readonly unknown[]): PagedList<T> {
  const [list, setList] = useState<{ items: T[]; total: number; page: number }>({ items: [], total: 0, page: 0 });
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ApiError>();
  const loadRef = useRef(load);
  loadRef.current = load;
  // Each first-page load starts a generation; answers of older generations are dropped.
  const generation = useRef(0);
  const busy = useRef(false);

  const fetchPage = useCallback(async (page: number) => {
    const mine = page === 1 ? ++generation.current : generation.current;
    busy.current = true;
    if (page === 1) setLoading(true);
    else setLoadingMore(true);
    setError(undefined);
    try {
      const result = await loadRef.current(page);
      if (mine !== generation.current) return;
      setList((previous) => ({ items: page === 1 ? result.items : [...previous.items, ...result.items], total: result.total, page }));
    } catch (reason) {
      if (mine !== generation.current) return;
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'INTERNAL', '加载失败，请稍后重试'));
    } finally {
      if (mine === generation.current) {
        busy.current = false;
        setLoading(false);
        setLoadingMore(false);
      }
    }
  }, []);

  useEffect(() => {
    setList({ items: [], total: 0, page: 0 });
    void fetchPage(1);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a fresh closure on every render; callers pass what it depends on as `deps`.
  }, deps);

  const refresh = useCallback(() => fetchPage(1), [fetchPage]);
  const hasMore = list.page > 0 && list.items.length < list.total;
  const loadMore = useCallback(() => {
    if (busy.current || !hasMore) return;
    void fetchPage(list.page + 1);
  }, [fetchPage, hasMore, list.page]);

  return { items: list.items, total: list.total, loaded: list.page > 0, loading, loadingMore, error, hasMore, refresh, loadMore };
}
