// 统计分析 in the admin console (docs/domain.md §4): the office opens the page, sees the figures, the charts, the tables and
// the summary sentence of its report, filters by channel, and downloads the same as .xlsx. Two messages are posted
// and answered over HTTP first, so the figures are not all zero; the page's numbers are checked against the answer
// the BFF gave it (other suites of this server post messages too).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InterpretationFigures, MessageStatsView, NoticeFigures } from '@weimin/contracts';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { apiSignIn, choose, expectNoProblems, menuLabels, signedOutPage, signIn } from './admin-helpers';

async function postMessage(channel: 'online_consultation' | 'mayor_mailbox'): Promise<number> {
  const session = await fetch(`${baseUrl()}/api/citizen/session/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ devUser: `stats-${randomUUID()}` }),
  });
  const { token } = (await session.json()) as { token: string };
  const posted = await fetch(`${baseUrl()}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      type: 'consultation',
      channel,
      title: '关于小区路灯维修的咨询',
      content: '小区门口的路灯坏了两个星期，请问何时维修？',
      contactName: '林小雨',
      contactPhone: '13600002222',
      isPublic: false,
    }),
  });
  expect(posted.status).toBe(201);
  return ((await posted.json()) as { id: number }).id;
}

/** The figures the page asked the BFF for, as the BFF answered them, for the action that makes the page ask. */
async function statsAnswer(page: Page, action: () => Promise<unknown>, query = ''): Promise<MessageStatsView> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().startsWith(`${baseUrl()}/api/admin/stats/messages`) && r.url().includes(query) && r.status() === 200),
    action(),
  ]);
  return (await response.json()) as MessageStatsView;
}

