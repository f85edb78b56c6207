// Helpers shared by the browser suites: pages that record what a user would never see, signing in to the console
// through the form or over HTTP, and the console's antd widgets and message pages.
import type { Locator, Page } from 'playwright-core';
import { audit, auditOnce } from '../support/axe-audit';
import { baseUrl, type TestBrowser } from '../support/browser';

/** DEMO_STAFF_PASSWORD as test/support/server-process.ts passes it. */
export const PASSWORD = 'Demo-Passw0rd';

/** What the page reported that a user would never see: console errors, uncaught exceptions, CSP violations. */
export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/** A new page that records its problems; with `dialogs`, native dialogs it opens are recorded there and dismissed. */
export async function openPage(browser: TestBrowser, dialogs?: string[]): Promise<{ page: Page; problems: Problems }> {
  const page = await browser.context.newPage();
  const problems: Problems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  if (dialogs) {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  // Chromium logs CSP violations to the console too; the DOM event also catches those the console would not name.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems };
}

/**
 * No problems, except Chromium's own line for each failed answer the test provoked, named as `401 /api/staff/session`:
 * a refused sign-in, the call that found the session over, a form the server turned down. Nothing else may be red.
 */
export async function expectNoProblems(page: Page, problems: Problems, { answered = [] }: { answered?: string[] } = {}): Promise<void> {
  // What the page shows now goes through axe too (its findings fail the test in test/support/browser-a11y-setup.ts).
  await audit(page);
  problems.cspViolations.push(...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])));
  const expected = new Set(answered);
  const unexpected = {
    ...problems,
    consoleErrors: problems.consoleErrors.filter((line) => {
      const failed = /^Failed to load resource: the server responded with a status of (\d{3}) \([\w ]+\) @ (.+)$/.exec(line);
      return !(failed && failed[2].startsWith(baseUrl()) && expected.has(`${failed[1]} ${failed[2].slice(baseUrl().length)}`));
    }),
  };
  expect(unexpected).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
}

/** Waits until the table shows exactly `count` data rows (filtering re-renders asynchronously). */
export async function expectRows(table: Locator, count: number): Promise<void> {
  const rows = table.locator('tbody tr.ant-table-row');
  if (count > 0) await rows.nth(count - 1).waitFor();
  await rows.nth(count).waitFor({ state: 'detached' });
}

/** Fills the login form the page shows and submits it. */
export async function submitLogin(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/staff/session') && response.request().method() === 'POST'),
    page.getByRole('button', { name: /^登\s?录$/ }).click(), // antd spaces out two-character labels: 登 录
  ]);
}

/** Opens `path` without a session, is sent to the login page, signs in and waits for the console. */
export async function signIn(page: Page, username: string, path = '/admin/'): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.waitForURL((url) => url.pathname === '/admin/login');
  await submitLogin(page, username);
  await page.getByRole('button', { name: /^用户菜单：/ }).waitFor();
}

/** A fresh page of `username`, signed in through the form in a browser cleared of any earlier session. */
export async function signedInPage(browser: TestBrowser, username: string): Promise<{ page: Page; problems: Problems }> {
  const opened = await signedOutPage(browser);
  await signIn(opened.page, username);
  return opened;
}

/** A fresh page in a browser without any session (its cookies cleared). */
export async function signedOutPage(browser: TestBrowser): Promise<{ page: Page; problems: Problems }> {
  await browser.context.clearCookies();
  return openPage(browser);
}

export async function menuLabels(page: Page): Promise<string[]> {
  const menu = page.getByRole('menu');
  await menu.getByRole('menuitem', { name: '工作台' }).waitFor();
  return (await menu.getByRole('menuitem').allInnerTexts()).map((label) => label.trim());
}

/** The antd Select around a field found by its label (the label may name the input inside it or the Select itself). */
const SELECT_ROOT = 'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]';

/**
 * Picks an option of an antd Select (its popup is rendered at the end of the body) and waits until the select shows
 * it: a click on a list that was being re-rendered would otherwise be lost without a word.
 */
export async function choose(page: Page, field: Locator, option: string, search?: string): Promise<void> {
  // An open list is named after its field too (「…选项」, apps/admin/src/select-listbox.ts): the field is the combobox.
  const select = field.and(page.getByRole('combobox'));
  await select.click();
  if (search) await select.fill(search);
  // Clicked once the list has slid open: a click during the slide is lost like one on a zooming dialog.
  const item = page.locator('.ant-select-item-option', { hasText: option });
  const list = await settled(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)', { has: item }).last());
  await list.locator(item).first().click();
  await select.locator(SELECT_ROOT).filter({ hasText: option }).waitFor();
}

