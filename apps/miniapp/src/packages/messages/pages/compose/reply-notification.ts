import type { SubscribeOutcome } from '../../notification/subscribe-outcome';

// H5: WeChat subscribe messages do not exist in a browser, so the form does not offer them.
export const replyNotificationAvailable = false;

export function askReplyNotification(): Promise<SubscribeOutcome> {
  return Promise.resolve('failed');
}
