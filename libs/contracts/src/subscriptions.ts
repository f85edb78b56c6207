import type { Industry } from './agencies';

/**
 * 订阅: a citizen follows a public enterprise or institution and is sent a subscribe message when it publishes a
 * 便民公告; the same grants carry the 办理进度 notices of the citizen's own messages (交办, 延期 approved).
 */
export const SubscribeTemplate = {
  /** 便民公告通知: a unit the citizen follows published an announcement (停水, 停电, timetable changes). */
  Announcement: 'announcement',
  /** 办理进度通知: the citizen's message was dispatched (交办) or its extension approved. */
  Progress: 'progress',
} as const;
export type SubscribeTemplate = (typeof SubscribeTemplate)[keyof typeof SubscribeTemplate];

/** The templates a mini-program may ask for at once (wx.requestSubscribeMessage takes at most 3 ids). */
export const SUBSCRIBE_TEMPLATES_MAX = 3;

/** One unit the citizen follows. */
export interface SubscriptionView {
  agencyId: number;
  agencyName: string;
  industry: Industry | null;
  subscribedAt: string;
}

/**
 * What the BFF holds of the citizen's WeChat authorisations for one template: one-time grants still unspent (each
 * allows exactly one message) or a long-term one (never spent; only where the mini-program's category allows it).
 */
export interface SubscribeGrantView {
  template: SubscribeTemplate;
  oneTimeLeft: number;
  longTerm: boolean;
}

export interface MySubscriptionsView {
  items: SubscriptionView[];
  grants: SubscribeGrantView[];
}

/** The templates the citizen accepted in wx.requestSubscribeMessage, by purpose (one grant each). */
export interface RecordGrantsRequest {
  accepted: SubscribeTemplate[];
}
