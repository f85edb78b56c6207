// 公共企事业单位信息公开 (docs/domain.md §2) across the console and the mini-program: a unit's staff publish a notice in
// /admin and citizens read it on the unit's page in /h5; the office watches the freshness board (更新提示), on which
// the demo city's deliberately stale units show red.
import { readFileSync } from 'node:fs';
import type { NotificationView } from '@weimin/contracts';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { decodeQrPng, PNG_SIGNATURE } from '../support/qr';
import { apiSignIn, expectNoProblems, openedDialog, settled, signedInPage, signedOutPage, signIn } from './admin-helpers';

const RUN = Date.now().toString(36);
const WATER = '临溪市自来水有限公司';

describe('public-enterprise notices: console and mini-program', () => {
  let browser: TestBrowser;
  let mobile: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
    mobile = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });

  afterAll(async () => {
    await browser?.close();
    await mobile?.close();
  });

  const as = (username: string) => signedInPage(browser, username);

  /** The items of the 公共企事业单位 group, opened. */
  async function unitMenu(page: Page): Promise<string[]> {
    await page.getByRole('menuitem', { name: '公共企事业单位' }).click();
    const group = page.locator('.ant-menu-sub');
    await group.getByRole('menuitem').first().waitFor();
    // The group slides open; a click on one of its items before it has settled can land beside it.
    await settled(group);
    return (await group.getByRole('menuitem').allInnerTexts()).map((text) => text.trim());
  }

  it('water.staff publishes an outage notice in 信息公开; it appears on the unit’s page in /h5 and leaves it once withdrawn', async () => {
    const title = `城东片区计划停水通知${RUN}`;
    const { page, problems } = await as('water.staff');
    expect(await unitMenu(page)).toEqual(['信息公开']);
    await page.getByRole('menuitem', { name: '信息公开' }).click();
    await page.waitForURL(`${baseUrl()}/admin/notices`);
    await page.locator('.ant-card-head-title', { hasText: '信息公开' }).waitFor();
    await page.locator('.ant-card-extra').getByText(WATER, { exact: true }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();

    await page.getByRole('button', { name: '发布信息' }).click();
    const dialog = await openedDialog(page, '发布信息');
    await dialog.getByLabel('标题', { exact: true }).fill(title);
    await dialog.getByLabel('有效期开始').fill('2030-06-01T08:00');
    await dialog.getByLabel('有效期结束').fill('2030-06-01T18:00');
    await dialog.getByLabel('正文', { exact: true }).fill('因管网碰口施工，城东片区停水。\n\n**停水时间**：6月1日8时至18时。<script>alert(1)</script>');
    await dialog.locator('strong', { hasText: '停水时间' }).waitFor();
    await dialog.getByRole('button', { name: /^发\s?布$/ }).click();
    await page.getByText('信息已发布').waitFor();
    const row = page.locator('.ant-table').getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/便民公告[\s\S]*已发布/);

    // 小程序码 for a poster in the service hall: a PNG whose code opens the mini-program's home page with the notice's
    // scene (the fake WeChat server draws a plain QR code that says so).
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: `下载「${title}」的小程序码` }).click()]);
    await page.getByText('小程序码已下载').waitFor();
    const png = readFileSync((await download.path())!);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(download.suggestedFilename()).toMatch(/^wxacode-notice-\d+\.png$/);
    const noticeId = download.suggestedFilename().replace(/\D/g, '');
    expect(decodeQrPng(png)).toBe(`weimin-fake-wxacode:pages/home/index?scene=n=${noticeId}`);

    // The citizen's side: the unit page's 便民公告 tab lists it; its detail shows the body, bold kept, script as text.
    const h5 = await mobile.context.newPage();
    const h5Problems: string[] = [];
    h5.on('pageerror', (error) => h5Problems.push(error.message));
    h5.on('dialog', (d) => {
      h5Problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const units = (await (await fetch(`${baseUrl()}/api/agencies?kind=public_enterprise`)).json()) as Array<{ id: number; name: string }>;
    const water = units.find((unit) => unit.name === WATER)!;
    await h5.goto(`${baseUrl()}/h5/packages/units/pages/detail/index?id=${water.id}`);
    await h5.getByText('便民公告', { exact: true }).waitFor();
    await h5.getByText('公共服务', { exact: true }).waitFor();
    await h5.getByText('公开制度', { exact: true }).waitFor();
    await h5.getByText(title, { exact: true }).click();
    await h5.waitForURL(/\/h5\/packages\/units\/pages\/notice\/index\?id=\d+$/);
    await h5.getByText('因管网碰口施工，城东片区停水。').waitFor();
    await h5.getByText('停水时间', { exact: true }).waitFor();
    await h5.getByText(/影响时段：2030-06-01 08:00 至 2030-06-01 18:00/).waitFor();
    await h5.getByText('就此信息给该单位留言', { exact: true }).waitFor();
    await h5.getByText('<script>alert(1)</script>').waitFor();

    // Scanning the code opens the home page with the scene, which goes on to the notice.
    await h5.goto(`${baseUrl()}/h5/pages/home/index?scene=${encodeURIComponent(`n=${noticeId}`)}`);
    await h5.waitForURL(new RegExp(`/h5/packages/units/pages/notice/index\\?id=${noticeId}$`));
    await h5.getByText('因管网碰口施工，城东片区停水。').waitFor();
    expect(h5Problems).toEqual([]);

    // Withdrawn with a reason: gone from the unit's page.
    await row.getByRole('button', { name: '撤回' }).click();
    const withdraw = await openedDialog(page, /^撤回信息/);
    await withdraw.getByLabel('撤回理由').fill('施工计划推迟');
    await withdraw.getByRole('button', { name: /^撤\s?回$/ }).click();
    await page.getByText('信息已撤回').waitFor();
    await h5.goto(`${baseUrl()}/h5/packages/units/pages/detail/index?id=${water.id}`);
    await h5.getByText('便民公告', { exact: true }).waitFor();
    await h5.locator('.notices__item').first().waitFor();
    expect(await h5.getByText(title, { exact: true }).count()).toBe(0);
    await h5.close();

    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('office.staff sees the stale demo units red on 更新提示, and filters by industry and state', async () => {
    const { page, problems } = await as('office.staff');
    expect(await unitMenu(page)).toEqual(['信息公开', '更新提示']);
    await page.getByRole('menuitem', { name: '更新提示' }).click();
    await page.waitForURL(`${baseUrl()}/admin/notice-freshness`);

    const qingshi = page.locator('.ant-table').getByRole('row', { name: /临溪供电公司青石供电所/ });
    await qingshi.waitFor();
    const stale = qingshi.locator('.ant-tag-error');
    await stale.first().waitFor();
    expect(await stale.count()).toBe(2);
    expect(await qingshi.innerText()).toMatch(/超期未更新 · 50天/);
    const cityWater = page.locator('.ant-table').getByRole('row', { name: new RegExp(WATER) });
    expect(await cityWater.locator('.ant-tag-success').count()).toBe(3);

    await page.getByText('超期未更新', { exact: true }).click();
    await page
      .locator('.ant-table')
      .getByRole('row', { name: /临溪市环境卫生管理处/ })
      .waitFor();
    await cityWater.waitFor({ state: 'detached' });

    await page.getByLabel('按行业筛选').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '供电' }).click();
    await page
      .locator('.ant-table')
      .getByRole('row', { name: /临溪市环境卫生管理处/ })
      .waitFor({ state: 'detached' });
    await qingshi.waitFor();
    const rows = await page.locator('.ant-table tbody tr.ant-table-row').allInnerTexts();
    expect(rows.every((text) => text.includes('供电'))).toBe(true);

    // 信息公开 for the office: every unit's notices, read-only.
    await page.getByRole('menuitem', { name: '信息公开' }).click();
    await page.waitForURL(`${baseUrl()}/admin/notices`);
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: '发布信息' }).count()).toBe(0);
    // The office reads every unit's notices: nothing to change, only each published one's 小程序码 to download.
    expect(
      await page
        .locator('.ant-table-row')
        .getByRole('button', { name: /^(修改|撤回)$/ })
        .count(),
    ).toBe(0);
    await page
      .locator('.ant-table-row')
      .first()
      .getByRole('button', { name: /的小程序码$/ })
      .waitFor();
    await page.getByRole('columnheader', { name: '单位' }).waitFor();

    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('renders an XSS corpus sanitised by the BFF without running any of it, in /h5 and in /admin (docs/security.md §14)', async () => {
    const corpus = [
      '<p>停电检修说明</p><script>alert(1)</script>',
      '<img src=x onerror=alert(2)>',
      '<a href="javascript:alert(3)">点我查看</a>',
      '<svg onload=alert(4)></svg>',
      '<p style="background:url(javascript:alert(5))" onmouseover="alert(6)">鼠标经过</p>',
      '<iframe src="javascript:alert(7)"></iframe>',
      '<details open ontoggle=alert(8)><summary>x</summary></details>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(9)></style></mglyph></table></mtext></math>',
      '<a href="https://power.example.cn/plan">检修计划</a>',
    ].join('');
    const head = await apiSignIn('water.head');
    const published = await head.call('/api/admin/notices', { method: 'POST', json: { section: 'services', title: `安全测试${RUN}`, bodyHtml: corpus } });
    expect(published.status).toBe(201);
    expect(published.body.bodyHtml).not.toMatch(/<script|onerror|onload|ontoggle|onmouseover|javascript:|style=|<iframe|<svg|<img/i);

    const dialogs: string[] = [];
    const h5 = await mobile.context.newPage();
    h5.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await h5.goto(`${baseUrl()}/h5/packages/units/pages/notice/index?id=${published.body.id}`);
    await h5.getByText('停电检修说明').waitFor();
    await h5.getByText('鼠标经过').hover();
    await h5.getByText('点我查看').click();
    await h5.getByText('检修计划').waitFor();
    await h5.close();

    const { page, problems } = await as('water.head');
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${baseUrl()}/admin/notices`);
    const row = page.locator('.ant-table').getByRole('row', { name: new RegExp(`安全测试${RUN}`) });
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByText('停电检修说明').waitFor();
    await page.getByText('鼠标经过').hover();
    const body = page.locator('.ant-table-expanded-row');
    expect(await body.locator('script, iframe, img, svg, math, details').count()).toBe(0);
    expect(await page.getByRole('link', { name: '检修计划' }).getAttribute('rel')).toBe('noopener noreferrer');
    expect(dialogs).toEqual([]);
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('shows a unit’s update reminder in the bell and in 通知, linking to 信息公开', async () => {
    // Reminders come from the scan every quarter hour (tested over the API): stood in for here.
    const { page, problems } = await signedOutPage(browser);
    const reminder: NotificationView = {
      id: 3_000_001,
      kind: 'notice_stale',
      subject: null,
      text: '「便民公告」栏目已20天未更新（要求14天内更新），请及时发布',
      createdAt: '2026-01-10T01:00:00.000Z',
    };
    await page.route('**/api/admin/notifications', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify([reminder]) }),
    );
    await signIn(page, 'water.staff');
    await page.getByRole('button', { name: '通知：1 条未读' }).click();
    const popover = page.locator('.ant-popover:not(.ant-popover-hidden)');
    await popover.getByText('更新提醒', { exact: true }).waitFor();
    expect(await popover.getByRole('link', { name: reminder.text }).getAttribute('href')).toBe('/admin/notices');
    await popover.getByRole('link', { name: reminder.text }).click();
    await page.waitForURL(`${baseUrl()}/admin/notices`);
    await page.goto(`${baseUrl()}/admin/notifications`);
    expect(await page.locator('.ant-table').getByRole('link', { name: reminder.text }).getAttribute('href')).toBe('/admin/notices');
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('hrss.staff (a department) has no 公共企事业单位 pages: only units publish, only the office watches', async () => {
    const { page, problems } = await as('hrss.staff');
    expect(await page.getByRole('menuitem', { name: '公共企事业单位' }).count()).toBe(0);
    for (const path of ['/notices', '/notice-freshness']) {
      await page.goto(`${baseUrl()}/admin${path}`);
      await page.getByText('无权访问', { exact: true }).waitFor();
    }
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });
});
