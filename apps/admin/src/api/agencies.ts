import type { AgencyAdminView, AgencyListQuery, AgencyView, CreateAgencyRequest, UpdateAgencyRequest } from '@weimin/contracts';
import { request } from './client';

/** The public directory: active agencies only. */
export function listAgencies(query: AgencyListQuery = {}, signal?: AbortSignal): Promise<AgencyView[]> {
  return request<AgencyView[]>('/agencies', { query: { ...query }, signal });
}

/** Every agency, inactive ones included (office roles and admins). */
export function listAdminAgencies(signal?: AbortSignal): Promise<AgencyAdminView[]> {
  return request<AgencyAdminView[]>('/admin/agencies', { signal });
}

export function createAgency(agency: CreateAgencyRequest): Promise<AgencyAdminView> {
  return request<AgencyAdminView>('/admin/agencies', { method: 'POST', body: agency, notify: false });
}

export function updateAgency(id: number, change: UpdateAgencyRequest): Promise<AgencyAdminView> {
  return request<AgencyAdminView>(`/admin/agencies/${id}`, { method: 'PATCH', body: change, notify: false });
}

/** Not from a form, so a refusal (the office cannot be disabled, 409) is toasted. */
export function setAgencyActive(id: number, active: boolean): Promise<AgencyAdminView> {
  return request<AgencyAdminView>(`/admin/agencies/${id}`, { method: 'PATCH', body: { active } });
}
