/// <reference lib="dom" />
// Public participation on /h5 (issue 17 point 13). 意见征集: a citizen sends an opinion while the draft is open; the
// period runs out (a BFF of this file's own, its clock moved by libfaketime and restarted on the same database two days
// later); the agency marks the opinion and its feedback passes both reviews; the citizen finds the mark under 我的意见.
// 在线访谈: the citizen watches a live interview while the host publishes into its transcript, and each entry appears
// on the page without a reload; a citizen's question shows under 我的 → 我的提问, with the answer once the host took it.
// The staff steps go through the admin API (the console pages have their own checks).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { apiSignIn, type ApiSession, expectNoProblems, openPage, PASSWORD } from './admin-helpers';
import { openTab, shown, waitForShownPage } from './h5-helpers';

const RUN = Date.now().toString(36);

/** A staff session on `url`, a BFF of the test's own. */
const staffOn = (url: string, username: string): Promise<ApiSession> => apiSignIn(username, PASSWORD, url);

/** Posts `json` and expects `status`, naming the step when it is not. */
async function step(session: ApiSession, path: string, json: unknown = {}, status = 200, method = 'POST'): Promise<any> {
  const answer = await session.call(path, { method, json });
  expect({ path, status: answer.status }).toEqual({ path, status });
  return answer.body;
}

async function openFromParticipation(page: Page, url: string, section: '意见征集' | '在线访谈', title: string): Promise<void> {
  await page.goto(`${url}/h5/`);
  await openTab(page, '互动');
  await shown(page).getByRole('tab', { name: section }).click();
  await shown(page)
    .getByRole('link', { name: new RegExp(title) })
    .click();
}

describe('意见征集 on /h5: an opinion, its mark and the published feedback', () => {
  // Tuesday 1 December 2026, 10:00 in China; the draft is open one day (a reason given), the restart is two days on.
  const OPENED = '2026-12-01 02:00:00';
  const CLOSED = '2026-12-03 02:00:00';
  const TITLE = `公交线网优化方案（征求意见稿） ${RUN}`;
  const OPINION = '建议在新区高铁站增设公交首末站，方便早晚通勤换乘。';
  const REASON = '首末站纳入第二阶段建设，先开通接驳专线。';
  const dataDir = mkdtempSync(join(tmpdir(), 'weimin-participation-'));
  let server: ServerProcess | undefined;
  let citizen: TestBrowser;

  async function start(faketime: string, port?: string): Promise<ServerProcess> {
    const env: Record<string, string> = { SQLITE_PATH: join(dataDir, 'weimin.sqlite'), BACKGROUND_JOBS: 'false', ...(port && { PORT: port }) };
    return startServerProcess(env, { faketime, startTimeoutMs: 150_000 });
  }

  beforeAll(async () => {
    citizen = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await citizen?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the citizen sends an opinion, the agency marks it after the close, and the citizen sees 部分采纳 with the reason', async () => {
    server = await start(OPENED);
    const url = server.url;
    const [hrss, hrssHead, office] = await Promise.all(['hrss.staff', 'hrss.head', 'office.staff'].map((username) => staffOn(url, username)));
    const draft = await step(
      hrss,
      '/api/admin/solicitations',
      {
        title: TITLE,
        summary: '优化中心城区公交线网，征求市民意见。',
        bodyHtml: '<p>拟调整中心城区 12 条公交线路，新增高铁站接驳线。</p>',
        questions: ['您对新增接驳线的走向有什么建议？'],
        periodDays: 1,
        shortPeriodReason: '方案须在年底前报批',
      },
      201,
    );
    await step(hrss, `/api/admin/solicitations/${draft.id}/submit`);
    await step(hrssHead, `/api/admin/solicitations/${draft.id}/approve`);
    expect((await step(office, `/api/admin/solicitations/${draft.id}/approve`)).status).toBe('open');

    // The citizen finds it under 互动 and sends an opinion that may be shown.
    const { page, problems } = await openPage(citizen);
    await openFromParticipation(page, url, '意见征集', TITLE);
    await page.waitForURL(/\/packages\/participation\/pages\/solicitation\/index\?id=\d+/);
    const form = shown(page);
    await form.getByLabel('您的意见').fill(OPINION);
    await form.getByLabel('姓名').fill('钱多多');
    await form.getByLabel('允许公开展示').click();
    await form.getByText('提交意见', { exact: true }).click();
    await form.getByText(/意见已提交，感谢参与/).waitFor();

    // Two days later on the same database: the period is over; the agency marks the opinion and writes the feedback.
    const port = new URL(url).port;
    await server.stop();
    server = await start(CLOSED, port);
    const [hrssLater, hrssHeadLater, officeLater] = await Promise.all(['hrss.staff', 'hrss.head', 'office.staff'].map((username) => staffOn(url, username)));
    const opinions = (await hrssLater.call(`/api/admin/solicitations/${draft.id}/opinions`)).body as Array<{ id: number; content: string }>;
    expect(opinions.map((opinion) => opinion.content)).toEqual([OPINION]);
    await step(hrssLater, `/api/admin/solicitations/${draft.id}/opinions/${opinions[0].id}/mark`, { adoption: 'partly_adopted', reason: REASON }, 200, 'PUT');
    await step(hrssLater, `/api/admin/solicitations/${draft.id}/feedback`, { feedbackHtml: '<p>采纳增设接驳线的意见，首末站分期建设。</p>' }, 200, 'PUT');
    await step(hrssLater, `/api/admin/solicitations/${draft.id}/feedback/submit`);
    await step(hrssHeadLater, `/api/admin/solicitations/${draft.id}/feedback/approve`);
    expect((await step(officeLater, `/api/admin/solicitations/${draft.id}/feedback/approve`)).status).toBe('feedback_published');

    // The same citizen (same origin, same pretend WeChat user) sees the mark and the reason under 我的 → 我的意见.
    await page.goto(`${url}/h5/`);
    await openTab(page, '我的');
    await shown(page)
      .getByRole('link', { name: /^我的意见/ })
      .click();
    await page.waitForURL(/\/packages\/participation\/pages\/my-opinions\/index/);
    const mine = shown(page);
    await mine.getByText(TITLE).waitFor();
    await mine.getByText('部分采纳', { exact: true }).waitFor();
    await mine.getByText(REASON).waitFor();
    await expectNoProblems(page, problems);
  });
});

