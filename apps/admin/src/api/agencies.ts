import type { AgencyListQuery, AgencyView } from '@weimin/contracts';
import { request } from './client';

export function listAgencies(query: AgencyListQuery = {}, signal?: AbortSignal): Promise<AgencyView[]> {
  return request<AgencyView[]>('/agencies', { query: { ...query }, signal });
}
