import Taro from '@tarojs/taro';
import type * as Interviews from './interviews';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { request: jest.fn(), showToast: jest.fn() } }));

const taro = Taro as unknown as { request: jest.Mock };
(globalThis as { WEIMIN_API_BASE?: string }).WEIMIN_API_BASE = 'https://weimin.example.gov.cn';
let listAllMyQuestions: typeof Interviews.listAllMyQuestions;
beforeAll(async () => {
  const http = await import('./http');
  http.setSessionProvider({ current: async () => 'token', renew: async () => 'token' });
  ({ listAllMyQuestions } = await import('./interviews'));
});

describe('listAllMyQuestions', () => {
  it('asks for one page of every interview’s questions at once, signed in, instead of one request per interview', async () => {
    const page = { items: [{ id: 11, interviewId: 1, interviewTitle: '访谈1' }], total: 21, page: 2, pageSize: 20 };
    taro.request.mockResolvedValue({ statusCode: 200, data: page, header: {} });
    await expect(listAllMyQuestions({ page: 2, pageSize: 20 })).resolves.toEqual(page);
    expect(taro.request).toHaveBeenCalledTimes(1);
    const [{ url, header }] = taro.request.mock.calls[0] as [{ url: string; header: Record<string, string> }];
    expect(url).toBe('https://weimin.example.gov.cn/api/interviews/questions/mine?page=2&pageSize=20');
    expect(header.authorization).toBe('Bearer token');
  });
});
