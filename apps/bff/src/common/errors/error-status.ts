import { ERROR_CODES, ErrorCode } from '@weimin/contracts';

/** The HTTP status of a domain error code: each feature's file in libs/contracts/src/error-codes gives it. */
export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}

/** For errors raised outside our code (the framework, the HTTP parser): status → our code. */
export function errorCodeOfStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return ErrorCode.ValidationFailed;
    case 401:
      return ErrorCode.Unauthenticated;
    case 403:
      return ErrorCode.Forbidden;
    case 404:
    case 405:
      return ErrorCode.NotFound;
    case 409:
      return ErrorCode.Conflict;
    case 413:
      return ErrorCode.PayloadTooLarge;
    case 415:
      return ErrorCode.UnsupportedMediaType;
    case 422:
      return ErrorCode.Unprocessable;
    case 429:
      return ErrorCode.RateLimited;
    case 503:
      return ErrorCode.ServiceUnavailable;
    default:
      return status >= 400 && status < 500 ? ErrorCode.ValidationFailed : ErrorCode.Internal;
  }
}

/** The text sent when the error carries none of its own. */
export const DEFAULT_MESSAGES = Object.fromEntries(Object.entries(ERROR_CODES).map(([code, info]) => [code, info.message])) as Record<ErrorCode, string>;
