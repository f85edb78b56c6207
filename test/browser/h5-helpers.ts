// Helpers shared by the H5 browser suites: the page on screen under Taro's router, the tab bar, the message form.
import type { Locator, Page } from 'playwright-core';

/**
 * The page on screen. Taro's H5 router keeps earlier pages and tabs in the DOM, hidden, and for the moment of a
 * transition the leaving page is still visible; the arriving one comes last.
 */
export function shown(page: Page): Locator {
  return page.locator('.taro_page').filter({ visible: true }).last();
}

/** The tab bar's pages (apps/miniapp/src/app.config.ts) by their label. */
const TAB_PAGES: Record<string, string> = {
  首页: 'pages/home/index',
  公共企事业单位: 'pages/units/index',
  留言: 'pages/board/index',
  互动: 'pages/participation/index',
  我的: 'pages/mine/index',
};

/**
 * Taps a tab and waits until its page is the one shown: until then `shown(page)` is still the page the tap left, and a
 * locator taken at once could resolve there (seen: 我的's 依申请公开 entry found on the home page as it was hidden).
 */
export async function openTab(page: Page, label: string): Promise<void> {
  await page.locator('.weui-tabbar__label', { hasText: new RegExp(`^${label}$`) }).click();
  await waitForShownPage(page, TAB_PAGES[label]);
}

/**
 * Waits until the page of `path` (as `pages/mine/index`) is the one shown: after a tab, or after going back, while the
 * page left is still visible, `shown(page)` would find it.
 */
export async function waitForShownPage(page: Page, path: string): Promise<void> {
  // Taro's H5 router gives each page's element its path as id.
  await page.waitForFunction((wanted) => {
    const visible = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((element) => element.checkVisibility());
    return visible.at(-1)?.id.includes(wanted) ?? false;
  }, path);
}

/** Fills the form on screen and submits it; resolves with the new message's id once its page shows. */
export async function submitMessage(
  page: Page,
  fields: { type: string; title: string; content: string; name: string; phone: string; isPublic: boolean },
): Promise<number> {
  await shown(page)
    .locator('.segmented__option', { hasText: new RegExp(`^${fields.type}$`) })
    .click();
  await shown(page).getByLabel('标题').fill(fields.title);
  await shown(page).getByLabel('内容').fill(fields.content);
  await shown(page).getByLabel('姓名').fill(fields.name);
  await shown(page).getByLabel('联系电话').fill(fields.phone);
  if (fields.isPublic) await shown(page).getByLabel('同意公开').check();
  await shown(page).locator('taro-button-core', { hasText: '提交留言' }).click();
  // The answer replaces the form with the message itself.
  await page.waitForURL(/\/h5\/packages\/messages\/pages\/detail\/index\?id=\d+$/);
  await shown(page).locator('.detail__title', { hasText: fields.title }).waitFor();
  return Number(new URL(page.url()).searchParams.get('id'));
}
