import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of 在线访谈 (issue 17), prefixed INTERVIEW_. */
export const InterviewErrorCode = {
  /** A step, edit or transcript entry the interview's state does not allow (e.g. editing once live). */
  InterviewWrongState: 'INTERVIEW_WRONG_STATE',
  /** A question sent while the interview collects none (预告 or 已结束). */
  InterviewNotCollecting: 'INTERVIEW_NOT_COLLECTING',
  /** Someone else changed the interview between reading and writing it. */
  InterviewChangedMeanwhile: 'INTERVIEW_CHANGED_MEANWHILE',
  /** A transcript answer to a question that is already answered, hidden or still held for moderation. */
  InterviewQuestionNotAnswerable: 'INTERVIEW_QUESTION_NOT_ANSWERABLE',
  /** The same Idempotency-Key with a different question. */
  InterviewIdempotencyKeyReused: 'INTERVIEW_IDEMPOTENCY_KEY_REUSED',
} as const;
export type InterviewErrorCode = (typeof InterviewErrorCode)[keyof typeof InterviewErrorCode];

export const INTERVIEW_ERRORS: Record<InterviewErrorCode, ErrorCodeInfo> = {
  INTERVIEW_WRONG_STATE: { status: 409, message: '访谈当前的状态不允许此操作' },
  INTERVIEW_NOT_COLLECTING: { status: 409, message: '访谈当前不接受提问' },
  INTERVIEW_CHANGED_MEANWHILE: { status: 409, message: '访谈刚被他人修改过，请刷新后再试' },
  INTERVIEW_QUESTION_NOT_ANSWERABLE: { status: 409, message: '该问题已答复、已屏蔽或尚待审核' },
  INTERVIEW_IDEMPOTENCY_KEY_REUSED: { status: 422, message: '同一个 Idempotency-Key 不能用于不同的提问' },
};
