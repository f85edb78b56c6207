import type { RoutingRuleView, SaveRoutingRuleRequest } from '@weimin/contracts';
import { request } from './client';

/** 派单规则, highest priority first. */
export function listRoutingRules(signal?: AbortSignal): Promise<RoutingRuleView[]> {
  return request<RoutingRuleView[]>('/admin/routing-rules', { signal });
}

export function createRoutingRule(rule: SaveRoutingRuleRequest): Promise<RoutingRuleView> {
  return request<RoutingRuleView>('/admin/routing-rules', { method: 'POST', body: rule, notify: false });
}

export function updateRoutingRule(id: number, change: Partial<SaveRoutingRuleRequest>): Promise<RoutingRuleView> {
  return request<RoutingRuleView>(`/admin/routing-rules/${id}`, { method: 'PATCH', body: change, notify: false });
}

/** Not from a form, so a refusal is toasted. */
export function setRoutingRuleActive(id: number, active: boolean): Promise<RoutingRuleView> {
  return request<RoutingRuleView>(`/admin/routing-rules/${id}`, { method: 'PATCH', body: { active } });
}
