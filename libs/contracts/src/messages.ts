import type { BoardImageView, MessageImageView, StaffMessageImageView } from './photos';

/** 留言 (docs/domain.md §3). */
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

/** Matches WeChat msgSecCheck's limit (docs/security.md §13). */
export const MESSAGE_CONTENT_MAX = 2500;
export const MESSAGE_TITLE_MAX = 60;

// ── Citizens ────────────────────────────────────────────────────────────────

/** Mini-program sign-in: the code from `Taro.login()` (wx.login). */
export interface CitizenLoginRequest {
  code: string;
}

/**
 * H5 and tests only: sign in as a made-up citizen. The BFF refuses it unless CITIZEN_DEV_LOGIN=true,
 * which configuration refuses in production.
 */
export interface CitizenDevLoginRequest {
  /** Any stable name for the pretend citizen, e.g. "tester-1". */
  devUser: string;
}

/** The session token goes in `Authorization: Bearer <token>` (mini-programs have no cookies). */
export interface CitizenSessionView {
  token: string;
  expiresAt: string;
  citizen: CitizenMeView;
}

export interface CitizenMeView {
  id: number;
  /** Masked (138****1234) when a phone number was bound, else null. */
  phoneMasked: string | null;
}

// ── Submitting and following a message ──────────────────────────────────────

export interface CreateMessageRequest {
  type: MessageType;
  channel: MessageChannel;
  /** Agency the citizen addresses (required for unit_board: the unit). */
  targetAgencyId?: number;
  title: string;
  content: string;
  contactName: string;
  contactPhone: string;
  /** The citizen allows the message and its reply on the public board. */
  isPublic: boolean;
  /** The citizen tapped to accept the reply notification (subscribe message). */
  notifyOnReply?: boolean;
  /**
   * 就此政策咨询: the published interpretation the message asks about. The message goes to its drafting agency (unless
   * the citizen named an agency), and staff see which interpretation it is about.
   */
  interpretationId?: number;
  /** Photos uploaded by this citizen (POST /api/citizen/uploads) and not yet on a message: at most MESSAGE_IMAGES_MAX. */
  imageIds?: number[];
}

/**
 * The answer deadlines citizens are told before they write (GET /api/messages/deadlines): working days from the
 * assignment to the reply, per type, as the BFF counts them (docs/domain.md §3).
 */
export interface MessageDeadlinesView {
  workdays: Record<MessageType, number>;
}

/** The citizen's own view of their message: their contact unmasked for them only. */
export interface MyMessageView {
  id: number;
  caseNo: string;
  type: MessageType;
  channel: MessageChannel;
  status: MessageStatus;
  title: string;
  content: string;
  isPublic: boolean;
  contactName: string;
  contactPhoneMasked: string;
  agencyName: string | null;
  submittedAt: string;
  dueAt: string | null;
  replies: ReplyView[];
  rating: Satisfaction | null;
  /** True while the citizen may still rate the latest reply. */
  canRate: boolean;
  /** The photos they attached, every one (their own). */
  images: MessageImageView[];
}

export interface MyMessageSummary {
  id: number;
  caseNo: string;
  type: MessageType;
  status: MessageStatus;
  title: string;
  submittedAt: string;
  repliedAt: string | null;
}

export interface ReplyView {
  id: number;
  agencyName: string;
  /** Sanitised HTML. */
  bodyHtml: string;
  createdAt: string;
}

export interface RateMessageRequest {
  rating: Satisfaction;
  comment?: string;
}

// ── Public board (公开留言) ──────────────────────────────────────────────────

export interface BoardMessageView {
  id: number;
  caseNo: string;
  type: MessageType;
  channel: MessageChannel;
  title: string;
  /** Phone and ID-card numbers inside the text scrubbed. */
  content: string;
  /** 张*, or null. */
  authorMasked: string | null;
  submittedAt: string;
  agencyName: string;
  replyHtml: string;
  repliedAt: string;
  /** Only the photos the office approved for the board. */
  images: BoardImageView[];
}

export interface BoardQuery {
  type?: MessageType;
  channel?: MessageChannel;
  agencyId?: number;
  /** Keyword search (jieba terms of the scrubbed title and content, as the board shows them), best matches first. */
  q?: string;
  page?: number;
  pageSize?: number;
  /** How many characters of each message the list shows (BOARD_EXCERPT_MIN–MAX; BOARD_EXCERPT_DEFAULT when absent). */
  excerpt?: number;
}

