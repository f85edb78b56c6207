import type { NotificationView } from '@weimin/contracts';
import { request } from './client';

/** 通知: reminders, overdue alerts and 催办 for the caller's agency, the newest 50, newest first. */
export function listNotifications(signal?: AbortSignal): Promise<NotificationView[]> {
  return request<NotificationView[]>('/admin/notifications', { signal });
}
