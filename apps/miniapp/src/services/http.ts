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

/**
 * How a citizen's call gets its token: `current` signs in first when there is none, `renew` signs in again after a 401.
 * Registered once by the app (app.tsx, with services/auth.ts), the way the console registers its unauthenticated
 * handler: this module never imports the sign-in code, which itself calls request(), so there is no import cycle.
 */
export interface SessionProvider {
  current: () => Promise<string>;
  renew: () => Promise<string>;
}

const NO_SESSION_PROVIDER: SessionProvider = {
  current: () => Promise.reject(new ApiError(0, 'INTERNAL', '登录服务未就绪，请稍后重试')),
  renew: () => Promise.reject(new ApiError(0, 'INTERNAL', '登录服务未就绪，请稍后重试')),
};
let sessions: SessionProvider = NO_SESSION_PROVIDER;

/** Set once at start by the app shell (app.tsx). */
export function setSessionProvider(provider: SessionProvider): void {
  sessions = provider;
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
  /** A citizen's call: sends the session token, signing in first if there is none and once more after a 401. */
  auth?: boolean;
  /**
   * Whether the HTTP layer stays quiet on failure instead of showing a toast. By default reads (GET) are silent:
   * every page loads them through useRemote or usePagedList and shows the error in its own error state, and a
   * toast on top would say it twice. Writes toast unless the caller shows the error itself (a form, a notice).
   */
  silent?: boolean;
}

/** The one way the mini-program talks to the BFF: JSON in and out, server errors surfaced as ApiError with the server's message. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  try {
    return await (options.auth ? sendSignedIn<T>(path, options) : send<T>(path, options));
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', '请求失败，请稍后重试');
    const silent = options.silent ?? (options.method ?? 'GET') === 'GET';
    if (!silent) void Taro.showToast({ title: apiError.message, icon: 'none', duration: 2500 });
    throw apiError;
  }
}

async function sendSignedIn<T>(path: string, options: RequestOptions): Promise<T> {
  const token = await sessions.current();
  try {
    return await send<T>(path, options, token);
  } catch (error) {
    // The token expired or was revoked on the server: sign in again, once.
    if (!(error instanceof ApiError && error.status === 401)) throw error;
    return send<T>(path, options, await sessions.renew());
  }
}

async function send<T>(path: string, options: RequestOptions, token?: string): Promise<T> {
  const { method = 'GET', query, body, headers } = options;
  let response: Taro.request.SuccessCallbackResult<TaroGeneral.IAnyObject | string | ArrayBuffer>;
  try {
    response = await Taro.request({
      url: `${API_BASE}${path}${toQueryString(query)}`,
      method,
      data: body,
      header: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      dataType: 'json',
      timeout: TIMEOUT_MS,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }

  if (response.statusCode >= 200 && response.statusCode < 300) return response.data as T;
  if (!isErrorBody(response.data)) throw new ApiError(response.statusCode, 'INTERNAL', `服务暂时不可用（${response.statusCode}），请稍后重试`);
  const { code, details, traceId } = response.data;
  // Whichever limit was hit (per citizen, per address, login or posting), citizens read the same plain sentence.
  const message = code === 'RATE_LIMITED' ? '操作过于频繁，请稍后再试' : response.data.message;
  throw new ApiError(response.statusCode, code, message, details, traceId);
}

/** A conditional read's answer: the new body and its ETag, or `unchanged` when the server answered 304 Not Modified. */
export type ConditionalResult<T> = { unchanged: false; data: T; etag: string | undefined } | { unchanged: true };

/**
 * A public read sent with `If-None-Match` when an ETag is known: a 304 costs the server and the phone almost nothing,
 * which is what makes polling a live transcript every few seconds affordable. Silent, like every read.
 */
