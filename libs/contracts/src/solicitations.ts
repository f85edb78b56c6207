import type { StaffRole } from './staff';
import type { Page } from './system';

/** 意见征集 (docs/domain.md §6): a draft put to the public, the opinions it drew, and the 采纳情况反馈 on them. */

/**
 * draft 起草中 → pending_agency_head 待单位负责人审核 → pending_office 待公开办审核 → open 征集中 (until `closesAt`) →
 * closed 已截止 → feedback_draft 反馈起草中 → feedback_pending_agency_head → feedback_pending_office →
 * feedback_published 已反馈 (final). A return at either level sends it back to the agency: returned, or
 * feedback_returned for the feedback. `closed` is also what an open one whose `closesAt` has passed reads as.
 */
export const SolicitationStatus = {
  Draft: 'draft',
  PendingAgencyHead: 'pending_agency_head',
  PendingOffice: 'pending_office',
  Returned: 'returned',
  Open: 'open',
  Closed: 'closed',
  FeedbackDraft: 'feedback_draft',
  FeedbackPendingAgencyHead: 'feedback_pending_agency_head',
  FeedbackPendingOffice: 'feedback_pending_office',
  FeedbackReturned: 'feedback_returned',
  FeedbackPublished: 'feedback_published',
} as const;
export type SolicitationStatus = (typeof SolicitationStatus)[keyof typeof SolicitationStatus];

export const SOLICITATION_STATUS_LABELS: Record<SolicitationStatus, string> = {
  draft: '起草中',
  pending_agency_head: '待单位负责人审核',
  pending_office: '待公开办审核',
  returned: '已退回',
  open: '征集中',
  closed: '已截止',
  feedback_draft: '反馈起草中',
  feedback_pending_agency_head: '反馈待单位负责人审核',
  feedback_pending_office: '反馈待公开办审核',
  feedback_returned: '反馈已退回',
  feedback_published: '已反馈',
};

/** The two review levels, of the solicitation and again of its feedback: the agency's head, then the office. */
export const SOLICITATION_REVIEW_LEVELS: ReadonlyArray<{ level: 1 | 2; roles: readonly StaffRole[]; label: string }> = [
  { level: 1, roles: ['agency_head'], label: '单位负责人审核' },
  { level: 2, roles: ['office_staff', 'office_head'], label: '政务公开办审核' },
];

/** `release_opinion`: the office lets an opinion held by moderation be shown (its history row names the opinion). */
export type SolicitationAction =
  | 'create'
  | 'edit'
  | 'submit'
  | 'approve'
  | 'return'
  | 'close'
  | 'mark'
  | 'release_opinion'
  | 'save_feedback'
  | 'submit_feedback'
  | 'approve_feedback'
  | 'return_feedback';

export const SOLICITATION_ACTION_LABELS: Record<SolicitationAction, string> = {
  create: '起草',
  edit: '修改',
  submit: '提交审核',
  approve: '审核通过',
  return: '退回',
  close: '征集截止',
  mark: '标注采纳情况',
  release_opinion: '审核放行意见',
  save_feedback: '撰写采纳情况反馈',
  submit_feedback: '提交反馈审核',
  approve_feedback: '反馈审核通过',
  return_feedback: '反馈退回',
};

/** 采纳 / 部分采纳 / 未采纳. */
export const OpinionAdoption = {
  Adopted: 'adopted',
  PartlyAdopted: 'partly_adopted',
  NotAdopted: 'not_adopted',
} as const;
export type OpinionAdoption = (typeof OpinionAdoption)[keyof typeof OpinionAdoption];

export const OPINION_ADOPTION_LABELS: Record<OpinionAdoption, string> = { adopted: '采纳', partly_adopted: '部分采纳', not_adopted: '未采纳' };

export const SOLICITATION_TITLE_MAX = 100;
export const SOLICITATION_SUMMARY_MAX = 300;
/** Characters as typed; the sanitised HTML must also fit MySQL's TEXT (checked by the BFF in bytes). */
export const SOLICITATION_BODY_MAX = 20_000;
export const SOLICITATION_QUESTIONS_MAX = 10;
export const SOLICITATION_QUESTION_MAX = 200;
/** 重大行政决策: open at least 30 days as a rule; a shorter period needs a reason. */
export const SOLICITATION_PERIOD_DAYS_DEFAULT = 30;
export const SOLICITATION_PERIOD_DAYS_MIN = 1;
export const SOLICITATION_PERIOD_DAYS_MAX = 180;
/** Working days after closing within which the feedback should be published; later it is overdue for the office. */
export const SOLICITATION_FEEDBACK_WORKDAYS = 15;
/** As a message's content (msgSecCheck's limit). */
export const OPINION_CONTENT_MAX = 2_500;
export const OPINION_ANSWER_MAX = 1_000;
export const OPINION_REASON_MAX = 500;
export const SOLICITATION_FEEDBACK_MAX = 20_000;

/** Create or rework a draft (the whole item each time). */
export interface SaveSolicitationRequest {
  title: string;
  /** One or two sentences for lists. */
  summary: string;
  /** The draft's text, rich text sanitised by the BFF on write. */
  bodyHtml: string;
  /** The questions the agency wants views on (may be empty). */
  questions: string[];
  /** Calendar days it stays open once published; 30 by default, shorter only with `shortPeriodReason`. */
  periodDays?: number;
  shortPeriodReason?: string | null;
  /** The draft as a file: https on a host of the media allow-list (系统设置 › 媒体来源) or a path this server serves. */
  attachmentUrl?: string | null;
  attachmentName?: string | null;
}

export interface SolicitationDecisionRequest {
  comment?: string;
}

export interface ReturnSolicitationRequest {
  comment: string;
}

