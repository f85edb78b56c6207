import type { ChangePasswordRequest, LoginRequest, StaffMeView } from '@weimin/contracts';
import { request } from './client';

// The session itself is an HttpOnly cookie the BFF sets and clears: the console never holds a token.

/** A refused sign-in (401) is the login form's to show, so it is not toasted. */
export function signIn(credentials: LoginRequest): Promise<StaffMeView> {
  return request<StaffMeView>('/staff/session', { method: 'POST', body: credentials, notify: false });
}

export function getSession(signal?: AbortSignal): Promise<StaffMeView> {
  return request<StaffMeView>('/staff/session', { signal });
}

export function signOut(): Promise<void> {
  return request<void>('/staff/session', { method: 'DELETE' });
}

/** Field errors (wrong current password, weak new one) come back as `details` for the form to show. */
export function changePassword(change: ChangePasswordRequest): Promise<void> {
  return request<void>('/staff/password', { method: 'PUT', body: change, notify: false });
}
