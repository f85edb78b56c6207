// Accessibility, measured (issue 15; docs/accessibility.md): axe on every page of the console and the H5 app, the H5
// app at 200% zoom, keyboard use of the H5 app's tappable things. Every other browser spec is audited by axe too
// (test/support/browser-a11y-setup.ts); here every page is visited on purpose, not only those a workflow passes.
import type { Page } from 'playwright-core';
import { audit, describeFindings, takeFindings } from '../support/axe-audit';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { signedInPage } from './admin-helpers';
import { shown } from './h5-helpers';

/** axe on what the page shows now; the test fails here (not only in afterEach) and names the page. */
async function expectAccessible(page: Page): Promise<void> {
  await audit(page);
  const findings = takeFindings();
  if (findings.length > 0) throw new Error(`axe found ${findings.length} critical or serious violation(s):\n${describeFindings(findings)}`);
}

const H5_PAGES = [
  '/h5/',
  '/h5/pages/units/index',
  '/h5/pages/board/index',
  '/h5/pages/mine/index',
  '/h5/packages/policy/pages/stage/index?code=birth',
  '/h5/packages/policy/pages/search/index?q=社保',
  '/h5/packages/messages/pages/compose/index',
  '/h5/packages/messages/pages/privacy/index',
  '/h5/packages/disclosure/pages/form/index',
  '/h5/packages/disclosure/pages/mine/index',
];

/** Waits until the H5 page on screen has rendered something beyond its skeleton. */
async function h5Ready(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await shown(page).waitFor();
  await page.waitForFunction(() => !document.querySelector('.taro_page:not([style*="display: none"]) .skeleton, .status__spinner'), undefined, { timeout: 15_000 });
}

describe('accessibility', () => {
  let desktop: TestBrowser;
  let phone: TestBrowser;
  let zoomed: TestBrowser;

  beforeAll(async () => {
    [desktop, phone, zoomed] = await Promise.all([
      launchBrowser({ viewport: { width: 1440, height: 900 } }),
      launchBrowser({ viewport: { width: 390, height: 844 } }),
      // A 390-pixel phone at 200% zoom lays pages out in 195 CSS pixels.
      launchBrowser({ viewport: { width: 195, height: 422 } }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([desktop?.close(), phone?.close(), zoomed?.close()]);
  });

  it('the console: every menu page of the admin account has no critical or serious axe violation', async () => {
    const { page } = await signedInPage(desktop, 'admin');
    const paths = await page
      .getByRole('menu')
      .locator('a[href^="/admin/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(paths.length).toBeGreaterThan(5);
    for (const path of ['/admin/', ...paths]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('button', { name: /^用户菜单：/ }).waitFor();
      await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
      await expectAccessible(page);
    }
    await page.close();
  });

  it('the console: the sign-in page has no critical or serious axe violation', async () => {
    await desktop.context.clearCookies();
    const page = await desktop.context.newPage();
    await page.goto(`${baseUrl()}/admin/login`);
    await page.getByLabel('用户名', { exact: true }).waitFor();
    await expectAccessible(page);
    await page.close();
  });

  it('H5: every page has no critical or serious axe violation', async () => {
    const page = await phone.context.newPage();
    for (const path of H5_PAGES) {
      await h5Ready(page, path);
      await expectAccessible(page);
    }
    await page.close();
  });

  it('H5: at 200% zoom (195 CSS pixels) no page scrolls sideways', async () => {
    const page = await zoomed.context.newPage();
    const overflowing: string[] = [];
    for (const path of H5_PAGES) {
      await h5Ready(page, path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) overflowing.push(`${path}: ${scrollWidth} > ${clientWidth}`);
    }
    expect(overflowing).toEqual([]);
    await page.close();
  });

  it('H5: pinch-zoom is allowed', async () => {
    const html = await (await fetch(`${baseUrl()}/h5/`)).text();
    const viewport = /<meta name="viewport" content="([^"]*)"/.exec(html)?.[1];
    expect(viewport).toContain('width=device-width');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
  });

  it('H5: a stage is reached with Tab, named, and opened with Enter', async () => {
    const page = await phone.context.newPage();
    await h5Ready(page, '/h5/');
    const stage = shown(page).getByRole('button', { name: '出生', exact: true });
    await stage.waitFor();
    await stage.focus();
    expect(await stage.evaluate((element) => element === document.activeElement && element.tabIndex === 0)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/packages\/policy\/pages\/stage\/index\?code=birth$/);
    await page.close();
  });

  it('H5: the home page has no clickable thing a keyboard cannot reach or a screen reader cannot name', async () => {
    const page = await phone.context.newPage();
    await h5Ready(page, '/h5/');
    const unreachable = await shown(page).evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('[role="button"], [role="link"], [role="radio"], [role="tab"], taro-button-core')]
        .filter((element) => element.offsetParent !== null)
        .filter((element) => element.tabIndex < 0 || !(element.getAttribute('aria-label') || element.textContent?.trim()))
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(unreachable).toEqual([]);
    await page.close();
  });

  it('H5: the 提交留言 button is not marked disabled while the form can be sent', async () => {
    const page = await phone.context.newPage();
    await h5Ready(page, '/h5/packages/messages/pages/compose/index');
    const submit = shown(page).locator('taro-button-core', { hasText: '提交留言' });
    await submit.waitFor();
    expect(await submit.getAttribute('disabled')).toBeNull();
    expect(await submit.evaluate((element) => element.matches('[disabled]'))).toBe(false);
    await page.close();
  });
});
