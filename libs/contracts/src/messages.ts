/** 留言 (DOMAIN.md §3). */
export const MessageType = {
  Consultation: 'consultation',
  Suggestion: 'suggestion',
  Complaint: 'complaint',
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

export const MESSAGE_TYPE_LABELS: Record<MessageType, string> = {
  consultation: '咨询',
  suggestion: '建议',
  complaint: '投诉',
};

export const MessageChannel = {
  OnlineConsultation: 'online_consultation',
  MayorMailbox: 'mayor_mailbox',
  UnitBoard: 'unit_board',
} as const;
export type MessageChannel = (typeof MessageChannel)[keyof typeof MessageChannel];

export const MESSAGE_CHANNEL_LABELS: Record<MessageChannel, string> = {
  online_consultation: '网上咨询',
  mayor_mailbox: '市长信箱',
  unit_board: '公共企事业单位留言',
};

/**
 * held: waiting for the office's moderation review · submitted: in the office's dispatch queue (待受理) ·
 * assigned: with an agency (已交办) · returned: sent back by the agency (已退回) · replied (已答复) ·
 * closed (已办结) · hidden (已屏蔽).
 */
export const MessageStatus = {
  Held: 'held',
  Submitted: 'submitted',
  Assigned: 'assigned',
  Returned: 'returned',
  Replied: 'replied',
  Closed: 'closed',
  Hidden: 'hidden',
} as const;
export type MessageStatus = (typeof MessageStatus)[keyof typeof MessageStatus];

export const MESSAGE_STATUS_LABELS: Record<MessageStatus, string> = {
  held: '待审核',
  submitted: '待受理',
  assigned: '已交办',
  returned: '已退回',
  replied: '已答复',
  closed: '已办结',
  hidden: '已屏蔽',
};

export const Satisfaction = {
  Satisfied: 'satisfied',
  BasicallySatisfied: 'basically_satisfied',
  Unsatisfied: 'unsatisfied',
} as const;
export type Satisfaction = (typeof Satisfaction)[keyof typeof Satisfaction];

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

/** Matches WeChat msgSecCheck's limit (SECURITY.md 13). */
export const MESSAGE_CONTENT_MAX = 2500;
export const MESSAGE_TITLE_MAX = 60;
