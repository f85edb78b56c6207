import { elderMode } from '../stores/elder-mode';
import { wechatTextScale } from './text-scale';

/**
 * The props of a page's root view: the `page` class and the page's own, 长辈版's `elder` in the WeChat build (the
 * H5 build has it on <html>, stores/elder-mode.ts), and outside 长辈版 WeChat's font-size setting as
 * `--weimin-text-scale` (a11y/text-scale.ts), which app.scss and the pages' font sizes multiply by.
 */
export function pageRoot(name?: string): { className: string; style?: Record<string, string> } {
  const elder = elderMode();
  const className = ['page', name, elder && process.env.TARO_ENV !== 'h5' ? 'elder' : ''].filter(Boolean).join(' ');
  if (process.env.TARO_ENV === 'h5' || elder) return { className };
  return { className, style: { '--weimin-text-scale': String(wechatTextScale()) } };
}
