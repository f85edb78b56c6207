// The admin console as staff meet it: the built BFF serving /admin/, demo accounts of every role, Debian's Chromium.
// One server serves the whole browser suite: accounts created here get unique usernames, and demo accounts are never
// disabled or locked.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { decodeQrPng, PNG_SIGNATURE } from '../support/qr';
import {
  type ApiSession,
  apiSignIn,
  choose,
  confirmPopup,
  expectNoProblems,
  expectRows,
  menuLabels,
  openedDialog,
  openPage,
  signedInPage,
  signedOutPage,
  signIn,
  submitLogin,
} from './admin-helpers';

const SIGN_IN_REFUSED = '用户名或密码错误，或账号已被锁定';
const SESSION_EXPIRED = '登录已过期，请重新登录';
/** Makes usernames unique to this run. */
const RUN = Date.now().toString(36);

interface CreatedAccount {
  id: number;
  username: string;
  password: string;
}

/** An account made for one test, in a demo agency (by code), with a unique username. */
async function createAccount(admin: ApiSession, name: string, agencyCode: string, roles: string[]): Promise<CreatedAccount> {
  const agencies = (await admin.call('/api/admin/agencies')).body as Array<{ id: number; code: string }>;
  const agencyId = agencies.find((agency) => agency.code === agencyCode)!.id;
  const account = { username: `${name}.${RUN}`, password: 'Test-Passw0rd', displayName: '测试人员', agencyId, roles };
  const created = await admin.call('/api/admin/accounts', { method: 'POST', json: account });
  expect(created.status).toBe(201);
  return { id: created.body.id, username: account.username, password: account.password };
}

/**
 * Waits for the refusal and for the form to settle: no field message left under the inputs, none still fading out,
 * so two refusals can be compared as the user sees them.
 */
async function refusedAndSettled(page: Page): Promise<void> {
  await page.getByRole('alert').getByText(SIGN_IN_REFUSED).waitFor();
  await page.locator('.ant-form-item-explain').waitFor({ state: 'detached' });
}

