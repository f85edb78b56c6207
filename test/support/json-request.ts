import type { TestApp, TestResponse } from './api-app';

/**
 * fetch against a BFF at `baseUrl`, JSON in and out, sending `headers` with every request: the `request` of a TestApp,
 * and what lets the factories (which take a TestApp) drive a built BFF started by test/support/server-process.ts.
 */
export function requestTo(baseUrl: string, headers: Record<string, string> = {}): TestApp['request'] {
  return async (path, init = {}): Promise<TestResponse> => {
    const { json, ...rest } = init;
    const sent = new Headers(rest.headers);
    if (json !== undefined) sent.set('content-type', 'application/json');
    for (const [name, value] of Object.entries(headers)) sent.set(name, value);
    const response = await fetch(baseUrl + path, { ...rest, headers: sent, body: json !== undefined ? JSON.stringify(json) : rest.body });
    const text = await response.text();
    let body: unknown = text;
    if (response.headers.get('content-type')?.includes('application/json')) body = text ? JSON.parse(text) : null;
    return { status: response.status, headers: response.headers, body };
  };
}
