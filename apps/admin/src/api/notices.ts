import type {
  CreateNoticeRequest,
  FreshnessBoardView,
  FreshnessQuery,
  Page,
  StaffNoticeQuery,
  StaffNoticeView,
  UpdateNoticeRequest,
  WithdrawNoticeRequest,
} from '@weimin/contracts';
import { request } from './client';

// 信息公开 of public enterprises (docs/domain.md §2): a unit's staff publish their own unit's notices; the office reads
// everyone's and watches the freshness board. Another unit's notice is 404, like one that does not exist.

export function listNotices(query: StaffNoticeQuery, signal?: AbortSignal): Promise<Page<StaffNoticeView>> {
  return request<Page<StaffNoticeView>>('/admin/notices', { query: { ...query }, signal });
}

/** Published at once; the BFF sanitises the HTML (docs/security.md §14). */
export function createNotice(notice: CreateNoticeRequest): Promise<StaffNoticeView> {
  return request<StaffNoticeView>('/admin/notices', { method: 'POST', body: notice, notify: false });
}

export function updateNotice(id: number, change: UpdateNoticeRequest): Promise<StaffNoticeView> {
  return request<StaffNoticeView>(`/admin/notices/${id}`, { method: 'PATCH', body: change, notify: false });
}

export function withdrawNotice(id: number, withdraw: WithdrawNoticeRequest): Promise<StaffNoticeView> {
  return request<StaffNoticeView>(`/admin/notices/${id}/withdraw`, { method: 'POST', body: withdraw, notify: false });
}

/** 更新提示: every unit × section, with days since the last update and its state. */
export function getFreshnessBoard(query: FreshnessQuery, signal?: AbortSignal): Promise<FreshnessBoardView> {
  return request<FreshnessBoardView>('/admin/notice-freshness', { query: { ...query }, signal });
}
