import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of 便民公告: each code names what went wrong, prefixed NOTICE_. */
export const NoticeErrorCode = {
  /** Edit or withdraw a notice that is already withdrawn. */
  NoticeAlreadyWithdrawn: 'NOTICE_ALREADY_WITHDRAWN',
  /** Someone else changed the notice between reading and writing it. */
  NoticeChangedMeanwhile: 'NOTICE_CHANGED_MEANWHILE',
  /** Publishing from an agency that is not a public enterprise or institution (departments publish no notices). */
  NoticePublisherNotAUnit: 'NOTICE_PUBLISHER_NOT_A_UNIT',
  /** Edit or withdraw by anyone but the unit's own staff (the office reads, never edits). */
  NoticeNotYourUnit: 'NOTICE_NOT_YOUR_UNIT',
} as const;
export type NoticeErrorCode = (typeof NoticeErrorCode)[keyof typeof NoticeErrorCode];

export const NOTICE_ERRORS: Record<NoticeErrorCode, ErrorCodeInfo> = {
  NOTICE_ALREADY_WITHDRAWN: { status: 409, message: '该信息已撤回' },
  NOTICE_CHANGED_MEANWHILE: { status: 409, message: '该信息刚被他人修改过，请刷新后再试' },
  NOTICE_PUBLISHER_NOT_A_UNIT: { status: 403, message: '只有公共企事业单位发布信息' },
  NOTICE_NOT_YOUR_UNIT: { status: 403, message: '只能修改和撤回本单位发布的信息' },
};
