/// <reference lib="dom" />
// Citizens' messages in the H5 build (docs/domain.md §3): leave a consultation, follow it in 我的, read the public board.
// H5 signs in as a pretend citizen (POST /api/citizen/session/dev): the BFF needs CITIZEN_DEV_LOGIN=true, as config/default.env has it.
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { apiSignIn, expectNoProblems, openPage } from './admin-helpers';
import { openTab, shown, submitMessage } from './h5-helpers';

/** From a unit's page to its message form: 给该单位留言. */
async function openUnitForm(page: Page, unitName: string): Promise<void> {
  await page.goto(`${baseUrl()}/h5/pages/units/index`);
  await shown(page).getByText(unitName, { exact: true }).click();
  await page.waitForURL(/\/h5\/packages\/units\/pages\/detail\/index\?id=\d+$/);
  const unitId = new URL(page.url()).searchParams.get('id');
  await shown(page).locator('taro-button-core', { hasText: '给该单位留言' }).click();
  await page.waitForURL(new RegExp(`/h5/packages/messages/pages/compose/index\\?unitId=${unitId}&unitName=`));
  await shown(page).locator('.compose__unit-name', { hasText: unitName }).waitFor();
}

/** Makes titles unique to this run: the browser suite shares one server. */
const RUN = Date.now().toString(36);
const PHONE = '13812345678';

