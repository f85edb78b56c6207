import Taro from '@tarojs/taro';
import { copyText } from './clipboard';

/** What a page offers to WeChat when it is forwarded to a chat or posted to Moments. */
export interface ShareContent {
  /** The card's title; WeChat falls back to the mini-program's name when it is empty. */
  title: string;
  /** The page to open, absolute from the mini-program root, e.g. `/packages/units/pages/notice/index`. */
  page: string;
  /** The page's query, e.g. `{ id: 12 }`; the shared page reads nothing else. */
  query: Record<string, string | number>;
  /** A picture for the card; without one WeChat uses a screenshot of the page. */
  imageUrl?: string;
}

/** WeChat cuts a share card's title; a long one is shortened here so it ends with an ellipsis rather than mid-word. */
export const SHARE_TITLE_MAX = 32;

export function shareTitle(title: string): string {
  const trimmed = title.trim();
  return trimmed.length > SHARE_TITLE_MAX ? `${trimmed.slice(0, SHARE_TITLE_MAX - 1)}…` : trimmed;
}

export function shareQuery(query: ShareContent['query']): string {
  return Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
}

/** The path WeChat opens from a chat card: the page and its query. */
export function sharePath(content: Pick<ShareContent, 'page' | 'query'>): string {
  const query = shareQuery(content.query);
  return query ? `${content.page}?${query}` : content.page;
}

/**
 * The cards WeChat asks for: a chat's opens `path`; Moments opens the same page (in WeChat's single-page mode) with
 * `query`. Without an image WeChat uses a screenshot of the page.
 */
export function shareCards(content: ShareContent) {
  const title = shareTitle(content.title);
  const image = content.imageUrl ? { imageUrl: content.imageUrl } : {};
  return {
    chat: { title, path: sharePath(content), ...image },
    moments: { title, query: shareQuery(content.query), ...image },
  };
}

/** The page as a web link (H5 build, browser routing under /h5): what 复制链接 puts on the clipboard. */
export function shareLink(origin: string, content: Pick<ShareContent, 'page' | 'query'>): string {
  return `${origin.replace(/\/$/, '')}/h5${sharePath(content)}`;
}

/**
 * 复制链接 in the H5 build: the browser's Clipboard API where the page may use it (a secure context), otherwise
 * Taro's copy (a hidden text field and execCommand), and when both fail the link in a dialog to copy by hand.
 */
export async function copyShareLink(link: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(link);
      void Taro.showToast({ title: '链接已复制', icon: 'none' });
      return true;
    } catch {
      // Refused (no permission, the document not focused): the fallback below.
    }
  }
  return copyText(link, '链接');
}
