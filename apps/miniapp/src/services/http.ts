import Taro from '@tarojs/taro';
import type { ErrorBody, ErrorCode } from '@weimin/contracts';

/** H5 is served by the BFF, so it asks its own origin; the WeChat build needs the absolute address (a request-domain whitelisted in the MP console). */
export const API_BASE = process.env.TARO_ENV === 'h5' ? '/api' : `${WEIMIN_API_BASE}/api`;

const TIMEOUT_MS = 15_000;

/** `NETWORK`: no answer at all (offline, timeout, blocked domain). */
export type ApiErrorCode = ErrorCode | 'NETWORK';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
    readonly traceId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** Leave the toast to the caller (e.g. when the page shows the error itself in a form). */
  silent?: boolean;
}

/** The one way the mini-program talks to the BFF: JSON in and out, server errors surfaced as ApiError with the server's message. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, silent = false } = options;
  let response: Taro.request.SuccessCallbackResult<TaroGeneral.IAnyObject | string | ArrayBuffer>;
  try {
    response = await Taro.request({
      url: `${API_BASE}${path}${toQueryString(query)}`,
      method,
      data: body,
      header: { 'content-type': 'application/json', accept: 'application/json' },
      dataType: 'json',
      timeout: TIMEOUT_MS,
    });
  } catch {
    throw fail(new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试'), silent);
  }

  if (response.statusCode >= 200 && response.statusCode < 300) return response.data as T;
  const error = isErrorBody(response.data)
    ? new ApiError(response.statusCode, response.data.code, response.data.message, response.data.details, response.data.traceId)
    : new ApiError(response.statusCode, 'INTERNAL', `服务暂时不可用（${response.statusCode}），请稍后重试`);
  throw fail(error, silent);
}

function fail(error: ApiError, silent: boolean): ApiError {
  if (!silent) void Taro.showToast({ title: error.message, icon: 'none', duration: 2500 });
  return error;
}

function isErrorBody(data: unknown): data is ErrorBody {
  return typeof data === 'object' && data !== null && typeof (data as ErrorBody).code === 'string' && typeof (data as ErrorBody).message === 'string';
}

// URLSearchParams is missing from WeChat's JS engine.
function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
