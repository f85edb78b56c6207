import type { AuditEntryView, AuditQuery, Page } from '@weimin/contracts';
import { request } from './client';

export function searchAudit(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntryView>> {
  return request<Page<AuditEntryView>>('/admin/audit', { query: { ...query }, signal });
}