export const BOARD_EXCERPT_MIN = 20;
/** A list row's excerpt when the client names no length; the whole message and its reply are the detail's. */
export const BOARD_EXCERPT_DEFAULT = 100;
/** The longest board search a citizen may type. */
export const BOARD_QUERY_MAX = 50;
export const BOARD_EXCERPT_MAX = 200;

/** A board list row: the scrubbed content cut to `?excerpt=N` characters, the reply left for the detail (`/api/board/:id`). */
export interface BoardMessageExcerpt extends Omit<BoardMessageView, 'content' | 'replyHtml' | 'images'> {
  excerpt: string;
  /** The content is longer than the excerpt. */
  truncated: boolean;
}

// ── Console (staff) ─────────────────────────────────────────────────────────

export interface StaffMessageSummary {
  id: number;
  caseNo: string;
  type: MessageType;
  channel: MessageChannel;
  status: MessageStatus;
  title: string;
  agencyId: number | null;
  agencyName: string | null;
  submittedAt: string;
  assignedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  /** Working days left until due (negative when overdue), null when not running. */
  workdaysLeft: number | null;
}

export interface MessageEventView {
  id: number;
  at: string;
  action: string;
  actorType: 'staff' | 'citizen' | 'system';
  actorName: string | null;
  agencyName: string | null;
  fromStatus: MessageStatus | null;
  toStatus: MessageStatus | null;
  reason: string | null;
}

export interface ExtensionView {
  id: number;
  status: 'pending' | 'approved' | 'rejected';
  workdays: number;
  reason: string;
  requestedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** What staff may do with a message in the console (the BFF's message-transitions.ts decides which, for whom, when). */
export type StaffMessageAction = 'release' | 'dispatch' | 'reply' | 'decide_extension' | 'extend' | 'return' | 'reassign' | 'reopen' | 'hide';

export interface StaffMessageView extends StaffMessageSummary {
  content: string;
  isPublic: boolean;
  /** Masked unless the caller's agency is assigned the message or the caller is office staff (docs/security.md §10). */
  contactName: string;
  contactPhone: string;
  contactUnmasked: boolean;
  targetAgencyId: number | null;
  moderation: 'passed' | 'review';
  rating: Satisfaction | null;
  ratingComment: string | null;
  /** 就此政策咨询: the interpretation the citizen asked about, or null. */
  interpretation: { id: number; title: string } | null;
  replies: ReplyView[];
  events: MessageEventView[];
  extensions: ExtensionView[];
  /** What the caller may do now, e.g. ['reply', 'return']: the console shows exactly these buttons. */
  allowedActions: StaffMessageAction[];
  images: StaffMessageImageView[];
  /** The caller (the office) may approve the photos that passed WeChat's check for the public board. */
  canPublishImages: boolean;
}

export interface StaffMessageQuery {
  status?: MessageStatus;
  type?: MessageType;
  channel?: MessageChannel;
  agencyId?: number;
  overdue?: boolean;
  /** 即将到期: assigned, not yet overdue, due within MESSAGE_DUE_SOON_WORKDAYS working days. */
  dueSoon?: boolean;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** A message being answered counts as 即将到期 from this many working days before its due day (0: on the due day). */
export const MESSAGE_DUE_SOON_WORKDAYS = 1;

export interface DispatchMessageRequest {
  agencyId: number;
  note?: string;
}

export interface ReturnMessageRequest {
  reason: string;
}

export interface ReplyMessageRequest {
  /** Rich text; sanitised on the server (docs/security.md §14). */
  bodyHtml: string;
}

export interface RequestExtensionRequest {
  workdays: number;
  reason: string;
}

export interface DecideExtensionRequest {
  approve: boolean;
  note?: string;
}

export interface ReopenMessageRequest {
  agencyId?: number;
  reason: string;
}

export interface HideMessageRequest {
  reason: string;
}

export interface RoutingRuleView {
  id: number;
  keyword: string;
  agencyId: number;
  agencyName: string;
  priority: number;
  active: boolean;
}

export interface SaveRoutingRuleRequest {
  keyword: string;
  agencyId: number;
  priority?: number;
  active?: boolean;
}
