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

const interview = (id: number, status: string) => ({ id, title: `访谈${id}`, status });
const question = (id: number, interviewId: number, askedAt: string) => ({ id, interviewId, askedAt });

describe('listAllMyQuestions', () => {
  it('walks every page of interviews, asks those that took questions, and lists the newest question first', async () => {
    const answers: Record<string, unknown> = {
      '/interviews?page=1&pageSize=100': { items: [interview(4, 'announced'), interview(3, 'live')], total: 3, page: 1, pageSize: 100 },
      '/interviews?page=2&pageSize=100': { items: [interview(1, 'ended')], total: 3, page: 2, pageSize: 100 },
      '/interviews/3/questions/mine': [question(30, 3, '2026-12-02T02:00:00Z')],
      '/interviews/1/questions/mine': [question(10, 1, '2026-11-12T02:00:00Z'), question(11, 1, '2026-12-03T02:00:00Z')],
    };
    taro.request.mockImplementation(async ({ url }: { url: string }) => {
      const path = url.replace('https://weimin.example.gov.cn/api', '');
      if (!(path in answers)) return { statusCode: 404, data: { code: 'NOT_FOUND', message: path }, header: {} };
      return { statusCode: 200, data: answers[path], header: {} };
    });
    const rows = await listAllMyQuestions();
    expect(rows.map((row) => [row.question.id, row.interview.title])).toEqual([
      [11, '访谈1'],
      [30, '访谈3'],
      [10, '访谈1'],
    ]);
    const asked = taro.request.mock.calls.map(([options]: [{ url: string }]) => options.url);
    expect(asked.some((url) => url.includes('/interviews/4/'))).toBe(false);
  });
});
