import type { CitizenMeView } from '@weimin/contracts';
import { clearSession, saveSession, sessionToken } from '../stores/session';
import { createSession } from './citizen-login';
import { request, type SessionProvider } from './http';

let signingIn: Promise<string> | undefined;

/** The session token, signing in first when there is none. Parallel callers share one sign-in. */
export function ensureSession(): Promise<string> {
  const token = sessionToken();
  return token ? Promise.resolve(token) : renewSession();
}

/** Drops the stored token and signs in again (first use, expiry, or a 401 from the server). */
export function renewSession(): Promise<string> {
  if (!signingIn) {
    clearSession();
    signingIn = createSession()
      .then((session) => {
        saveSession(session);
        return session.token;
      })
      .finally(() => {
        signingIn = undefined;
      });
  }
  return signingIn;
}

/** What http.ts uses for signed-in calls; app.tsx registers it with setSessionProvider (http.ts never imports this module). */
export const citizenSessions: SessionProvider = { current: ensureSession, renew: renewSession };

/** Silent: pages show a failed sign-in in place (the form's notice) rather than as a toast on arrival. */
export function getMe(): Promise<CitizenMeView> {
  return request<CitizenMeView>('/citizen/me', { auth: true, silent: true });
}

/** Binds the phone number WeChat vouches for, by the getPhoneNumber code (never the deprecated encryptedData, docs/security.md §3). */
export function bindPhone(code: string): Promise<CitizenMeView> {
  return request<CitizenMeView>('/citizen/phone', { method: 'POST', body: { code }, auth: true });
}
