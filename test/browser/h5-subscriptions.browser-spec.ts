// 订阅 in the H5 build (issue 16): a citizen follows a public enterprise from its page, where the page explains that a
// browser gets no WeChat notice, and stops with one tap in 我的 → 我的订阅.
import type { AgencyView } from '@weimin/contracts';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { expectNoProblems, openPage } from './admin-helpers';
import { shown } from './h5-helpers';

describe('H5 订阅: follow a unit, stop in 我的订阅', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('subscribes on the unit’s page without a WeChat grant, lists it in 我的订阅 and cancels it with one tap', async () => {
    const units = (await (await fetch(`${baseUrl()}/api/agencies?kind=public_enterprise`)).json()) as AgencyView[];
    const unit = units.find((candidate) => candidate.industry === 'power_supply') ?? units[0];
    const { page, problems } = await openPage(browser);

    await page.goto(`${baseUrl()}/h5/packages/units/pages/detail/index?id=${unit.id}`);
    await shown(page).getByText(unit.name, { exact: true }).first().waitFor();
    await shown(page)
      .getByText(/网页版无法发送微信通知/)
      .waitFor();
    await shown(page)
      .locator('taro-button-core', { hasText: /^订阅$/ })
      .click();
    await shown(page).getByText('已订阅。').waitFor();
    await shown(page).locator('taro-button-core', { hasText: '取消订阅' }).waitFor();

    await page.goto(`${baseUrl()}/h5/pages/mine/index`);
    await shown(page).getByText('我的订阅', { exact: true }).click();
    await page.waitForURL(/\/h5\/packages\/units\/pages\/subscriptions\/index$/);
    await shown(page).getByText(unit.name, { exact: true }).waitFor();
    await expectNoProblems(page, problems);

    await shown(page)
      .getByRole('button', { name: `取消订阅 ${unit.name}` })
      .click();
    await shown(page).getByText('您还没有订阅单位，可在单位页面点“订阅”').waitFor();
    await expectNoProblems(page, problems);
    await page.close();
  });
});