describe('H5 messages', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('leaves a public consultation from the 留言 tab and follows it in 我的', async () => {
    const { page, problems } = await openPage(browser);
    const title = `社保卡补办需要哪些材料 ${RUN}`;
    const content = '您好，我的社保卡丢失了，请问补办需要带哪些材料，可以在哪里办理？';

    await page.goto(`${baseUrl()}/h5/`);
    await shown(page).getByText('出生', { exact: true }).waitFor();
    await openTab(page, '留言');
    await page.waitForURL(/\/h5\/pages\/board\/index$/);
    await shown(page).locator('taro-button-core', { hasText: '我要留言' }).click();

    await page.waitForURL(/\/h5\/packages\/messages\/pages\/compose\/index$/);
    await shown(page).getByText('留言类型').waitFor();
    await shown(page).locator('.segmented__option', { hasText: '网上咨询' }).click();
    await shown(page).getByLabel('内容').fill(content);
    await shown(page)
      .getByText(`${[...content].length}/2500`)
      .waitFor();
    await submitMessage(page, { type: '咨询', title, content, name: '张三', phone: PHONE, isPublic: true });
    await shown(page).getByText('受理编号', { exact: true }).waitFor();
    const status = shown(page).locator('.message-status');
    await expect(status.textContent()).resolves.toMatch(/^(已交办|待受理)$/);
    await shown(page).getByText(content, { exact: true }).waitFor();
    await shown(page).getByText('138****5678', { exact: true }).waitFor();
    await shown(page).getByText('同意在留言板公开（不含姓名电话）').waitFor();
    expect(await page.content()).not.toContain(PHONE);
    const caseNo = (await shown(page).locator('.detail__row', { hasText: '受理编号' }).locator('.detail__row-value').textContent())!.trim();
    expect(caseNo).not.toBe('');

    // Back on the board (the form is gone from history), then to 我的.
    await page.goBack();
    await page.waitForURL(/\/h5\/pages\/board\/index$/);
    await openTab(page, '我的');
    await page.waitForURL(/\/h5\/pages\/mine\/index$/);
    const item = shown(page).locator('.mine__item', { hasText: title });
    await item.waitFor();
    await expect(item.locator('.message-status').textContent()).resolves.toMatch(/^(已交办|待受理)$/);
    await item.getByText(`受理编号 ${caseNo}`).waitFor();

    await item.click();
    await page.waitForURL(/\/h5\/packages\/messages\/pages\/detail\/index\?id=\d+$/);
    await shown(page).locator('.detail__title', { hasText: title }).waitFor();
    await shown(page).getByText('暂未答复，答复后会显示在这里。').waitFor();
    await expectNoProblems(page, problems);
    await page.close();
  });

  it('tells the citizen, on the new message, that a refused reply notification will not come', async () => {
    // The compose page sends the citizen here with &notify= when WeChat refused the subscription (rejected, or 20004).
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/h5/packages/messages/pages/compose/index`);
    await shown(page).getByText('留言类型').waitFor();
    const id = await submitMessage(page, {
      type: '咨询',
      title: `答复通知被拒绝 ${RUN}`,
      content: '请问公积金提取需要哪些材料？',
      name: '李四',
      phone: PHONE,
      isPublic: false,
    });

    await page.goto(`${baseUrl()}/h5/packages/messages/pages/detail/index?id=${id}&notify=rejected`);
    await shown(page)
      .locator('.detail__title', { hasText: `答复通知被拒绝 ${RUN}` })
      .waitFor();
    await shown(page).getByText('您没有允许答复通知，答复后不会收到微信通知', { exact: false }).waitFor();
    // A browser has no WeChat settings page to offer.
    await expect(shown(page).locator('taro-button-core', { hasText: '打开设置' }).count()).resolves.toBe(0);

    await page.goto(`${baseUrl()}/h5/packages/messages/pages/detail/index?id=${id}&notify=switched-off`);
    await shown(page).getByText('您在微信中关闭了本小程序的订阅消息', { exact: false }).waitFor();

    // Without the parameter, or with one that means nothing, nothing is said.
    await page.goto(`${baseUrl()}/h5/packages/messages/pages/detail/index?id=${id}&notify=nonsense`);
    await shown(page)
      .locator('.detail__title', { hasText: `答复通知被拒绝 ${RUN}` })
      .waitFor();
    await expect(shown(page).locator('.subscribe-notice').count()).resolves.toBe(0);
    await expectNoProblems(page, problems);
    await page.close();
  });

  it('stays the same citizen across visits and sends messages to a unit from its page', async () => {
    const { page, problems } = await openPage(browser);
    const title = `停水通知没有提前发布 ${RUN}`;

    await openUnitForm(page, '临溪市自来水有限公司');
    await shown(page)
      .getByText(/^公共企事业单位留言：/)
      .waitFor();
    // The form checks itself before sending anything.
    await shown(page).locator('taro-button-core', { hasText: '提交留言' }).click();
    await shown(page).getByText('请填写留言标题').waitFor();
    await shown(page).getByText('请填写手机号码，方便承办单位与您联系').waitFor();

    await submitMessage(page, {
      type: '投诉',
      title,
      content: '本周二上午突然停水，没有看到任何提前通知，请改进。',
      name: '欧阳娜娜',
      phone: '13900001111',
      isPublic: false,
    });
    await shown(page).locator('.detail__row', { hasText: '承办单位' }).getByText('临溪市自来水有限公司').waitFor();
    await shown(page).getByText('公共企事业单位留言', { exact: true }).waitFor();
    await expect(shown(page).locator('.message-status').textContent()).resolves.toBe('已交办');

    // A fresh load of 我的: the stored session (or the same pretend citizen) still sees both messages.
    await page.goto(`${baseUrl()}/h5/pages/mine/index`);
    await shown(page).locator('.mine__item', { hasText: title }).waitFor();
    await shown(page)
      .locator('.mine__item', { hasText: `社保卡补办需要哪些材料 ${RUN}` })
      .waitFor();
    await expectNoProblems(page, problems);
    await page.close();
  });

  it("shows the unit's reply, takes one rating, and puts the public message on the board masked", async () => {
    const { page, problems } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const title = `公交站牌信息陈旧 ${RUN}`;
    const phone = '13700002222';

    await openUnitForm(page, '临溪市公共交通集团有限公司');
    const id = await submitMessage(page, {
      type: '建议',
      title,
      content: '人民路站的站牌还是去年的线路信息，建议尽快更新。',
      name: '李四',
      phone,
      isPublic: true,
    });

    // The unit answers in the console; the script in it never reaches a citizen (docs/security.md §14).
    const bus = await apiSignIn('bus.staff');
    const reply = await bus.call(`/api/admin/messages/${id}/reply`, {
      method: 'POST',
      json: { bodyHtml: '<p>感谢您的建议，人民路站站牌<strong>已于本周更新</strong>。</p><script>alert(1)</script><img src="x" onerror="alert(2)">' },
    });
    expect(reply.status).toBe(200);

    await page.reload();
    await shown(page).getByText('已于本周更新').waitFor();
    await expect(shown(page).locator('.message-status').textContent()).resolves.toBe('已答复');
    await shown(page)
      .locator('.detail__rating-option', { hasText: /^满意$/ })
      .click();
    await shown(page).getByLabel('评价说明').fill('更新很及时');
    await shown(page).locator('taro-button-core', { hasText: '提交评价' }).click();
    await shown(page).getByText('我的评价').waitFor();
    await expect(shown(page).locator('.detail__rating').textContent()).resolves.toBe('满意');
    await expect(shown(page).locator('.message-status').textContent()).resolves.toBe('已办结');
    await expect(shown(page).locator('.detail__rating-option').count()).resolves.toBe(0);

    await page.goto(`${baseUrl()}/h5/pages/board/index`);
    await shown(page).locator('.board__item', { hasText: title }).click();
    await page.waitForURL(new RegExp(`/h5/packages/messages/pages/board-detail/index\\?id=${id}$`));
    await shown(page).locator('.board-detail .rich-body', { hasText: '已于本周更新' }).waitFor();
    await shown(page)
      .locator('.board-detail__meta-item', { hasText: /^留言人 李\*$/ })
      .waitFor();
    expect(await page.content()).not.toContain(phone);
    expect(dialogs).toEqual([]);
    await expectNoProblems(page, problems);
    await page.close();
  });

  it('shows the public board with its type filters', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/h5/pages/board/index`);
    await shown(page).locator('.board__filter', { hasText: '全部' }).waitFor();
    await shown(page).locator('.board__item, .status--empty').first().waitFor();

    const answer = page.waitForResponse((response) => response.url().includes('/api/board?') && response.url().includes('type=complaint'));
    await shown(page).locator('.board__filter', { hasText: '投诉' }).click();
    expect((await answer).status()).toBe(200);
    await shown(page).locator('.board__item, .status--empty').first().waitFor();
    const tags = await shown(page).locator('.board__item .message-tag').allTextContents();
    expect(tags.every((tag) => tag === '投诉')).toBe(true);
    // Masked on the server (docs/security.md §15): no full mobile number anywhere on the board.
    expect(await shown(page).innerText()).not.toMatch(/1[3-9]\d{9}/);
    await expectNoProblems(page, problems);
    await page.close();
  });

  it('asks about an interpretation from its page: 就此政策咨询 prefills the form and the message reaches the drafting agency', async () => {
    const { page, problems } = await openPage(browser);
    const hrssName = '临溪市人力资源和社会保障局';
    const listed = await fetch(`${baseUrl()}/api/interpretations?pageSize=50`).then((response) => response.json());
    const interpretation = (listed.items as Array<{ id: number; title: string; agencyName: string }>).find((item) => item.agencyName === hrssName)!;
    expect(interpretation).toBeDefined();

    await page.goto(`${baseUrl()}/h5/packages/policy/pages/detail/index?id=${interpretation.id}`);
    await shown(page).locator('.detail__title', { hasText: interpretation.title }).waitFor();
    const ask = shown(page).locator('.detail__ask-button', { hasText: '就此政策咨询' });
    expect((await ask.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await ask.click();
    await page.waitForURL(new RegExp(`/h5/packages/messages/pages/compose/index\\?interpretationId=${interpretation.id}&`));
    await shown(page).locator('.compose__asked .compose__unit-name', { hasText: interpretation.title }).waitFor();
    await shown(page).getByText(`留言将直接送达这篇解读的起草单位（${hrssName}），由其答复。`).waitFor();
    const prefilled = `咨询：${interpretation.title}`;
    await expect(shown(page).getByLabel('标题').inputValue()).resolves.toBe(
      [...prefilled].length > 60 ? `${[...prefilled].slice(0, 59).join('')}…` : prefilled,
    );

    // Its own word: other tests' titles carry RUN too.
    const word = `zc${RUN}`;
    const title = `就此政策咨询 ${word}`;
    const id = await submitMessage(page, {
      type: '咨询',
      title,
      content: '看了这篇解读，还想确认一下：已经办理过的人员是否还需要重新申请？',
      name: '赵六',
      phone: PHONE,
      isPublic: true,
    });
    await expect(shown(page).locator('.message-status').textContent()).resolves.toBe('已交办');

    // Staff of the drafting agency see it, with the interpretation it asks about; their answer puts it on the board.
    const hrss = await apiSignIn('hrss.staff');
    const seen = await hrss.call(`/api/admin/messages/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ agencyName: hrssName, interpretation: { id: interpretation.id, title: interpretation.title } });
    expect((await hrss.call(`/api/admin/messages/${id}/reply`, { method: 'POST', json: { bodyHtml: '<p>无需重新申请。</p>' } })).status).toBe(200);

    // The board finds it by a word of its title, alone.
    await page.goto(`${baseUrl()}/h5/pages/board/index`);
    await shown(page).locator('.board__item, .status--empty').first().waitFor();
    const agencyFilter = shown(page).locator('.board__agency');
    await agencyFilter.getByText('全部单位').waitFor();
    expect((await agencyFilter.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const searched = page.waitForResponse((response) => response.url().includes('/api/board?') && response.url().includes(`q=${word}`));
    await expect(shown(page).locator('.search-bar__input').getAttribute('aria-label')).resolves.toBe('搜索留言');
    await shown(page).locator('.search-bar input').fill(word);
    await shown(page).locator('.search-bar__button').click();
    expect((await searched).status()).toBe(200);
    await shown(page).getByText('找到 1 条相关留言').waitFor();
    await expect(shown(page).locator('.board__item').count()).resolves.toBe(1);
    await shown(page).locator('.board__item', { hasText: title }).getByText(hrssName).waitFor();
    await expectNoProblems(page, problems);
    await page.close();
  });

  it('explains what is collected and why', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/h5/packages/messages/pages/compose/index`);
    await shown(page).getByText('《隐私说明》').click();
    await page.waitForURL(/\/h5\/packages\/messages\/pages\/privacy\/index$/);
    for (const heading of ['我们收集哪些信息', '为什么收集', '谁能看到', '保存多久']) await shown(page).getByText(heading, { exact: true }).waitFor();
    await shown(page)
      .getByText(/openid/)
      .waitFor();
    await expectNoProblems(page, problems);
    await page.close();
  });
});
