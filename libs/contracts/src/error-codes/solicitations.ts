import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of 意见征集: each code names what went wrong, prefixed SOLICITATION_ (or OPINION_). */
export const SolicitationErrorCode = {
  /** The step does not apply in the solicitation's current state (the details name it). */
  SolicitationWrongState: 'SOLICITATION_WRONG_STATE',
  /** Someone else moved the item between reading and writing it. */
  SolicitationChangedMeanwhile: 'SOLICITATION_CHANGED_MEANWHILE',
  /** Drafting, marking and feedback belong to the agency's staff and head; level 1 to its head. */
  SolicitationNotYourAgency: 'SOLICITATION_NOT_YOUR_AGENCY',
  SolicitationNotYourReviewLevel: 'SOLICITATION_NOT_YOUR_REVIEW_LEVEL',
  SolicitationOwnDraft: 'SOLICITATION_OWN_DRAFT',
  /** The feedback cannot go to review while an opinion is unmarked, or without its text. */
  SolicitationFeedbackIncomplete: 'SOLICITATION_FEEDBACK_INCOMPLETE',
  /** Opinions are taken only while it is open. */
  SolicitationNotOpen: 'SOLICITATION_NOT_OPEN',
  OpinionIdempotencyKeyReused: 'OPINION_IDEMPOTENCY_KEY_REUSED',
  /** 放行 applies only to an opinion moderation held (review); a passed one is released already. */
  OpinionNotHeld: 'OPINION_NOT_HELD',
} as const;
export type SolicitationErrorCode = (typeof SolicitationErrorCode)[keyof typeof SolicitationErrorCode];

export const SOLICITATION_ERRORS: Record<SolicitationErrorCode, ErrorCodeInfo> = {
  SOLICITATION_WRONG_STATE: { status: 409, message: '意见征集当前的状态不能进行此操作' },
  SOLICITATION_CHANGED_MEANWHILE: { status: 409, message: '意见征集刚被他人处理过，请刷新后再试' },
  SOLICITATION_NOT_YOUR_AGENCY: { status: 403, message: '只有发起单位可以进行此操作' },
  SOLICITATION_NOT_YOUR_REVIEW_LEVEL: { status: 403, message: '此审核环节不由您的角色审核' },
  SOLICITATION_OWN_DRAFT: { status: 403, message: '不能审核自己起草的内容' },
  SOLICITATION_FEEDBACK_INCOMPLETE: { status: 409, message: '请先标注每条意见的采纳情况并撰写反馈' },
  SOLICITATION_NOT_OPEN: { status: 409, message: '意见征集不在征集期内' },
  OPINION_IDEMPOTENCY_KEY_REUSED: { status: 422, message: '同一个 Idempotency-Key 不能用于不同的意见内容' },
  OPINION_NOT_HELD: { status: 409, message: '该意见不在待审核状态' },
};
