import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of the annual report (年度报告): each code names what went wrong, prefixed REPORT_. */
export const ReportErrorCode = {} as const;
export type ReportErrorCode = (typeof ReportErrorCode)[keyof typeof ReportErrorCode];

export const REPORT_ERRORS: Record<ReportErrorCode, ErrorCodeInfo> = {};
