import Taro from '@tarojs/taro';

/**
 * 长辈版 (长辈模式, docs/accessibility.md): larger text and tap targets and a reduced home page, switched on from the
 * home page, 我的 or a search for 长辈版/关怀版/大字版, and remembered on the device in Taro storage.
 */
const ELDER_KEY = 'weimin.elderMode';

/** The words that find the 长辈版 switch in the search box. */
export const ELDER_SEARCH_WORDS = ['长辈版', '长辈模式', '关怀版', '关怀模式', '大字版', '大字模式', '老年版', '适老化'];

export function isElderSearch(words: string): boolean {
  const q = words.replace(/\s+/g, '');
  return ELDER_SEARCH_WORDS.some((word) => q.includes(word));
}

const listeners = new Set<(on: boolean) => void>();

export function elderMode(): boolean {
  try {
    return Taro.getStorageSync(ELDER_KEY) === true;
  } catch {
    return false;
  }
}

export function setElderMode(on: boolean): void {
  Taro.setStorageSync(ELDER_KEY, on);
  applyElderClass(on);
  listeners.forEach((listener) => listener(on));
}

export function onElderModeChange(listener: (on: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** In the H5 build the whole document takes the mode's styles (app.scss, `.elder`); WeChat pages take it on their root view. */
export function applyElderClass(on: boolean): void {
  if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle('elder', on);
}
