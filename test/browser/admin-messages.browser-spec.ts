// 留言办理 in the admin console (docs/domain.md §3): the office dispatches, the assigned agency answers, returns or asks for
// more time, the office head decides. Citizens' messages are posted over HTTP as the mini-program would; everything
// staff do happens in Chromium, one browser per account, all against the one server of the browser suite.
import { randomUUID } from 'node:crypto';
import type { NotificationView } from '@weimin/contracts';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import {
  type ApiSession,
  apiSignIn,
  choose,
  confirmPopup,
  expectNoProblems,
  field,
  header,
  historyStep,
  label,
  menuLabels,
  openedDialog,
  openPage,
  rowOf,
  signedInPage,
  signedOutPage,
  signIn,
  toast,
} from './admin-helpers';

/** Makes titles unique to this run. */
const RUN = Date.now().toString(36);
const HRSS = '临溪市人力资源和社会保障局';
const EDU = '临溪市教育局';
const CONTACT = { name: '王小明', phone: '13812345678' };
const DAY = /^\d{4}\/\d{2}\/\d{2}$/;

/**
 * A citizen's consultation to the general board, naming no agency. Its words match no routing keyword, so it waits
 * in the office's queue as 待受理. Resolves with its id.
 */
async function postMessage(title: string, content: string): Promise<number> {
  const session = await fetch(`${baseUrl()}/api/citizen/session/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ devUser: `console-${RUN}` }),
  });
  expect(session.ok).toBe(true);
  const { token } = (await session.json()) as { token: string };
  const posted = await fetch(`${baseUrl()}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      type: 'consultation',
      channel: 'online_consultation',
      title,
      content,
      contactName: CONTACT.name,
      contactPhone: CONTACT.phone,
      isPublic: true,
    }),
  });
  expect(posted.status).toBe(201);
  const message = (await posted.json()) as { id: number; status: string };
  expect(message.status).toBe('submitted');
  return message.id;
}

async function openMessage(page: Page, id: number): Promise<void> {
  await page.goto(`${baseUrl()}/admin/messages/${id}`);
  await page.getByText(/^受理编号 LX\d+$/).waitFor();
}

