/**
 * Console notifications (通知, the bell): reminders and alerts to an agency's staff, delivered by the outbox worker
 * (docs/architecture.md, "The outbox and the schedulers"). `GET /api/admin/notifications` answers the caller's agency's.
 */
export const NotificationKind = {
  /** 留言 due soon. */
  MessageReminder: 'reminder',
  /** 留言 overdue: to the agency and, to supervise (督办), to the office. */
  MessageOverdue: 'overdue',
  /** A public enterprise's 信息公开 section is overdue for an update (信息定期更新提示). */
  NoticeStale: 'notice_stale',
  /** 依申请公开: an application due within 3 working days. */
  DisclosureReminder: 'disclosure_reminder',
  /** 依申请公开: an application past its due day. */
  DisclosureOverdue: 'disclosure_overdue',
  /** 依申请公开: the office chased (催办) the handling agency. */
  DisclosureChase: 'disclosure_chase',
  /** 意见征集: the 采纳情况反馈 of a closed solicitation is overdue. */
  SolicitationFeedbackOverdue: 'solicitation_feedback_overdue',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

/** What a notification is about, for the console to link to. */
export const NotificationSubjectType = {
  Message: 'message',
  Disclosure: 'disclosure',
  Solicitation: 'solicitation',
} as const;
export type NotificationSubjectType = (typeof NotificationSubjectType)[keyof typeof NotificationSubjectType];

export interface NotificationSubject {
  type: NotificationSubjectType;
  /** The message's, the 依申请公开 application's or the solicitation's id. */
  id: number;
}

/** One notification for the caller's agency; the newest 50, newest first. */
export interface NotificationView {
  id: number;
  kind: NotificationKind;
  /** null for a notice about no single item (notice_stale: the unit's own sections). */
  subject: NotificationSubject | null;
  text: string;
  createdAt: string;
}
