import { ErrorCode, type ErrorBody } from '@weimin/contracts';

/** A failed call to the BFF, carrying its error body (`{ code, message, details?, traceId }`). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly traceId?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Show the error as a toast. By default only failed actions do: a failed load is shown in place by the page that
   * asked for it, with a retry button, and a toast on top would say the same thing twice.
   */
  notify?: boolean;
  /** Non-2xx statuses whose body is still the answer, e.g. /api/health answers 503 with a HealthView. */
  okStatuses?: readonly number[];
}

const BASE = '/api';

let notifyError: (error: ApiError) => void = () => undefined;
let onUnauthenticated: (error: ApiError) => boolean = () => false;

/** Set once by the app shell, so toasts use antd's App context (theme, locale) rather than a static `message`. */
export function setErrorNotifier(notifier: (error: ApiError) => void): void {
  notifyError = notifier;
}

/**
 * Set once by the app shell: every 401 goes here, whichever call got it, so a session that ended on the server
 * (idle, expired, account disabled, roles changed) takes the user back to the login page. Returns true when it dealt
 * with the error, and then no toast repeats what the login page is about to say.
 */
export function setUnauthenticatedHandler(handler: (error: ApiError) => boolean): void {
  onUnauthenticated = handler;
}

/** The console's only way to call the BFF (STYLE rule 10). */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal, okStatuses = [] } = options;
  const notify = options.notify ?? method !== 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(BASE + path + queryString(query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw report(new ApiError(0, ErrorCode.ServiceUnavailable, '无法连接服务器，请检查网络后重试'), notify);
  }

  const payload = await readJson(response);
  if (response.ok) return payload as T;
  if (okStatuses.includes(response.status) && payload !== undefined && !isErrorBody(payload)) return payload as T;
  const error = toApiError(response.status, payload);
  const handled = response.status === 401 && onUnauthenticated(error);
  throw report(error, notify && !handled);
}

/**
 * A file from the BFF (an .xlsx export): the same errors, toasts and 401 handling as `request`, the body as a Blob
 * with the name the server gave it.
 */
export async function download(path: string, options: Pick<RequestOptions, 'query' | 'signal'> = {}): Promise<{ blob: Blob; filename: string | null }> {
  let response: Response;
  try {
    response = await fetch(BASE + path + queryString(options.query), { signal: options.signal, credentials: 'same-origin' });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw report(new ApiError(0, ErrorCode.ServiceUnavailable, '无法连接服务器，请检查网络后重试'), true);
  }
  if (!response.ok) {
    const error = toApiError(response.status, await readJson(response));
    const handled = response.status === 401 && onUnauthenticated(error);
    throw report(error, !handled);
  }
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('content-disposition')) };
}

/** RFC 6266: the UTF-8 `filename*` (a Chinese name) when given, else the plain one. */
function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) return decodeURIComponent(extended[1]);
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}

function report(error: ApiError, notify: boolean): ApiError {
  if (notify) notifyError(error);
  return error;
}

function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // A proxy's HTML error page, say: the status alone has to tell what went wrong.
    return undefined;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  if (isErrorBody(payload)) return new ApiError(status, payload.code, payload.message, payload.traceId, payload.details);
  return status >= 500
    ? new ApiError(status, status === 503 ? ErrorCode.ServiceUnavailable : ErrorCode.Internal, '服务器暂时无法处理请求，请稍后重试')
    : new ApiError(status, ErrorCode.Internal, `请求失败（HTTP ${status}）`);
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ErrorBody).code === 'string' && typeof (value as ErrorBody).message === 'string';
}
