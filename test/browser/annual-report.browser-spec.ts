/// <reference lib="dom" />
// 年度报告 (docs/domain.md §8) in the browser: the office opens 统计分析 → 年度报告 in the console and reads table 三 for a
// year, as the BFF answered it; then the report is published, and a citizen on /h5 (390 px) opens 政务公开 → 年度报告,
// the list, and the published report, whose tables scroll sideways in their own box while the page does not.
import type { AnnualReport, PublishedReport } from '@weimin/contracts';
import { REPORT_SECTION_HEADINGS, TABLE_THREE_COLUMNS } from '@weimin/contracts';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { apiSignIn, choose, expectNoProblems, openPage, signedOutPage, signIn } from './admin-helpers';
import { shown } from './h5-helpers';

const year = new Date().getFullYear() - 1;

/** The report the page asked the BFF for, as the BFF answered it, for the action that makes the page ask. */
async function reportAnswer(page: Page, action: () => Promise<unknown>): Promise<AnnualReport> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().startsWith(`${baseUrl()}/api/admin/reports/annual?year=${year}`) && r.status() === 200),
    action(),
  ]);
  return (await response.json()) as AnnualReport;
}

describe('年度报告: the console page and the published report on /h5', () => {
  let console_: TestBrowser;
  let phone: TestBrowser;

  beforeAll(async () => {
    console_ = await launchBrowser({ viewport: { width: 1440, height: 900 } });
    phone = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await console_?.close();
    await phone?.close();
  });

  it('统计分析 → 年度报告 shows table 三 of the chosen year, row by row as the BFF counted it', async () => {
    const { page, problems } = await signedOutPage(console_);
    await signIn(page, 'office.staff');
    const menu = page.getByRole('menu');
    const item = menu.getByRole('menuitem', { name: '年度报告' });
    if (!(await item.isVisible())) await menu.getByText('统计分析', { exact: true }).first().click();
    await item.click();
    await page.waitForURL(/\/admin\/stats\/annual-report$/);
    const report = await reportAnswer(page, () => choose(page, page.getByLabel('年度'), `${year}年`));
    expect(report.year).toBe(year);

    const table = page.getByRole('table', { name: '表三' });
    await table.waitFor();
    const counted = report.tableThree.filter((row) => row.cells !== null);
    expect(counted.length).toBeGreaterThan(20);
    for (const row of counted) {
      const cells = await table.locator(`tr[data-row="${row.key}"] td`).allInnerTexts();
      expect({ key: row.key, cells: cells.slice(-TABLE_THREE_COLUMNS.length).map(Number) }).toEqual({
        key: row.key,
        cells: TABLE_THREE_COLUMNS.map((column) => row.cells![column]),
      });
    }
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('政务公开 → 年度报告 on /h5 lists the report and its corrected version (已更正), and opens the current one, table 三 scrolling in its own box', async () => {
    const office = await apiSignIn('office.staff');
    // Published, then corrected: the list shows both, the first as 已更正.
    const first = await office.call(`/api/admin/reports/annual/${year}/publish`, { method: 'POST' });
    expect(first.status).toBe(201);
    const published = await office.call(`/api/admin/reports/annual/${year}/publish`, { method: 'POST' });
    expect(published.status).toBe(201);
    const body = published.body as PublishedReport;

    const { page, problems } = await openPage(phone);
    await page.goto(`${baseUrl()}/h5/`);
    await shown(page).getByText('年度报告', { exact: true }).click();
    await page.waitForURL(/\/h5\/packages\/disclosure\/pages\/reports\/index$/);
    const entries = shown(page).getByRole('link', { name: new RegExp(`^${body.title}`) });
    await entries.first().waitFor();
    expect(await entries.count()).toBe(2);
    await entries
      .nth(1)
      .locator('.reports__superseded', { hasText: /^已更正（\d{4}-\d{2}-\d{2}）$/ })
      .waitFor();
    expect(await entries.first().locator('.reports__superseded').count()).toBe(0);
    await entries.first().click();
    await page.waitForURL(/\/h5\/packages\/disclosure\/pages\/report\/index\?id=\d+$/);
    expect(Number(new URL(page.url()).searchParams.get('id'))).toBe(body.id);

    const report = shown(page);
    await page.locator('.report__title', { hasText: body.title }).waitFor();
    // The six parts in the official order.
    const headings = await report.locator('.report__heading').allInnerTexts();
    expect(headings).toEqual(Object.values(REPORT_SECTION_HEADINGS));
    // Table 三: every counting row with the figures published.
    const three = report.getByRole('table', { name: '收到和处理政府信息公开申请情况' });
    const rows = three.getByRole('row');
    expect(await rows.count()).toBe(body.report.tableThree.length + 1);
    for (const [index, row] of body.report.tableThree.entries()) {
      const shownRow = rows.nth(index + 1);
      expect(await shownRow.getByRole('rowheader').innerText()).toBe(row.label);
      const cells = await shownRow.getByRole('cell').allInnerTexts();
      // A heading row (a category with reasons) has empty cells, as in the official table.
      const expected = TABLE_THREE_COLUMNS.map((column) => (row.cells ? String(row.cells[column]) : ''));
      expect({ key: row.key, cells }).toEqual({ key: row.key, cells: expected });
    }
    // Wider than the phone: the table's box scrolls, the page does not.
    const box = report.getByRole('region', { name: '收到和处理政府信息公开申请情况' });
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoProblems(page, problems);
  });

  it('a department’s head publishes the department’s own report from the console; /h5 filters the list by publisher', async () => {
    const { page, problems } = await signedOutPage(console_);
    await signIn(page, 'hrss.head');
    await page.goto(`${baseUrl()}/admin/stats/annual-report`);
    await reportAnswer(page, () => choose(page, page.getByLabel('年度'), `${year}年`));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/api/admin/reports/annual/${year}/publish?agencyId=`) && r.request().method() === 'POST'),
      (async () => {
        await page.getByRole('button', { name: '发布到小程序' }).click();
        await page.getByRole('dialog').getByRole('button', { name: '确认发布' }).click();
      })(),
    ]);
    expect(response.status()).toBe(201);
    const published = (await response.json()) as PublishedReport;
    expect(published).toMatchObject({ publisher: '临溪市人力资源和社会保障局', title: `临溪市人力资源和社会保障局${year}年政府信息公开工作年度报告` });
    await page.getByText(`已发布：${published.title}`).waitFor();
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });

    const h5 = await openPage(phone);
    await h5.page.goto(`${baseUrl()}/h5/packages/disclosure/pages/reports/index`);
    const list = shown(h5.page);
    // The report entries (the page has other links, such as 返回).
    await list.locator('.reports__item').first().waitFor();
    const all = await list.locator('.reports__item').count();
    await list.getByRole('tab', { name: '临溪市人力资源和社会保障局' }).click();
    const mine = list.locator('.reports__item');
    await mine.first().waitFor();
    // Exactly the department's versions, as the API lists them for that publisher; the one just published first.
    const departments = (await (await fetch(`${baseUrl()}/api/reports/annual?publisher=${published.agencyId}`)).json()) as PublishedReport[];
    expect(departments[0].id).toBe(published.id);
    // The list re-renders on the tap: wait for it to hold the department's versions only.
    await h5.page.waitForFunction((n) => document.querySelectorAll('.reports__item').length === n, departments.length);
    expect(await mine.count()).toBe(departments.length);
    expect(all).toBeGreaterThan(departments.length);
    for (const label of await mine.evaluateAll((links) => links.map((l) => l.getAttribute('aria-label') ?? ''))) {
      expect(label).toMatch(new RegExp(`^${published.title}，临溪市人力资源和社会保障局`));
    }
    await list.getByRole('tab', { name: '临溪市人民政府' }).click();
    await h5.page.waitForFunction((n) => document.querySelectorAll('.reports__item').length === n, all - departments.length);
    await expectNoProblems(h5.page, h5.problems);
  });
});
