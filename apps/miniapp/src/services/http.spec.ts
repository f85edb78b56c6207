import Taro from '@tarojs/taro';
import type * as Http from './http';

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { request: jest.fn(), showToast: jest.fn(), getStorageSync: jest.fn(), setStorageSync: jest.fn() },
}));

const taro = Taro as unknown as { request: jest.Mock; showToast: jest.Mock };
// The build defines WEIMIN_API_BASE; http.ts reads it when it loads.
(globalThis as { WEIMIN_API_BASE?: string }).WEIMIN_API_BASE = 'https://weimin.example.gov.cn';
let request: typeof Http.request;
let ApiError: typeof Http.ApiError;
beforeAll(async () => {
  let setSessionProvider: typeof Http.setSessionProvider;
  ({ request, ApiError, setSessionProvider } = await import('./http'));
  setSessionProvider({ current: async () => 'token', renew: async () => 'token' });
});

function answer(statusCode: number, data: unknown) {
  taro.request.mockResolvedValueOnce({ statusCode, data, header: {} });
}

describe('request: errors are told once', () => {
  beforeEach(() => jest.clearAllMocks());

  it('leaves a failed read to the page, which shows it in its error state', async () => {
    answer(503, { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用', traceId: 't' });
    await expect(request('/stages')).rejects.toMatchObject({ status: 503, message: '服务暂时不可用' });
    taro.request.mockRejectedValueOnce(new Error('offline'));
    await expect(request('/board', { query: { page: 1 } })).rejects.toBeInstanceOf(ApiError);
    expect(taro.showToast).not.toHaveBeenCalled();
  });

  it('toasts a failed write unless the caller shows it', async () => {
    answer(409, { code: 'CONFLICT', message: '已经评价过了', traceId: 't' });
    await expect(request('/messages/mine/1/rating', { method: 'POST', body: {}, auth: true })).rejects.toBeInstanceOf(ApiError);
    expect(taro.showToast).toHaveBeenCalledTimes(1);
    expect(taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已经评价过了' }));

    answer(400, { code: 'VALIDATION_FAILED', message: '请检查填写的内容', traceId: 't' });
    await expect(request('/messages', { method: 'POST', body: {}, silent: true })).rejects.toBeInstanceOf(ApiError);
    expect(taro.showToast).toHaveBeenCalledTimes(1);
  });

  it('lets a read ask for the toast when no page shows it', async () => {
    answer(500, { code: 'INTERNAL', message: '服务出错', traceId: 't' });
    await expect(request('/x', { silent: false })).rejects.toBeInstanceOf(ApiError);
    expect(taro.showToast).toHaveBeenCalledTimes(1);
  });
});

describe('request: signed-in calls', () => {
  beforeEach(() => jest.clearAllMocks());

  it('take the token from the session provider the app registered, and sign in once more after a 401', async () => {
    const { setSessionProvider } = await import('./http');
    const current = jest.fn(async () => 'old-token');
    const renew = jest.fn(async () => 'new-token');
    setSessionProvider({ current, renew });
    answer(401, { code: 'UNAUTHENTICATED', message: '请先登录', traceId: 't' });
    answer(200, { id: 1 });
    await expect(request('/citizen/me', { auth: true })).resolves.toEqual({ id: 1 });
    expect(taro.request.mock.calls.map(([call]) => call.header.authorization)).toEqual(['Bearer old-token', 'Bearer new-token']);
    expect(renew).toHaveBeenCalledTimes(1);
    // A public read needs no token at all.
    answer(200, []);
    await request('/stages');
    expect(current).toHaveBeenCalledTimes(1);
    expect(taro.request.mock.calls[2][0].header.authorization).toBeUndefined();
  });
});

describe('requestIfChanged: conditional reads for polling', () => {
  beforeEach(() => jest.clearAllMocks());

  it('sends If-None-Match once an ETag is known and reads a 304 as unchanged', async () => {
    const { requestIfChanged } = await import('./http');
    taro.request.mockResolvedValueOnce({ statusCode: 200, data: { lastSeq: 2 }, header: { ETag: 'W/"a1"' } });
    await expect(requestIfChanged('/interviews/1/transcript', undefined, { after: 0 })).resolves.toEqual({
      unchanged: false,
      data: { lastSeq: 2 },
      etag: 'W/"a1"',
    });
    expect(taro.request.mock.calls[0][0].header).not.toHaveProperty('if-none-match');
    expect(taro.request.mock.calls[0][0].url).toBe('https://weimin.example.gov.cn/api/interviews/1/transcript?after=0');

    taro.request.mockResolvedValueOnce({ statusCode: 304, data: null, header: {} });
    await expect(requestIfChanged('/interviews/1/transcript', 'W/"a1"', { after: 2 })).resolves.toEqual({ unchanged: true });
    expect(taro.request.mock.calls[1][0].header).toMatchObject({ 'if-none-match': 'W/"a1"' });
    expect(taro.showToast).not.toHaveBeenCalled();
  });

  it('reads the ETag whatever the spelling of its name, and surfaces errors as ApiError without a toast', async () => {
    const { requestIfChanged, headerValue } = await import('./http');
    expect(headerValue({ etag: '"x"' }, 'ETag')).toBe('"x"');
    expect(headerValue({ Etag: '' }, 'etag')).toBeUndefined();
    expect(headerValue(undefined, 'etag')).toBeUndefined();
    answer(404, { code: 'NOT_FOUND', message: '访谈不存在', traceId: 't' });
    await expect(requestIfChanged('/interviews/9/transcript', undefined)).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
    taro.request.mockRejectedValueOnce(new Error('offline'));
    await expect(requestIfChanged('/interviews/9/transcript', undefined)).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
    expect(taro.showToast).not.toHaveBeenCalled();
  });
});
