// Accessibility, measured (issue 15; docs/accessibility.md): axe on every page of the console and the H5 app, the H5
// app at 200% zoom, keyboard use of the H5 app's tappable things. Every other browser spec is audited by axe too
// (test/support/browser-a11y-setup.ts); here every page is visited on purpose, not only those a workflow passes.
import type { Page } from 'playwright-core';
import { audit, describeFindings, takeFindings } from '../support/axe-audit';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { signedInPage } from './admin-helpers';
import { shown } from './h5-helpers';

/** axe on what the page shows now: its critical and serious violations, described (afterEach then no longer sees them). */
async function axeFindings(page: Page): Promise<string[]> {
  await audit(page);
  const findings = takeFindings();
  return findings.length > 0 ? [describeFindings(findings)] : [];
}

/** Every menu page of the console (apps/admin/src/router.tsx). */
const ADMIN_PAGES = [
  '/',
  '/messages/queue',
  '/messages/mine',
  '/messages/all',
  '/notifications',
  '/interpretations/drafts',
  '/interpretations/review',
  '/interpretations/all',
  '/interpretations/new',
  '/disclosure/mine',
  '/disclosure/routing',
  '/disclosure/all',
  '/disclosure/due',
  '/disclosure/register',
  '/notices',
  '/notice-freshness',
  '/stats',
  '/routing-rules',
  '/outbox',
  '/agencies',
  '/accounts',
  '/audit',
  '/settings/calendar',
  '/settings/media-hosts',
];

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

/** Pages that show one thing: a demo 图解 interpretation, a unit with its notices and a notice, 年度报告. */
async function pagesWithContent(): Promise<string[]> {
  const read = async <T>(path: string): Promise<T> => (await (await fetch(`${baseUrl()}${path}`)).json()) as T;
  const interpretations = await read<{ items: Array<{ id: number; format: string }> }>('/api/interpretations?pageSize=100');
  const graphic = interpretations.items.find((item) => item.format === 'graphic');
  const pages = ['/h5/packages/disclosure/pages/reports/index'];
  if (graphic) pages.push(`/h5/packages/policy/pages/detail/index?id=${graphic.id}`);
  const agencies = await read<Array<{ id: number }>>('/api/agencies');
  for (const agency of agencies) {
    const unit = await read<{ sections?: Array<{ notices: Array<{ id: number }> }> }>(`/api/agencies/${agency.id}/notices`);
    const notice = unit.sections?.flatMap((section) => section.notices)[0];
    if (notice) {
      pages.push(`/h5/packages/units/pages/detail/index?id=${agency.id}`, `/h5/packages/units/pages/notice/index?id=${notice.id}`);
      break;
    }
  }
  expect(pages).toHaveLength(4);
  return pages;
}

/**
 * On the page on screen and the tab bar: the smallest computed font size of visible text, the smallest line height
 * (as a ratio of that text's size), and the smallest side of a tap target (buttons, links, radios, tabs, inputs).
 * A link inside a sentence is left out of the targets, as WCAG 2.5.8 leaves out inline targets.
 */
async function measure(page: Page) {
  return page.evaluate(() => {
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && element.closest('[aria-hidden="true"]') === null;
    };
    const pageRoot = [...document.querySelectorAll('.taro_page')].filter(visible).pop() ?? document.body;
    const scopes = [pageRoot, ...document.querySelectorAll('.weui-tabbar')];
    let font = { size: Infinity, text: '' };
    let lineHeight = { ratio: Infinity, text: '' };
    let target = { size: Infinity, what: '' };
    for (const scope of scopes) {
      for (const element of scope.querySelectorAll('*')) {
        if (!visible(element)) continue;
        const ownText = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
          .map((node) => node.textContent!.trim())
          .join('');
        const style = getComputedStyle(element);
        const fontSize = parseFloat(style.fontSize);
        if (ownText && fontSize < font.size) font = { size: fontSize, text: ownText.slice(0, 20) };
        // "normal" is about 1.2 in the fonts used here: too tight, so it counts as 1.2.
        const ratio = style.lineHeight === 'normal' ? 1.2 : parseFloat(style.lineHeight) / fontSize;
        if (ownText && ratio < lineHeight.ratio) lineHeight = { ratio, text: ownText.slice(0, 20) };
        if (
          element.matches('[role="button"], [role="link"], [role="radio"], [role="tab"], [role="checkbox"], taro-button-core, a[href], input, textarea') &&
          !element.matches('taro-text-core.tappable')
        ) {
          const box = element.getBoundingClientRect();
          const side = Math.min(box.width, box.height);
          if (side < target.size) target = { size: side, what: `${element.localName}.${element.className} ${(element.textContent ?? '').trim().slice(0, 20)}` };
        }
      }
    }
    return { font, lineHeight, target };
  });
}

/** Waits until the H5 page on screen has rendered something beyond its skeleton. */
async function h5Ready(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await shown(page).waitFor();
  await page.waitForFunction(() => !document.querySelector('.taro_page:not([style*="display: none"]) .skeleton, .status__spinner'), undefined, {
    timeout: 15_000,
  });
}

