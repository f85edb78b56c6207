/// <reference lib="dom" />
// 政策解读 end to end (docs/domain.md §1): a department drafts in /admin, three levels approve in /admin, and the item is
// then on /h5 under its stage and in search. And the XSS corpus, stored through the API, renders on /h5 with no dialog.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { decodeQrPng, PNG_SIGNATURE } from '../support/qr';
import { type ApiSession, apiSignIn, choose, confirmPopup, expectNoProblems, openedDialog, openMenuPage, openPage, signIn } from './admin-helpers';

const RUN = Date.now().toString(36);

/** The page on screen (Taro's H5 router keeps earlier pages in the DOM, hidden). */
function shown(page: Page): Locator {
  return page.locator('.taro_page').filter({ visible: true }).last();
}

/** Publishes a draft over HTTP: submit, then the three approvals. */
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

const XSS_CORPUS = [
  '<script>alert("script")</script>',
  '<img src=x onerror=alert("img")>',
  '<a href="javascript:alert(\'href\')">点我链接</a>',
  '<p onclick="alert(1)" onmouseover="alert(2)" style="background:url(javascript:alert(3))">带事件的段落</p>',
  '<svg onload=alert("svg")><script>alert(4)</script></svg>',
  '<div style="width:expression(alert(5))">样式表达式</div>',
  '<iframe src="javascript:alert(6)"></iframe>',
  '<details open ontoggle=alert("details")>x</details>',
  '<body onload=alert("body")>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">数据链接</a>',
].join('');
/** Its unclosed tags swallow whatever follows, so it goes last. */
const MATH_PAYLOAD = '<math><mtext><table><mglyph><style><img src=x onerror=alert(7)>';

