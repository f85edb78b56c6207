/// <reference lib="dom" />
// The whole life of a message (docs/domain.md §3), each step taken in Chromium the way its person takes it: a citizen
// leaves a consultation on /h5, the office dispatches it in /admin, the agency answers it there, the citizen reads
// the answer and rates it, and the public board shows it with the citizen's name and phone masked (docs/security.md §15).
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { choose, expectNoProblems, field, header, historyStep, label, openedDialog, openPage, rowOf, signedOutPage, signIn, toast } from './admin-helpers';
import { openTab, shown, submitMessage } from './h5-helpers';

const RUN = Date.now().toString(36);
const HRSS = '临溪市人力资源和社会保障局';
/** Words no demo routing rule knows, so the message waits in the office's queue. */
const TITLE = `外地回临溪工作后个人档案转到哪里 ${RUN}`;
const CONTENT = '我从外地回到临溪工作，原单位让我把个人档案转出，请问应转到哪个部门存放，办理时需要带哪些材料？';
const CITIZEN = { name: '张伟', phone: '13912345678' };
const REPLY = '个人档案可转至市人才服务中心存放，请携带身份证和原单位开具的转档函办理。';

describe('a message from the citizen to the public board', () => {
  let citizen: TestBrowser;
  let office: TestBrowser;
  let agency: TestBrowser;
  /** Native dialogs any page opened: none may appear. */
  const dialogs: string[] = [];

  beforeAll(async () => {
    [citizen, office, agency] = await Promise.all([launchBrowser({ viewport: { width: 390, height: 844 } }), launchBrowser(), launchBrowser()]);
    for (const [browser, username] of [
      [office, 'office.staff'],
      [agency, 'hrss.staff'],
    ] as const) {
      const { page } = await signedOutPage(browser);
      await signIn(page, username);
      await page.close();
    }
  });

  afterAll(async () => {
    await Promise.all([citizen?.close(), office?.close(), agency?.close()]);
  });

  it('is posted on /h5, dispatched and answered in /admin, rated on /h5 and shown masked on the board', async () => {
    // 1. The citizen leaves a public consultation from the 留言 tab; no rule routes it, so it waits for the office.
    const h5 = await openPage(citizen, dialogs);
    await h5.page.goto(`${baseUrl()}/h5/`);
    await openTab(h5.page, '留言');
    await shown(h5.page).locator('taro-button-core', { hasText: '我要留言' }).click();
    await h5.page.waitForURL(/\/h5\/packages\/messages\/pages\/compose\/index$/);
    const id = await submitMessage(h5.page, { type: '咨询', title: TITLE, content: CONTENT, name: CITIZEN.name, phone: CITIZEN.phone, isPublic: true });
    await expect(shown(h5.page).locator('.message-status').textContent()).resolves.toBe('待受理');
    const detailUrl = h5.page.url();

    // 2. The office finds it in 待交办 and dispatches it to 人社局.
    const desk = await openPage(office, dialogs);
    await desk.page.goto(`${baseUrl()}/admin/messages/queue`);
    await rowOf(desk.page, TITLE).getByRole('link', { name: TITLE }).click();
    await desk.page.waitForURL(`${baseUrl()}/admin/messages/${id}`);
    // The list's own 交办 buttons stay on screen until the message's page has loaded.
    await desk.page.getByText(/^受理编号 LX\d+$/).waitFor();
    await header(desk.page)
      .getByRole('button', { name: label('交办') })
      .click();
    const dispatch = await openedDialog(desk.page, /^交办留言：LX\d+$/);
    await choose(desk.page, dispatch.getByLabel('承办单位'), HRSS, '人力资源');
    await dispatch.getByLabel('交办意见').fill('请按档案管理规定答复。');
    await dispatch.getByRole('button', { name: label('交办') }).click();
    await toast(desk.page, `已交办：${HRSS}`).waitFor();
    await header(desk.page).getByText('已交办', { exact: true }).waitFor();
    await expectNoProblems(desk.page, desk.problems);

    // 3. 人社局 finds it in 本单位留言 and answers.
    const hrss = await openPage(agency, dialogs);
    await hrss.page.goto(`${baseUrl()}/admin/messages/mine`);
    await rowOf(hrss.page, TITLE).getByRole('link', { name: TITLE }).click();
    await hrss.page.waitForURL(`${baseUrl()}/admin/messages/${id}`);
    await hrss.page.getByText(/^受理编号 LX\d+$/).waitFor();
    expect(await field(hrss.page, '联系电话').innerText()).toBe(CITIZEN.phone);
    await header(hrss.page)
      .getByRole('button', { name: label('答复') })
      .click();
    const reply = await openedDialog(hrss.page, /^答复留言：LX\d+$/);
    await reply.getByLabel('答复内容').fill(REPLY);
    await reply.getByRole('button', { name: '提交答复' }).click();
    await toast(hrss.page, '答复已提交').waitFor();
    await header(hrss.page).getByText('已答复', { exact: true }).waitFor();
    await historyStep(hrss.page, '答复', '王磊').waitFor();
    await expectNoProblems(hrss.page, hrss.problems);

    // 4. The citizen reads the answer on the message's page and rates it once.
    await h5.page.goto(detailUrl);
    await shown(h5.page).getByText(REPLY).waitFor();
    await expect(shown(h5.page).locator('.message-status').textContent()).resolves.toBe('已答复');
    await shown(h5.page)
      .locator('.detail__rating-option', { hasText: /^满意$/ })
      .click();
    await shown(h5.page).locator('taro-button-core', { hasText: '提交评价' }).click();
    await shown(h5.page).getByText('我的评价').waitFor();
    await expect(shown(h5.page).locator('.message-status').textContent()).resolves.toBe('已办结');

    // 5. The board shows it with the answering agency and the answer, the citizen's name masked, no phone anywhere.
    await h5.page.goto(`${baseUrl()}/h5/pages/board/index`);
    await shown(h5.page).locator('.board__item', { hasText: TITLE }).click();
    await h5.page.waitForURL(new RegExp(`/h5/packages/messages/pages/board-detail/index\\?id=${id}$`));
    const board = shown(h5.page).locator('.board-detail');
    await board.locator('.rich-body', { hasText: REPLY }).waitFor();
    await board.locator('.board-detail__meta-item', { hasText: /^留言人 张\*$/ }).waitFor();
    await board.getByText(HRSS).first().waitFor();
    const pageText = await h5.page.content();
    expect(pageText).not.toContain(CITIZEN.phone);
    expect(pageText).not.toContain(CITIZEN.name);
    const publicView = await (await fetch(`${baseUrl()}/api/board/${id}`)).text();
    expect(publicView).toContain(REPLY);
    expect(publicView).not.toMatch(/1[3-9]\d{9}/);
    expect(publicView).not.toContain(CITIZEN.name);
    await expectNoProblems(h5.page, h5.problems);

    expect(dialogs).toEqual([]);
  });
});
