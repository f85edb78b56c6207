import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef } from 'react';

export interface PageRefreshOptions {
  /**
   * Refresh each time the page shows again: back from a page that may have changed what this one lists (composing,
   * rating, an application sent). Not on the first show, which comes with the first load already.
   */
  onShow?: boolean;
}

/**
 * A page's refresh, around what loads its data (useRemote's or usePagedList's `refresh`): the pull-down gesture runs it
 * and stops the spinner once it has settled, loaded or failed; with `onShow`, showing the page again runs it too. The
 * page's config enables the gesture (`enablePullDownRefresh`).
 */
export function usePageRefresh(refresh: () => Promise<unknown>, { onShow = false }: PageRefreshOptions = {}): void {
  const shown = useRef(false);

  useDidShow(() => {
    if (onShow && shown.current) void refresh();
    shown.current = true;
  });
  usePullDownRefresh(() => {
    void refresh().finally(() => void Taro.stopPullDownRefresh());
  });
}
