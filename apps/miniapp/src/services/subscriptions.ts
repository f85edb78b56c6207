import type { MySubscriptionsView, SubscribeGrantView, SubscribeTemplate, SubscriptionView } from '@weimin/contracts';
import { request } from './http';

/** 我的订阅: the units the citizen follows, and the subscribe-message grants the BFF holds for them. */
export function listMySubscriptions(): Promise<MySubscriptionsView> {
  return request<MySubscriptionsView>('/citizen/subscriptions', { auth: true });
}

// An empty object as the body: every request is sent as JSON, and an empty JSON body is a 400.
export function subscribeToUnit(agencyId: number): Promise<SubscriptionView> {
  return request<SubscriptionView>(`/citizen/subscriptions/${agencyId}`, { method: 'POST', body: {}, auth: true });
}

export function unsubscribeFromUnit(agencyId: number): Promise<void> {
  return request<void>(`/citizen/subscriptions/${agencyId}`, { method: 'DELETE', body: {}, auth: true });
}

/**
 * The templates the citizen accepted in WeChat's dialog: each allows the BFF one message (or, long-term, every one).
 * Silent: a grant that did not reach the BFF costs a notice, nothing the citizen can act on.
 */
export function recordGrants(accepted: SubscribeTemplate[]): Promise<SubscribeGrantView[]> {
  return request<SubscribeGrantView[]>('/citizen/subscriptions/grants', { method: 'POST', body: { accepted }, auth: true, silent: true });
}
