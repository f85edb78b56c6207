import type {
  DecideExtensionRequest,
  DispatchMessageRequest,
  HideMessageRequest,
  Page,
  ReopenMessageRequest,
  ReplyMessageRequest,
  RequestExtensionRequest,
  ReturnMessageRequest,
  StaffMessageQuery,
  StaffMessageSummary,
  StaffMessageView,
} from '@weimin/contracts';
import { request } from './client';

// 留言办理 (docs/domain.md §3). Every action answers with the message as the caller now sees it; a 409 means the message
// is in another state than the page showed (someone else acted meanwhile): the page says so and reloads.
// Actions taken from a form pass `notify: false`: the form shows field errors and the message itself.

export function listMessages(query: StaffMessageQuery, signal?: AbortSignal): Promise<Page<StaffMessageSummary>> {
  return request<Page<StaffMessageSummary>>('/admin/messages', { query: { ...query }, signal });
}

/** Another agency's message is 404, exactly like one that does not exist (docs/security.md §8). */
export function getMessage(id: number, signal?: AbortSignal): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}`, { signal });
}

/** 放行: a message held by moderation goes on as if just submitted (routed, or into the dispatch queue). */
export function releaseMessage(id: number): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}/release`, { method: 'POST' });
}

/** 交办 from the dispatch queue (待受理, 已退回). */
export function dispatchMessage(id: number, dispatch: DispatchMessageRequest): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}/dispatch`, { method: 'POST', body: dispatch, notify: false });
}

/** 改派 an assigned message to another agency; its deadline starts again. */
export function reassignMessage(id: number, dispatch: DispatchMessageRequest): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}/reassign`, { method: 'POST', body: dispatch, notify: false });
}

/** 退回: after it the agency no longer sees the message (the answer is a stub with no actions). */
export function returnMessage(id: number, change: ReturnMessageRequest): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}/return`, { method: 'POST', body: change, notify: false });
}

/** The BFF sanitises the HTML (docs/security.md §14). */
export function replyToMessage(id: number, reply: ReplyMessageRequest): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}/reply`, { method: 'POST', body: reply, notify: false });
}

export function requestExtension(id: number, extension: RequestExtensionRequest): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}/extension`, { method: 'POST', body: extension, notify: false });
}

/** Office head only. */
export function decideExtension(id: number, decision: DecideExtensionRequest): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}/extension/decision`, { method: 'POST', body: decision, notify: false });
}

/** 重办: only after the citizen rated the reply 不满意. */
export function reopenMessage(id: number, reopen: ReopenMessageRequest): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}/reopen`, { method: 'POST', body: reopen, notify: false });
}

export function hideMessage(id: number, hide: HideMessageRequest): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}/hide`, { method: 'POST', body: hide, notify: false });
}

/** The office approves the photos WeChat passed for the public board; flagged ones never go public. */
export function publishMessageImages(id: number): Promise<StaffMessageView> {
  return request<StaffMessageView>(`/admin/messages/${id}/images/publish`, { method: 'POST' });
}
