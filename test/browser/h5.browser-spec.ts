// The H5 build of the mini-program as citizens meet it in a browser: served by the BFF under /h5/ with its strict CSP.
import type { ErrorBody } from '@weimin/contracts';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';

/** Console errors and uncaught exceptions; a CSP violation shows up as a console error too. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

describe('H5 mini-program', () => {
  let browser: TestBrowser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    page = await browser.context.newPage();
    problems = collectProblems(page);
  });

  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  it('serves an index.html without inline scripts', async () => {
    const response = await fetch(`${baseUrl()}/h5/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="\/h5\//);
  });

  it('shows the life-event stages and opens a stage with its description', async () => {
    await page.goto(`${baseUrl()}/h5/`);
    await page.getByText('个人办事', { exact: true }).waitFor();
    await page.getByText('企业办事', { exact: true }).waitFor();
    await page.getByText('出生', { exact: true }).waitFor();
    await page.getByText('破产注销', { exact: true }).waitFor();

    const stages = (await (await fetch(`${baseUrl()}/api/stages`)).json()) as Array<{ code: string; name: string; description: string }>;
    const deregistration = stages.find((stage) => stage.code === 'deregistration')!;

    await page.getByText('破产注销', { exact: true }).click();
    await page.waitForURL(/\/h5\/packages\/policy\/pages\/stage\/index\?code=deregistration$/);
    await page.getByText(deregistration.description).waitFor();
    // A demo interpretation filed under the stage.
    await page.getByText('企业简易注销：20天公示期后就能注销').waitFor();
  });

  it('lists the public enterprises by industry and opens a unit', async () => {
    await page.goto(`${baseUrl()}/h5/`);
    await page.getByText('出生', { exact: true }).waitFor();
    // The tab bar label; the units page's own navigation title is the same words.
    await page.locator('.weui-tabbar__label', { hasText: '公共企事业单位' }).click();
    await page.waitForURL(/\/h5\/pages\/units\/index$/);
    await page.getByText('供水', { exact: true }).waitFor();
    await page.getByText('临溪市自来水有限公司', { exact: true }).click();

    await page.waitForURL(/\/h5\/packages\/units\/pages\/detail\/index\?id=\d+$/);
    const id = new URL(page.url()).searchParams.get('id');
    const unit = (await (await fetch(`${baseUrl()}/api/agencies/${id}`)).json()) as { name: string; description: string; hotline: string | null };
    expect(unit.name).toBe('临溪市自来水有限公司');
    await page.getByText(unit.description).waitFor();
    if (unit.hotline) await page.getByText(unit.hotline, { exact: true }).waitFor();
  });

  it('opens a deep link to the units tab through the SPA fallback', async () => {
    await page.goto(`${baseUrl()}/h5/pages/units/index`);
    await page.getByText('临溪市自来水有限公司', { exact: true }).waitFor();
  });

  it('opens a shared unit page as the first page, signed out, with 复制链接 and a way home', async () => {
    const units = (await (await fetch(`${baseUrl()}/api/agencies`)).json()) as Array<{ id: number; name: string }>;
    const unit = units.find((candidate) => candidate.name === '临溪市自来水有限公司')!;
    const link = `${baseUrl()}/h5/packages/units/pages/detail/index?id=${unit.id}`;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await page.goto(link);
    await page.locator('.unit__name', { hasText: unit.name }).waitFor();

    await page.getByRole('button', { name: '复制本页链接' }).click();
    await page.getByText('链接已复制').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // Nothing behind it: 返回 and 首页 both lead home.
    await page.getByRole('button', { name: '返回上一页' }).click();
    await page.waitForURL(/\/h5\/(pages\/home\/index)?$/);
  });

  it("shows the server's message when a unit does not exist", async () => {
    const body = (await (await fetch(`${baseUrl()}/api/agencies/999999`)).json()) as ErrorBody;
    expect(body.code).toBe('NOT_FOUND');
    await page.goto(`${baseUrl()}/h5/packages/units/pages/detail/index?id=999999`);
    // In the page's error state (and briefly in the toast).
    await page.getByText(body.message, { exact: true }).first().waitFor();
    await page.getByText('重新加载').waitFor();
    // The 404s themselves (the unit and its notices) are the console errors this test expects.
    const notFound = problems.filter((problem) => problem.includes('404'));
    expect(notFound).toHaveLength(2);
    for (const problem of notFound) problems.splice(problems.indexOf(problem), 1);
  });
});
