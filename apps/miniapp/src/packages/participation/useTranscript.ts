import { useDidHide, useDidShow } from '@tarojs/taro';
import type { InterviewStatus } from '@weimin/contracts';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../services/http';
import { getTranscript } from '../../services/interviews';
import { TranscriptPoller, type TranscriptState } from './transcript';

export interface LiveTranscript {
  state: TranscriptState | undefined;
  /** The last poll failed (shown only while nothing has loaded; later polls retry by themselves). */
  error: ApiError | undefined;
  retry: () => void;
}

/**
 * The transcript of interview `id`, polled while the page is shown and the interview is live (transcript.ts).
 * `status` is what the interview's own read said; the poller starts from it and then follows the transcript's.
 */
export function useTranscript(id: number | undefined, status: InterviewStatus | undefined): LiveTranscript {
  const [state, setState] = useState<TranscriptState>();
  const [error, setError] = useState<ApiError>();
  const poller = useRef<TranscriptPoller>();

  useEffect(() => {
    if (id === undefined || status === undefined) return undefined;
    const instance = new TranscriptPoller(
      {
        fetch: (after, etag) => getTranscript(id, after, etag),
        onChange: (next) => {
          setState(next);
          setError(undefined);
        },
        onError: (reason) => setError(reason instanceof ApiError ? reason : new ApiError(0, 'INTERNAL', '实录加载失败，请稍后重试')),
        setTimer: (run, ms) => setTimeout(run, ms),
        clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      },
      status,
    );
    poller.current = instance;
    void instance.start();
    // A browser tab in the background stops polling too (WeChat reports that as the page's onHide).
    const onVisibility = () => instance.setVisible(document.visibilityState !== 'hidden');
    if (process.env.TARO_ENV === 'h5') document.addEventListener('visibilitychange', onVisibility);
    return () => {
      instance.stop();
      if (process.env.TARO_ENV === 'h5') document.removeEventListener('visibilitychange', onVisibility);
    };
    // The status only seeds the poller: a change the poller itself saw must not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, status === undefined]);

  useDidShow(() => poller.current?.setVisible(true));
  useDidHide(() => poller.current?.setVisible(false));

  return { state, error, retry: () => poller.current?.retry() };
}
