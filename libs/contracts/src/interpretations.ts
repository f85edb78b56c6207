import type { StaffRole } from './staff';
import type { Audience, LifeEventStage } from './stages';

/** 政策解读 (docs/domain.md §1). */

/** 文字 / 图解 / 动漫 / 视频. */
export const InterpretationFormat = {
  Text: 'text',
  Graphic: 'graphic',
  Animation: 'animation',
  Video: 'video',
} as const;
export type InterpretationFormat = (typeof InterpretationFormat)[keyof typeof InterpretationFormat];

export const INTERPRETATION_FORMAT_LABELS: Record<InterpretationFormat, string> = {
  text: '文字',
  graphic: '图解',
  animation: '动漫',
  video: '视频',
};

/**
 * draft 起草中 → agency_review 待部门初审 → office_review 待公开办审核 → final_review 待负责人审核 → published 已发布;
 * any review level may return it (returned 已退回, back to the drafter); a published one may be withdrawn (withdrawn 已撤回).
 */
export const InterpretationStatus = {
  Draft: 'draft',
  AgencyReview: 'agency_review',
  OfficeReview: 'office_review',
  FinalReview: 'final_review',
  Returned: 'returned',
  Published: 'published',
  Withdrawn: 'withdrawn',
} as const;
export type InterpretationStatus = (typeof InterpretationStatus)[keyof typeof InterpretationStatus];

export const INTERPRETATION_STATUS_LABELS: Record<InterpretationStatus, string> = {
  draft: '起草中',
  agency_review: '待部门初审',
  office_review: '待公开办审核',
  final_review: '待负责人审核',
  returned: '已退回',
  published: '已发布',
  withdrawn: '已撤回',
};

/** 三级审核: the state each level reviews and the role that reviews it. */
export const REVIEW_LEVELS: ReadonlyArray<{ level: 1 | 2 | 3; status: InterpretationStatus; role: StaffRole; label: string }> = [
  { level: 1, status: 'agency_review', role: 'agency_head', label: '部门初审' },
  { level: 2, status: 'office_review', role: 'office_staff', label: '政务公开办审核' },
  { level: 3, status: 'final_review', role: 'office_head', label: '政务公开办负责人审核' },
];

export type InterpretationAction = 'create' | 'edit' | 'submit' | 'approve' | 'return' | 'withdraw';

export const INTERPRETATION_ACTION_LABELS: Record<InterpretationAction, string> = {
  create: '起草',
  edit: '修改',
  submit: '提交审核',
  approve: '审核通过',
  return: '退回',
  withdraw: '撤回',
};

/** Languages an interpretation may be read in: the Chinese original plus variants (seed 001: 彝汉双语). */
export const InterpretationLanguage = {
  Chinese: 'zh',
  Yi: 'ii',
  English: 'en',
} as const;
export type InterpretationLanguage = (typeof InterpretationLanguage)[keyof typeof InterpretationLanguage];

export const INTERPRETATION_LANGUAGE_LABELS: Record<InterpretationLanguage, string> = {
  zh: '中文',
  ii: '彝文',
  en: 'English',
};

export const INTERPRETATION_TITLE_MAX = 100;
export const INTERPRETATION_SUMMARY_MAX = 300;
/** Characters as typed; the sanitised HTML must also fit MySQL's TEXT (checked by the BFF in bytes). */
export const INTERPRETATION_BODY_MAX = 20_000;
export const INTERPRETATION_IMAGE_ALT_MAX = 300;
export const INTERPRETATION_TRANSCRIPT_MAX = 10_000;

export type PolicyValidity = 'valid' | 'invalid';
/** 规章 / 规范性文件 / other documents: what the annual report's table 二 counts (libs/contracts/src/reports.ts). */
export type PolicyDocumentKind = 'regulation' | 'normative' | 'other';
export const POLICY_DOCUMENT_KIND_LABELS: Record<PolicyDocumentKind, string> = { regulation: '规章', normative: '规范性文件', other: '其他文件' };
export const POLICY_VALIDITY_LABELS: Record<PolicyValidity, string> = { valid: '有效', invalid: '失效' };

/** 政策文件. */
export interface PolicyDocumentView {
  id: number;
  title: string;
  /** 文号, e.g. 临政办发〔2026〕12号. */
  docNumber: string;
  issuer: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
  validity: PolicyValidity;
}

export type CreatePolicyDocumentRequest = Omit<PolicyDocumentView, 'id'>;

export interface InterpretationVariantInput {
  language: Exclude<InterpretationLanguage, 'zh'>;
  title: string;
  summary: string;
  bodyHtml: string;
}

