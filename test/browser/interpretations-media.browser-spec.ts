/// <reference lib="dom" />
// 图解 and 视频 in the page (issue 15 point 5, docs/accessibility.md): the demo 图解's picture, served by the BFF,
// shows with its text alternative and enlarges into a dialog closed by Escape; a 视频 has its player with the source
// and its transcript below; the console's 系统设置 › 媒体来源 keeps the allow-list.
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { type ApiSession, apiSignIn, expectNoProblems, openPage, signedInPage } from './admin-helpers';
import { shown } from './h5-helpers';

const RUN = Date.now().toString(36);

async function publishOverHttp(drafter: ApiSession, body: unknown): Promise<number> {
  const created = await drafter.call('/api/admin/interpretations', { method: 'POST', json: body });
  expect(created.status).toBe(201);
  const id = created.body.id as number;
  expect((await drafter.call(`/api/admin/interpretations/${id}/submit`, { method: 'POST', json: {} })).status).toBe(200);
  for (const reviewer of ['hrss.head', 'office.staff', 'office.head']) {
    const session = await apiSignIn(reviewer);
    expect((await session.call(`/api/admin/interpretations/${id}/approve`, { method: 'POST', json: {} })).status).toBe(200);
  }
  return id;
}

async function demoItem(titleStart: string): Promise<{ id: number }> {
  const page = (await (await fetch(`${baseUrl()}/api/interpretations?pageSize=100`)).json()) as { items: Array<{ id: number; title: string }> };
  const item = page.items.find((i) => i.title.startsWith(titleStart));
  if (!item) throw new Error(`no demo interpretation 「${titleStart}…」`);
  return item;
}

async function openDetail(page: Page, id: number): Promise<void> {
  await page.goto(`${baseUrl()}/h5/packages/policy/pages/detail/index?id=${id}`);
  await shown(page).locator('.detail__title').waitFor();
}

describe('interpretations: 图解 and 视频 in the page', () => {
  let phone: TestBrowser;
  let desktop: TestBrowser;

  beforeAll(async () => {
    [phone, desktop] = await Promise.all([launchBrowser({ viewport: { width: 390, height: 844 } }), launchBrowser({ viewport: { width: 1440, height: 900 } })]);
  });
  afterAll(async () => {
    await Promise.all([phone?.close(), desktop?.close()]);
  });

  it('shows the demo 图解 picture (served offline) with its text alternative; tapping enlarges it, Escape closes and returns focus', async () => {
    const { page, problems } = await openPage(phone);
    const { id } = await demoItem('一图读懂：生了宝宝');
    await openDetail(page, id);
    const picture = shown(page).locator('img[alt*="出生医学证明"]');
    await picture.waitFor();
    // Loaded, not a broken image: the BFF serves the demo's pictures from the H5 build.
    await page.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await picture.elementHandle());
    expect(await picture.getAttribute('src')).toBe('/h5/demo-media/birth-one-thing.png');

    const opener = shown(page).getByRole('button', { name: '点击放大图解' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: '图解大图' });
    await dialog.waitFor();
    expect(await dialog.locator('img').getAttribute('alt')).toContain('出生医学证明');
    const enlarged = await dialog.locator('img').boundingBox();
    expect(enlarged!.width).toBeGreaterThanOrEqual(380);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('关闭大图');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('点击放大图解');

    await opener.click();
    await page.getByRole('button', { name: '关闭大图' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectNoProblems(page, problems);
    await page.close();
  });

  it('plays a 视频 in the page: the player has the source, the transcript opens below it', async () => {
    const drafter = await apiSignIn('hrss.staff');
    const transcript = `各位好，这是${RUN}号视频的文字稿。\n第一，登记失业后可以申请补贴。`;
    const id = await publishOverHttp(drafter, {
      title: `视频解读${RUN}：灵活就业参保补贴`,
      summary: '用三分钟视频讲清楚灵活就业人员怎样申请社会保险补贴。',
      bodyHtml: '<p>补贴对象为登记失业后灵活就业的人员。</p>',
      stages: ['employment'],
      format: 'video',
      mediaUrl: 'https://media.linxi.example.cn/interpretations/flexible-jobs.mp4',
      transcript,
    });
    const page = await phone.context.newPage();
    await openDetail(page, id);
    const video = shown(page).locator('video');
    await video.waitFor({ state: 'attached' });
    expect(await video.getAttribute('src')).toBe('https://media.linxi.example.cn/interpretations/flexible-jobs.mp4');
    expect(await shown(page).getByText('第一，登记失业后可以申请补贴。').count()).toBe(0);
    await shown(page).getByRole('button', { name: '展开视频文字稿' }).click();
    await shown(page).getByText('第一，登记失业后可以申请补贴。').waitFor();
    await shown(page).getByRole('button', { name: '收起视频文字稿' }).click();
    await shown(page).getByText('第一，登记失业后可以申请补贴。').waitFor({ state: 'detached' });
    await page.close();
  });

  it('the console: the administrator keeps 媒体来源 (系统设置)', async () => {
    const { page, problems } = await signedInPage(desktop, 'admin');
    await page.goto(`${baseUrl()}/admin/settings/media-hosts`);
    const hosts = page.getByLabel('允许的网站');
    await hosts.waitFor();
    expect(await hosts.inputValue()).toContain('media.linxi.example.cn');
    await hosts.fill('media.linxi.example.cn\nnot a host');
    await page
      .getByRole('button', { name: '保 存' })
      .or(page.getByRole('button', { name: '保存' }))
      .click();
    await page.getByText('「not」不是域名').first().waitFor();
    await hosts.fill(`media.linxi.example.cn\nvideo-${RUN}.example.gov.cn`);
    await page
      .getByRole('button', { name: '保 存' })
      .or(page.getByRole('button', { name: '保存' }))
      .click();
    await page.getByText('已保存媒体来源').waitFor();
    const saved = await (await apiSignIn('office.staff')).call('/api/admin/settings/media-hosts');
    expect(saved.body.hosts).toEqual(['media.linxi.example.cn', `video-${RUN}.example.gov.cn`]);
    await hosts.fill('media.linxi.example.cn');
    await page
      .getByRole('button', { name: '保 存' })
      .or(page.getByRole('button', { name: '保存' }))
      .click();
    await page.getByText('已保存媒体来源').first().waitFor();
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session', '400 /api/admin/settings/media-hosts'] });

    await page.close();
  });
});
