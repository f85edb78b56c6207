import type { NotificationSubject } from '@weimin/contracts';
import { request } from './client';

/**
 * A notification the outbox worker could not deliver (docs/security.md §19), as GET /api/admin/outbox answers it.
 * Not in the contracts yet. Payloads carry case numbers, statuses and notice texts, never names or phone numbers.
 */
export interface OutboxItemView {
  id: number;
  /** A subscribe message to a citizen, or a notice to an agency's console. */
  kind: 'citizen_subscribe' | 'staff_notice';
  recipientId: number;
  /** A staff notice's `subject` is the notification's; `messageId` names the message of one queued before subjects. */
  payload: { caseNo?: string; status?: string; page?: string; kind?: string; subject?: NotificationSubject | null; messageId?: number; text?: string };
  /**
   * dead: gave up after the last try (may be resent) · failed: refused for good (the citizen did not subscribe) ·
   * unknown: sent, but WeChat did not answer in time, so it may have been delivered; never resent by the worker, may be
   * resent by hand (docs/security.md §31).
   */
  status: 'dead' | 'failed' | 'unknown';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
}

export function listFailedNotifications(signal?: AbortSignal): Promise<OutboxItemView[]> {
  return request<OutboxItemView[]>('/admin/outbox', { signal });
}

/** Sends a dead or unknown item again from scratch (audited); 409 when it is neither any more. */
export function retryNotification(id: number): Promise<void> {
  return request<void>(`/admin/outbox/${id}/retry`, { method: 'POST' });
}