/** Create or rework a draft (the whole item each time). */
export interface SaveInterpretationRequest {
  title: string;
  summary: string;
  /** Rich text; sanitised by the BFF on write. */
  bodyHtml: string;
  stages: LifeEventStage[];
  format: InterpretationFormat;
  /** 视频 and 动漫: the video, https on a host of the media allow-list (系统设置 › 媒体来源). Required for 视频. */
  mediaUrl?: string | null;
  /**
   * 图解: the picture, https on an allowed host or a path this server serves (`/h5/…`). Required for 图解, with its
   * text alternative in `imageAlt`.
   */
  imageUrl?: string | null;
  /** What the picture says, for a screen reader (required with an image). */
  imageAlt?: string | null;
  /** What the video says, as text (shown below the player). */
  transcript?: string | null;
  policyDocumentId?: number | null;
  relatedIds?: number[];
  variants?: InterpretationVariantInput[];
}

export interface ReviewDecisionRequest {
  comment?: string;
}

export interface ReturnInterpretationRequest {
  comment: string;
}

export interface WithdrawInterpretationRequest {
  reason: string;
}

export interface StaffInterpretationQuery {
  status?: InterpretationStatus;
  stage?: LifeEventStage;
  agencyId?: number;
  /** Only the caller's own drafts. */
  mine?: boolean;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface StaffInterpretationSummary {
  id: number;
  title: string;
  status: InterpretationStatus;
  stages: LifeEventStage[];
  format: InterpretationFormat;
  agencyId: number;
  agencyName: string;
  authorId: number | null;
  authorName: string | null;
  updatedAt: string;
  publishedAt: string | null;
}

export interface InterpretationEventView {
  id: number;
  at: string;
  action: InterpretationAction;
  /** The review level the step was taken at (1-3), if any. */
  level: number | null;
  actorId: number | null;
  actorName: string | null;
  /** The role the step was taken in, e.g. agency_head. */
  actorRole: StaffRole | null;
  fromStatus: InterpretationStatus | null;
  toStatus: InterpretationStatus;
  comment: string | null;
}

export interface StaffInterpretationView extends StaffInterpretationSummary {
  summary: string;
  bodyHtml: string;
  mediaUrl: string | null;
  imageUrl: string | null;
  imageAlt: string | null;
  transcript: string | null;
  policyDocument: PolicyDocumentView | null;
  relatedIds: number[];
  variants: InterpretationVariantInput[];
  views: number;
  helpful: number;
  unhelpful: number;
  withdrawReason: string | null;
  events: InterpretationEventView[];
  /** What the caller may do now (edit, submit, approve, return, withdraw). */
  allowedActions: InterpretationAction[];
}

// ── Public ────────────────────────────────────────────────────────────────

export interface InterpretationQuery {
  audience?: Audience;
  stage?: LifeEventStage;
  page?: number;
  pageSize?: number;
}

export interface InterpretationSearchQuery {
  q: string;
  page?: number;
  pageSize?: number;
}

export interface InterpretationSummary {
  id: number;
  title: string;
  summary: string;
  stages: LifeEventStage[];
  format: InterpretationFormat;
  agencyName: string;
  publishedAt: string;
  views: number;
}

export interface InterpretationDetail extends InterpretationSummary {
  /** The language shown, and every language the item can be read in. */
  language: InterpretationLanguage;
  languages: InterpretationLanguage[];
  /** Sanitised on write; render through the allow-list (RichBody). */
  bodyHtml: string;
  mediaUrl: string | null;
  imageUrl: string | null;
  /** The image's text alternative (图解). */
  imageAlt: string | null;
  /** The video's text (视频). */
  transcript: string | null;
  policyDocument: PolicyDocumentView | null;
  related: InterpretationSummary[];
  helpful: number;
  unhelpful: number;
}

export interface InterpretationFeedbackRequest {
  helpful: boolean;
}

export interface InterpretationFeedbackView {
  helpful: number;
  unhelpful: number;
  mine: boolean;
}

// ── Figures for the office (issue #7) ────────────────────────────────────────

export interface InterpretationFiguresQuery {
  /** YYYY-MM-DD, inclusive, China time. */
  from: string;
  to: string;
}

/** Interpretations published in the period, counted in SQL: per stage (all 14), per drafting agency, in total. */
export interface InterpretationFigures {
  from: string;
  to: string;
  total: number;
  byStage: Array<{ stage: LifeEventStage; name: string; audience: Audience; count: number }>;
  byAgency: Array<{ agencyId: number; agencyName: string; count: number }>;
  /**
   * 就此政策咨询: interpretations that messages submitted in the period asked about, most asked first (at most
   * INTERPRETATION_QUESTIONS_TOP): many questions about one interpretation are a sign that it needs rewriting.
   */
  byQuestions: Array<{ interpretationId: number; title: string; agencyName: string; count: number }>;
}

export const INTERPRETATION_QUESTIONS_TOP = 50;