describe('在线访谈 on /h5: the transcript grows while the citizen watches', () => {
  let citizen: TestBrowser;
  let office: ApiSession;

  beforeAll(async () => {
    citizen = await launchBrowser({ viewport: { width: 390, height: 844 } });
    office = await apiSignIn('office.staff');
  });
  afterAll(async () => {
    await citizen?.close();
  });

  /** An interview of the office's, live from now on for an hour. */
  async function liveInterview(title: string): Promise<{ id: number }> {
    const agencies = (await office.call('/api/agencies?kind=department')).body as Array<{ id: number; code: string }>;
    const now = Date.now();
    const interview = await step(
      office,
      '/api/admin/interviews',
      {
        title,
        summary: '市住建局负责人解读老旧小区改造政策。',
        guestAgencyId: agencies.find((agency) => agency.code === 'dept-hrss')!.id,
        guestName: '李明',
        guestTitle: '副局长',
        startsAt: new Date(now).toISOString(),
        endsAt: new Date(now + 60 * 60_000).toISOString(),
        hostName: '主持人小王',
      },
      201,
    );
    await step(office, `/api/admin/interviews/${interview.id}/collect`);
    await step(office, `/api/admin/interviews/${interview.id}/start`);
    return interview;
  }

  it('shows each entry the host publishes without a reload', async () => {
    const title = `城市更新政策在线访谈 ${RUN}`;
    const interview = await liveInterview(title);

    const { page, problems } = await openPage(citizen);
    await openFromParticipation(page, baseUrl(), '在线访谈', title);
    await page.waitForURL(/\/packages\/participation\/pages\/interview\/index\?id=\d+/);
    const live = shown(page);
    await live.getByText('直播中', { exact: true }).first().waitFor();

    // The host speaks, then answers a question of their own: each appears on the open page by itself (polled, 304s between).
    const remark = '各位网友好，欢迎收看本期在线访谈。';
    await step(office, `/api/admin/interviews/${interview.id}/transcript`, { kind: 'remark', text: remark });
    await live.getByText(remark).waitFor({ timeout: 30_000 });
    const question = '老旧小区加装电梯有补贴吗？';
    const answer = '符合条件的加装电梯项目，每台补贴 15 万元。';
    await step(office, `/api/admin/interviews/${interview.id}/transcript`, { kind: 'qa', question, text: answer });
    await live.getByText(answer).waitFor({ timeout: 30_000 });
    await live.getByText(question).waitFor();
    await expectNoProblems(page, problems);
  });

  it('lists the question under 我的 → 我的提问, and shows the answer there on coming back from the interview', async () => {
    const title = `灵活就业政策在线访谈 ${RUN}`;
    const question = `灵活就业人员怎么参加职工养老保险？（${RUN}）`;
    const answer = '灵活就业人员可以在社保经办窗口或小程序办理参保登记。';
    const interview = await liveInterview(title);

    const { page, problems } = await openPage(citizen);
    await openFromParticipation(page, baseUrl(), '在线访谈', title);
    await page.waitForURL(/\/packages\/participation\/pages\/interview\/index\?id=\d+/);
    const form = shown(page);
    await form.getByLabel('问题').fill(question);
    await form.getByLabel('姓名').fill('钱多多');
    await form.getByLabel('联系电话').fill('13812345678');
    await form.getByText('提交问题', { exact: true }).click();
    await form.locator('.pt-entry__text', { hasText: question }).waitFor();

    // 我的 → 我的提问: the question under its interview's title, waiting for the guest.
    await page.goto(`${baseUrl()}/h5/`);
    await openTab(page, '我的');
    await shown(page)
      .getByRole('link', { name: /^我的提问/ })
      .click();
    await page.waitForURL(/\/packages\/participation\/pages\/my-questions\/index/);
    const card = shown(page).locator('.card', { hasText: question });
    await card.getByText('等待答复').waitFor();

    // The citizen opens the interview from there; the host takes the question live; back on 我的提问 (shown again,
    // not reloaded by the browser) the answer is there.
    await card.getByRole('link', { name: `在线访谈：${title}` }).click();
    await page.waitForURL(/\/packages\/participation\/pages\/interview\/index\?id=\d+/);
    const asked = (await office.call(`/api/admin/interviews/${interview.id}/questions`)).body as Array<{ id: number; content: string }>;
    const questionId = asked.find((row) => row.content === question)!.id;
    await step(office, `/api/admin/interviews/${interview.id}/transcript`, { kind: 'qa', questionId, text: answer });
    await shown(page).getByText(answer).waitFor({ timeout: 30_000 });
    await page.goBack();
    await waitForShownPage(page, 'packages/participation/pages/my-questions/index');
    const answered = shown(page).locator('.card', { hasText: question });
    await answered.getByText(answer).waitFor();
    await answered.getByText(/^已在访谈中答复/).waitFor();
    await expectNoProblems(page, problems);
  });
});
