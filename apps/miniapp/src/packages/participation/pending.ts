import Taro from '@tarojs/taro';

/**
 * An opinion or question whose outcome is unknown (no answer, or a server error after sending), kept with its
 * Idempotency-Key until the server acknowledges it: the retry sends the same key and body, so the BFF answers with
 * what it may already have stored instead of storing it twice. Kept in storage, per solicitation or interview, so it
 * survives the page being closed (as the message compose page does, docs/security.md §18).
 */
export interface PendingSubmission<Body> {
  idempotencyKey: string;
  body: Body;
}

export type PendingKind = 'opinion' | 'question';

function storageKey(kind: PendingKind, targetId: number): string {
  return `weimin.participation.${kind}.${targetId}`;
}

export function loadPending<Body>(kind: PendingKind, targetId: number): PendingSubmission<Body> | undefined {
  const value: unknown = Taro.getStorageSync(storageKey(kind, targetId));
  if (typeof value !== 'object' || value === null) return undefined;
  const pending = value as Partial<PendingSubmission<Body>>;
  return typeof pending.idempotencyKey === 'string' && typeof pending.body === 'object' && pending.body !== null
    ? (pending as PendingSubmission<Body>)
    : undefined;
}

export function savePending<Body>(kind: PendingKind, targetId: number, pending: PendingSubmission<Body>): void {
  Taro.setStorageSync(storageKey(kind, targetId), pending);
}

export function clearPending(kind: PendingKind, targetId: number): void {
  Taro.removeStorageSync(storageKey(kind, targetId));
}
