import type { InterviewStatus } from '@weimin/contracts';
import { useEffect, useState } from 'react';
import { pollDelayMs } from './interview-steps';

/** Calls `reload` every so often while the interview runs and the page is in view (pollDelayMs decides how often). */
export function usePolling(status: InterviewStatus | undefined, reload: () => void): void {
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const onChange = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  const delay = status ? pollDelayMs(status, visible) : null;
  useEffect(() => {
    if (delay === null) return;
    const timer = setInterval(reload, delay);
    return () => clearInterval(timer);
  }, [delay, reload]);
}
