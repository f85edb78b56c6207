/** Every error the API returns has this one shape (STYLE rule 5). */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
  /** Correlates the answer with the server's log line; never a stack or SQL. */
  traceId?: string;
}

export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  Unprocessable: 'UNPROCESSABLE',
  RateLimited: 'RATE_LIMITED',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL',
  // 依申请公开 (docs/domain.md §5): refusals of a step the rules do not allow, each 409
  DisclosureCorrectionWindowPassed: 'DISCLOSURE_CORRECTION_WINDOW_PASSED',
  DisclosureCorrectionAlreadyUsed: 'DISCLOSURE_CORRECTION_ALREADY_USED',
  DisclosureCorrectionNotDue: 'DISCLOSURE_CORRECTION_NOT_DUE',
  DisclosureExtensionAlreadyUsed: 'DISCLOSURE_EXTENSION_ALREADY_USED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One entry of `details` for VALIDATION_FAILED: which field, and what is wrong with it. */
export interface FieldError {
  field: string;
  messages: string[];
}
