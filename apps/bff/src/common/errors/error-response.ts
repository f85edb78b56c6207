import { HttpException } from '@nestjs/common';
import { type ErrorBody, ErrorCode } from '@weimin/contracts';
import { scrubNumbers } from '../privacy/scrub';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainException } from './domain.exception';
import { DEFAULT_MESSAGES, errorCodeOfStatus, httpStatusOf } from './error-status';

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  /** True when the error is ours, not the caller's: it must be logged with its stack. */
  unexpected: boolean;
}

/** Any thrown value → the one error shape. Never exposes a stack, SQL or a framework message for a 5xx. */
export function toErrorResponse(error: unknown, traceId: string): ErrorResponse {
  if (error instanceof DomainException) {
    const body: ErrorBody = { code: error.code, message: error.message, traceId };
    if (error.details !== undefined) body.details = error.details;
    return { status: httpStatusOf(error.code), body, unexpected: error.code === ErrorCode.Internal };
  }

  const status = statusOf(error);
  if (status !== undefined && status < 500) {
    const code = errorCodeOfStatus(status);
    return { status, body: { code, message: DEFAULT_MESSAGES[code], traceId }, unexpected: false };
  }
  if (status === 503 || isDatabaseUnavailable(error)) {
    return { status: 503, body: { code: ErrorCode.ServiceUnavailable, message: DEFAULT_MESSAGES.SERVICE_UNAVAILABLE, traceId }, unexpected: true };
  }
  return { status: 500, body: { code: ErrorCode.Internal, message: DEFAULT_MESSAGES.INTERNAL, traceId }, unexpected: true };
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  // Fastify's own errors (bad JSON, wrong content type, body too large) carry statusCode.
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600 ? statusCode : undefined;
}

/** What of an unexpected error may be logged: its kind and stack, with personal numbers scrubbed. */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  return {
    type: error.name,
    code: (error as { code?: unknown }).code,
    stack: scrubNumbers(error.stack ?? error.message),
  };
}
