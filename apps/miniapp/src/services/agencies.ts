import type { AgencyListQuery, AgencyView } from '@weimin/contracts';
import { request } from './http';

export function listAgencies(query: AgencyListQuery = {}): Promise<AgencyView[]> {
  return request<AgencyView[]>('/agencies', { query: { ...query } });
}

export function getAgency(id: number): Promise<AgencyView> {
  return request<AgencyView>(`/agencies/${id}`);
}
