// 依申请公开 in the admin console (docs/domain.md §5): an agency registers an application that came by letter, asks for
// 补正 and records the correction, drafts a 部分公开 reply that its head approves, and the reply letter downloads; another
// agency cannot open it. Everything staff do happens in Chromium, one browser per account.
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, type TestBrowser } from '../support/browser';
import {
  apiSignIn,
  choose,
  confirmPopup,
  expectNoProblems,
  field,
  header,
  historyStep,
  label,
  openedDialog,
  rowOf,
  settled,
  signedInPage,
  toast,
} from './admin-helpers';

/** Makes titles unique to this run. */
const RUN = Date.now().toString(36);
/** Today in China, as the BFF counts days. */
const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * Picks a day in an antd DatePicker found by its label: typed (the panel moves to it), then its cell clicked. Enter
 * would also submit the dialog's form around it.
 */
async function pickDay(page: Page, name: RegExp, day: string): Promise<void> {
  const input = page.getByLabel(name);
  await input.click();
  await input.fill(day);
  const panel = await settled(page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)'));
  await panel.locator(`td[title="${day}"]`).click();
  await page
    .locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  expect(await input.inputValue()).toBe(day);
}

/** The status tag of the detail page's header. */
async function expectStatus(page: Page, status: string): Promise<void> {
  await header(page)
    .locator('.ant-tag', { hasText: new RegExp(`^${status}$`) })
    .waitFor();
}

