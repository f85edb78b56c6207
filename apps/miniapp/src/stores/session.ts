import Taro from '@tarojs/taro';
import type { CitizenSessionView } from '@weimin/contracts';

const SESSION_KEY = 'weimin.citizen.session';

/** Replace a token this close to its expiry before using it, rather than after a 401. */
const EXPIRY_MARGIN_MS = 60_000;

interface StoredSession {
  token: string;
  expiresAt: string;
}

/** The citizen's session token, kept in storage so it outlives the page (mini-programs have no cookies); undefined when absent or expiring. */
export function sessionToken(): string | undefined {
  const stored = readSession();
  if (!stored) return undefined;
  if (!(Date.parse(stored.expiresAt) - Date.now() > EXPIRY_MARGIN_MS)) {
    clearSession();
    return undefined;
  }
  return stored.token;
}

export function saveSession(session: CitizenSessionView): void {
  const stored: StoredSession = { token: session.token, expiresAt: session.expiresAt };
  Taro.setStorageSync(SESSION_KEY, stored);
}

export function clearSession(): void {
  Taro.removeStorageSync(SESSION_KEY);
}

function readSession(): StoredSession | undefined {
  const value: unknown = Taro.getStorageSync(SESSION_KEY);
  if (typeof value !== 'object' || value === null) return undefined;
  const { token, expiresAt } = value as Partial<StoredSession>;
  return typeof token === 'string' && typeof expiresAt === 'string' ? { token, expiresAt } : undefined;
}
