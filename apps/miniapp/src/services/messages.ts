import type { BoardMessageView, BoardQuery, CreateMessageRequest, MyMessageSummary, MyMessageView, Page, RateMessageRequest } from '@weimin/contracts';
import { request } from './http';

/**
 * Submits a message. The caller makes `idempotencyKey` once per submission and sends it again on every retry
 * until the server answers, so a retry after a lost answer cannot create a second message (docs/security.md §18).
 * Silent: the form shows the errors beside its fields.
 */
export function createMessage(body: CreateMessageRequest, idempotencyKey: string): Promise<MyMessageView> {
  return request<MyMessageView>('/messages', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey }, auth: true, silent: true });
}

export function listMyMessages(): Promise<MyMessageSummary[]> {
  return request<MyMessageSummary[]>('/messages/mine', { auth: true });
}

export function getMyMessage(id: number): Promise<MyMessageView> {
  return request<MyMessageView>(`/messages/mine/${id}`, { auth: true });
}

export function rateMessage(id: number, body: RateMessageRequest): Promise<MyMessageView> {
  return request<MyMessageView>(`/messages/mine/${id}/rating`, { method: 'POST', body, auth: true });
}

/** The public board (公开留言): answered messages their authors allowed to be shown, contact details masked by the server. */
export function listBoard(query: BoardQuery = {}): Promise<Page<BoardMessageView>> {
  return request<Page<BoardMessageView>>('/board', { query: { ...query } });
}

export function getBoardMessage(id: number): Promise<BoardMessageView> {
  return request<BoardMessageView>(`/board/${id}`);
}