/** 采纳 / 部分采纳 / 未采纳, with why. */
export interface MarkOpinionRequest {
  adoption: OpinionAdoption;
  reason: string;
}

/** 采纳情况反馈: what changed in the draft and why the rest did not. */
export interface SaveSolicitationFeedbackRequest {
  feedbackHtml: string;
}

export interface StaffSolicitationQuery {
  status?: SolicitationStatus;
  agencyId?: number;
  page?: number;
  pageSize?: number;
}

export interface SolicitationQuery {
  /** open: accepting opinions now; finished: closed, with or without feedback. */
  phase?: 'open' | 'finished';
  page?: number;
  pageSize?: number;
}

/** The adoption figures of one solicitation or of many. */
export interface AdoptionCounts {
  opinions: number;
  marked: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  /** (采纳 + 部分采纳) ÷ marked; null when nothing is marked. */
  adoptionRate: number | null;
}

/** A public list item: open ones and those past their period. */
export interface SolicitationSummary {
  id: number;
  title: string;
  summary: string;
  agencyId: number;
  agencyName: string;
  status: SolicitationStatus;
  opensAt: string;
  closesAt: string;
  opinionCount: number;
}

/** An opinion the citizen allowed to be shown: name masked, numbers scrubbed, no phone. */
export interface PublicOpinionView {
  id: number;
  name: string;
  content: string;
  answers: OpinionAnswer[];
  submittedAt: string;
  adoption: OpinionAdoption | null;
  adoptionReason: string | null;
}

export interface OpinionAnswer {
  /** Index into the solicitation's `questions`. */
  question: number;
  text: string;
}

export interface SolicitationDetail extends SolicitationSummary {
  bodyHtml: string;
  questions: string[];
  attachmentUrl: string | null;
  attachmentName: string | null;
  /** Published feedback (采纳情况反馈) and its figures; null until published. */
  feedback: { html: string; publishedAt: string; counts: AdoptionCounts } | null;
  publicOpinions: PublicOpinionView[];
}

/** Send an opinion while the solicitation is open (Idempotency-Key header required). */
export interface CreateOpinionRequest {
  /** The name shown masked (张*) if `isPublic`. */
  contactName: string;
  content: string;
  /** Answers to some of the questions, by index. */
  answers?: OpinionAnswer[];
  isPublic: boolean;
}

/** The citizen's own opinion: its text, and the agency's mark once given. */
export interface MyOpinionView {
  id: number;
  solicitationId: number;
  solicitationTitle: string;
  solicitationStatus: SolicitationStatus;
  content: string;
  answers: OpinionAnswer[];
  isPublic: boolean;
  /** held: waiting for the office's check before it can be shown (WeChat's msgSecCheck said review). */
  moderation: 'passed' | 'review';
  submittedAt: string;
  adoption: OpinionAdoption | null;
  adoptionReason: string | null;
}

/** An opinion as the agency and the office see it: the name masked as in public (nobody needs it to mark an opinion). */
export interface StaffOpinionView {
  id: number;
  name: string;
  content: string;
  answers: OpinionAnswer[];
  isPublic: boolean;
  moderation: 'passed' | 'review';
  submittedAt: string;
  adoption: OpinionAdoption | null;
  adoptionReason: string | null;
  markedAt: string | null;
}

/** An opinion held by moderation, in the office's 待审核意见 list (GET /api/admin/solicitations/opinions/held). */
export interface HeldOpinionView extends StaffOpinionView {
  solicitationId: number;
  solicitationTitle: string;
  agencyName: string;
}

export interface SolicitationEventView {
  id: number;
  at: string;
  action: SolicitationAction;
  level: number | null;
  actorId: number | null;
  actorName: string | null;
  actorRole: StaffRole | null;
  fromStatus: SolicitationStatus | null;
  toStatus: SolicitationStatus;
  opinionId: number | null;
  comment: string | null;
}

export interface StaffSolicitationSummary {
  id: number;
  title: string;
  status: SolicitationStatus;
  agencyId: number;
  agencyName: string;
  authorId: number | null;
  periodDays: number;
  opensAt: string | null;
  closesAt: string | null;
  feedbackPublishedAt: string | null;
  opinionCount: number;
  updatedAt: string;
}

export interface StaffSolicitationView extends StaffSolicitationSummary {
  summary: string;
  bodyHtml: string;
  questions: string[];
  shortPeriodReason: string | null;
  attachmentUrl: string | null;
  attachmentName: string | null;
  feedbackHtml: string | null;
  feedbackAuthorId: number | null;
  counts: AdoptionCounts;
  events: SolicitationEventView[];
  allowedActions: SolicitationAction[];
}

/** A closed solicitation still without published feedback after SOLICITATION_FEEDBACK_WORKDAYS working days. */
export interface OverdueSolicitationView {
  id: number;
  title: string;
  agencyId: number;
  agencyName: string;
  status: SolicitationStatus;
  closesAt: string;
  /** The day the feedback was due (China time, YYYY-MM-DD). */
  feedbackDueOn: string;
  opinionCount: number;
  unmarked: number;
}

/** 统计分析 › 意见征集: solicitations published in the period, per agency. */
export interface SolicitationFigures {
  from: string;
  to: string;
  totals: SolicitationFigureRow;
  byAgency: Array<SolicitationFigureRow & { agencyId: number; agencyName: string }>;
}

export interface SolicitationFigureRow extends AdoptionCounts {
  solicitations: number;
  withFeedback: number;
  /** Average calendar days from closing to published feedback, over those with feedback; null when none. */
  averageDaysToFeedback: number | null;
}

export type StaffSolicitationPage = Page<StaffSolicitationSummary>;
