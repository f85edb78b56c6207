import type { NotificationSubject, NotificationSubjectType, NotificationView } from '@weimin/contracts';

/** Each subject's detail page in the console. */
const SUBJECT_PAGES: Record<NotificationSubjectType, string> = {
  message: '/messages',
  disclosure: '/disclosure',
  solicitation: '/solicitations',
};

/** The page of what a notification is about: 留言详情, 申请详情 or 征集详情. */
export function subjectLink(subject: NotificationSubject): string {
  return `${SUBJECT_PAGES[subject.type]}/${subject.id}`;
}

/**
 * Where a notification takes its reader, for the bell and the 通知 page alike: its subject's page, or for an update
 * reminder the unit's 信息公开; null when it is about nothing the console shows.
 */
export function notificationLink(notification: Pick<NotificationView, 'kind' | 'subject'>): string | null {
  if (notification.subject) return subjectLink(notification.subject);
  return notification.kind === 'notice_stale' ? '/notices' : null;
}
