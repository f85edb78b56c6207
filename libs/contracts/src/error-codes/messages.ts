import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of 留言 (咨询/建议/投诉): each code names what went wrong, prefixed MESSAGE_. */
export const MessageErrorCode = {} as const;
export type MessageErrorCode = (typeof MessageErrorCode)[keyof typeof MessageErrorCode];

export const MESSAGE_ERRORS: Record<MessageErrorCode, ErrorCodeInfo> = {};
