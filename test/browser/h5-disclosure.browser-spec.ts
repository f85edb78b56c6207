/// <reference lib="dom" />
// 依申请公开 from end to end (issue 12 point 16): a citizen applies on /h5, the agency asks for a 补正, the citizen
// corrects on /h5, the agency answers 部分公开, its head approves, and the citizen downloads the reply letter. The
// staff steps go through the admin API with staff sessions (the console pages are tested on their own).
import { readFile } from 'node:fs/promises';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import { apiSignIn, expectNoProblems, openPage, type ApiSession } from './admin-helpers';
import { openTab, shown } from './h5-helpers';

const RUN = Date.now().toString(36);
const TITLE = `2025年城乡居民养老保险基金收支情况 ${RUN}`;
const MISSING = '请写明所需信息的起止年月和统计口径';
const CORRECTED = '请提供2025年1月至12月本市城乡居民养老保险基金的收入、支出和年末结余，按月统计。';
/** A folder to save what the citizen sees at each step (390 px wide), for looking at the pages; unset in the suite. */
const SHOTS = process.env.WEIMIN_SCREENSHOTS;

describe('依申请公开 on /h5: apply, correct, download the reply letter', () => {
  let citizen: TestBrowser;
  let office: ApiSession;
  let hrss: ApiSession;
  let hrssHead: ApiSession;
  const dialogs: string[] = [];

  beforeAll(async () => {
    citizen = await launchBrowser({ viewport: { width: 390, height: 844 } });
    [office, hrss, hrssHead] = await Promise.all(['office.staff', 'hrss.staff', 'hrss.head'].map((u) => apiSignIn(u)));
  });
  afterAll(async () => {
    await citizen?.close();
  });

  it('takes the application, shows the 补正 and takes the correction, then hands over the letter', async () => {
    const { page, problems } = await openPage(citizen, dialogs);
    const shot = async (name: string) => {
      if (!SHOTS) return;
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    };

    // 1. From the home page's entry to the form; 不确定 which agency, so the office will route it.
    await page.goto(`${baseUrl()}/h5/`);
    await shown(page).getByText('依申请公开', { exact: true }).click();
    await page.waitForURL(/\/h5\/packages\/disclosure\/pages\/form\/index$/);
    const form = shown(page);
    await form.getByLabel('姓名').fill('张伟');
    await form.getByLabel('居民身份证号码').fill('11010119900307');
    await form.getByLabel('联系电话').fill('13912345678');
    await form.getByLabel('通信地址').fill('临溪市人民路1号3单元');
    await form.getByLabel('信息名称').fill(TITLE);
    await form.getByLabel('信息描述').fill('请提供2025年度养老保险基金的收支情况。');
    await form.locator('.dis__choice', { hasText: /^在线查看$/ }).click();
    await shot('1-form');

    // A bad certificate number: the BFF's 400 names the field, and its message shows beside it.
    await form.locator('taro-button-core', { hasText: '提交申请' }).click();
    await form.locator('.dis-field__error', { hasText: '请填写18位居民身份证号码' }).waitFor();
    await shot('2-form-error');
    await form.getByLabel('居民身份证号码').fill('110101199003071234');
    await form.locator('taro-button-core', { hasText: '提交申请' }).click();
    await page.waitForURL(/\/h5\/packages\/disclosure\/pages\/detail\/index\?id=\d+$/);
    const id = Number(new URL(page.url()).searchParams.get('id'));
    await shown(page).locator('.dis__tag', { hasText: '待转办' }).waitFor();
    await expect(shown(page).getByText('110***********1234').count()).resolves.toBe(1);

    // 2. The office routes it to 人社局, which asks for a 补正.
    const agencies = (await office.call('/api/agencies?kind=department')).body as Array<{ id: number; code: string }>;
    const hrssId = agencies.find((agency) => agency.code === 'dept-hrss')!.id;
    expect((await office.call(`/api/admin/disclosure/applications/${id}/route`, { method: 'POST', json: { agencyId: hrssId } })).status).toBe(200);
    expect((await hrss.call(`/api/admin/disclosure/applications/${id}/correction`, { method: 'POST', json: { missing: MISSING } })).status).toBe(200);

    // 3. The citizen sees exactly what is missing, corrects, and the 20 days restart.
    await page.reload();
    const detail = shown(page);
    await detail.locator('.dis__lead', { hasText: MISSING }).waitFor();
    await shot('3-correction');
    await detail.getByLabel('信息描述').fill(CORRECTED);
    await detail.locator('taro-button-core', { hasText: '提交补正' }).click();
    await detail.getByText('已在线补正，重新计算答复期限').waitFor();
    await expect(detail.getByLabel('信息描述').count()).resolves.toBe(0);
    const staffView = (await hrss.call(`/api/admin/disclosure/applications/${id}`)).body as { status: string; infoDescription: string };
    expect(staffView).toMatchObject({ status: 'handling', infoDescription: CORRECTED });

    // 4. 人社局 answers 部分公开 and its head approves: the letter is numbered and sent.
    const drafted = await hrss.call(`/api/admin/disclosure/applications/${id}/reply-draft`, {
      method: 'POST',
      json: {
        outcome: 'partly_disclosed',
        facts: '经查，您申请的信息中按月统计的部分由本机关制作，现予公开；其余部分本机关不掌握。',
        legalBasis: '《中华人民共和国政府信息公开条例》第三十七条',
      },
    });
    expect(drafted.status).toBe(200);
    const approved = await hrssHead.call(`/api/admin/disclosure/applications/${id}/reply-approve`, { method: 'POST' });
    expect(approved.status).toBe(200);
    const letterNumber = (approved.body as { reply: { letterNumber: string } }).reply.letterNumber;

    // 5. The citizen reads the outcome and downloads the letter.
    await page.reload();
    await shown(page).getByText(letterNumber).first().waitFor();
    await shown(page).locator('.dis__tag', { hasText: '已答复' }).waitFor();
    await shot('4-replied');
    if (SHOTS)
      await shown(page)
        .locator('.dis__steps')
        .screenshot({ path: `${SHOTS}/4-steps.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), shown(page).locator('taro-button-core', { hasText: '下载答复书' }).click()]);
    expect(download.suggestedFilename()).toBe(`${letterNumber}.docx`);
    const path = await download.path();
    // The .docx as the BFF stored it: a zip of some kilobytes.
    const bytes = await readFile(path);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    // 6. 我的 leads to the list, which shows it answered.
    await page.goto(`${baseUrl()}/h5/`);
    await shot('0-home');
    await openTab(page, '我的');
    await shown(page)
      .getByRole('link', { name: /^依申请公开/ })
      .click();
    await page.waitForURL(/\/h5\/packages\/disclosure\/pages\/mine\/index$/);
    await shown(page).locator('.dis__item', { hasText: TITLE }).locator('.dis__tag', { hasText: '已答复' }).waitFor();
    await shot('5-mine');

    expect(dialogs).toEqual([]);
    await expectNoProblems(page, problems, { answered: ['400 /api/disclosure/applications'] });
  });
});