describe('admin console: 留言办理', () => {
  let office: TestBrowser;
  let head: TestBrowser;
  let hrss: TestBrowser;
  let edu: TestBrowser;
  let officeApi: ApiSession;
  let agencyIds: Map<string, number>;
  /** Alert boxes any page opened: none may appear (docs/security.md §14, the reply's HTML is rendered). */
  const dialogs: string[] = [];

  beforeAll(async () => {
    [office, head, hrss, edu] = await Promise.all([launchBrowser(), launchBrowser(), launchBrowser(), launchBrowser()]);
    await Promise.all(
      [
        [office, 'office.staff'],
        [head, 'office.head'],
        [hrss, 'hrss.staff'],
        [edu, 'edu.staff'],
      ].map(async ([browser, username]) => {
        const { page } = await signedOutPage(browser as TestBrowser);
        await signIn(page, username as string);
        await page.close();
      }),
    );
    officeApi = await apiSignIn('office.staff');
    const agencies = (await (await fetch(`${baseUrl()}/api/agencies`)).json()) as Array<{ id: number; name: string }>;
    agencyIds = new Map(agencies.map((agency) => [agency.name, agency.id]));
  });

  afterAll(async () => {
    await Promise.all([office?.close(), head?.close(), hrss?.close(), edu?.close()]);
  });

  afterEach(() => {
    expect(dialogs).toEqual([]);
  });

  /** 交办 over HTTP, for tests about what the agency does next. */
  async function dispatchOverApi(id: number, agency: string): Promise<void> {
    const answer = await officeApi.call(`/api/admin/messages/${id}/dispatch`, { method: 'POST', json: { agencyId: agencyIds.get(agency) } });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('assigned');
  }

  it('the office dispatches a queued message to 人社局, which sees it with its due date, reads the contact and replies; 教育局 cannot open it', async () => {
    const title = `小区路灯报修咨询${RUN}`;
    const id = await postMessage(title, '我们小区门口的路灯坏了一个多月，晚上出行很不方便，请问应该向哪个部门报修？');

    // The office finds it in 待交办 and opens it.
    const officePage = await openPage(office, dialogs);
    await officePage.page.goto(`${baseUrl()}/admin/messages/queue`);
    await officePage.page.getByRole('tab', { name: /待受理/, selected: true }).waitFor();
    const queued = rowOf(officePage.page, title);
    expect(await queued.innerText()).toMatch(/LX\d+[\s\S]*咨询[\s\S]*网上咨询/);
    await queued.getByRole('link', { name: title }).click();
    await officePage.page.waitForURL(`${baseUrl()}/admin/messages/${id}`);
    await header(officePage.page).getByText('待受理', { exact: true }).waitFor();
    expect(await field(officePage.page, '承办单位').innerText()).toBe('未交办');
    await historyStep(officePage.page, '提交留言', '留言人').waitFor();

    // 交办: the agency is required, then picked.
    await header(officePage.page)
      .getByRole('button', { name: label('交办') })
      .click();
    const dispatch = await openedDialog(officePage.page, /^交办留言：LX\d+$/);
    await dispatch.getByRole('button', { name: label('交办') }).click();
    await dispatch.getByText('请选择承办单位').waitFor();
    await choose(officePage.page, dispatch.getByLabel('承办单位'), HRSS, '人力资源');
    await dispatch.getByLabel('交办意见').fill('请核实后答复留言人。');
    // A click beside the dialog keeps it open with what was typed.
    await officePage.page.mouse.click(8, 400);
    expect(await dispatch.getByLabel('交办意见').inputValue()).toBe('请核实后答复留言人。');
    await dispatch.getByRole('button', { name: label('交办') }).click();
    await toast(officePage.page, `已交办：${HRSS}`).waitFor();
    await dispatch.waitFor({ state: 'detached' });
    await header(officePage.page).getByText('已交办', { exact: true }).waitFor();
    expect(await field(officePage.page, '承办单位').innerText()).toBe(HRSS);
    expect(await field(officePage.page, '办理期限').innerText()).toMatch(DAY);
    await historyStep(officePage.page, '交办', '请核实后答复留言人。').filter({ hasText: '周敏' }).filter({ hasText: HRSS }).waitFor();
    // Gone from the queue.
    await officePage.page.goto(`${baseUrl()}/admin/messages/queue`);
    await officePage.page.locator('.ant-table-row').first().or(officePage.page.getByText('没有待受理的留言')).first().waitFor();
    expect(await rowOf(officePage.page, title).count()).toBe(0);
    await expectNoProblems(officePage.page, officePage.problems);

    // 人社局 sees it in 本单位留言 with its due date and working days left.
    const hrssPage = await openPage(hrss, dialogs);
    await hrssPage.page.goto(`${baseUrl()}/admin/messages/mine`);
    const mine = rowOf(hrssPage.page, title);
    expect(await mine.innerText()).toMatch(
      new RegExp(
        `LX\\d+[\\s\\S]*咨询[\\s\\S]*${title}[\\s\\S]*\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}[\\s\\S]*\\d{4}/\\d{2}/\\d{2}[\\s\\S]*(剩 \\d+ 个工作日|今日到期)`,
      ),
    );
    await mine.getByRole('link', { name: title }).click();
    await hrssPage.page.waitForURL(`${baseUrl()}/admin/messages/${id}`);

    // The assigned agency reads the contact in full (docs/security.md §10).
    const contact = hrssPage.page.locator('.ant-card', { has: hrssPage.page.getByText('留言人', { exact: true }) });
    expect(await field(hrssPage.page, '姓名').innerText()).toBe(CONTACT.name);
    expect(await field(hrssPage.page, '联系电话').innerText()).toBe(CONTACT.phone);
    expect(await contact.getByText('已脱敏').count()).toBe(0);
    // Not the office's actions.
    expect(
      await header(hrssPage.page)
        .getByRole('button', { name: label('交办') })
        .count(),
    ).toBe(0);
    expect(
      await header(hrssPage.page)
        .getByRole('button', { name: label('屏蔽') })
        .count(),
    ).toBe(0);

    // 答复: paragraphs and **bold** become HTML; typed markup stays text.
    await header(hrssPage.page)
      .getByRole('button', { name: label('答复') })
      .click();
    const reply = await openedDialog(hrssPage.page, /^答复留言：LX\d+$/);
    await reply.getByLabel('答复内容').fill('您好：\n\n路灯报修请拨打 **12345** 热线，维修单位会在3个工作日内上门。\n<img src=x onerror=alert(1)>');
    await reply.locator('strong', { hasText: '12345' }).waitFor(); // the preview
    await reply.getByRole('button', { name: '提交答复' }).click();
    await toast(hrssPage.page, '答复已提交').waitFor();
    await header(hrssPage.page).getByText('已答复', { exact: true }).waitFor();
    const answered = hrssPage.page.locator('[data-reply]');
    await answered.locator('strong', { hasText: '12345' }).waitFor();
    await answered.getByText('<img src=x onerror=alert(1)>').waitFor();
    expect(await answered.locator('img').count()).toBe(0);
    expect(await answered.locator('p').count()).toBe(2);
    await historyStep(hrssPage.page, '答复', '王磊').waitFor();
    expect(
      await header(hrssPage.page)
        .getByRole('button', { name: label('答复') })
        .count(),
    ).toBe(0);
    await expectNoProblems(hrssPage.page, hrssPage.problems);

    // 教育局 is told the message does not exist: the same page as for an unknown id (docs/security.md §8).
    const eduPage = await openPage(edu, dialogs);
    await eduPage.page.goto(`${baseUrl()}/admin/messages/${id}`);
    await eduPage.page.getByText('留言不存在', { exact: true }).waitFor();
    expect(await eduPage.page.getByText(title).count()).toBe(0);
    expect(await eduPage.page.getByText(CONTACT.phone).count()).toBe(0);
    await eduPage.page.goto(`${baseUrl()}/admin/messages/mine?status=all`);
    await eduPage.page.locator('.ant-table-row').first().or(eduPage.page.getByText('没有符合条件的留言')).first().waitFor();
    expect(await rowOf(eduPage.page, title).count()).toBe(0);
    await expectNoProblems(eduPage.page, eduPage.problems, { answered: [`404 /api/admin/messages/${id}`] });
  });

  it('人社局 returns a message with a reason; the office finds it under 已退回 and dispatches it to 教育局', async () => {
    const title = `课后服务收费标准咨询${RUN}`;
    const id = await postMessage(title, '孩子学校的课后服务每学期收费多少？是否必须参加？希望有关部门给予解答。');
    await dispatchOverApi(id, HRSS);

    const hrssPage = await openPage(hrss, dialogs);
    await hrssPage.page.goto(`${baseUrl()}/admin/messages/mine`);
    await rowOf(hrssPage.page, title).getByRole('link', { name: title }).click();
    await hrssPage.page.waitForURL(`${baseUrl()}/admin/messages/${id}`);
    await header(hrssPage.page)
      .getByRole('button', { name: label('退回') })
      .click();
    const giveBack = await openedDialog(hrssPage.page, /^退回留言：LX\d+$/);
    await giveBack.getByRole('button', { name: label('退回') }).click();
    await giveBack.getByText('请填写退回理由').waitFor();
    await giveBack.getByLabel('退回理由').fill('课后服务收费属于教育局职责，请改派教育局。');
    await giveBack.getByRole('button', { name: label('退回') }).click();
    await toast(hrssPage.page, '已退回政务公开办').waitFor();
    // Back on the list, where the message is no longer.
    await hrssPage.page.waitForURL(`${baseUrl()}/admin/messages/mine`);
    await hrssPage.page.locator('.ant-table-row').first().or(hrssPage.page.getByText('本单位暂无待办理的留言')).first().waitFor();
    expect(await rowOf(hrssPage.page, title).count()).toBe(0);
    await expectNoProblems(hrssPage.page, hrssPage.problems);

    // The office: 待交办 → 已退回, 交办 from the row.
    const officePage = await openPage(office, dialogs);
    await officePage.page.goto(`${baseUrl()}/admin/messages/queue`);
    await officePage.page.getByRole('tab', { name: /已退回/ }).click();
    await officePage.page.waitForURL(`${baseUrl()}/admin/messages/queue?status=returned`);
    const returned = rowOf(officePage.page, title);
    await returned.getByRole('button', { name: label('交办') }).click();
    const dispatch = await openedDialog(officePage.page, /^交办留言：LX\d+$/);
    await choose(officePage.page, dispatch.getByLabel('承办单位'), EDU, '教育');
    await dispatch.getByRole('button', { name: label('交办') }).click();
    await toast(officePage.page, `已交办：${EDU}`).waitFor();
    await returned.waitFor({ state: 'detached' });

    // Its history tells who returned it and why, and where it went next.
    await openMessage(officePage.page, id);
    await header(officePage.page).getByText('已交办', { exact: true }).waitFor();
    expect(await field(officePage.page, '承办单位').innerText()).toBe(EDU);
    await historyStep(officePage.page, '退回', '课后服务收费属于教育局职责，请改派教育局。').filter({ hasText: '王磊' }).filter({ hasText: HRSS }).waitFor();
    await historyStep(officePage.page, '交办', EDU).filter({ hasText: '周敏' }).waitFor();
    expect(await officePage.page.locator('.ant-timeline-item').count()).toBe(4); // 提交留言, 交办, 退回, 交办
    // An assigned message can be moved on: 改派 (to anyone but the current agency), not 交办.
    await header(officePage.page)
      .getByRole('button', { name: label('改派') })
      .waitFor();
    expect(
      await header(officePage.page)
        .getByRole('button', { name: label('交办') })
        .count(),
    ).toBe(0);
    await expectNoProblems(officePage.page, officePage.problems);

    // 教育局 now has it; 人社局 no longer sees it at all.
    const eduPage = await openPage(edu, dialogs);
    await openMessage(eduPage.page, id);
    await eduPage.page.getByText(title).waitFor();
    await header(eduPage.page)
      .getByRole('button', { name: label('答复') })
      .waitFor();
    await expectNoProblems(eduPage.page, eduPage.problems);

    await hrssPage.page.goto(`${baseUrl()}/admin/messages/${id}`);
    await hrssPage.page.getByText('留言不存在', { exact: true }).waitFor();
    await expectNoProblems(hrssPage.page, hrssPage.problems, { answered: [`404 /api/admin/messages/${id}`] });
  });

  it('人社局 asks for an extension; only the office head decides it and the due date moves; a stale 改派 meets 409', async () => {
    const title = `失业登记办理材料咨询${RUN}`;
    const id = await postMessage(title, '办理失业登记需要准备哪些材料？可以在网上办理吗？请告知具体流程。');
    await dispatchOverApi(id, HRSS);

    const hrssPage = await openPage(hrss, dialogs);
    await openMessage(hrssPage.page, id);
    const dueBefore = await field(hrssPage.page, '办理期限').innerText();
    expect(dueBefore).toMatch(DAY);
    await header(hrssPage.page).getByRole('button', { name: '申请延期' }).click();
    const ask = await openedDialog(hrssPage.page, /^申请延期：LX\d+$/);
    await ask.getByText(`当前办理期限 ${dueBefore}`).waitFor();
    await ask.getByLabel('延期天数').fill('5');
    await ask.getByLabel('延期理由').fill('需要会同街道社保所核实留言人的参保情况。');
    await ask.getByRole('button', { name: '提交申请' }).click();
    await toast(hrssPage.page, '延期申请已提交，等待政务公开办负责人审批').waitFor();
    const extensions = hrssPage.page.locator('.ant-card', { has: hrssPage.page.getByText('延期申请', { exact: true }) });
    await extensions.getByText('待审批', { exact: true }).waitFor();
    await extensions.getByText('延期 5 个工作日').waitFor();
    await extensions.getByText('延期申请由政务公开办负责人审批。').waitFor();
    // One request at a time, one extension per message.
    expect(await header(hrssPage.page).getByRole('button', { name: '申请延期' }).count()).toBe(0);
    await historyStep(hrssPage.page, '申请延期', '5个工作日：需要会同街道社保所核实留言人的参保情况。').waitFor();
    await expectNoProblems(hrssPage.page, hrssPage.problems);

    // Office staff see the request but cannot decide it (the page stays open for the end of this test).
    const officePage = await openPage(office, dialogs);
    await openMessage(officePage.page, id);
    await officePage.page.getByText('待审批', { exact: true }).waitFor();
    expect(await header(officePage.page).getByRole('button', { name: '审批延期' }).count()).toBe(0);

    // The office head approves it.
    const headPage = await openPage(head, dialogs);
    await openMessage(headPage.page, id);
    await header(headPage.page).getByRole('button', { name: '审批延期' }).click();
    const decide = await openedDialog(headPage.page, /^审批延期：LX\d+$/);
    await decide.getByText('需要会同街道社保所核实留言人的参保情况。').waitFor();
    await decide.getByRole('button', { name: '提交审批' }).click();
    await decide.getByText('请选择批准或驳回').waitFor();
    await decide.getByRole('radio', { name: '批准' }).check();
    await decide.getByLabel('说明').fill('同意延期，请按期答复。');
    await decide.getByRole('button', { name: '提交审批' }).click();
    await toast(headPage.page, '已批准延期').waitFor();
    await headPage.page.getByText('已批准', { exact: true }).waitFor();
    await headPage.page.getByText('同意延期，请按期答复。', { exact: true }).first().waitFor();
    await historyStep(headPage.page, '延期', '批准延期5个工作日：同意延期，请按期答复。').filter({ hasText: '陈建国' }).waitFor();
    const dueAfter = await field(headPage.page, '办理期限').innerText();
    expect(dueAfter).toMatch(DAY);
    expect(dueAfter > dueBefore).toBe(true);
    expect(await header(headPage.page).getByRole('button', { name: '审批延期' }).count()).toBe(0);
    await expectNoProblems(headPage.page, headPage.problems);

    // The agency sees the new due date, cannot ask again, and answers.
    await hrssPage.page.reload();
    await hrssPage.page.getByText('已批准', { exact: true }).waitFor();
    expect(await field(hrssPage.page, '办理期限').innerText()).toBe(dueAfter);
    expect(await header(hrssPage.page).getByRole('button', { name: '申请延期' }).count()).toBe(0);
    await header(hrssPage.page)
      .getByRole('button', { name: label('答复') })
      .click();
    const reply = await openedDialog(hrssPage.page, /^答复留言：LX\d+$/);
    await reply.getByLabel('答复内容').fill('您好：失业登记可在“临溪人社”网上办理，需要身份证和劳动合同解除证明。');
    await reply.getByRole('button', { name: '提交答复' }).click();
    await header(hrssPage.page).getByText('已答复', { exact: true }).waitFor();
    await expectNoProblems(hrssPage.page, hrssPage.problems);

    // The office's page still shows it assigned: its 改派 meets the BFF's 409, says why, and shows the message as it is.
    await header(officePage.page).getByText('已交办', { exact: true }).waitFor();
    await header(officePage.page)
      .getByRole('button', { name: label('改派') })
      .click();
    const move = await openedDialog(officePage.page, /^改派留言：LX\d+$/);
    await choose(officePage.page, move.getByLabel('承办单位'), EDU, '教育');
    await move.getByRole('button', { name: label('改派') }).click();
    await toast(officePage.page, '留言当前为「已答复」，不能进行此操作').waitFor();
    await move.waitFor({ state: 'detached' });
    await header(officePage.page).getByText('已答复', { exact: true }).waitFor();
    expect(
      await header(officePage.page)
        .getByRole('button', { name: label('改派') })
        .count(),
    ).toBe(0);
    expect(await field(officePage.page, '承办单位').innerText()).toBe(HRSS);
    await expectNoProblems(officePage.page, officePage.problems, { answered: [`409 /api/admin/messages/${id}/reassign`] });
  });

  it('全部留言 filters every agency’s messages for the office; 派单规则 and 通知发送失败 are read-only for it', async () => {
    const { page, problems } = await openPage(office, dialogs);
    await page.goto(`${baseUrl()}/admin/messages/all`);
    await page.getByLabel('按受理编号或标题搜索留言').fill(RUN);
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/admin/messages?') && response.url().includes(`q=${RUN}`)),
      page.getByLabel('按受理编号或标题搜索留言').press('Enter'),
    ]);
    // The three messages of this run, each with its agency.
    await rowOf(page, `小区路灯报修咨询${RUN}`).getByText('已答复').waitFor();
    await rowOf(page, `课后服务收费标准咨询${RUN}`).getByText(EDU).waitFor();
    await rowOf(page, `失业登记办理材料咨询${RUN}`).getByText(HRSS).waitFor();
    await choose(page, page.getByLabel('按承办单位筛选留言'), EDU, '教育');
    await rowOf(page, `失业登记办理材料咨询${RUN}`).waitFor({ state: 'detached' });
    await rowOf(page, `课后服务收费标准咨询${RUN}`).waitFor();
    expect(page.url()).toContain(`agencyId=${agencyIds.get(EDU)}`);

    await page.getByRole('menuitem', { name: '派单规则' }).click();
    await rowOf(page, '公积金').getByText('临溪市住房和城乡建设局').waitFor();
    await page.getByText('只读', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '新增规则' }).count()).toBe(0);

    await page.getByRole('menuitem', { name: '通知发送失败' }).click();
    await page.locator('.ant-card-head').getByText('通知发送失败').waitFor();
    await page.locator('.ant-table-row').first().or(page.getByText('没有发送失败的通知')).first().waitFor();
    await expectNoProblems(page, problems);
  });
});

