import Taro from '@tarojs/taro';

/**
 * Outside 长辈版, text follows WeChat's own font-size setting (我 › 设置 › 通用 › 字体大小), which WeChat reports as
 * `getAppBaseInfo().fontSizeScaleFactor` (docs/accessibility.md). The factor becomes the CSS variable
 * `--weimin-text-scale` on each page's root (app.scss multiplies the text sizes by it). WeChat's smaller settings
 * keep the design's size: 14–15 px body text is already the least that stays readable on a phone; larger ones are
 * followed up to twice the size, beyond which a phone-wide line holds too few characters to read.
 */
export const TEXT_SCALE_MIN = 1;
export const TEXT_SCALE_MAX = 2;

/** The scale for WeChat's factor: clamped to [1, 2], two decimals; anything that is not a positive number is 1. */
export function textScaleFor(factor: unknown): number {
  if (typeof factor !== 'number' || !Number.isFinite(factor) || factor <= 0) return TEXT_SCALE_MIN;
  return Math.round(Math.min(TEXT_SCALE_MAX, Math.max(TEXT_SCALE_MIN, factor)) * 100) / 100;
}

/** WeChat's factor now; the H5 build (whose getAppBaseInfo has none) and older base libraries read as 1. */
export function wechatTextScale(): number {
  try {
    const info = typeof Taro.getAppBaseInfo === 'function' ? (Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number }) : undefined;
    return textScaleFor(info?.fontSizeScaleFactor);
  } catch {
    return TEXT_SCALE_MIN;
  }
}

/** The inline style that carries the scale to a page's text. */
export function textScaleStyle(scale: number): string {
  return `--weimin-text-scale: ${scale}`;
}
