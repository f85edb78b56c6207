import type { HealthView, VersionView } from '@weimin/contracts';
import { request } from './client';

/** 503 still carries a HealthView: it is the answer "the database is down", not a failure to ask. */
export function getHealth(signal?: AbortSignal): Promise<HealthView> {
  return request<HealthView>('/health', { signal, okStatuses: [503] });
}

export function getVersion(signal?: AbortSignal): Promise<VersionView> {
  return request<VersionView>('/version', { signal });
}
