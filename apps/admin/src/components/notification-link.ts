import type { NotificationSubjectType, NotificationView } from '@weimin/contracts';

/** Each subject's detail page in the console. */
const SUBJECT_PAGES: Record<NotificationSubjectType, string> = {
  message: '/messages',
  disclosure: '/disclosure',
  solicitation: '/solicitations',
};

/**
 * Where a notification takes its reader, for the bell and the 通知 page alike: its subject's page (留言详情, 申请详情,
 * 征集详情), or for an update reminder the unit's 信息公开; null when it is about nothing the console shows.
 */
export function notificationLink(notification: Pick<NotificationView, 'kind' | 'subject'>): string | null {
  if (notification.subject) return `${SUBJECT_PAGES[notification.subject.type]}/${notification.subject.id}`;
  return notification.kind === 'notice_stale' ? '/notices' : null;
}
