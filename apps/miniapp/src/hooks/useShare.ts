import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { shareCards, type ShareContent } from '../services/share';

/**
 * Forwarding to a chat and posting to Moments from WeChat's menu (the page's config must set enableShareAppMessage
 * and enableShareTimeline, which test/weapp checks). Until the page has loaded, `content` is undefined and WeChat
 * shares the page as it was opened, under the mini-program's name. Both hooks read the latest content when tapped.
 */
export function useShare(content: ShareContent | undefined, fallback: Pick<ShareContent, 'page' | 'query'>): void {
  const cards = shareCards(content ?? { ...fallback, title: '' });
  useShareAppMessage(() => cards.chat);
  useShareTimeline(() => cards.moments);
}
