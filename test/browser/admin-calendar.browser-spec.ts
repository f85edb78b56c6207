// 系统设置 → 节假日安排 (issue 10, point 14): on 1 December, with 2027 not entered, the console warns; the administrator
// opens the page from the warning, enters the year's holidays with one more day, and sees that day marked 休. The BFF
// runs on its own with its clock moved to 1 December 2026 (libfaketime), so the test does not depend on today's date.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { expectNoProblems, openedDialog, signedOutPage, signIn } from './admin-helpers';

const SCREENS = join(__dirname, '../.artifacts/screens');

describe('admin console: 节假日安排', () => {
  let browser: TestBrowser;
  let server: ServerProcess;
  const suiteUrl = process.env.WEIMIN_BASE_URL;

  beforeAll(async () => {
    server = await startServerProcess({ BACKGROUND_JOBS: 'false' }, { faketime: '2026-12-01 02:00:00' }); // 10:00 in China
    process.env.WEIMIN_BASE_URL = server.url; // the helpers go to this server
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    process.env.WEIMIN_BASE_URL = suiteUrl;
  });

  const day = (page: Page, date: string) => page.locator(`[data-date="${date}"]`);

  it('warns on 1 December, and the administrator enters 2027 from the warning and sees the new holiday marked', async () => {
    const { page, problems } = await signedOutPage(browser);
    await signIn(page, 'admin');
    const warning = page.getByRole('alert').filter({ hasText: '2027年节假日安排尚未录入' });
    await warning.waitFor();

    await warning.getByRole('button', { name: /去\s?录\s?入/ }).click();
    await page.waitForURL((url) => url.pathname === '/admin/settings/calendar' && url.searchParams.get('year') === '2027');
    await page.getByText('未录入', { exact: true }).waitFor();
    // 元旦 2027 is in the file (provisional): marked, not by colour alone.
    expect(await day(page, '2027-01-01').getAttribute('data-kind')).toBe('holiday');
    expect(await day(page, '2027-01-01').innerText()).toContain('休');
    expect(await day(page, '2027-02-12').getAttribute('data-kind')).toBe('workday');
    await page.screenshot({ path: join(SCREENS, 'calendar-2027-missing.png'), fullPage: true });

    await page.getByRole('button', { name: /录入本年安排/ }).click();
    const dialog = await openedDialog(page, '录入2027年节假日安排');
    // The file's provisional days come without names: each holiday needs one.
    const names = dialog.getByLabel('放假日期名称');
    for (let i = 0; i < (await names.count()); i += 1) await names.nth(i).fill(i === 0 ? '元旦' : '节假日');
    await dialog.getByRole('button', { name: '添加放假日期' }).click();
    const dates = dialog.getByLabel('放假日期日期');
    await dates.last().click();
    await dates.last().fill('2027-02-12');
    await dates.last().press('Enter');
    await names.last().fill('春节');
    await dialog.screenshot({ path: join(SCREENS, 'calendar-2027-dialog.png') });
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByText('后台录入', { exact: true }).first().waitFor();
    await page.waitForFunction(() => document.querySelector('[data-date="2027-02-12"]')?.getAttribute('data-kind') === 'holiday');
    expect(await day(page, '2027-02-12').innerText()).toContain('休');
    expect(await day(page, '2027-02-12').getAttribute('title')).toContain('春节');
    await page.getByRole('row', { name: /2027-02-12.*春节/ }).waitFor();
    // The warning is gone once the year is entered.
    await warning.waitFor({ state: 'detached' });
    await page.screenshot({ path: join(SCREENS, 'calendar-2027-entered.png'), fullPage: true });
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] }); // the session check before signing in
  });
});
