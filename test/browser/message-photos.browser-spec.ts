/// <reference lib="dom" />
// Photos on messages (issue 16): a citizen picks a photo on the H5 compose page (the file chooser Taro opens), sees
// its preview, submits, and sees it on their message; the office sees it in the console's message detail, and once the
// message is answered and the office publishes its photos (公开图片), anyone sees it on the public board.
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { apiSignIn, confirmPopup, expectNoProblems, openPage, signedInPage } from './admin-helpers';
import { shown, submitMessage } from './h5-helpers';

const RUN = Date.now().toString(36);

async function loaded(page: Page, image: Locator): Promise<void> {
  await image.waitFor();
  await page.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await image.elementHandle());
}

describe('photos on messages', () => {
  let citizen: TestBrowser;
  let office: TestBrowser;

  beforeAll(async () => {
    [citizen, office] = await Promise.all([launchBrowser({ viewport: { width: 390, height: 844 } }), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([citizen?.close(), office?.close()]);
  });

  it('uploads a photo from the compose page, shows it on the citizen’s message and to the office', async () => {
    const { page, problems } = await openPage(citizen);
    const title = `路面塌陷请尽快处理 ${RUN}`;
    const photo = await sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 200, g: 80, b: 20 } } })
      .jpeg()
      .withExifMerge({ IFD0: { Make: 'BrowserCam' } })
      .toBuffer();

    await page.goto(`${baseUrl()}/h5/packages/messages/pages/compose/index`);
    await shown(page).getByText('留言类型').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await shown(page).getByLabel('添加图片').click();
    await (await chooser).setFiles({ name: 'road.jpg', mimeType: 'image/jpeg', buffer: photo });
    await loaded(page, shown(page).locator('img[alt="图片1"]'));
    await shown(page).getByText('上传中').waitFor({ state: 'detached' });
    await shown(page).getByText('1/9').waitFor();

    const id = await submitMessage(page, {
      type: '咨询',
      title,
      content: '我家门口的路面塌陷了一个大坑，附上照片，请有关部门尽快处理。',
      name: '李四',
      phone: '13912345678',
      isPublic: true,
    });
    await loaded(page, shown(page).locator('img[alt="留言图片1"]'));
    await expectNoProblems(page, problems);
    await page.close();

    const desk = await signedInPage(office, 'office.staff');
    await desk.page.goto(`${baseUrl()}/admin/messages/${id}`);
    await desk.page.getByText(title).waitFor();
    await desk.page.getByText('留言图片（1）').waitFor();
    await loaded(desk.page, desk.page.locator('img[alt="留言图片1"]'));

    // Answered in public, its photo checked by WeChat (the fake, through the outbox): the office may publish it.
    const officeApi = await apiSignIn('office.staff');
    const hrssApi = await apiSignIn('hrss.staff');
    const hrssId = ((await officeApi.call('/api/agencies')).body as Array<{ id: number; code: string }>).find((a) => a.code === 'dept-hrss')!.id;
    expect((await officeApi.call(`/api/admin/messages/${id}/dispatch`, { method: 'POST', json: { agencyId: hrssId } })).status).toBe(200);
    expect((await hrssApi.call(`/api/admin/messages/${id}/reply`, { method: 'POST', json: { bodyHtml: '<p>已安排抢修。</p>' } })).status).toBe(200);
    const deadline = Date.now() + 60_000;
    let check = '';
    while (check !== 'passed' && Date.now() < deadline) {
      check = (await officeApi.call(`/api/admin/messages/${id}`)).body.images[0].check;
      if (check !== 'passed') await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(check).toBe('passed');
    await desk.page.reload();
    await desk.page.getByRole('button', { name: '公开图片' }).click();
    await confirmPopup(desk.page, '确定');
    await desk.page.getByText('已公开', { exact: true }).waitFor();
    await expectNoProblems(desk.page, desk.problems, { answered: ['401 /api/staff/session'] }); // the session check before signing in
    await desk.page.close();

    const board = await openPage(citizen);
    await board.page.goto(`${baseUrl()}/h5/packages/messages/pages/board-detail/index?id=${id}`);
    await shown(board.page).getByText('已安排抢修。').waitFor();
    await loaded(board.page, shown(board.page).locator('img[alt="留言图片1"]'));
    await expectNoProblems(board.page, board.problems);
  });
});
