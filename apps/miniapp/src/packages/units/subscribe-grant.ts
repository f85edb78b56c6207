import type { SubscribeTemplate } from '@weimin/contracts';

// H5: WeChat subscribe messages do not exist in a browser: the unit is followed without a grant, and the page says so.
export const SUBSCRIBE_EXPLANATION =
  '网页版无法发送微信通知：订阅后，该单位的便民公告可在“我的 → 我的订阅”中找到。在微信小程序中订阅并允许通知，停水停电等公告发布时会收到提醒。';

export function askAnnouncementGrant(): Promise<SubscribeTemplate[]> {
  return Promise.resolve([]);
}
