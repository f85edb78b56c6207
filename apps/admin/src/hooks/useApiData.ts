import { ErrorCode } from '@weimin/contracts';
import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { ApiError } from '../api/client';

export interface ApiData<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads server data for one page or card: pages fetch their own data, there is no global store for it.
 * `deps` name what `load` depends on (it is not itself a dependency, so callers may pass an inline function).
 * The call is aborted when `deps` change or the component unmounts, so a slow answer never overwrites a newer one.
 */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): ApiData<T> {
  const [state, setState] = useState<Omit<ApiData<T>, 'reload'>>({ data: undefined, error: undefined, loading: true });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, error: undefined, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError) return setState({ data: undefined, error, loading: false });
        console.error(error); // a bug in the page, not a failed call: keep it visible to developers and tests
        setState({ data: undefined, error: new ApiError(0, ErrorCode.Internal, '页面出错，请刷新重试'), loading: false });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is a fresh closure on every render; callers pass what it depends on as `deps`.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
