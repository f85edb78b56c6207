import type { Locator, Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';

/** What the page reported that a user would never see: console errors, uncaught exceptions, CSP violations. */
interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

async function openPage(browser: TestBrowser): Promise<{ page: Page; problems: Problems }> {
  const page = await browser.context.newPage();
  const problems: Problems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  // Chromium logs CSP violations to the console too; the DOM event also catches those the console would not name.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems };
}

async function expectNoProblems(page: Page, problems: Problems): Promise<void> {
  problems.cspViolations.push(...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])));
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
}

/** Waits until the table shows exactly `count` data rows (filtering re-renders asynchronously). */
async function expectRows(table: Locator, count: number): Promise<void> {
  const rows = table.locator('tbody tr.ant-table-row');
  await rows.nth(count - 1).waitFor();
  await rows.nth(count).waitFor({ state: 'detached' });
}

describe('admin console (browser)', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the shell and the 工作台 with system health and agency counts, then the 机构 table', async () => {
    const { page, problems } = await openPage(browser);
    const response = await page.goto(`${baseUrl()}/admin/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    await page.getByText('为民 · 政务公开工作台').waitFor();
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: '工作台' }).waitFor();
    await menu.getByRole('menuitem', { name: '机构' }).waitFor();

    const health = page.locator('.ant-card', { has: page.getByText('系统状态', { exact: true }) });
    await health.getByText('SQLite · 连接正常').waitFor();
    await health.getByText('运行正常').waitFor();

    await page.getByRole('link', { name: '政府部门 15 个' }).waitFor();
    await page.getByRole('link', { name: '乡镇街道 3 个' }).waitFor();
    await page.getByRole('link', { name: '公共企事业单位 25 个' }).waitFor();
    expect(await page.title()).toBe('工作台 · 为民 · 政务公开工作台');

    await menu.getByRole('menuitem', { name: '机构' }).click();
    await page.waitForURL(`${baseUrl()}/admin/agencies`);
    const table = page.locator('.ant-table');
    await table.getByRole('cell', { name: '临溪市人力资源和社会保障局' }).waitFor();
    await table.getByRole('cell', { name: '临溪市自来水有限公司' }).waitFor();
    await expectRows(table, 44);
    // Chinese labels, not the codes from the API.
    const waterRow = table.getByRole('row', { name: /临溪市自来水有限公司/ });
    expect(await waterRow.innerText()).toMatch(/公共企事业单位[\s\S]*供水[\s\S]*88110001/);

    // Filter by kind, then search by name within it.
    await page.getByText('乡镇街道（3）').click();
    await expectRows(table, 3);
    await page.getByText('全部（44）').click();
    await page.getByLabel('按名称搜索机构').fill('自来水');
    await table.getByRole('cell', { name: '临溪市自来水有限公司' }).waitFor();
    await expectRows(table, 1);

    await expectNoProblems(page, problems);
  });

  it('serves a deep link to /admin/agencies and a kind filter from the dashboard link', async () => {
    const { page, problems } = await openPage(browser);
    const response = await page.goto(`${baseUrl()}/admin/agencies`);
    expect(response?.status()).toBe(200);
    await page.locator('.ant-table').getByRole('cell', { name: '临溪市人力资源和社会保障局' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '机构' }).getAttribute('class')).toContain('ant-menu-item-selected');

    await page.goto(`${baseUrl()}/admin/`);
    await page.getByRole('link', { name: '公共企事业单位 25 个' }).click();
    await page.waitForURL(`${baseUrl()}/admin/agencies?kind=public_enterprise`);
    await page.locator('.ant-table').getByRole('cell', { name: '临溪市自来水有限公司' }).waitFor();
    await expectRows(page.locator('.ant-table'), 25);

    await expectNoProblems(page, problems);
  });

  it('shows a not-found page inside the shell for an unknown console path', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/admin/no-such-page`);
    await page.getByText('页面不存在', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: '工作台' }).waitFor();
    await page.getByRole('button', { name: '返回工作台' }).click();
    await page.waitForURL((url) => /^\/admin\/?$/.test(url.pathname)); // the router writes the console's root as /admin
    await page.getByText('系统状态', { exact: true }).waitFor();

    await expectNoProblems(page, problems);
  });

  it('shows a failed load in place, with its trace id, and recovers on retry', async () => {
    const { page, problems } = await openPage(browser);
    let failures = 1;
    await page.route('**/api/agencies', (route) => {
      if (failures-- <= 0) return route.continue();
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用', traceId: 'trace-admin-spec' }),
      });
    });
    await page.goto(`${baseUrl()}/admin/agencies`);
    await page.getByText('数据加载失败').waitFor();
    await page.getByText('服务暂时不可用').waitFor();
    await page.getByText('追踪号 trace-admin-spec').waitFor();

    await page.getByRole('button', { name: /^重\s?试$/ }).click(); // antd spaces out two-character labels: 重 试
    await page.locator('.ant-table').getByRole('cell', { name: '临溪市自来水有限公司' }).waitFor();

    // Chromium logs the 503 itself as a console error; nothing else may go wrong.
    expect(problems.consoleErrors).toEqual([expect.stringContaining('503')]);
    problems.consoleErrors = [];
    await expectNoProblems(page, problems);
  });
});
