import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of 便民公告: each code names what went wrong, prefixed NOTICE_. */
export const NoticeErrorCode = {} as const;
export type NoticeErrorCode = (typeof NoticeErrorCode)[keyof typeof NoticeErrorCode];

export const NOTICE_ERRORS: Record<NoticeErrorCode, ErrorCodeInfo> = {};