describe('admin console: 统计分析', () => {
  let browser: TestBrowser;
  const downloads = mkdtempSync(join(tmpdir(), 'weimin-stats-download-'));

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
    const office = await apiSignIn('office.staff');
    const hrss = await apiSignIn('hrss.staff');
    const agencies = (await office.call('/api/agencies')).body as Array<{ id: number; code: string }>;
    const hrssId = agencies.find((a) => a.code === 'dept-hrss')!.id;
    for (const channel of ['mayor_mailbox', 'online_consultation'] as const) {
      const id = await postMessage(channel);
      expect((await office.call(`/api/admin/messages/${id}/dispatch`, { method: 'POST', json: { agencyId: hrssId } })).status).toBe(200);
      expect((await hrss.call(`/api/admin/messages/${id}/reply`, { method: 'POST', json: { bodyHtml: '<p>已安排维修。</p>' } })).status).toBe(200);
    }
  });
  afterAll(async () => {
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('office.staff sees the figures and the summary sentence, filters by channel, and downloads the .xlsx', async () => {
    const { page, problems } = await signedOutPage(browser);
    await signIn(page, 'office.staff');
    expect(await menuLabels(page)).toContain('统计分析');
    // 统计分析 is a menu group now (统计分析, 年度报告): its title opens it, then its first item opens the page.
    const all = await statsAnswer(page, async () => {
      await page.getByRole('menuitem', { name: '统计分析' }).first().click();
      await page.getByRole('menuitem', { name: '统计分析' }).last().click();
    });
    expect(all.totals.replied).toBeGreaterThanOrEqual(2);
    expect(all.query.from).toMatch(/^\d{4}-01-01$/);

    await page.getByTestId('stats-summary').getByText(all.summary, { exact: true }).waitFor();
    expect(all.summary).toMatch(
      new RegExp(
        `^\\d{4}年1月1日至\\d{4}年\\d{1,2}月\\d{1,2}日，共收到留言 ${all.totals.received} 条.*答复 ${all.totals.replied} 条，其中市长信箱 \\d+ 条、网上咨询 \\d+ 条`,
      ),
    );
    const card = (title: string) => page.locator(`.ant-card[aria-label="${title}"]`);
    expect(await card('收到').innerText()).toContain(String(all.totals.received));
    expect(await card('答复').innerText()).toContain(String(all.totals.replied));
    expect(await card('答复率').innerText()).toContain(`${((all.totals.replyRate ?? 0) * 100).toFixed(1)}`);
    // The charts draw on canvas once their chunk has loaded.
    await page.locator('.ant-card', { hasText: '按渠道' }).locator('canvas').first().waitFor();
    await page.locator('.ant-card', { hasText: '各承办单位收到与答复' }).locator('canvas').first().waitFor();
    // The agencies' chart lies on its side, a band of bars per agency with the name whole beside it, so it grows
    // with the agencies; a screen reader reads its figures from a table instead of the canvas.
    const top = all.byAgency.filter((row) => row.agencyId !== null).slice(0, 10);
    const chartHeight = await page.getByTestId('agency-chart').evaluate((chart) => chart.getBoundingClientRect().height);
    expect(chartHeight).toBeGreaterThanOrEqual(60 + top.length * 44 - 1);
    const chartTable = page.getByRole('table', { name: /^各承办单位收到与答复（前 10 名）/ });
    const chartRows = chartTable.locator('tbody tr');
    expect(await chartRows.count()).toBe(top.length);
    for (const [index, row] of top.entries()) {
      expect(await chartRows.nth(index).locator('th, td').allTextContents()).toEqual([
        row.agencyName,
        String(row.received),
        String(row.replied),
        String(row.onTime),
      ]);
    }
    // Tables: by agency first; 人社局 answered both messages above.
    await page
      .getByRole('row', { name: /临溪市人力资源和社会保障局/ })
      .first()
      .waitFor();
    await page.getByRole('tab', { name: '按渠道' }).click();
    const mayorRow = page.getByRole('row', { name: /^市长信箱/ });
    const mayor = all.byChannel.find((row) => row.channel === 'mayor_mailbox')!;
    expect((await mayorRow.locator('td').allInnerTexts()).slice(0, 4)).toEqual([
      '市长信箱',
      String(mayor.received),
      String(mayor.valid),
      String(mayor.replied),
    ]);
    await page.getByRole('tab', { name: '单位排名' }).click();
    await page.getByText(`有效留言不少于 ${all.ranking.minItems} 条的单位参加排名`, { exact: false }).waitFor();

    // Filter: the mayor's mailbox only.
    await choose(page, page.getByLabel('渠道', { exact: true }), '市长信箱');
    const mailbox = await statsAnswer(page, () => page.getByRole('button', { name: /^查\s?询$/ }).click(), 'channel=mayor_mailbox');
    expect(mailbox.totals.received).toBe(mayor.received);
    await page.getByTestId('stats-summary').getByText(mailbox.summary, { exact: true }).waitFor();

    // 导出 Excel: the same filters, the same summary sentence.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^统计分析-\d{4}-01-01至\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = join(downloads, 'stats.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '留言概况',
      '按承办单位',
      '按类型',
      '按渠道',
      '单位排名',
      '解读按阶段',
      '解读按单位',
      '解读引发留言',
      '信息公开按单位',
      '更新超期',
      '意见征集',
      '在线访谈',
    ]);
    expect(workbook.getWorksheet('留言概况')!.getCell(2, 1).value).toBe(mailbox.summary);
    expect(workbook.getWorksheet('留言概况')!.getCell(3, 1).value).toMatch(/渠道：市长信箱$/);
    await page.locator('.ant-message').getByText('已导出', { exact: true }).waitFor();

    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('shows interpretations per stage and agency, and notices per unit and section with the stale ones, for the period', async () => {
    const { page, problems } = await signedOutPage(browser);
    await signIn(page, 'office.head', '/admin/stats');
    await page.getByTestId('stats-summary').waitFor();

    const [interpretationsAnswer] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${baseUrl()}/api/admin/stats/interpretations?`) && r.status() === 200),
      page.getByRole('tab', { name: '政策解读' }).click(),
    ]);
    const interpretations = (await interpretationsAnswer.json()) as InterpretationFigures;
    expect(interpretations.byStage).toHaveLength(14);
    const panel = page.getByRole('tabpanel', { name: '政策解读' });
    await panel.getByText(`${interpretations.total}`, { exact: true }).first().waitFor();
    const stages = panel.locator('.ant-card', { hasText: '按生命周期阶段' });
    for (const stage of interpretations.byStage) {
      expect(
        await stages
          .getByRole('row', { name: new RegExp(`^(个人|企业) ${stage.name} `) })
          .locator('td')
          .last()
          .innerText(),
      ).toBe(String(stage.count));
    }
    await panel.locator('.ant-card', { hasText: '各生命周期阶段发布解读' }).locator('canvas').first().waitFor();

    const [noticesAnswer] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${baseUrl()}/api/admin/stats/notices?`) && r.status() === 200),
      page.getByRole('tab', { name: '公共企事业单位' }).click(),
    ]);
    const notices = (await noticesAnswer.json()) as NoticeFigures;
    expect(notices.staleNow.length).toBeGreaterThan(0); // the demo city has units that stopped updating
    const units = page.getByRole('tabpanel', { name: '公共企事业单位' });
    for (const unit of notices.byUnit.slice(0, 5)) {
      const cells = await units
        .locator('.ant-card', { hasText: '各单位发布信息' })
        .getByRole('row', { name: new RegExp(`^${unit.agencyName} `) })
        .locator('td')
        .allInnerTexts();
      expect(cells).toEqual([unit.agencyName, String(unit.counts.announcements), String(unit.counts.services), String(unit.counts.rules), String(unit.total)]);
    }
    const stale = notices.staleNow[0];
    await units
      .locator('.ant-card', { hasText: '更新超期' })
      .getByRole('row', { name: new RegExp(`^${stale.agencyName} `) })
      .first()
      .waitFor();
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });
});
