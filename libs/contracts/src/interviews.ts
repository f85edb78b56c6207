import type { StaffRole } from './staff';

/** 在线访谈 (docs/domain.md §6): announced, collects questions before and during, publishes a transcript. */

/** 预告 → 征集问题 → 直播中 → 已结束; the office moves it one step at a time. */
export const InterviewStatus = {
  Announced: 'announced',
  Collecting: 'collecting',
  Live: 'live',
  Ended: 'ended',
} as const;
export type InterviewStatus = (typeof InterviewStatus)[keyof typeof InterviewStatus];

export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = {
  announced: '预告',
  collecting: '征集问题',
  live: '直播中',
  ended: '已结束',
};

/** The office's steps (each one a console button): 开始征集, 开始直播, 结束访谈. */
export type InterviewStep = 'collect' | 'start' | 'end';
/** Everything the console may do with an interview; `allowedActions` lists those open to the caller now. */
export type InterviewAction = InterviewStep | 'edit' | 'video' | 'publish_entry' | 'moderate';

/**
 * A citizen's question: pending (not yet answered) · answered (published in the transcript with the guest's answer) ·
 * converted (unanswered when the interview ended: now a message to the guest agency, followed in 我的留言).
 */
export const InterviewQuestionStatus = {
  Pending: 'pending',
  Answered: 'answered',
  Converted: 'converted',
} as const;
export type InterviewQuestionStatus = (typeof InterviewQuestionStatus)[keyof typeof InterviewQuestionStatus];

/** shown: the host may take it · held: moderation wants the office to look first · hidden: the office hid it (屏蔽). */
export const InterviewQuestionVisibility = {
  Shown: 'shown',
  Held: 'held',
  Hidden: 'hidden',
} as const;
export type InterviewQuestionVisibility = (typeof InterviewQuestionVisibility)[keyof typeof InterviewQuestionVisibility];

/** qa: a question (a citizen's or the host's own) with the guest's answer · remark: the host speaking. */
export type InterviewEntryKind = 'qa' | 'remark';

export const INTERVIEW_TITLE_MAX = 100;
export const INTERVIEW_SUMMARY_MAX = 2000;
/** Like a message's content: msgSecCheck's limit. */
export const INTERVIEW_QUESTION_MAX = 1000;
export const INTERVIEW_ENTRY_TEXT_MAX = 5000;
/** 访谈中未答复的问题 within 5 working days (docs/domain.md §6). */
export const INTERVIEW_FOLLOW_UP_WORKDAYS = 5;

// ── Public ──────────────────────────────────────────────────────────────────

export interface InterviewSummary {
  id: number;
  title: string;
  status: InterviewStatus;
  guestAgencyId: number;
  guestAgencyName: string;
  guestName: string;
  guestTitle: string;
  hostName: string;
  /** ISO instants: planned start and end. */
  startsAt: string;
  endsAt: string;
}

export interface InterviewView extends InterviewSummary {
  summary: string;
  /** Recorded video (https, on an allowed media host), usually set after it ended. */
  videoUrl: string | null;
  endedAt: string | null;
  /** Whether citizens may send questions now (征集问题 and 直播中). */
  acceptingQuestions: boolean;
}

/** One transcript entry, as the public sees it: the asker's name masked, numbers scrubbed from the question. */
export interface TranscriptEntryView {
  /** 1, 2, 3 … within the interview: poll with `?after=<last seq>`. */
  seq: number;
  kind: InterviewEntryKind;
  /** qa: the question as published (scrubbed); null for a remark. */
  question: string | null;
  /** qa of a citizen's question: 张*; null for the host's own question and for remarks. */
  askerName: string | null;
  /** qa: the guest's answer; remark: the host's words. */
  text: string;
  at: string;
}

/** GET /api/interviews/:id/transcript[?after=seq]: entries after `after` (all without it), oldest first. */
export interface TranscriptView {
  interviewId: number;
  status: InterviewStatus;
  /** The highest seq published so far (0 when none): the next poll's `after`. */
  lastSeq: number;
  entries: TranscriptEntryView[];
}

