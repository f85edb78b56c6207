import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../services/http';
import { LoadWaiters } from './load-waiters';

export interface Remote<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Loads again, for handlers that want nothing back (a retry button). */
  reload: () => void;
  /** Loads again; settles once that load (or one that replaced it) has loaded or failed, as usePagedList's refresh. */
  refresh: () => Promise<void>;
}

/** Loads server data for a page: loading → data or error, with a retry. Pages fetch their own data; there is no global store. */
export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[]): Remote<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const [waiters] = useState(() => new LoadWaiters());
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    const mark = waiters.started();
    setLoading(true);
    setError(undefined);
    loadRef.current().then(
      (value) => {
        if (!current) return;
        setData(value);
        setLoading(false);
        waiters.settled(mark);
      },
      (reason: unknown) => {
        if (!current) return;
        setError(reason instanceof ApiError ? reason : new ApiError(0, 'INTERNAL', '加载失败，请稍后重试'));
        setLoading(false);
        waiters.settled(mark);
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a fresh closure on every render; callers pass what it depends on as `deps`.
  }, [...deps, attempt]);
  useEffect(() => () => waiters.release(), [waiters]);

  const refresh = useCallback(() => {
    const settled = waiters.wait();
    setAttempt((n) => n + 1);
    return settled;
  }, [waiters]);
  const reload = useCallback(() => void refresh(), [refresh]);
  return { data, error, loading, reload, refresh };
}
