import type {
  BoardMessageExcerpt,
  BoardMessageView,
  BoardQuery,
  CreateMessageRequest,
  MessageDeadlinesView,
  MyMessageSummary,
  MyMessageView,
  Page,
  RateMessageRequest,
  UploadedImageView,
} from '@weimin/contracts';
import { API_BASE, request, signedInImageSrc, uploadFile } from './http';

/**
 * Submits a message. The caller makes `idempotencyKey` once per submission and sends it again on every retry
 * until the server answers, so a retry after a lost answer cannot create a second message (docs/security.md §18).
 * Silent: the form shows the errors beside its fields.
 */
export function createMessage(body: CreateMessageRequest, idempotencyKey: string): Promise<MyMessageView> {
  return request<MyMessageView>('/messages', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey }, auth: true, silent: true });
}

/** One photo for a message (camera or album): the BFF keeps its own re-encoded copy and answers the id to submit. Silent: the picker shows the error. */
export function uploadMessageImage(filePath: string): Promise<UploadedImageView> {
  return uploadFile<UploadedImageView>('/citizen/uploads', filePath, { silent: true });
}

/** A photo the office approved for the public board: an address any Image may load, no sign-in. */
export function boardImageSrc(url: string): Promise<string> {
  return Promise.resolve(`${API_BASE}${url.startsWith('/api/') ? url.slice(4) : url}`);
}

/** The citizen's own photo as an Image source (it needs their sign-in). */
export function ownImageSrc(url: string): Promise<string> {
  return signedInImageSrc(url);
}

/** The answer deadlines per type, in working days, as the BFF counts them (public, no sign-in). */
export function getMessageDeadlines(): Promise<MessageDeadlinesView> {
  return request<MessageDeadlinesView>('/messages/deadlines');
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

/** Characters of a message's text in a board list row; the reply is read on the message's page. */
export const BOARD_LIST_EXCERPT = 60;

/**
 * The public board (公开留言): answered messages their authors allowed to be shown, contact details masked by the
 * server, as short excerpts (cut by the BFF after scrubbing) so a page of the list stays small.
 */
export function listBoard(query: Omit<BoardQuery, 'excerpt'> = {}): Promise<Page<BoardMessageExcerpt>> {
  return request<Page<BoardMessageExcerpt>>('/board', { query: { ...query, excerpt: BOARD_LIST_EXCERPT } });
}

export function getBoardMessage(id: number): Promise<BoardMessageView> {
  return request<BoardMessageView>(`/board/${id}`);
}
