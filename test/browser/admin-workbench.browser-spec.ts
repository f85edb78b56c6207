// The console's 工作台 and its keyboard (issue 15, docs/accessibility.md): each count links to the list filtered to
// exactly those items; focus goes back to what opened a dialog however it closes; a focused tab is announced in Chinese.
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { audit, takeFindings } from '../support/axe-audit';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { type ApiSession, apiSignIn, expectNoProblems, expectRows, label, openedDialog, rowOf, signedInPage } from './admin-helpers';

const RUN = Date.now().toString(36);
const EDU = '临溪市教育局';
/** The session check before signing in through the form answers 401. */
const SIGNED_IN = { answered: ['401 /api/staff/session'] };

/** A consultation naming no agency and matching no routing rule: it waits in the office's 待受理. */
async function postMessage(title: string): Promise<number> {
  const session = await fetch(`${baseUrl()}/api/citizen/session/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ devUser: `workbench-${RUN}` }),
  });
  const { token } = (await session.json()) as { token: string };
  const posted = await fetch(`${baseUrl()}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      type: 'consultation',
      channel: 'online_consultation',
      title,
      content: '我们小区门口的路灯坏了一个多月，晚上出行很不方便，请问应该向哪个部门报修？',
      contactName: '王小明',
      contactPhone: '13812345678',
      isPublic: false,
    }),
  });
  expect(posted.status).toBe(201);
  return ((await posted.json()) as { id: number }).id;
}

/** Whether `target` is the element that has focus now. */
async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Waits up to 5 s for `check` to hold (focus moves after antd's close animation and the list's reload). */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 5000; await new Promise((resolve) => setTimeout(resolve, 50))) if (await check()) return;
  throw new Error(`not within 5 s: ${what}`);
}

/** The count a 工作台 link shows, read from its accessible name (待答复 3 件). */
async function countOf(page: Page, name: string): Promise<{ link: Locator; count: number }> {
  const link = page.getByRole('link', { name: new RegExp(`^${name} \\d+ 件$`) });
  await link.waitFor();
  const count = Number(/ (\d+) 件$/.exec((await link.getAttribute('aria-label')) ?? '')![1]);
  return { link, count };
}

describe('admin console: 工作台, focus and Chinese screen-reader text', () => {
  let browser: TestBrowser;
  let officeApi: ApiSession;
  let eduId: number;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
    officeApi = await apiSignIn('office.staff');
    const agencies = (await (await fetch(`${baseUrl()}/api/agencies`)).json()) as Array<{ id: number; name: string }>;
    eduId = agencies.find((agency) => agency.name === EDU)!.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a count on the 工作台 opens its list, which shows as many rows: 待交办 for the office, 待答复 for 教育局', async () => {
    await postMessage(`工作台待交办${RUN}`);
    const assigned = await postMessage(`工作台待答复${RUN}`);
    expect((await officeApi.call(`/api/admin/messages/${assigned}/dispatch`, { method: 'POST', json: { agencyId: eduId } })).status).toBe(200);

    for (const [username, name, path] of [
      ['office.staff', '待交办', '/admin/messages/queue'],
      ['edu.staff', '待答复', '/admin/messages/mine'],
    ] as const) {
      const { page, problems } = await signedInPage(browser, username);
      await page.goto(`${baseUrl()}/admin/`);
      const { link, count } = await countOf(page, name);
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(50); // one page of the list (50 rows) holds them all
      await link.click();
      await page.waitForURL((url) => url.pathname === path);
      await expectRows(page.locator('.ant-table'), count);
      await page.getByText(`共 ${count} 件`).waitFor();
      await expectNoProblems(page, problems, SIGNED_IN);
      await page.close();
    }
  }, 240_000);

  it('focus goes back to the 交办 button that opened the dialog, after Esc, after 取消, and to the list after 交办', async () => {
    const title = `焦点返回${RUN}`;
    await postMessage(title);
    const { page, problems } = await signedInPage(browser, 'office.staff');
    await page.goto(`${baseUrl()}/admin/messages/queue`);
    const opener = rowOf(page, title).getByRole('button', { name: label('交办') });

    // Esc.
    await opener.focus();
    await page.keyboard.press('Enter');
    let dialog = await openedDialog(page, /^交办留言：LX\d+$/);
    expect(await hasFocus(opener)).toBe(false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => hasFocus(opener), 'focus back on 交办 after Esc');

    // 取消, pressed with the keyboard.
    await page.keyboard.press('Enter');
    dialog = await openedDialog(page, /^交办留言：LX\d+$/);
    await dialog.getByRole('button', { name: label('取消') }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => hasFocus(opener), 'focus back on 交办 after 取消');

    // Sent: the row leaves the queue when the list reloads; focus stays in the list, not lost on <body>.
    await page.keyboard.press('Enter');
    dialog = await openedDialog(page, /^交办留言：LX\d+$/);
    // The open list of every agency (grouped, scrolling) goes through axe while open: named after its field, its
    // scroll region reachable (apps/admin/src/select-listbox.ts).
    await dialog.getByLabel('承办单位').click();
    const list = page.getByRole('listbox', { name: '承办单位选项' });
    await list.waitFor();
    await audit(page);
    expect(takeFindings()).toEqual([]);
    await dialog.getByLabel('承办单位').fill('教育');
    await page.locator('.ant-select-item-option', { hasText: EDU }).first().click();
    await dialog.getByRole('button', { name: label('交办') }).click();
    await dialog.waitFor({ state: 'detached' });
    await rowOf(page, title).waitFor({ state: 'detached' });
    await eventually(
      () => page.evaluate(() => document.activeElement !== document.body && document.activeElement?.closest('.ant-table-wrapper') !== null),
      'focus in the list after 交办',
    );
    await expectNoProblems(page, problems, SIGNED_IN);
    await page.close();
  }, 180_000);

  it('a tab reached with the keyboard is announced in Chinese, not antd’s “Tab 1 of 3”', async () => {
    const { page, problems } = await signedInPage(browser, 'office.staff');
    await page.goto(`${baseUrl()}/admin/messages/queue`);
    const first = page.getByRole('tab', { name: /待受理/ });
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const announced = page.locator('.ant-tabs-tab [aria-live]');
    await eventually(async () => (await announced.allTextContents()).join() === '第 2 个标签页，共 3 个', 'the tab position in Chinese');
    await expectNoProblems(page, problems, SIGNED_IN);
    await page.close();
  });
});