describe('admin console: 依申请公开', () => {
  let hrss: TestBrowser;
  let hrssHead: TestBrowser;
  let edu: TestBrowser;
  let office: TestBrowser;
  let officeHead: TestBrowser;

  beforeAll(async () => {
    [hrss, hrssHead, edu, office, officeHead] = await Promise.all([launchBrowser(), launchBrowser(), launchBrowser(), launchBrowser(), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all([hrss?.close(), hrssHead?.close(), edu?.close(), office?.close(), officeHead?.close()]);
  });

  it('人社局 registers a letter, asks for 补正, records it, drafts 部分公开; its head approves; the letter downloads; 教育局 gets 404', async () => {
    const title = `2026年职业技能培训补贴发放情况${RUN}`;

    // 本单位申请 → 登记申请: a registered letter, received (signed for) today.
    const { page, problems } = await signedInPage(hrss, 'hrss.staff');
    await page.getByRole('menuitem', { name: '依申请公开' }).click();
    expect(await page.locator('.ant-menu-sub').getByRole('menuitem').allInnerTexts()).toEqual(['本单位申请']);
    await page.getByRole('menuitem', { name: '本单位申请' }).click();
    await page.getByRole('button', { name: '登记申请' }).click();
    await page.waitForURL(`${baseUrl()}/admin/disclosure/register`);
    await choose(page, page.getByLabel('提交方式'), '挂号信');
    // The rule for the channel's day of receipt is next to the field.
    await page.getByText('以挂号信等需签收的邮寄方式提交的，以双方签收之日为收到申请之日。').waitFor();
    await pickDay(page, /^收到申请之日（签收之日）$/, TODAY);
    await page.getByLabel('姓名').fill('张晓华');
    await page.getByLabel('居民身份证号码').fill('110101199003071234');
    await page.getByLabel('联系电话').fill('13812345678');
    await page.getByLabel('通信地址').fill('临溪市人民路1号');
    await page.getByLabel('所需信息名称').fill(title);
    await page.getByLabel('所需信息的描述').fill('请提供本年度职业技能培训补贴的发放对象、人数和金额。');
    await page.getByRole('button', { name: label('登记') }).click();
    await toast(page, '申请已登记').waitFor();
    await page.waitForURL(/\/admin\/disclosure\/\d+$/);
    const id = Number(/\/disclosure\/(\d+)$/.exec(page.url())![1]);
    await expectStatus(page, '办理中');
    expect(await field(page, '提交方式').innerText()).toBe('挂号信');
    expect(await field(page, '收到申请之日').innerText()).toBe(TODAY);
    expect(await field(page, '答复期限').innerText()).toMatch(/^\d{4}-\d{2}-\d{2}\s*剩 \d+ 个工作日$/);
    // The applicant is masked until asked for.
    expect(await field(page, '居民身份证').innerText()).toBe('110***********1234');
    await page.getByRole('button', { name: '显示完整信息' }).click();
    expect(await field(page, '居民身份证').innerText()).toBe('110101199003071234');
    await historyStep(page, '登记申请', `挂号信，收到申请之日 ${TODAY}`).waitFor();

    // 补正通知, saying what is missing: the clock stops.
    await page.getByRole('button', { name: '补正通知' }).click();
    let dialog = await openedDialog(page, /^补正通知：/);
    await dialog.getByLabel('需要补正的事项').fill('请写明所需补贴信息的发放年度和地区范围');
    await dialog.getByRole('button', { name: '发出补正通知' }).click();
    await toast(page, '已发出补正通知').waitFor();
    await expectStatus(page, '待补正');
    await page.getByText('待补正，暂停计时').waitFor();
    expect(await field(page, '需补正事项').innerText()).toBe('请写明所需补贴信息的发放年度和地区范围');
    expect(await page.getByRole('button', { name: '补正通知' }).count()).toBe(0);

    // The correction arrives today: the clock runs again.
    await page.getByRole('button', { name: '登记补正' }).click();
    dialog = await openedDialog(page, /^登记补正：/);
    await dialog.getByRole('button', { name: '登记补正' }).click();
    await toast(page, '已登记补正').waitFor();
    await expectStatus(page, '办理中');
    expect(await field(page, '收到补正').innerText()).toBe(TODAY);

    // The reply: 部分公开, in table 三's words, with the facts and the article relied on.
    await page.getByRole('button', { name: '起草答复' }).click();
    dialog = await openedDialog(page, /^起草答复：/);
    await choose(page, dialog.getByLabel('办理结果'), '部分公开');
    expect(await dialog.getByLabel('具体情形').count()).toBe(0);
    await dialog.getByLabel('查明的事实和答复内容').fill('经查，本机关掌握该信息，其中涉及个人信息的部分不予公开，其余部分予以公开。');
    await dialog.getByLabel('答复依据').fill('《中华人民共和国政府信息公开条例》第三十七条');
    await dialog.getByRole('button', { name: '提交审核' }).click();
    await toast(page, '答复已提交本单位负责人审核').waitFor();
    await expectStatus(page, '答复待审核');
    // Staff cannot approve their own draft: only the head is offered it.
    expect(await page.getByRole('button', { name: '审核通过' }).count()).toBe(0);
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });

    // The head approves: the letter is numbered and can be downloaded.
    const head = await signedInPage(hrssHead, 'hrss.head');
    await head.page.goto(`${baseUrl()}/admin/disclosure/mine`);
    await rowOf(head.page, title).getByText('答复待审核').waitFor();
    await rowOf(head.page, title).getByRole('link', { name: title }).click();
    await head.page.waitForURL(`${baseUrl()}/admin/disclosure/${id}`);
    await head.page.getByRole('button', { name: '审核通过' }).click();
    await confirmPopup(head.page, '审核通过');
    await toast(head.page, '答复已审核通过，答复书已生成').waitFor();
    await expectStatus(head.page, '已答复');
    const letterNumber = await field(head.page, '答复书文号').innerText();
    expect(letterNumber).toMatch(/依公开〔\d{4}〕第\d+号$/);
    expect(await field(head.page, '办理结果').innerText()).toMatch(/^部分公开/);
    await historyStep(head.page, '审核通过', /依公开/).waitFor();

    const [download] = await Promise.all([head.page.waitForEvent('download'), head.page.getByRole('button', { name: '下载答复书' }).click()]);
    // Named by its number; a .docx (a zip) of some size, not an error page.
    expect(download.suggestedFilename()).toBe(`${letterNumber}.docx`);
    expect(statSync((await download.path())!).size).toBeGreaterThan(1000);
    // 一件一档: the whole case file as one .zip named by the case number.
    const caseNo = /申请编号 (\S+)/.exec(await header(head.page).locator('.ant-card-head').innerText())![1];
    const [archive] = await Promise.all([head.page.waitForEvent('download'), head.page.getByRole('button', { name: '下载案卷' }).click()]);
    expect(archive.suggestedFilename()).toBe(`${caseNo}.zip`);
    expect(statSync((await archive.path())!).size).toBeGreaterThan(1000);
    await expectNoProblems(head.page, head.problems, { answered: ['401 /api/staff/session'] });

    // 教育局 cannot open it: the same 404 page as an application that does not exist.
    const other = await signedInPage(edu, 'edu.staff');
    await other.page.goto(`${baseUrl()}/admin/disclosure/${id}`);
    await other.page.getByText('申请不存在', { exact: true }).waitFor();
    expect(await other.page.getByText(title).count()).toBe(0);
    await expectNoProblems(other.page, other.problems, { answered: ['401 /api/staff/session', `404 /api/admin/disclosure/applications/${id}`] });
  });

  it('the office routes a 不确定 application from 待转办, sees an overdue one on 期限提醒 in words, and 催办 it', async () => {
    const routed = `城区公园绿化养护合同${RUN}`;
    const late = `2026年就业见习补贴名单${RUN}`;
    const officeApi = await apiSignIn('office.staff');
    const agencies = (await (await fetch(`${baseUrl()}/api/agencies`)).json()) as Array<{ id: number; name: string }>;
    const hrssId = agencies.find((agency) => agency.name === '临溪市人力资源和社会保障局')!.id;
    const application = (infoTitle: string, extra: object) => ({
      applicantKind: 'organisation',
      organisationKind: 'research',
      applicantName: '临溪市某研究院',
      certificateType: 'credit_code',
      certificateNumber: '91110108MA01ABCD2X',
      contactPhone: '13812345678',
      postalAddress: '临溪市人民路1号',
      infoTitle,
      infoDescription: '请提供相关合同文本及其履行情况的说明。',
      form: 'electronic',
      deliveryMethod: 'online',
      ...extra,
    });
    // A visit naming no agency (不确定), and a letter to 人社局 received long ago, past its 20 working days.
    const visit = await officeApi.call('/api/admin/disclosure/applications', {
      method: 'POST',
      json: application(routed, { channel: 'in_person', receivedOn: TODAY }),
    });
    expect(visit.status).toBe(201);
    expect(visit.body.status).toBe('routing');
    const letter = await officeApi.call('/api/admin/disclosure/applications', {
      method: 'POST',
      json: application(late, { channel: 'ordinary_mail', receivedOn: '2026-06-01', agencyId: hrssId }),
    });
    expect(letter.status).toBe(201);

    const { page, problems } = await signedInPage(office, 'office.staff');
    await page.getByRole('menuitem', { name: '依申请公开' }).click();
    expect(await page.locator('.ant-menu-sub').getByRole('menuitem').allInnerTexts()).toEqual(['待转办', '全部申请', '期限提醒']);

    // 待转办 → 转办 to 人社局: it leaves the list and the clock runs for 人社局.
    await page.getByRole('menuitem', { name: '待转办' }).click();
    await rowOf(page, routed).getByRole('link', { name: routed }).click();
    await page.waitForURL(`${baseUrl()}/admin/disclosure/${visit.body.id}`);
    await expectStatus(page, '待转办');
    expect(await field(page, '承办单位').innerText()).toBe('待转办（申请人不确定受理机关）');
    await page.getByRole('button', { name: label('转办') }).click();
    const dialog = await openedDialog(page, /^转办：/);
    await choose(page, dialog.getByLabel('承办单位'), '临溪市人力资源和社会保障局', '人力资源');
    await dialog.getByLabel('转办说明（选填）').fill('属人社局职责');
    await dialog.getByRole('button', { name: label('转办') }).click();
    await toast(page, '已转办').waitFor();
    await expectStatus(page, '办理中');
    expect(await field(page, '承办单位').innerText()).toBe('临溪市人力资源和社会保障局');
    await historyStep(page, '转办', '属人社局职责').waitFor();
    await page.goto(`${baseUrl()}/admin/disclosure/routing`);
    await page.getByText('申请人未确定受理机关').waitFor();
    await page.locator('.ant-table-tbody').waitFor();
    await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached' });
    expect(await rowOf(page, routed).count()).toBe(0);

    // 期限提醒: the late one says 逾期 and by how much, in words; the office urges 人社局.
    await page.getByRole('menuitem', { name: '期限提醒' }).click();
    const row = rowOf(page, late);
    await row.waitFor();
    expect(await row.innerText()).toMatch(/法人或其他组织[\s\S]*临溪市人力资源和社会保障局[\s\S]*2026-06-01[\s\S]*逾期[\s\S]*超期 \d+ 个工作日[\s\S]*办理中/);
    await row.getByRole('link', { name: late }).click();
    await page.waitForURL(`${baseUrl()}/admin/disclosure/${letter.body.id}`);
    await header(page).locator('.ant-card-head').getByText('逾期', { exact: true }).waitFor();
    expect(await field(page, '答复期限').innerText()).toMatch(/逾期\s*超期 \d+ 个工作日$/);
    await page.getByRole('button', { name: label('催办') }).click();
    const chase = await openedDialog(page, /^催办：/);
    await chase.getByLabel('催办意见').fill('已逾期，请今日内答复');
    await chase.getByRole('button', { name: label('催办') }).click();
    await toast(page, '已催办，承办单位将收到通知').waitFor();
    await historyStep(page, '催办', '已逾期，请今日内答复').waitFor();
    // The office neither drafts nor approves an agency's reply.
    expect(await page.getByRole('button', { name: '起草答复' }).count()).toBe(0);
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });

  it('the office head decides an extension in its dialog; the office records a 行政复议 after the reply', async () => {
    const title = `2026年人才引进补贴审核情况${RUN}`;
    const hrssApi = await apiSignIn('hrss.staff');
    const headApi = await apiSignIn('hrss.head');
    const registered = await hrssApi.call('/api/admin/disclosure/applications', {
      method: 'POST',
      json: {
        applicantKind: 'person',
        applicantName: '李明',
        certificateType: 'id_card',
        certificateNumber: '110101199003071234',
        contactPhone: '13812345678',
        postalAddress: '临溪市人民路1号',
        infoTitle: title,
        infoDescription: '请提供本年度人才引进补贴的审核标准和结果。',
        form: 'paper',
        deliveryMethod: 'post',
        channel: 'in_person',
        receivedOn: TODAY,
      },
    });
    expect(registered.status).toBe(201);
    const id = registered.body.id as number;
    const asked = await hrssApi.call(`/api/admin/disclosure/applications/${id}/extension`, {
      method: 'POST',
      json: { workdays: 15, reason: '涉及多个科室，需汇总核实数据' },
    });
    expect(asked.status).toBe(200);

    // The office head sees the request on the clock and approves it.
    const head = await signedInPage(officeHead, 'office.head');
    await head.page.goto(`${baseUrl()}/admin/disclosure/${id}`);
    await head.page.getByText('理由：涉及多个科室，需汇总核实数据').waitFor();
    await head.page.getByText('待审批', { exact: true }).waitFor();
    await head.page.getByRole('button', { name: '审批延期' }).click();
    const decision = await openedDialog(head.page, /^审批延期：/);
    await decision.getByText('承办单位申请延长 15 个工作日，理由：涉及多个科室，需汇总核实数据').waitFor();
    await decision.getByRole('button', { name: '提交审批' }).click();
    await toast(head.page, '已同意延期').waitFor();
    await head.page.getByText('已批准', { exact: true }).waitFor();
    await historyStep(head.page, '延期审批', '同意').waitFor();
    expect(await head.page.getByRole('button', { name: '审批延期' }).count()).toBe(0);
    await expectNoProblems(head.page, head.problems, { answered: ['401 /api/staff/session'] });

    // Replied over HTTP; the office then records the 行政复议 that followed, still pending.
    const drafted = await hrssApi.call(`/api/admin/disclosure/applications/${id}/reply-draft`, {
      method: 'POST',
      json: { outcome: 'disclosed', facts: '经查，该信息属于主动公开范围，现予以公开。', legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项' },
    });
    expect(drafted.status).toBe(200);
    expect((await headApi.call(`/api/admin/disclosure/applications/${id}/reply-approve`, { method: 'POST' })).body.status).toBe('replied');

    const { page, problems } = await signedInPage(office, 'office.staff');
    await page.goto(`${baseUrl()}/admin/disclosure/${id}`);
    await expectStatus(page, '已答复');
    await page.getByRole('button', { name: '登记复议诉讼' }).click();
    const remedy = await openedDialog(page, /^登记复议诉讼：/);
    await pickDay(page, /^申请复议或起诉的日期$/, TODAY);
    await remedy.getByRole('button', { name: label('登记') }).click();
    await toast(page, '已登记复议诉讼情况').waitFor();
    await page.locator('[data-remedy="reconsideration"]', { hasText: '尚未审结' }).waitFor();
    await historyStep(page, '复议诉讼', '行政复议：尚未审结').waitFor();
    await expectNoProblems(page, problems, { answered: ['401 /api/staff/session'] });
  });
});
