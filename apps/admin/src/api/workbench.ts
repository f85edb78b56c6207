import type { WorkbenchView } from '@weimin/contracts';
import { request } from './client';

/** 工作台: the caller's own work, counted by the BFF as the lists the counts link to. */
export function getWorkbench(signal?: AbortSignal): Promise<WorkbenchView> {
  return request<WorkbenchView>('/admin/workbench', { signal });
}
