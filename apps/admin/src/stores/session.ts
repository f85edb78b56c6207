import type { StaffMeView } from '@weimin/contracts';
import { useSyncExternalStore } from 'react';
import { ApiError } from '../api/client';
import { getSession } from '../api/session';

/**
 * The console's only client-side store: who is signed in. Server data is fetched by each page.
 * It lives outside React so the API client can end the session when any call answers 401.
 */
export type Session =
  /** Not yet asked the BFF (the first moments after the console loads). */
  | { status: 'unknown' }
  /** The BFF could not be asked (network, 5xx): neither signed in nor out. */
  | { status: 'unavailable'; error: ApiError }
  | { status: 'active'; me: StaffMeView }
  /**
   * `none`: there was no session to begin with; `expired`: the BFF ended it (idle, expired, disabled, roles changed);
   * `signedOut`: the user logged out.
   */
  | { status: 'ended'; reason: 'none' | 'expired' | 'signedOut' };

let current: Session = { status: 'unknown' };
const listeners = new Set<() => void>();

function set(next: Session): void {
  current = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session {
  return useSyncExternalStore(subscribe, () => current);
}

/** The signed-in staff member; only for components rendered inside the console, behind RequireSession. */
export function useMe(): StaffMeView {
  const session = useSession();
  if (session.status !== 'active') throw new Error('useMe() outside a signed-in console');
  return session.me;
}

export function startSession(me: StaffMeView): void {
  set({ status: 'active', me });
}

export function endSession(reason: 'expired' | 'signedOut'): void {
  set({ status: 'ended', reason });
}

/**
 * The API client's 401 handler. An active session is over: back to the login page with a notice.
 * Always true: a 401 is never toasted, since either the login page or the form that asked explains it.
 */
export function sessionRejected(): boolean {
  if (current.status === 'active') endSession('expired');
  return true;
}

let pending: Promise<void> | undefined;

/**
 * Asks the BFF who is signed in: at start, and again on navigation and when the tab comes back into view, so a
 * session ended on the server is noticed even on pages that only read public data. Concurrent calls share one request.
 */
export function refreshSession(): Promise<void> {
  if (current.status === 'unavailable') set({ status: 'unknown' });
  pending ??= getSession()
    .then(
      (me) => {
        if (current.status !== 'active' || JSON.stringify(current.me) !== JSON.stringify(me)) startSession(me);
      },
      (error: unknown) => {
        if (!(error instanceof ApiError)) throw error;
        // A 401 on an active session already went through sessionRejected(); at start it just means "not signed in".
        if (error.status === 401) {
          if (current.status === 'unknown') set({ status: 'ended', reason: 'none' });
        } else if (current.status !== 'active') {
          // A network blip while signed in changes nothing; at start the user needs to know and to retry.
          set({ status: 'unavailable', error });
        }
      },
    )
    .finally(() => {
      pending = undefined;
    });
  return pending;
}
