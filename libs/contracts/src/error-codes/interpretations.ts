import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of 政策解读: each code names what went wrong, prefixed INTERPRETATION_. */
export const InterpretationErrorCode = {
  /** Edit or submit while the item is with a reviewer. */
  InterpretationUnderReview: 'INTERPRETATION_UNDER_REVIEW',
  /** Approve or return an item that has not been submitted (a draft, or returned to the drafter). */
  InterpretationNotSubmitted: 'INTERPRETATION_NOT_SUBMITTED',
  /** Any step but withdrawal on an item that passed all three levels and is published. */
  InterpretationAlreadyApproved: 'INTERPRETATION_ALREADY_APPROVED',
  InterpretationAlreadyWithdrawn: 'INTERPRETATION_ALREADY_WITHDRAWN',
  /** Someone else moved the item between reading and writing it. */
  InterpretationChangedMeanwhile: 'INTERPRETATION_CHANGED_MEANWHILE',
  /** Edit, submit or first-level review by someone outside the drafting agency's drafters and head. */
  InterpretationNotDraftingAgency: 'INTERPRETATION_NOT_DRAFTING_AGENCY',
  /** Approve or return at a level the caller's roles do not review. */
  InterpretationNotYourReviewLevel: 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL',
  InterpretationOwnDraft: 'INTERPRETATION_OWN_DRAFT',
  InterpretationWithdrawalOfficeOnly: 'INTERPRETATION_WITHDRAWAL_OFFICE_ONLY',
  InterpretationFeedbackAlreadyGiven: 'INTERPRETATION_FEEDBACK_ALREADY_GIVEN',
  InterpretationDocNumberTaken: 'INTERPRETATION_DOC_NUMBER_TAKEN',
} as const;
export type InterpretationErrorCode = (typeof InterpretationErrorCode)[keyof typeof InterpretationErrorCode];

export const INTERPRETATION_ERRORS: Record<InterpretationErrorCode, ErrorCodeInfo> = {
  INTERPRETATION_UNDER_REVIEW: { status: 409, message: '解读正在审核中，不能修改或再次提交' },
  INTERPRETATION_NOT_SUBMITTED: { status: 409, message: '解读尚未提交审核' },
  INTERPRETATION_ALREADY_APPROVED: { status: 409, message: '解读已审核通过并发布' },
  INTERPRETATION_ALREADY_WITHDRAWN: { status: 409, message: '解读已撤回' },
  INTERPRETATION_CHANGED_MEANWHILE: { status: 409, message: '解读刚被他人处理过，请刷新后再试' },
  INTERPRETATION_NOT_DRAFTING_AGENCY: { status: 403, message: '只有起草单位可以修改、提交和初审解读' },
  INTERPRETATION_NOT_YOUR_REVIEW_LEVEL: { status: 403, message: '此审核环节不由您的角色审核' },
  INTERPRETATION_OWN_DRAFT: { status: 403, message: '不能审核自己起草的解读' },
  INTERPRETATION_WITHDRAWAL_OFFICE_ONLY: { status: 403, message: '撤回由政务公开办进行' },
  INTERPRETATION_FEEDBACK_ALREADY_GIVEN: { status: 409, message: '您已反馈过这条解读' },
  INTERPRETATION_DOC_NUMBER_TAKEN: { status: 409, message: '该文号的政策文件已登记' },
};