/** A test that walks many pages on this shared, loaded machine. */
const LONG = 300_000;

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

  it(
    'the console: every page of the admin account has no critical or serious axe violation',
    async () => {
      const { page } = await signedInPage(desktop, 'admin');
      const violations: string[] = [];
      for (const path of ADMIN_PAGES) {
        await page.goto(`${baseUrl()}/admin${path}`);
        await page.getByRole('button', { name: /^用户菜单：/ }).waitFor();
        await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
        violations.push(...(await axeFindings(page)));
      }
      expect(violations).toEqual([]);
      await page.close();
    },
    LONG,
  );

  it('the console: the sign-in page has no critical or serious axe violation', async () => {
    await desktop.context.clearCookies();
    const page = await desktop.context.newPage();
    await page.goto(`${baseUrl()}/admin/login`);
    await page.getByLabel('用户名', { exact: true }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.close();
  });

  it(
    'H5: every page has no critical or serious axe violation',
    async () => {
      const page = await phone.context.newPage();
      const violations: string[] = [];
      for (const path of H5_PAGES) {
        await h5Ready(page, path);
        violations.push(...(await axeFindings(page)));
      }
      expect(violations).toEqual([]);
      await page.close();
    },
    LONG,
  );

  it(
    'H5: at 200% zoom (195 CSS pixels) no page scrolls sideways',
    async () => {
      const page = await zoomed.context.newPage();
      const overflowing: string[] = [];
      for (const path of H5_PAGES) {
        await h5Ready(page, path);
        // The document and Taro's page container (which scrolls itself) both count.
        const { scrollWidth, clientWidth } = await page.evaluate(() => {
          const boxes = [document.documentElement, ...document.querySelectorAll<HTMLElement>('.taro_page')].filter(
            (box) => box.offsetParent !== null || box === document.documentElement,
          );
          return boxes.reduce(
            (worst, box) =>
              box.scrollWidth - box.clientWidth > worst.scrollWidth - worst.clientWidth
                ? { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth }
                : worst,
            {
              scrollWidth: 0,
              clientWidth: 0,
            },
          );
        });
        if (scrollWidth > clientWidth) overflowing.push(`${path}: ${scrollWidth} > ${clientWidth}`);
      }
      expect(overflowing).toEqual([]);
      await page.close();
    },
    LONG,
  );

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

  it(
    'H5 长辈版: switched on from the home page and remembered; every page has text of 18 px or more, line height 1.3 or more and tap targets of 60 px or more',
    async () => {
      const page = await phone.context.newPage();
      await h5Ready(page, '/h5/');
      await shown(page)
        .getByRole('button', { name: /^切换到长辈版/ })
        .click();
      await shown(page)
        .getByRole('button', { name: /^退出长辈版/ })
        .waitFor();
      // Remembered on the device: a fresh load opens in 长辈版.
      await page.reload();
      await shown(page)
        .getByRole('button', { name: /^退出长辈版/ })
        .waitFor();
      expect(await shown(page).getByText('我要留言', { exact: true }).count()).toBe(1);
      expect(await shown(page).getByText('依申请公开', { exact: true }).count()).toBe(0); // the reduced home page

      const measured: string[] = [];
      for (const path of [...H5_PAGES, ...(await pagesWithContent())]) {
        await h5Ready(page, path);
        const sizes = await measure(page);
        if (sizes.font.size < 18) measured.push(`${path}: text ${sizes.font.size}px 「${sizes.font.text}」`);
        if (sizes.lineHeight.ratio < 1.3) measured.push(`${path}: line height ${sizes.lineHeight.ratio.toFixed(2)} 「${sizes.lineHeight.text}」`);
        if (sizes.target.size < 60) measured.push(`${path}: tap target ${Math.round(sizes.target.size)}px ${sizes.target.what}`);
      }
      expect(measured).toEqual([]);

      await h5Ready(page, '/h5/');
      await shown(page)
        .getByRole('button', { name: /^退出长辈版/ })
        .click();
      await shown(page)
        .getByRole('button', { name: /^切换到长辈版/ })
        .waitFor();
      await page.close();
    },
    LONG,
  );

  it(
    'H5 outside 长辈版: every tap target is at least 44×44 CSS px',
    async () => {
      const page = await phone.context.newPage();
      const small: string[] = [];
      for (const path of [...H5_PAGES, ...(await pagesWithContent())]) {
        await h5Ready(page, path);
        const { target } = await measure(page);
        if (target.size < 44) small.push(`${path}: tap target ${Math.round(target.size)}px ${target.what}`);
      }
      expect(small).toEqual([]);
      await page.close();
    },
    LONG,
  );

  it(
    'H5 长辈版: the search box finds it under 长辈版, 关怀版 and 大字版',
    async () => {
      const page = await phone.context.newPage();
      for (const words of ['长辈版', '关怀版', '大字版']) {
        await h5Ready(page, `/h5/packages/policy/pages/search/index?q=${encodeURIComponent(words)}`);
        await shown(page)
          .getByRole('button', { name: /^切换到长辈版/ })
          .waitFor();
      }
      await page.close();
    },
    LONG,
  );
});