describe('admin console: 留言办理 menus by role', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const as = (username: string) => signedInPage(browser, username);

  /** The items of the 留言办理 group, opened. */
  async function messageMenu(page: Page): Promise<string[]> {
    await page.getByRole('menuitem', { name: '留言办理' }).click();
    const group = page.locator('.ant-menu-sub');
    await group.getByRole('menuitem').first().waitFor();
    return (await group.getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
  }

  it('office.staff: 待交办, 全部留言 and 通知, plus 派单规则 and 通知发送失败; no 本单位留言', async () => {
    const { page, problems } = await as('office.staff');
    expect(await menuLabels(page)).toEqual([
      '工作台',
      '留言办理',
      '政策解读',
      '公众参与',
      '依申请公开',
      '公共企事业单位',
      '统计分析',
      '派单规则',
      '通知发送失败',
      '机构管理',
      '审计日志',
      '系统设置',
    ]);
    expect(await messageMenu(page)).toEqual(['待交办', '全部留言', '通知']);
    await page.getByRole('button', { name: /^通知/ }).waitFor();
    await page.goto(`${baseUrl()}/admin/messages/mine`);
    await page.getByText('无权访问', { exact: true }).waitFor();
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('hrss.staff: 本单位留言 and 通知 with the bell; the office’s pages answer 无权访问', async () => {
    // Reminders come from the deadline scheduler, a working day before the due day: stood in for here.
    const { page, problems } = await signedOutPage(browser);
    const notifications: NotificationView[] = [
      {
        id: 2_000_003,
        kind: 'disclosure_chase',
        subject: { type: 'disclosure', id: 515_151 },
        text: '政务公开办催办：政府信息公开申请 LX2026YS000001（2026-01-20到期）。请今日内答复',
        createdAt: '2026-01-10T02:00:00.000Z',
      },
      {
        id: 2_000_002,
        kind: 'overdue',
        subject: { type: 'message', id: 424_242 },
        text: '留言 LX20260101000002 已逾期（应于2026-01-09前答复），请尽快办理',
        createdAt: '2026-01-10T01:00:00.000Z',
      },
      {
        id: 2_000_001,
        kind: 'reminder',
        subject: { type: 'message', id: 424_241 },
        text: '留言 LX20260101000001 即将到期（2026-01-09），请及时答复',
        createdAt: '2026-01-08T01:00:00.000Z',
      },
    ];
    await page.route('**/api/admin/notifications', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(notifications) }),
    );
    await signIn(page, 'hrss.staff');
    expect(await menuLabels(page)).toEqual(['工作台', '留言办理', '政策解读', '公众参与', '依申请公开']);
    expect(await messageMenu(page)).toEqual(['本单位留言', '通知']);

    // Three not yet shown; opening the bell shows them, each linking to what it is about, and the badge goes.
    await page.getByRole('button', { name: '通知：3 条未读' }).click();
    const popover = page.locator('.ant-popover:not(.ant-popover-hidden)');
    await popover.getByText('依申请催办', { exact: true }).waitFor();
    await popover.getByText('留言已逾期', { exact: true }).waitFor();
    await popover.getByText('留言即将到期', { exact: true }).waitFor();
    expect(await popover.getByRole('link', { name: notifications[0].text }).getAttribute('href')).toBe('/admin/disclosure/515151');
    expect(await popover.getByRole('link', { name: notifications[1].text }).getAttribute('href')).toBe('/admin/messages/424242');
    await page.getByRole('button', { name: '通知', exact: true }).waitFor();
    await popover.getByRole('link', { name: '查看全部通知' }).click();
    await page.waitForURL(`${baseUrl()}/admin/notifications`);
    await page.getByText(`${HRSS}的办理提醒，最近 50 条`).waitFor();
    await rowOf(page, 'LX20260101000001').getByText('留言即将到期', { exact: true }).waitFor();
    expect(await rowOf(page, 'LX2026YS000001').getByRole('link', { name: notifications[0].text }).getAttribute('href')).toBe('/admin/disclosure/515151');
    // Seen stays seen in this browser.
    await page.reload();
    await page.getByText(`${HRSS}的办理提醒，最近 50 条`).waitFor();
    await page.getByRole('button', { name: '通知', exact: true }).waitFor();
    for (const path of ['/messages/queue', '/messages/all', '/routing-rules', '/outbox', '/stats']) {
      await page.goto(`${baseUrl()}/admin${path}`);
      await page.getByText('无权访问', { exact: true }).waitFor();
    }
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('admin: no 留言办理 and no bell; manages 派单规则', async () => {
    const { page, problems } = await as('admin');
    expect(await menuLabels(page)).toEqual([
      '工作台',
      '公共企事业单位',
      '统计分析',
      '派单规则',
      '通知发送失败',
      '机构管理',
      '账号管理',
      '审计日志',
      '系统设置',
    ]);
    expect(await page.getByRole('button', { name: /^通知/ }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '派单规则' }).click();
    await page.getByRole('button', { name: '新增规则' }).waitFor();
    await rowOf(page, '公积金')
      .getByRole('button', { name: label('编辑') })
      .waitFor();

    // A keyword no other test's message contains, so the rule routes nothing of theirs.
    const keyword = `测试词${RUN}`;
    await page.getByRole('button', { name: '新增规则' }).click();
    const create = await openedDialog(page, '新增派单规则');
    await create.getByRole('button', { name: label('新增') }).click();
    await create.getByText('请输入关键词').waitFor();
    await create.getByLabel('关键词').fill(keyword);
    await choose(page, create.getByLabel('承办单位'), EDU, '教育');
    await create.getByLabel('优先级').fill('3');
    await create.getByRole('button', { name: label('新增') }).click();
    await toast(page, `规则「${keyword}」已新增`).waitFor();
    const rule = rowOf(page, keyword);
    expect(await rule.innerText()).toMatch(new RegExp(`${keyword}[\\s\\S]*${EDU}[\\s\\S]*3[\\s\\S]*启用`));
    await rule.getByRole('button', { name: label('停用') }).click();
    await confirmPopup(page, '停用');
    await toast(page, `已停用规则「${keyword}」`).waitFor();
    await rule.getByText('已停用').waitFor();

    await page.goto(`${baseUrl()}/admin/messages/all`);
    await page.getByText('无权访问', { exact: true }).waitFor();
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });
});
