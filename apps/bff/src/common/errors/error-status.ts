import { ErrorCode } from '@weimin/contracts';

/** The one place where a domain error code becomes an HTTP status (exhaustive: a new code must be placed here). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
      return 400;
    case ErrorCode.Unauthenticated:
      return 401;
    case ErrorCode.Forbidden:
      return 403;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.Conflict:
    case ErrorCode.DisclosureCorrectionWindowPassed:
    case ErrorCode.DisclosureCorrectionAlreadyUsed:
    case ErrorCode.DisclosureCorrectionNotDue:
    case ErrorCode.DisclosureExtensionAlreadyUsed:
      return 409;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.UnsupportedMediaType:
      return 415;
    case ErrorCode.Unprocessable:
      return 422;
    case ErrorCode.RateLimited:
      return 429;
    case ErrorCode.ServiceUnavailable:
      return 503;
    case ErrorCode.Internal:
      return 500;
    default: {
      const unhandled: never = code;
      throw new Error(`No HTTP status for error code ${String(unhandled)}`);
    }
  }
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

export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '请求参数有误',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '无权进行此操作',
  NOT_FOUND: '请求的内容不存在',
  CONFLICT: '当前状态不允许此操作',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
  UNPROCESSABLE: '请求无法处理',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后再试',
  INTERNAL: '服务器开小差了，请稍后再试',
  DISCLOSURE_CORRECTION_WINDOW_PASSED: '补正通知须在收到申请之日起7个工作日内发出',
  DISCLOSURE_CORRECTION_ALREADY_USED: '补正通知只能发出一次',
  DISCLOSURE_CORRECTION_NOT_DUE: '补正期限尚未届满',
  DISCLOSURE_EXTENSION_ALREADY_USED: '答复期限只能延长一次',
};