describe('interpretations: /admin review loop and /h5', () => {
  const browsers: TestBrowser[] = [];
  const fresh = async () => {
    const browser = await launchBrowser();
    browsers.push(browser);
    return openPage(browser);
  };

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
  });

  it('renders the XSS corpus on /h5 detail without any dialog, and switches to the Yi variant', async () => {
    const drafter = await apiSignIn('hrss.staff');
    const title = `安全测试解读${RUN}：琉璃卡办理`;
    const id = await publishOverHttp(drafter, {
      title,
      summary: '这是一条用于检验富文本安全的解读摘要。',
      bodyHtml: `<p>正文开头</p>${XSS_CORPUS}<p>正文结尾</p>${MATH_PAYLOAD}`,
      stages: ['work'],
      format: 'text',
      variants: [{ language: 'ii', title: `ꆈꌠ${RUN}（彝文演示）`, summary: 'ꆈꌠꁱꂷ', bodyHtml: `<p>ꆈꌠꉙ</p>${XSS_CORPUS}${MATH_PAYLOAD}` }],
    });

    const browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
    browsers.push(browser);
    const { page, problems } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${baseUrl()}/h5/packages/policy/pages/detail/index?id=${id}`);
    await shown(page).getByText('正文结尾').waitFor();
    await shown(page).getByText('带事件的段落').waitFor();
    // Hover and click whatever survived, as a reader would.
    await shown(page).getByText('带事件的段落').hover();
    await shown(page).getByText('点我链接').click();
    const body = shown(page).locator('.rich-body');
    const html = await body.innerHTML();
    expect(html).not.toMatch(/<script|<iframe|<svg|<img|<style|<details|\son\w+=|javascript:|expression\(|data:text/i);

    await shown(page).getByText('彝文', { exact: true }).click();
    await shown(page).getByText(`ꆈꌠ${RUN}（彝文演示）`).waitFor();
    await shown(page).getByText('ꆈꌠꉙ').waitFor();
    await shown(page).getByText('中文', { exact: true }).click();
    await shown(page).getByText(title).waitFor();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await expectNoProblems(page, problems);
  });

  it('a draft submitted meanwhile from elsewhere: 提交 is refused, the page shows it submitted and leaves no unhandled error', async () => {
    const drafter = await apiSignIn('hrss.staff');
    const created = await drafter.call('/api/admin/interpretations', {
      method: 'POST',
      json: { title: `重复提交${RUN}`, summary: '用于检验重复提交的解读摘要。', bodyHtml: '<p>正文</p>', stages: ['work'], format: 'text' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const { page, problems } = await fresh();
    await signIn(page, 'hrss.staff', `/admin/interpretations/${id}`);
    await page.getByText('起草中').first().waitFor();

    const submitted = await drafter.call(`/api/admin/interpretations/${id}/submit`, { method: 'POST', json: {} });
    expect(submitted.status).toBe(200);
    await page.getByRole('button', { name: /提交审核/ }).click();
    await confirmPopup(page, '提交');
    await page.getByText('待部门初审').first().waitFor();
    await page.waitForTimeout(500); // a rejection nobody handles is reported right after the call fails
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session', `409 /api/admin/interpretations/${id}/submit`] });
  });

  it('drafter drafts in /admin → agency head, office staff, office head approve → on /h5 under its stage and in search', async () => {
    const title = `琥珀卡申领指南${RUN}`;

    // 起草: hrss.staff writes a draft and submits it.
    const drafter = await fresh();
    await signIn(drafter.page, 'hrss.staff');
    await drafter.page.getByRole('menuitem', { name: '政策解读' }).click();
    await drafter.page.getByRole('menuitem', { name: '我的起草' }).click();
    await drafter.page.getByRole('button', { name: /起草解读/ }).click();
    await drafter.page.waitForURL(/\/admin\/interpretations\/new$/);
    await drafter.page.getByLabel('标题', { exact: true }).fill(title);
    await drafter.page.getByLabel('摘要', { exact: true }).fill('琥珀卡是面向新就业青年的住房补贴凭证，本文说明申领条件和流程。');
    await drafter.page
      .getByLabel('正文', { exact: true })
      .fill('琥珀卡帮助新就业青年解决租房困难。\n\n## 申领条件\n\n- 毕业五年内\n- 在本市缴纳社保\n\n**线上申请**，五个工作日内办结。');
    await drafter.page.getByLabel('住房', { exact: true }).check();
    await drafter.page.getByLabel('用工招聘', { exact: true }).check();
    // A new policy document, registered from the editor and chosen for it; a related interpretation.
    await drafter.page.getByRole('button', { name: '登记新的政策文件' }).click();
    const dialog = await openedDialog(drafter.page);
    await dialog.getByLabel('文件标题').fill('临溪市琥珀卡实施办法');
    await dialog.getByLabel('文号').fill(`临人社发〔2026〕${RUN}号`);
    await dialog.getByLabel('发文机关').fill('临溪市人力资源和社会保障局');
    await dialog.getByLabel('成文日期').fill('2026-06-01');
    await dialog.getByRole('button', { name: /登\s?记/ }).click();
    await drafter.page.locator('.ant-select', { hasText: `临人社发〔2026〕${RUN}号` }).waitFor();
    await choose(drafter.page, drafter.page.getByLabel('相关解读'), '住房公积金提取：租房、购房、还贷怎么取', '公积金');
    await drafter.page.getByRole('button', { name: /保存草稿/ }).click();
    await drafter.page.waitForURL(/\/admin\/interpretations\/\d+$/);
    const id = Number(new URL(drafter.page.url()).pathname.split('/').pop());
    await drafter.page.getByText('起草中').first().waitFor();
    await drafter.page.locator('.ant-typography h4, h4', { hasText: '申领条件' }).first().waitFor();
    await drafter.page.getByText(`临人社发〔2026〕${RUN}号`).waitFor();
    await drafter.page.getByRole('button', { name: /提交审核/ }).click();
    await confirmPopup(drafter.page, '提交');
    await drafter.page.getByText('待部门初审').first().waitFor();
    await expectNoProblems(drafter.page, drafter.problems, { answered: ['401 /api/staff/session'] });

    // 三级审核: each reviewer finds it in their queue and approves it.
    const levels: Array<[string, string]> = [
      ['hrss.head', '待公开办审核'],
      ['office.staff', '待负责人审核'],
      ['office.head', '已发布'],
    ];
    for (const [username, after] of levels) {
      const reviewer = await fresh();
      await signIn(reviewer.page, username);
      await openMenuPage(reviewer.page, '政策解读', '解读审核', /\/admin\/interpretations\/review$/);
      await reviewer.page.getByRole('link', { name: title }).click();
      await reviewer.page.waitForURL(new RegExp(`/admin/interpretations/${id}$`));
      await reviewer.page.getByRole('button', { name: /审核通过/ }).click();
      const approval = await openedDialog(reviewer.page, '审核通过');
      await approval.getByLabel('审核意见').fill(`${username} 同意`);
      await approval.getByRole('button', { name: /审核通过/ }).click();
      await reviewer.page.locator('.ant-descriptions, .ant-card-head').getByText(after).first().waitFor();
      await reviewer.page.locator('[data-event="approve"]', { hasText: `${username} 同意` }).waitFor();
      await expectNoProblems(reviewer.page, reviewer.problems, { answered: ['401 /api/staff/session'] });
    }

    // The drafter's console shows the whole history.
    await drafter.page.reload();
    await drafter.page.getByText('已发布').first().waitFor();
    expect(await drafter.page.locator('[data-event]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event')))).toEqual([
      'create',
      'submit',
      'approve',
      'approve',
      'approve',
    ]);
    // Published: its 小程序码 for a poster, a PNG whose code opens the home page with `i=<id>`.
    const [download] = await Promise.all([
      drafter.page.waitForEvent('download'),
      drafter.page.getByRole('button', { name: `下载「${title}」的小程序码` }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(decodeQrPng(png)).toBe(`weimin-fake-wxacode:pages/home/index?scene=i=${id}`);

    // On /h5: under 住房, and found by search from the home page.
    const citizenBrowser = await launchBrowser({ viewport: { width: 390, height: 844 } });
    browsers.push(citizenBrowser);
    const citizen = await openPage(citizenBrowser);
    await citizen.page.goto(`${baseUrl()}/h5/`);
    await shown(citizen.page).getByText('住房', { exact: true }).click();
    await citizen.page.waitForURL(/\/h5\/packages\/policy\/pages\/stage\/index\?code=housing$/);
    await shown(citizen.page).getByText(title).click();
    await citizen.page.waitForURL(new RegExp(`/h5/packages/policy/pages/detail/index\\?id=${id}$`));
    await shown(citizen.page).getByText('毕业五年内').waitFor();
    await shown(citizen.page).getByText('临溪市琥珀卡实施办法').waitFor();
    await shown(citizen.page).locator('.interpretation-item', { hasText: '住房公积金提取：租房、购房、还贷怎么取' }).waitFor();
    // 有帮助: the H5 build signs the citizen in first (development login), then counts the answer once.
    await shown(citizen.page).getByText('有帮助 0').click();
    await shown(citizen.page).getByText('感谢您的反馈').waitFor();

    await citizen.page.goto(`${baseUrl()}/h5/`);
    await shown(citizen.page).getByText('个人办事', { exact: true }).waitFor();
    const search = shown(citizen.page).locator('.search-bar input');
    await search.fill('琥珀卡');
    await shown(citizen.page).locator('.search-bar__button').click();
    await citizen.page.waitForURL(/\/h5\/packages\/policy\/pages\/search\/index\?q=/);
    await shown(citizen.page).getByText(title).waitFor();
    await shown(citizen.page)
      .getByText(/找到 \d+ 条相关解读/)
      .waitFor();
    await expectNoProblems(citizen.page, citizen.problems);
  });
});
