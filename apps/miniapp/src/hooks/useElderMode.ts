import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { elderMode, onElderModeChange } from '../stores/elder-mode';

/** Whether 长辈版 is on, following a switch made on this page or another (read again each time the page shows). */
export function useElderMode(): boolean {
  const [on, setOn] = useState(elderMode);
  useEffect(() => onElderModeChange(setOn), []);
  useDidShow(() => setOn(elderMode()));
  return on;
}
