// 通知发送失败 in the admin console: a subscribe message sent with no answer (结果未知, docs/security.md §31) is shown
// with its own label and may be resent by hand, after a warning that the citizen may get it twice. The suite's BFF
// cannot be made to time out against WeChat, so the list and the resend are answered by the test (the BFF's side is
// test/api/outbox-unknown.e2e-spec.ts).
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { confirmPopup, expectNoProblems, rowOf, signedInPage, toast } from './admin-helpers';

const item = (id: number, status: string, caseNo: string) => ({
  id,
  kind: 'citizen_subscribe',
  recipientId: 7,
  payload: { caseNo, status: '已答复', page: 'packages/messages/pages/detail/index?id=1' },
  status,
  attempts: 1,
  lastError: status === 'unknown' ? 'no answer from WeChat (timeout): may have been delivered, not resent' : 'errcode 43101: not accepted by the citizen',
  createdAt: '2026-12-01T08:00:00.000Z',
  nextAttemptAt: '2026-12-01T08:00:00.000Z',
});

describe('admin console: 通知发送失败', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('labels an unknown outcome 结果未知 and lets the office resend it after a warning; a refused one is not resendable', async () => {
    const { page, problems } = await signedInPage(browser, 'office.staff');
    const resent: number[] = [];
    await page.route(`${baseUrl()}/api/admin/outbox`, (route) =>
      route.fulfill({ json: [item(9001, 'unknown', 'LX20261201UNKNOWN'), item(9002, 'failed', 'LX20261201REFUSED')] }),
    );
    await page.route(`${baseUrl()}/api/admin/outbox/*/retry`, (route) => {
      resent.push(Number(/outbox\/(\d+)\/retry/.exec(route.request().url())![1]));
      return route.fulfill({ status: 204 });
    });

    await page.goto(`${baseUrl()}/admin/outbox`);
    const unknown = rowOf(page, 'LX20261201UNKNOWN');
    await unknown.getByText('结果未知', { exact: true }).waitFor();
    const refused = rowOf(page, 'LX20261201REFUSED');
    await refused.getByText('未送达', { exact: true }).waitFor();
    expect(await refused.getByRole('button', { name: /重\s?发/ }).count()).toBe(0);

    await unknown.getByRole('button', { name: /重\s?发/ }).click();
    await page.getByText('上次发送可能已送达，重发后市民可能收到两次').waitFor();
    await confirmPopup(page, '重发');
    await toast(page, '通知 #9001 已重新排队发送').waitFor();
    expect(resent).toEqual([9001]);
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] }); // the sign-in page's session check
  });
});
