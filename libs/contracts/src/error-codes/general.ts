import type { ErrorCodeInfo } from './error-code-info';

/** Codes any endpoint may answer with; a feature's own refusals have their own codes (see the feature's file). */
export const GeneralErrorCode = {
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
} as const;
export type GeneralErrorCode = (typeof GeneralErrorCode)[keyof typeof GeneralErrorCode];

export const GENERAL_ERRORS: Record<GeneralErrorCode, ErrorCodeInfo> = {
  VALIDATION_FAILED: { status: 400, message: '请求参数有误' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  FORBIDDEN: { status: 403, message: '无权进行此操作' },
  NOT_FOUND: { status: 404, message: '请求的内容不存在' },
  CONFLICT: { status: 409, message: '当前状态不允许此操作' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的内容类型' },
  UNPROCESSABLE: { status: 422, message: '请求无法处理' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  SERVICE_UNAVAILABLE: { status: 503, message: '服务暂时不可用，请稍后再试' },
  INTERNAL: { status: 500, message: '服务器开小差了，请稍后再试' },
};
