import type { CreateStaffAccountRequest, ResetPasswordRequest, StaffAccountListQuery, StaffAccountView, UpdateStaffAccountRequest } from '@weimin/contracts';
import { request } from './client';

// Calls made from a form pass `notify: false`: the form puts the server's `details` on its fields, or shows the message.

export function listAccounts(query: StaffAccountListQuery, signal?: AbortSignal): Promise<StaffAccountView[]> {
  return request<StaffAccountView[]>('/admin/accounts', { query: { ...query }, signal });
}

export function createAccount(account: CreateStaffAccountRequest): Promise<StaffAccountView> {
  return request<StaffAccountView>('/admin/accounts', { method: 'POST', body: account, notify: false });
}

export function updateAccount(id: number, change: UpdateStaffAccountRequest): Promise<StaffAccountView> {
  return request<StaffAccountView>(`/admin/accounts/${id}`, { method: 'PATCH', body: change, notify: false });
}

export function resetAccountPassword(id: number, reset: ResetPasswordRequest): Promise<void> {
  return request<void>(`/admin/accounts/${id}/password`, { method: 'POST', body: reset, notify: false });
}

/** Disabling ends the account's sessions at once; the BFF refuses to disable the caller's own account (409). */
export function setAccountActive(id: number, active: boolean): Promise<StaffAccountView> {
  return request<StaffAccountView>(`/admin/accounts/${id}/${active ? 'enable' : 'disable'}`, { method: 'POST' });
}

export function unlockAccount(id: number): Promise<StaffAccountView> {
  return request<StaffAccountView>(`/admin/accounts/${id}/unlock`, { method: 'POST' });
}