describe('admin console: signing in', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sends a visitor without a session to the login page, and after sign-in to the page asked for', async () => {
    const { page, problems } = await signedOutPage(browser);
    const response = await page.goto(`${baseUrl()}/admin/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForURL(`${baseUrl()}/admin/login`);
    await page.getByText('工作人员登录').waitFor();
    expect(await page.title()).toBe('登录 · 为民 · 政务公开工作台');
    // Nothing of the console was shown, and no notice: this visitor had no session to lose.
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await page.getByText(SESSION_EXPIRED).count()).toBe(0);

    // A deep link survives the detour through the login page.
    await page.goto(`${baseUrl()}/admin/audit`);
    await page.waitForURL(`${baseUrl()}/admin/login?redirect=%2Faudit`);
    await submitLogin(page, 'office.staff');
    await page.waitForURL(`${baseUrl()}/admin/audit`);
    await page.getByText('审计日志', { exact: true }).first().waitFor();

    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('shows the same message for a wrong password and an unknown user, and validates the form', async () => {
    const { page, problems } = await signedOutPage(browser);
    await page.goto(`${baseUrl()}/admin/login`);

    await page.getByRole('button', { name: /^登\s?录$/ }).click();
    await page.getByText('请输入用户名').waitFor();
    await page.getByText('请输入密码').waitFor();

    await submitLogin(page, 'hrss.staff', 'Wrong-Passw0rd');
    await refusedAndSettled(page);
    expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe('');
    const wrongPassword = await page.locator('.ant-card').innerText();

    await submitLogin(page, `nobody.${RUN}`, 'Wrong-Passw0rd');
    await refusedAndSettled(page);
    // Word for word the same page: nothing tells whether the user exists.
    expect(await page.locator('.ant-card').innerText()).toBe(wrongPassword);
    expect(page.url()).toBe(`${baseUrl()}/admin/login`);

    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('says so when the session cannot be checked, and retries', async () => {
    const { page, problems } = await signedOutPage(browser);
    let failures = 1;
    await page.route('**/api/staff/session', (route) => {
      if (failures-- <= 0) return route.continue();
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用', traceId: 'trace-session-spec' }),
      });
    });
    await page.goto(`${baseUrl()}/admin/accounts`);
    await page.getByText('暂时无法打开工作台').waitFor();
    await page.getByText('服务暂时不可用（追踪号 trace-session-spec）').waitFor();
    await page.getByRole('button', { name: /^重\s?试$/ }).click();
    await page.waitForURL(`${baseUrl()}/admin/login?redirect=%2Faccounts`);

    await expectNoProblems(page, problems, { answered: ['503 /api/staff/session', '401 /api/staff/session'] });
  });

  it('keeps a redirect inside the console', async () => {
    const { page, problems } = await signedOutPage(browser);
    await page.goto(`${baseUrl()}/admin/login?redirect=${encodeURIComponent('//example.com/')}`);
    await submitLogin(page, 'office.head');
    await page.waitForURL((url) => url.origin === baseUrl() && /^\/admin\/?$/.test(url.pathname));
    await page.getByText('系统状态', { exact: true }).waitFor();
    await expectNoProblems(page, problems);
  });
});

describe('admin console: the shell', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { page } = await signedOutPage(browser);
    await signIn(page, 'office.staff');
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the shell and the 工作台 with the account, system health and agency counts, then the 机构管理 table', async () => {
    const { page, problems } = await openPage(browser);
    const response = await page.goto(`${baseUrl()}/admin/`);
    expect(response?.status()).toBe(200);

    await page.getByText('为民 · 政务公开工作台').waitFor();
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: '工作台' }).waitFor();
    await menu.getByRole('menuitem', { name: '机构管理' }).waitFor();

    const account = page.locator('.ant-card', { has: page.getByText('我的账号', { exact: true }) });
    await account.getByText('周敏（office.staff）').waitFor();
    await account.getByText('政务公开办工作人员').waitFor();
    await account.getByText('无操作 30 分钟后自动退出登录').waitFor();

    const health = page.locator('.ant-card', { has: page.getByText('系统状态', { exact: true }) });
    await health.getByText('SQLite · 连接正常').waitFor();
    await health.getByText('运行正常').waitFor();

    await page.getByRole('link', { name: '政府部门 15 个' }).waitFor();
    await page.getByRole('link', { name: '乡镇街道 3 个' }).waitFor();
    await page.getByRole('link', { name: '公共企事业单位 25 个' }).waitFor();
    expect(await page.title()).toBe('工作台 · 为民 · 政务公开工作台');

    await menu.getByRole('menuitem', { name: '机构管理' }).click();
    await page.waitForURL(`${baseUrl()}/admin/agencies`);
    const table = page.locator('.ant-table');
    await table.getByRole('cell', { name: '临溪市人力资源和社会保障局' }).waitFor();
    await table.getByRole('cell', { name: '临溪市自来水有限公司', exact: true }).waitFor();
    await expectRows(table, 44);
    // Chinese labels, not the codes from the API.
    const waterRow = table.getByRole('row', { name: /临溪市自来水有限公司/ });
    expect(await waterRow.innerText()).toMatch(/公共企事业单位[\s\S]*供水[\s\S]*88110001[\s\S]*启用/);

    // Filter by kind, then search by name within it.
    await page.getByText('乡镇街道（3）').click();
    await expectRows(table, 3);
    await page.getByText('全部（44）').click();
    await page.getByLabel('按名称搜索机构').fill('自来水');
    await table.getByRole('cell', { name: '临溪市自来水有限公司', exact: true }).waitFor();
    await expectRows(table, 1);

    await expectNoProblems(page, problems);
  });

  it('serves a deep link to /admin/agencies and a kind filter from the dashboard link', async () => {
    const { page, problems } = await openPage(browser);
    const response = await page.goto(`${baseUrl()}/admin/agencies`);
    expect(response?.status()).toBe(200);
    await page.locator('.ant-table').getByRole('cell', { name: '临溪市人力资源和社会保障局' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '机构管理' }).getAttribute('class')).toContain('ant-menu-item-selected');

    await page.goto(`${baseUrl()}/admin/`);
    await page.getByRole('link', { name: '公共企事业单位 25 个' }).click();
    await page.waitForURL(`${baseUrl()}/admin/agencies?kind=public_enterprise`);
    await page.locator('.ant-table').getByRole('cell', { name: '临溪市自来水有限公司', exact: true }).waitFor();
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
    await page.route('**/api/admin/agencies', (route) => {
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
    await page.locator('.ant-table').getByRole('cell', { name: '临溪市自来水有限公司', exact: true }).waitFor();

    // Chromium logs the 503 itself as a console error; nothing else may go wrong.
    expect(problems.consoleErrors).toEqual([expect.stringContaining('503')]);
    problems.consoleErrors = [];
    await expectNoProblems(page, problems);
  });
});

describe('admin console: what each role sees', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const as = (username: string) => signedInPage(browser, username);

  async function expectForbidden(page: Page, path: string): Promise<void> {
    await page.goto(`${baseUrl()}/admin${path}`);
    await page.getByText('无权访问', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: '工作台' }).waitFor();
  }

  it('admin: 机构管理, 账号管理 and 审计日志, with their actions; the user menu names the account', async () => {
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

    await page.getByRole('button', { name: '用户菜单：系统管理员' }).click();
    const userMenu = page.locator('.ant-dropdown:not(.ant-dropdown-hidden)');
    expect(await userMenu.innerText()).toMatch(/系统管理员[\s\S]*临溪市政务公开办[\s\S]*系统管理员[\s\S]*修改密码[\s\S]*退出登录/);
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: '机构管理' }).click();
    await page.getByRole('button', { name: '新增机构' }).waitFor();
    await page
      .getByRole('button', { name: /^编\s?辑$/ })
      .first()
      .waitFor();

    await page.getByRole('menuitem', { name: '账号管理' }).click();
    await page.getByRole('button', { name: '新建账号' }).waitFor();
    await page.locator('.ant-table').getByRole('cell', { name: 'hrss.head', exact: true }).waitFor();
    await page.getByRole('button', { name: '重置密码' }).first().waitFor();

    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('office.staff: 审计日志 and a read-only 机构管理, no 账号管理', async () => {
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

    await page.getByRole('menuitem', { name: '机构管理' }).click();
    await page.locator('.ant-table').getByRole('cell', { name: '临溪市自来水有限公司', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '新增机构' }).count()).toBe(0);
    expect(
      await page
        .locator('.ant-table-row')
        .getByRole('button', { name: /^(编辑|停用|启用)$/ })
        .count(),
    ).toBe(0);
    // Only a unit's 小程序码, for the posters in its service hall: a PNG whose code opens the home page with `u=<id>`.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载「临溪市自来水有限公司」的小程序码' }).click()]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(decodeQrPng(png)).toMatch(/^weimin-fake-wxacode:pages\/home\/index\?scene=u=\d+$/);
    expect(await page.getByRole('button', { name: '下载「临溪市人力资源和社会保障局」的小程序码' }).count()).toBe(0);

    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.locator('.ant-table').getByText('登录成功').first().waitFor();

    await expectForbidden(page, '/accounts');
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('hrss.staff: neither 账号管理 nor 审计日志, and their addresses answer 无权访问', async () => {
    const { page, problems } = await as('hrss.staff');
    expect(await menuLabels(page)).toEqual(['工作台', '留言办理', '政策解读', '公众参与', '依申请公开']);
    // Agency counts without links into 机构管理, which this role cannot open.
    await page.getByText('政府部门', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: /政府部门/ }).count()).toBe(0);

    await expectForbidden(page, '/accounts');
    await expectForbidden(page, '/audit');
    await expectForbidden(page, '/agencies');
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it("hrss.head: a read-only 账号管理 with only 人社局's accounts", async () => {
    const { page, problems } = await as('hrss.head');
    // 统计分析 holds only 年度报告 for a department's head: their own department's report.
    expect(await menuLabels(page)).toEqual(['工作台', '留言办理', '政策解读', '公众参与', '依申请公开', '统计分析', '账号管理']);

    await page.getByRole('button', { name: '用户菜单：李静' }).click();
    expect(await page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').innerText()).toMatch(/李静[\s\S]*临溪市人力资源和社会保障局[\s\S]*承办单位负责人/);
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: '账号管理' }).click();
    await page.getByText('仅显示临溪市人力资源和社会保障局的账号').waitFor();
    const table = page.locator('.ant-table');
    await table.getByRole('cell', { name: 'hrss.staff', exact: true }).waitFor();
    await table.getByRole('cell', { name: 'hrss.head', exact: true }).waitFor();
    const agencies = await table.locator('tbody tr.ant-table-row td:nth-child(3)').allInnerTexts();
    expect(agencies.length).toBeGreaterThanOrEqual(2);
    expect(new Set(agencies)).toEqual(new Set(['临溪市人力资源和社会保障局']));
    expect(await page.getByRole('button', { name: '新建账号' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: '操作' }).count()).toBe(0);
    expect(await page.getByLabel('按机构筛选账号').count()).toBe(0);

    await expectForbidden(page, '/audit');
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });
});

describe('admin console: accounts, lockout and the audit log', () => {
  /** The admin's browser and a second one for the accounts being tried out. */
  let adminBrowser: TestBrowser;
  let userBrowser: TestBrowser;
  let admin: ApiSession;

  beforeAll(async () => {
    [adminBrowser, userBrowser] = await Promise.all([launchBrowser(), launchBrowser()]);
    const { page } = await openPage(adminBrowser);
    await signIn(page, 'admin');
    await page.close();
    admin = await apiSignIn('admin');
  });

  afterAll(async () => {
    await Promise.all([adminBrowser?.close(), userBrowser?.close()]);
  });

  /** The 账号管理 row of one account, found by searching for its username. */
  async function accountRow(page: Page, username: string): Promise<Locator> {
    await page.goto(`${baseUrl()}/admin/accounts?q=${encodeURIComponent(username)}`);
    const table = page.locator('.ant-table');
    await expectRows(table, 1);
    return table.getByRole('row', { name: new RegExp(username.replace(/\./g, '\\.')) });
  }

  it('admin creates an account in the form (roles follow the agency, server errors land on fields) and it can sign in', async () => {
    const { page, problems } = await openPage(adminBrowser);
    await page.goto(`${baseUrl()}/admin/accounts`);
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = await openedDialog(page, '新建账号');

    // The browser checks what the server would refuse.
    await dialog.getByLabel('用户名', { exact: true }).fill('Bad Name');
    await dialog.getByLabel('初始密码', { exact: true }).fill('password');
    await dialog.getByRole('button', { name: /^创\s?建$/ }).click();
    await dialog.getByText('用户名为3-64位小写字母、数字、点、横线或下划线，以字母开头').waitFor();
    await dialog.getByText('密码须包含大写字母、小写字母、数字、符号中的至少三类').waitFor();
    await dialog.getByText('请先选择所属机构').waitFor();

    const username = `created.${RUN}`;
    await dialog.getByLabel('用户名', { exact: true }).fill(username);
    await dialog.getByLabel('姓名', { exact: true }).fill('新同事');
    await choose(page, dialog.getByLabel('所属机构'), '临溪市人力资源和社会保障局', '人力资源');
    // Office and admin roles are for the office's accounts only.
    for (const role of ['政务公开办工作人员', '政务公开办负责人', '系统管理员']) {
      expect(await dialog.getByRole('checkbox', { name: role }).isDisabled()).toBe(true);
    }
    await dialog.getByRole('checkbox', { name: '承办单位工作人员' }).check();
    await dialog.getByLabel('初始密码', { exact: true }).fill('New-Passw0rd');
    await dialog.getByLabel('确认初始密码', { exact: true }).fill('New-Passw0rd');
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/admin/accounts') && response.status() === 201),
      dialog.getByRole('button', { name: /^创\s?建$/ }).click(),
    ]);
    await page.getByText(`账号「${username}」已创建`).waitFor();
    const row = page.locator('.ant-table').getByRole('row', { name: new RegExp(username.replace(/\./g, '\\.')) });
    expect(await row.innerText()).toMatch(/新同事[\s\S]*临溪市人力资源和社会保障局[\s\S]*承办单位工作人员[\s\S]*正常[\s\S]*从未登录/);

    // The same username again: the server's 409 lands on the username field.
    await page.getByRole('button', { name: '新建账号' }).click();
    await dialog.getByLabel('用户名', { exact: true }).fill(username);
    await dialog.getByLabel('姓名', { exact: true }).fill('重名');
    await choose(page, dialog.getByLabel('所属机构'), '临溪市人力资源和社会保障局', '人力资源');
    await dialog.getByRole('checkbox', { name: '承办单位工作人员' }).check();
    await dialog.getByLabel('初始密码', { exact: true }).fill('New-Passw0rd');
    await dialog.getByLabel('确认初始密码', { exact: true }).fill('New-Passw0rd');
    await dialog.getByRole('button', { name: /^创\s?建$/ }).click();
    await dialog.locator('.ant-form-item-explain-error', { hasText: '用户名已被使用' }).waitFor();
    await dialog.getByRole('button', { name: /^取\s?消$/ }).click();

    // The new account signs in, as an agency's staff member.
    await userBrowser.context.clearCookies();
    const user = await openPage(userBrowser);
    await user.page.goto(`${baseUrl()}/admin/login`);
    await submitLogin(user.page, username, 'New-Passw0rd');
    await user.page.getByRole('button', { name: '用户菜单：新同事' }).waitFor();
    expect(await menuLabels(user.page)).toEqual(['工作台', '留言办理', '政策解读', '公众参与', '依申请公开']);

    await expectNoProblems(page, problems, { answered: ['409 /api/admin/accounts'] });
    await expectNoProblems(user.page, user.problems);
  });

  it('admin edits an account: display name and roles, limited by the agency', async () => {
    const account = await createAccount(admin, 'edited', 'dept-edu', ['agency_staff']);
    const { page, problems } = await openPage(adminBrowser);
    const row = await accountRow(page, account.username);
    await row.getByRole('button', { name: /^编\s?辑$/ }).click();
    const dialog = await openedDialog(page, `编辑账号：${account.username}`);
    await dialog.getByLabel('姓名', { exact: true }).fill('改过的名字');
    await dialog.getByRole('checkbox', { name: '承办单位负责人' }).check();
    expect(await dialog.getByRole('checkbox', { name: '系统管理员' }).isDisabled()).toBe(true);

    // Moved to the office, the office roles become available.
    await choose(page, dialog.getByLabel('所属机构'), '临溪市政务公开办', '政务公开');
    await dialog.getByRole('checkbox', { name: '政务公开办工作人员' }).check();
    // And back to a department: the office role is dropped, not left checked.
    await choose(page, dialog.getByLabel('所属机构'), '临溪市教育局', '教育');
    expect(await dialog.getByRole('checkbox', { name: '政务公开办工作人员' }).isChecked()).toBe(false);
    await dialog.getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByText(`账号「${account.username}」已保存`).waitFor();
    await page.getByRole('cell', { name: '改过的名字' }).waitFor();
    expect(await row.innerText()).toMatch(/改过的名字[\s\S]*临溪市教育局[\s\S]*承办单位工作人员[\s\S]*承办单位负责人/);

    await expectNoProblems(page, problems);
  });

  it('locks an account after 5 failures, refuses even the right password, and the admin unlocks it; the audit log shows it', async () => {
    const account = await createAccount(admin, 'locked', 'dept-hrss', ['agency_staff']);

    await userBrowser.context.clearCookies();
    const user = await openPage(userBrowser);
    await user.page.goto(`${baseUrl()}/admin/login`);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitLogin(user.page, account.username, `Wrong-Passw0rd${attempt}`);
      await user.page.getByRole('alert').getByText(SIGN_IN_REFUSED).waitFor();
    }
    await submitLogin(user.page, account.username, account.password);
    await user.page.getByRole('alert').getByText(SIGN_IN_REFUSED).waitFor();
    expect(user.page.url()).toBe(`${baseUrl()}/admin/login`);

    const { page, problems } = await openPage(adminBrowser);
    const row = await accountRow(page, account.username);
    await row.getByText('已锁定').waitFor();
    await row.getByRole('button', { name: /^解\s?锁$/ }).click();
    await page.getByText(`已解除「${account.username}」的锁定`).waitFor();
    await row.getByText('正常').waitFor();
    expect(await row.getByRole('button', { name: /^解\s?锁$/ }).count()).toBe(0);

    await submitLogin(user.page, account.username, account.password);
    await user.page.getByRole('button', { name: '用户菜单：测试人员' }).waitFor();

    // 审计日志: the lock, and the five refusals (four wrong passwords, then the right one while locked).
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    const table = page.locator('.ant-table');
    await table.getByText('登录成功').first().waitFor();
    await choose(page, page.getByLabel('操作', { exact: true }), '账号锁定');
    await page.getByLabel('对象ID', { exact: true }).fill(String(account.id));
    await page.getByRole('button', { name: /^查\s?询$/ }).click();
    await expectRows(table, 1);
    const locked = table.getByRole('row', { name: /账号锁定/ });
    expect(await locked.innerText()).toMatch(
      new RegExp(
        `账号锁定[\\s\\S]*账号 #${account.id}[\\s\\S]*承办单位工作人员[\\s\\S]*临溪市人力资源和社会保障局[\\s\\S]*账号 #${account.id}[\\s\\S]*5 failures[\\s\\S]*127\\.0\\.0\\.1`,
      ),
    );
    // Shown in local time, not as the API's ISO string.
    expect(await locked.locator('time').innerText()).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);

    await choose(page, page.getByLabel('操作', { exact: true }), '登录失败');
    await page.getByRole('button', { name: /^查\s?询$/ }).click();
    await expectRows(table, 5);
    await page.getByText('共 5 条').waitFor();
    expect(await table.getByText('wrong password').count()).toBe(4);
    expect(await table.getByText('locked', { exact: true }).count()).toBe(1);

    await expectNoProblems(page, problems);
    await expectNoProblems(user.page, user.problems, { answered: ['401 /api/staff/session'] });
  });

  it('pages the audit log on the server and filters by date', async () => {
    const { page, problems } = await openPage(adminBrowser);
    await page.goto(`${baseUrl()}/admin/audit`);
    const table = page.locator('.ant-table');
    await expectRows(table, 20);
    const total = Number((await page.getByText(/^共 \d+ 条$/).innerText()).match(/\d+/)![0]);
    expect(total).toBeGreaterThan(20);
    const firstPage = await table.locator('tbody tr.ant-table-row').first().innerText();
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/admin/audit?') && response.url().includes('page=2')),
      page.locator('.ant-pagination-item-2').click(),
    ]);
    // The response comes before the render: wait for the table to show another first row.
    await page.waitForFunction(
      (previous) => (document.querySelector('.ant-table tbody tr.ant-table-row') as HTMLElement | null)?.innerText !== previous,
      firstPage,
    );
    expect(await table.locator('tbody tr.ant-table-row').first().innerText()).not.toBe(firstPage);

    // A range in the past holds nothing from this run.
    await page.getByPlaceholder('开始日期').fill('2001-01-01');
    await page.getByPlaceholder('结束日期').fill('2001-01-31');
    await page.keyboard.press('Enter');
    await Promise.all([
      page.waitForResponse((response) => response.url().includes('from=2001-01-01') && response.url().includes('to=2001-01-31')),
      page.getByRole('button', { name: /^查\s?询$/ }).click(),
    ]);
    await page.getByText('没有符合条件的记录').waitFor();

    await expectNoProblems(page, problems);
  });

  it('admin resets a password and disables and enables an account, each after a confirmation', async () => {
    const account = await createAccount(admin, 'reset', 'pe-water-city', ['agency_staff']);
    const { page, problems } = await openPage(adminBrowser);
    const row = await accountRow(page, account.username);

    await row.getByRole('button', { name: '重置密码' }).click();
    const dialog = await openedDialog(page, `重置密码：${account.username}`);
    await dialog.getByLabel('新密码', { exact: true }).fill('Reset-Passw0rd');
    await dialog.getByLabel('确认新密码', { exact: true }).fill('Reset-Passw0rd!');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await dialog.getByText('两次输入的密码不一致').waitFor();
    await dialog.getByLabel('确认新密码', { exact: true }).fill('Reset-Passw0rd');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await page.getByText(`已重置「${account.username}」的密码，该账号需用新密码重新登录`).waitFor();
    await apiSignIn(account.username, 'Reset-Passw0rd');

    await row.getByRole('button', { name: /^停\s?用$/ }).click();
    const confirm = page.locator('.ant-popconfirm:not(.ant-popover-hidden)');
    await confirm.getByText(`停用账号「${account.username}」？`).waitFor();
    await confirmPopup(page, '停用');
    await page.getByText(`已停用「${account.username}」`).waitFor();
    await row.getByText('已停用').waitFor();

    await row.getByRole('button', { name: /^启\s?用$/ }).click();
    await confirmPopup(page, '启用');
    await page.getByText(`已启用「${account.username}」`).waitFor();
    await row.getByText('正常').waitFor();

    // The admin's own row offers no 停用.
    const own = await accountRow(page, 'admin');
    await own.getByRole('button', { name: /^编\s?辑$/ }).waitFor();
    expect(await own.getByRole('button', { name: /^停\s?用$/ }).count()).toBe(0);

    await expectNoProblems(page, problems);
  });
});