export interface InterviewListQuery {
  status?: InterviewStatus;
  page?: number;
  pageSize?: number;
}

// ── Citizens ────────────────────────────────────────────────────────────────

/** POST /api/interviews/:id/questions, with an Idempotency-Key header. */
export interface AskInterviewQuestionRequest {
  content: string;
  contactName: string;
  /** Empty: the number bound through WeChat (as for messages). */
  contactPhone?: string;
  /** Whether the follow-up message, should the question become one, may appear on the public board. */
  isPublic: boolean;
}

export interface MyInterviewQuestionView {
  id: number;
  interviewId: number;
  content: string;
  status: InterviewQuestionStatus;
  /** held questions wait for the office; hidden ones will not be taken. */
  visibility: InterviewQuestionVisibility;
  /** The transcript entry that answered it. */
  answeredSeq: number | null;
  /** The message it became (我的留言 › detail). */
  messageId: number | null;
  askedAt: string;
}

/** GET /api/interviews/questions/mine?page=&pageSize=: the citizen's questions to every interview, newest first. */
export interface MyInterviewQuestionQuery {
  page?: number;
  pageSize?: number;
}

/** One row of 我的提问: the question with the interview it was put to, and the guest's answer once given live. */
export interface MyInterviewQuestionSummary extends MyInterviewQuestionView {
  interviewTitle: string;
  interviewStatus: InterviewStatus;
  /** answered: the guest's answer as published in the transcript (entry `answeredSeq`); null otherwise. */
  answer: string | null;
}

// ── Console ─────────────────────────────────────────────────────────────────

export interface SaveInterviewRequest {
  title: string;
  summary: string;
  guestAgencyId: number;
  guestName: string;
  guestTitle: string;
  startsAt: string;
  endsAt: string;
  /** A staff account as host (its display name is shown), or a name alone: one of the two. */
  hostStaffId?: number | null;
  hostName?: string | null;
}

export interface InterviewVideoRequest {
  /** Empty or null removes it. */
  videoUrl: string | null;
}

export interface PublishTranscriptEntryRequest {
  kind: InterviewEntryKind;
  /** qa: a citizen's question (shown, not yet answered) … */
  questionId?: number;
  /** … or the host's own question text. */
  question?: string;
  text: string;
}

export interface StaffInterviewQuery extends InterviewListQuery {
  guestAgencyId?: number;
}

export interface StaffInterviewSummary extends InterviewSummary {
  questionCount: number;
}

export interface InterviewEventView {
  at: string;
  action: string;
  actorName: string | null;
  actorRole: StaffRole | null;
  fromStatus: InterviewStatus | null;
  toStatus: InterviewStatus;
  note: string | null;
}

export interface StaffInterviewView extends InterviewView {
  hostStaffId: number | null;
  questionCount: number;
  /** Set once the unanswered questions became messages (at the end). */
  convertedAt: string | null;
  entries: TranscriptEntryView[];
  events: InterviewEventView[];
  allowedActions: InterviewAction[];
}

/** A question as the console sees it: the asker's name masked (contact details reach the agency only with the message). */
export interface StaffInterviewQuestionView {
  id: number;
  content: string;
  askerName: string;
  status: InterviewQuestionStatus;
  visibility: InterviewQuestionVisibility;
  answeredSeq: number | null;
  messageId: number | null;
  askedAt: string;
}

// ── Figures ─────────────────────────────────────────────────────────────────

/** 在线访谈 per year of their planned start: GET /api/admin/stats/interviews?from&to, and a sheet of the export. */
export interface InterviewYearFigures {
  year: number;
  interviews: number;
  /** Questions citizens sent (hidden ones included: they were received). */
  questionsReceived: number;
  answeredLive: number;
  /** Became messages when the interview ended … */
  convertedToMessages: number;
  /** … of which the guest agency has replied. */
  answeredAfterwards: number;
}

export interface InterviewFiguresView {
  /** The period asked for (YYYY-MM-DD, China time, both inclusive) of the interviews' planned start. */
  from: string;
  to: string;
  years: InterviewYearFigures[];
  total: Omit<InterviewYearFigures, 'year'>;
}