export async function requestIfChanged<T>(path: string, etag: string | undefined, query?: Query): Promise<ConditionalResult<T>> {
  let response: Taro.request.SuccessCallbackResult<TaroGeneral.IAnyObject | string | ArrayBuffer>;
  try {
    response = await Taro.request({
      url: `${API_BASE}${path}${toQueryString(query)}`,
      method: 'GET',
      header: { accept: 'application/json', ...(etag ? { 'if-none-match': etag } : {}) },
      dataType: 'json',
      timeout: TIMEOUT_MS,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (response.statusCode === 304) return { unchanged: true };
  if (response.statusCode >= 200 && response.statusCode < 300)
    return { unchanged: false, data: response.data as T, etag: headerValue(response.header, 'etag') };
  if (!isErrorBody(response.data)) throw new ApiError(response.statusCode, 'INTERNAL', `服务暂时不可用（${response.statusCode}），请稍后重试`);
  throw new ApiError(response.statusCode, response.data.code, response.data.message, response.data.details, response.data.traceId);
}

/** WeChat keeps the server's spelling of header names (ETag), a browser's fetch lower-cases them. */
export function headerValue(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const wanted = name.toLowerCase();
  const found = Object.entries(headers as Record<string, unknown>).find(([key]) => key.toLowerCase() === wanted)?.[1];
  return typeof found === 'string' && found !== '' ? found : undefined;
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

/**
 * A signed-in file download (a reply letter): the WeChat build saves it with Taro.downloadFile and opens it with
 * openDocument; H5 fetches it with the token and lets the browser save it under `fileName`. Errors toast and throw.
 */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  try {
    try {
      await fetchFile(path, fileName, await sessions.current());
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      await fetchFile(path, fileName, await sessions.renew());
    }
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError(0, 'NETWORK', '下载失败，请稍后重试');
    void Taro.showToast({ title: apiError.message, icon: 'none', duration: 2500 });
    throw apiError;
  }
}

async function fetchFile(path: string, fileName: string, token: string): Promise<void> {
  const url = `${API_BASE}${path}`;
  const header = { authorization: `Bearer ${token}` };
  if (process.env.TARO_ENV === 'h5') {
    const response = await fetch(url, { headers: header });
    if (!response.ok) {
      const body: unknown = await response.json().catch(() => undefined);
      if (isErrorBody(body)) throw new ApiError(response.status, body.code, body.message, body.details, body.traceId);
      throw new ApiError(response.status, 'INTERNAL', `下载失败（${response.status}）`);
    }
    const href = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    return;
  }
  const file = await Taro.downloadFile({ url, header, timeout: TIMEOUT_MS });
  if (file.statusCode !== 200) throw new ApiError(file.statusCode, 'INTERNAL', `下载失败（${file.statusCode}）`);
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'docx', showMenu: true });
}

/**
 * A signed-in file upload (a photo for a message): one file as multipart/form-data under `file`, the way
 * wx.uploadFile sends it (Taro's H5 build posts the chosen blob the same way). JSON comes back as from request();
 * errors are ApiError and toast unless `silent`.
 */
export async function uploadFile<T>(path: string, filePath: string, options: { silent?: boolean } = {}): Promise<T> {
  const once = async (token: string): Promise<T> => {
    let response: Taro.uploadFile.SuccessCallbackResult;
    try {
      response = await Taro.uploadFile({
        url: `${API_BASE}${path}`,
        filePath,
        name: 'file',
        header: { authorization: `Bearer ${token}`, accept: 'application/json' },
      });
    } catch {
      throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
    }
    let data: unknown;
    try {
      data = JSON.parse(response.data);
    } catch {
      data = undefined;
    }
    if (response.statusCode >= 200 && response.statusCode < 300) return data as T;
    if (isErrorBody(data))
      throw new ApiError(response.statusCode, data.code, data.code === 'RATE_LIMITED' ? '操作过于频繁，请稍后再试' : data.message, data.details, data.traceId);
    throw new ApiError(response.statusCode, 'INTERNAL', `上传失败（${response.statusCode}），请稍后重试`);
  };
  try {
    try {
      return await once(await sessions.current());
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      return await once(await sessions.renew());
    }
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', '上传失败，请稍后重试');
    if (!options.silent) void Taro.showToast({ title: apiError.message, icon: 'none', duration: 2500 });
    throw apiError;
  }
}

/**
 * A signed-in image for an Image's `src` (the citizen's own photos need the token, which an image tag cannot send):
 * a blob URL on H5, a temporary file in the WeChat build. `path` is the API's own (`/api/...`) or relative to it.
 */
export async function signedInImageSrc(path: string): Promise<string> {
  const url = `${API_BASE}${path.startsWith('/api/') ? path.slice(4) : path}`;
  const load = async (token: string): Promise<string> => {
    const header = { authorization: `Bearer ${token}` };
    if (process.env.TARO_ENV === 'h5') {
      const response = await fetch(url, { headers: header });
      if (!response.ok) throw new ApiError(response.status, 'INTERNAL', `图片加载失败（${response.status}）`);
      return URL.createObjectURL(await response.blob());
    }
    const file = await Taro.downloadFile({ url, header, timeout: TIMEOUT_MS });
    if (file.statusCode !== 200) throw new ApiError(file.statusCode, 'INTERNAL', `图片加载失败（${file.statusCode}）`);
    return file.tempFilePath;
  };
  try {
    return await load(await sessions.current());
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
    return load(await sessions.renew());
  }
}