describe('admin console: sessions ending', () => {
  let adminBrowser: TestBrowser;
  let userBrowser: TestBrowser;
  let admin: ApiSession;

  beforeAll(async () => {
    [adminBrowser, userBrowser] = await Promise.all([launchBrowser(), launchBrowser()]);
    admin = await apiSignIn('admin');
    const { page } = await openPage(adminBrowser);
    await signIn(page, 'admin');
    await page.close();
  });

  afterAll(async () => {
    await Promise.all([adminBrowser?.close(), userBrowser?.close()]);
  });

  it('logs out from the user menu, back to the login page, and the console stays closed', async () => {
    const { page, problems } = await signedOutPage(userBrowser);
    await signIn(page, 'edu.staff');
    await page.getByRole('button', { name: '用户菜单：赵婷' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL(`${baseUrl()}/admin/login`);
    expect(await page.getByText(SESSION_EXPIRED).count()).toBe(0);

    await page.goto(`${baseUrl()}/admin/`);
    await page.waitForURL(`${baseUrl()}/admin/login`);
    await page.getByText('工作人员登录').waitFor();

    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('changes the password in the dialog: server errors on their fields, then the new password signs in', async () => {
    const account = await createAccount(admin, 'changer', 'dept-edu', ['agency_staff']);
    const { page, problems } = await signedOutPage(userBrowser);
    await page.goto(`${baseUrl()}/admin/login`);
    await submitLogin(page, account.username, account.password);
    await page.getByRole('button', { name: '用户菜单：测试人员' }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    const dialog = await openedDialog(page, '修改密码');
    await dialog.getByText('至少8位，包含大写字母、小写字母、数字、符号中的至少三类').waitFor();

    await dialog.getByLabel('当前密码', { exact: true }).fill('Not-The-Passw0rd');
    await dialog.getByLabel('新密码', { exact: true }).fill('weakpassword');
    await dialog.getByLabel('确认新密码', { exact: true }).fill('weakpassword');
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await dialog.getByText('密码须包含大写字母、小写字母、数字、符号中的至少三类').waitFor();

    await dialog.getByLabel('新密码', { exact: true }).fill('Changed-Passw0rd');
    await dialog.getByLabel('确认新密码', { exact: true }).fill('Changed-Passw0rd');
    await dialog.getByRole('button', { name: '确认修改' }).click();
    // The server's verdict on the current password, on its field.
    await dialog.locator('.ant-form-item-explain-error', { hasText: '当前密码不正确' }).waitFor();

    await dialog.getByLabel('当前密码', { exact: true }).fill(account.password);
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await page.getByText('密码已修改，其他设备上的登录已退出').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await apiSignIn(account.username, 'Changed-Passw0rd');

    await expectNoProblems(page, problems, { answered: ['400 /api/staff/password'] });
  });

  it('sends the page back to login on its next request once the admin disables the account, and returns to that page after', async () => {
    const account = await createAccount(admin, 'disabled', 'dept-hrss', ['agency_head']);
    const user = await signedOutPage(userBrowser);
    await user.page.goto(`${baseUrl()}/admin/login`);
    await submitLogin(user.page, account.username, account.password);
    await user.page.getByRole('menuitem', { name: '账号管理' }).click();
    await user.page.locator('.ant-table').getByRole('cell', { name: 'hrss.head', exact: true }).waitFor();

    // The admin disables it in the console.
    const { page, problems } = await openPage(adminBrowser);
    await page.goto(`${baseUrl()}/admin/accounts?q=${account.username}`);
    const row = page.locator('.ant-table').getByRole('row', { name: new RegExp(account.username.replace(/\./g, '\\.')) });
    await row.getByRole('button', { name: /^停\s?用$/ }).click();
    await confirmPopup(page, '停用');
    await row.getByText('已停用').waitFor();

    // The user's next request (a search here) finds the session gone.
    await user.page.getByLabel('按用户名或姓名搜索账号').fill('hrss');
    await user.page.getByLabel('按用户名或姓名搜索账号').press('Enter');
    await user.page.waitForURL(`${baseUrl()}/admin/login?redirect=${encodeURIComponent('/accounts?q=hrss')}`);
    await user.page.getByText(SESSION_EXPIRED).waitFor();
    // No error toast on top of the notice.
    expect(await user.page.locator('.ant-message').getByText('登录已失效').count()).toBe(0);

    // While disabled, the right password is refused with the one message.
    await submitLogin(user.page, account.username, account.password);
    await user.page.getByRole('alert').getByText(SIGN_IN_REFUSED).waitFor();

    // Enabled again, the user signs in and is back where they were.
    await row.getByRole('button', { name: /^启\s?用$/ }).click();
    await confirmPopup(page, '启用');
    await row.getByText('正常').waitFor();
    await submitLogin(user.page, account.username, account.password);
    await user.page.waitForURL(`${baseUrl()}/admin/accounts?q=hrss`);
    await user.page.locator('.ant-table').getByRole('cell', { name: 'hrss.head', exact: true }).waitFor();

    await expectNoProblems(page, problems);
    await expectNoProblems(user.page, user.problems, { answered: ['401 /api/admin/accounts?q=hrss', '401 /api/staff/session'] });
  });

  it('notices a session ended from another tab (DELETE /api/staff/session) on the next navigation', async () => {
    const user = await signedOutPage(userBrowser);
    await signIn(user.page, 'water.head');
    await user.page.getByRole('menuitem', { name: '账号管理' }).click();
    await user.page.locator('.ant-table').getByRole('cell', { name: 'water.staff', exact: true }).waitFor();

    const other = await userBrowser.context.newPage();
    await other.goto(`${baseUrl()}/admin/login`);
    expect(await other.evaluate(async () => (await fetch('/api/staff/session', { method: 'DELETE' })).status)).toBe(204);
    await other.close();

    // The navigation's session check notices, and so may the 工作台's own counts if they are asked for first: either 401
    // ends the session once, on the login page.
    await user.page.getByRole('menuitem', { name: '工作台' }).click();
    await user.page.waitForURL(`${baseUrl()}/admin/login`);
    await user.page.getByText(SESSION_EXPIRED).waitFor();

    await expectNoProblems(user.page, user.problems, { answered: ['401 /api/staff/session', '401 /api/admin/workbench'] });
  });
});

describe('admin console: 机构管理 for the admin', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { page } = await signedOutPage(browser);
    await signIn(page, 'admin');
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates, edits and disables an agency; the office cannot be disabled', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/admin/agencies`);
    const table = page.locator('.ant-table');
    await table.getByRole('cell', { name: '临溪市自来水有限公司', exact: true }).waitFor();
    const officeRow = table.getByRole('row', { name: /临溪市政务公开办/ });
    await officeRow.getByRole('button', { name: /^编\s?辑$/ }).waitFor();
    expect(await officeRow.getByRole('button', { name: /^停\s?用$/ }).count()).toBe(0);

    await page.getByRole('button', { name: '新增机构' }).click();
    const dialog = await openedDialog(page, '新增机构');
    const name = `临溪市测试供热公司${RUN}`;
    await dialog.getByLabel('机构代码', { exact: true }).fill('Bad_Code');
    await dialog.getByRole('button', { name: /^新\s?增$/ }).click();
    await dialog.getByText('机构代码为2-48位小写字母、数字或横线，以字母开头').waitFor();
    await dialog.getByLabel('机构代码', { exact: true }).fill(`pe-heat-${RUN}`);
    await choose(page, dialog.getByLabel('类型', { exact: true }), '公共企事业单位');
    await dialog.getByLabel('机构名称', { exact: true }).fill(name);
    await dialog.getByRole('button', { name: /^新\s?增$/ }).click();
    await dialog.getByText('公共企事业单位须选择行业').waitFor();
    await choose(page, dialog.getByLabel('行业', { exact: true }), '供热');
    await dialog.getByLabel('服务热线', { exact: true }).fill('0000-1234');
    await dialog.getByRole('button', { name: /^新\s?增$/ }).click();
    await page.getByText('机构已新增').waitFor();

    const row = table.getByRole('row', { name: new RegExp(name) });
    expect(await row.innerText()).toMatch(/公共企事业单位[\s\S]*供热[\s\S]*0000-1234[\s\S]*启用/);

    // The same code again: the server's 409 on the code field.
    await page.getByRole('button', { name: '新增机构' }).click();
    await dialog.getByLabel('机构代码', { exact: true }).fill(`pe-heat-${RUN}`);
    await choose(page, dialog.getByLabel('类型', { exact: true }), '政府部门');
    await dialog.getByLabel('机构名称', { exact: true }).fill('重复代码的机构');
    await dialog.getByRole('button', { name: /^新\s?增$/ }).click();
    await dialog.locator('.ant-form-item-explain-error', { hasText: '机构代码已被使用' }).waitFor();
    await dialog.getByRole('button', { name: /^取\s?消$/ }).click();

    await row.getByRole('button', { name: /^编\s?辑$/ }).click();
    const edit = await openedDialog(page, `编辑机构：${name}`);
    expect(await edit.getByLabel('机构名称', { exact: true }).inputValue()).toBe(name);
    await edit.getByLabel('服务热线', { exact: true }).fill('0000-5678');
    await edit.getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByText('机构已保存').waitFor();
    await row.getByText('0000-5678').waitFor();

    await row.getByRole('button', { name: /^停\s?用$/ }).click();
    await confirmPopup(page, '停用');
    await page.getByText(`已停用「${name}」`).waitFor();
    await row.getByText('已停用').waitFor();
    // Out of the public directory, still in 机构管理.
    const publicList = (await (await fetch(`${baseUrl()}/api/agencies`)).json()) as Array<{ name: string }>;
    expect(publicList.some((agency) => agency.name === name)).toBe(false);

    await choose(page, page.getByLabel('按状态筛选机构'), '已停用');
    await table.getByRole('cell', { name }).waitFor();

    await expectNoProblems(page, problems, { answered: ['409 /api/admin/agencies'] });
  });
});
