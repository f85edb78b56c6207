import { AGENCY_ERRORS, AgencyErrorCode } from './error-codes/agencies';
import { CALENDAR_ERRORS, CalendarErrorCode } from './error-codes/calendar';
import { DISCLOSURE_ERRORS, DisclosureErrorCode } from './error-codes/disclosure';
import type { ErrorCodeInfo } from './error-codes/error-code-info';
import { GENERAL_ERRORS, GeneralErrorCode } from './error-codes/general';
import { INTERPRETATION_ERRORS, InterpretationErrorCode } from './error-codes/interpretations';
import { INTERVIEW_ERRORS, InterviewErrorCode } from './error-codes/interviews';
import { MESSAGE_ERRORS, MessageErrorCode } from './error-codes/messages';
import { NOTICE_ERRORS, NoticeErrorCode } from './error-codes/notices';
import { PHOTO_ERRORS, PhotoErrorCode } from './error-codes/photos';
import { REPORT_ERRORS, ReportErrorCode } from './error-codes/reports';
import { SOLICITATION_ERRORS, SolicitationErrorCode } from './error-codes/solicitations';
import { STAFF_ERRORS, StaffErrorCode } from './error-codes/staff';
import { SUBSCRIPTION_ERRORS, SubscriptionErrorCode } from './error-codes/subscriptions';
import { WXACODE_ERRORS, WxacodeErrorCode } from './error-codes/wxacodes';

export type { ErrorCodeInfo, ErrorStatus } from './error-codes/error-code-info';

/** Every error the API returns has this one shape (STYLE rule 5). */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
  /** Correlates the answer with the server's log line; never a stack or SQL. */
  traceId?: string;
}

/**
 * Every code the API answers with. Each feature lists its own codes, with status and text, in `error-codes/<feature>.ts`
 * (named for what went wrong, e.g. MESSAGE_NOT_ASSIGNED_TO_YOU); add the feature's two objects here once.
 */
export const ErrorCode = {
  ...GeneralErrorCode,
  ...DisclosureErrorCode,
  ...MessageErrorCode,
  ...InterpretationErrorCode,
  ...NoticeErrorCode,
  ...StaffErrorCode,
  ...AgencyErrorCode,
  ...CalendarErrorCode,
  ...ReportErrorCode,
  ...WxacodeErrorCode,
  ...PhotoErrorCode,
  ...SubscriptionErrorCode,
  ...SolicitationErrorCode,
  ...InterviewErrorCode,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Status and default text of every code: the BFF answers with these, OpenAPI lists them, clients may switch on them. */
export const ERROR_CODES: Record<ErrorCode, ErrorCodeInfo> = {
  ...GENERAL_ERRORS,
  ...DISCLOSURE_ERRORS,
  ...MESSAGE_ERRORS,
  ...INTERPRETATION_ERRORS,
  ...NOTICE_ERRORS,
  ...STAFF_ERRORS,
  ...AGENCY_ERRORS,
  ...CALENDAR_ERRORS,
  ...REPORT_ERRORS,
  ...WXACODE_ERRORS,
  ...PHOTO_ERRORS,
  ...SUBSCRIPTION_ERRORS,
  ...SOLICITATION_ERRORS,
  ...INTERVIEW_ERRORS,
};

/** One entry of `details` for VALIDATION_FAILED: which field, and what is wrong with it. */
export interface FieldError {
  field: string;
  messages: string[];
}
