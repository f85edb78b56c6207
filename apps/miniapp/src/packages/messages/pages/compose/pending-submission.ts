import Taro from '@tarojs/taro';
import type { CreateMessageRequest } from '@weimin/contracts';

/**
 * A submission whose outcome is unknown (no answer, or a server error after sending). It is kept, key and body
 * together, until the server acknowledges it: a retry sends the same key with the same body, so the BFF answers
 * with the message it may already have stored instead of creating a second one (docs/security.md §18).
 * Storage, not memory: it survives the page being closed and the mini-program being killed.
 */
export interface PendingSubmission {
  idempotencyKey: string;
  body: CreateMessageRequest;
  /** The unit's name for display, when the message goes to a unit's board. */
  targetName?: string;
}

const PENDING_KEY = 'weimin.messages.pending';

export function loadPending(): PendingSubmission | undefined {
  const value: unknown = Taro.getStorageSync(PENDING_KEY);
  if (typeof value !== 'object' || value === null) return undefined;
  const pending = value as Partial<PendingSubmission>;
  return typeof pending.idempotencyKey === 'string' && typeof pending.body === 'object' && pending.body !== null ? (pending as PendingSubmission) : undefined;
}

export function savePending(pending: PendingSubmission): void {
  Taro.setStorageSync(PENDING_KEY, pending);
}

export function clearPending(): void {
  Taro.removeStorageSync(PENDING_KEY);
}