/**
 * Waits until `target` has finished opening: antd's motion classes (zoom-appear, -enter …) gone and no CSS animation
 * running, for two frames in a row. A click while a dialog still zooms in lands where its button is not yet.
 */
export async function settled(target: Locator): Promise<Locator> {
  await target.waitFor();
  await target.evaluate(async (element) => {
    const moving = () =>
      /(^|\s)[\w-]+-(appear|enter)(-(prepare|start|active))?(\s|$)/.test(element.className) ||
      element.getAnimations().some((animation) => animation.playState === 'running');
    for (let frame = 0, still = 0; still < 2 && frame < 600; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      still = moving() ? 0 : still + 1;
    }
  });
  return target;
}

/**
 * Opens a console page through its menu group, as staff do: the group's submenu finishes unfolding before the item is
 * clicked (a click while it still slides open can land on nothing, seen under load in CI), then the page's address.
 * The group must be closed (the page open is outside it): a click on an open group folds it.
 */
export async function openMenuPage(page: Page, group: string, item: string, path: RegExp): Promise<void> {
  await page.getByRole('menuitem', { name: group }).click();
  const entry = page.getByRole('menuitem', { name: item });
  await settled(page.locator('.ant-menu-sub').filter({ has: entry }));
  await entry.click();
  await page.waitForURL(path);
}

/** The open dialog (with this title), once it has finished opening. */
export async function openedDialog(page: Page, name?: string | RegExp): Promise<Locator> {
  const dialog = await settled(name === undefined ? page.getByRole('dialog') : page.getByRole('dialog', { name }));
  // The open dialog is a view of its own for axe, audited the first time this spec file opens it on this page.
  const title = await dialog.evaluate(
    (element) => element.getAttribute('aria-label') ?? document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
  );
  void auditOnce(page, `dialog ${title}`).catch(() => undefined);
  return dialog;
}

/**
 * Answers the open Popconfirm with its OK button. The name is not anchored at the start: a popup used before can keep
 * its OK button's zero-width "loading" icon (antd's leave animation can stall while the popup is hidden).
 */
export async function confirmPopup(page: Page, label: string): Promise<void> {
  const popup = await settled(page.locator('.ant-popconfirm:not(.ant-popover-hidden)'));
  await popup.getByRole('button', { name: new RegExp(`${label[0]}\\s?${label.slice(1)}$`) }).click();
}

/** The BFF over HTTP, as a staff member: for setting up accounts the test then uses in the browser. */
export interface ApiSession {
  call: (path: string, init?: { method?: string; json?: unknown }) => Promise<{ status: number; body: any }>;
}

export async function apiSignIn(username: string, password = PASSWORD, url = baseUrl()): Promise<ApiSession> {
  const response = await fetch(`${url}/api/staff/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie()[0].split(';')[0];
  return {
    call: async (path, { method = 'GET', json } = {}) => {
      const answer = await fetch(`${url}${path}`, {
        method,
        headers: { cookie, ...(json !== undefined && { 'content-type': 'application/json' }) },
        body: json === undefined ? undefined : JSON.stringify(json),
      });
      const text = await answer.text();
      return { status: answer.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}

/** The row of a message list (or any table) naming `text`. */
export function rowOf(page: Page, text: string): Locator {
  return page.locator('.ant-table').getByRole('row', { name: new RegExp(text) });
}

/** The value of a labelled field of the message page's descriptions (类型, 承办单位, 办理期限 …). */
export function field(page: Page, label: string): Locator {
  return page
    .locator('.ant-descriptions-item')
    .filter({ has: page.locator('.ant-descriptions-item-label', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.ant-descriptions-item-content')
    .first();
}

/** The message page's header card, where its status and actions are. */
export function header(page: Page): Locator {
  return page.locator('.ant-card').first();
}

/** One step of the message's history (办理记录), by its label and a text it shows. */
export function historyStep(page: Page, label: string, text: string | RegExp): Locator {
  return page
    .locator('.ant-card', { has: page.getByText('办理记录', { exact: true }) })
    .locator('.ant-timeline-item')
    .filter({ has: page.locator('.ant-tag', { hasText: new RegExp(`^${label}$`) }) })
    .filter({ hasText: text });
}

/** A toast (antd message) saying exactly `text`. */
export function toast(page: Page, text: string): Locator {
  return page.locator('.ant-message').getByText(text, { exact: true });
}

/** antd spaces out two-character button labels (交 办), so button names are matched with an optional space. */
export function label(text: string): RegExp {
  return text.length === 2 ? new RegExp(`^${text[0]}\\s?${text[1]}$`) : new RegExp(`^${text}$`);
}
