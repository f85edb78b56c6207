import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the only copy lives in the staff member's cookie (docs/security.md §1, §12). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const STAFF_SESSION_COOKIE = 'weimin_staff';
