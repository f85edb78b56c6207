import type { AnnualReport, DisclosureOutcome, RegisterDisclosureRequest, TableThreeColumn } from '@weimin/contracts';
import { TABLE_THREE_COLUMNS } from '@weimin/contracts';
import ExcelJS from 'exceljs';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { chinaDay } from '../../apps/bff/src/calendar/working-days';
import { DisclosureApplication } from '../../apps/bff/src/disclosure/disclosure-application.entity';
import { act, applyOnline, docxText, download, organisationRequest, registerDisclosure } from '../factories/disclosure.factory';
import { citizenSignIn, type CitizenSession } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

/** Cells of one row of table 三 worked out by hand; columns not named are 0, 总计 is their sum. */
type Expected = Partial<Record<Exclude<TableThreeColumn, 'total'>, number>>;

function cellsOf(expected: Expected): Record<TableThreeColumn, number> {
  const cells = { person: 0, business: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 0, ...expected };
  cells.total = TABLE_THREE_COLUMNS.filter((c) => c !== 'total').reduce((sum, c) => sum + cells[c], 0);
  return cells;
}

/** The whole of table 三 as data: every counting row, rows not named all zero; heading rows have no cells. */
function expectTableThree(report: AnnualReport, expected: Record<string, Expected>): void {
  for (const row of report.tableThree) {
    if (row.cells === null) {
      expect(expected[row.key]).toBeUndefined();
      continue;
    }
    expect({ key: row.key, cells: row.cells }).toEqual({ key: row.key, cells: cellsOf(expected[row.key] ?? {}) });
  }
  for (const key of Object.keys(expected)) expect(report.tableThree.map((r) => r.key)).toContain(key);
}

const noRemedies = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };

describe(`the annual report (年度报告): tables 三 and 四 from applications built through the API (${TEST_DB})`, () => {
  let t: TestApp;
  let citizen: CitizenSession;
  let office: StaffSession;
  let hrss: StaffSession;
  let hrssHead: StaffSession;
  let edu: StaffSession;
  let eduHead: StaffSession;
  let ids: { hrss: number; edu: number };
  const today = chinaDay(new Date());
  const year = Number(today.slice(0, 4));
  const last = year - 1;

  const report = async (session: StaffSession, query: string) => session.request(`/api/admin/reports/annual?${query}`);

  const register = (staff: StaffSession, receivedOn: string, overrides: Partial<RegisterDisclosureRequest> = {}) =>
    registerDisclosure(staff, { receivedOn, ...overrides });

  /** Drafts the reply with its outcome (and 信息处理费 in yuan, if any) and has the agency head send it (today). */
  async function answer(
    staff: StaffSession,
    head: StaffSession,
    id: number,
    outcome: DisclosureOutcome,
    outcomeReason?: number,
    feeYuan?: number,
  ): Promise<void> {
    const drafted = await act(staff, id, 'reply-draft', {
      outcome,
      outcomeReason,
      facts: '经查，您申请的信息答复如下。',
      legalBasis: '《中华人民共和国政府信息公开条例》第三十六条',
      feeYuan,
    });
    expect({ id, status: drafted.status }).toEqual({ id, status: 200 });
    const sent = await act(head, id, 'reply-approve');
    expect(sent.body.status).toBe('replied');
  }

  async function remedy(id: number, kind: string, result: string, filedOn: string): Promise<void> {
    expect((await act(office, id, 'remedy', { kind, result, filedOn })).status).toBe(200);
  }

  // The dataset, application by application (all handled by 人社局 unless said otherwise):
  // A1 自然人, received this year, 予以公开 this year.          A2 商业企业, this year, 不予公开 (4) this year.
  // A3 科研机构, this year, still being handled.                 A4 自然人, last December, 无法提供 (1) this year.
  // A5 法律服务机构, last November, still being handled.          A6 社会公益组织, this year, 逾期不补正 (其他处理 1).
  // A7 其他组织 (教育局), last June, 不予处理 (2) this year.      A8 自然人, December two years ago, 部分公开 last March.
  // A9 自然人 (教育局), this year, 部分公开 this year.           A10 自然人, this year, 不确定: waiting to be routed.
  // 信息处理费: A1 120.50 元 and A9 35 元 (this year), A8 10 元 (last year); the other replies charge none.
  let a: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '1000' });
    citizen = await citizenSignIn(t);
    [office, hrss, hrssHead, edu, eduHead] = await Promise.all(['office.staff', 'hrss.staff', 'hrss.head', 'edu.staff', 'edu.head'].map((u) => signIn(t, u)));
    ids = { hrss: await agencyIdOf(t, 'dept-hrss'), edu: await agencyIdOf(t, 'dept-edu') };
  }, 600_000);

  beforeAll(async () => {
    const org = (organisationKind: RegisterDisclosureRequest['organisationKind']) => {
      const { applicantKind, applicantName, certificateType, certificateNumber } = organisationRequest({ organisationKind });
      return { applicantKind, organisationKind, applicantName, certificateType, certificateNumber };
    };
    a = {
      A1: (await register(hrss, today)).id,
      A2: (await register(hrss, today, org('business'))).id,
      A3: (await register(hrss, today, org('research'))).id,
      A4: (await register(hrss, `${last}-12-15`)).id,
      A5: (await register(hrss, `${last}-11-03`, org('legal_service'))).id,
      A6: (await applyOnline(citizen, { ...organisationRequest({ organisationKind: 'social_welfare' }), agencyId: ids.hrss })).id,
      A7: (await register(edu, `${last}-06-10`, org('other'))).id,
      A8: (await register(hrss, `${year - 2}-12-20`)).id,
      A9: (await register(edu, today)).id,
      A10: (await register(office, today, { agencyId: undefined })).id,
    };
    await answer(hrss, hrssHead, a.A1, 'disclosed', undefined, 120.5);
    await answer(hrss, hrssHead, a.A2, 'withheld', 4);
    await answer(hrss, hrssHead, a.A4, 'unavailable', 1);
    await answer(edu, eduHead, a.A7, 'not_processed', 2);
    await answer(hrss, hrssHead, a.A8, 'partly_disclosed', undefined, 10);
    await answer(edu, eduHead, a.A9, 'partly_disclosed', undefined, 35);
    expect((await act(hrss, a.A6, 'correction', { missing: '请写明所需信息的具体年份' })).status).toBe(200);
    // The correction period ran out yesterday (time travel on the stored deadline only, as test/api/disclosure.e2e-spec.ts does).
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await t.dataSource.getRepository(DisclosureApplication).update(a.A6, { correctBy: yesterday });
    expect((await act(hrss, a.A6, 'correction-lapsed')).body.status).toBe('closed');
    // A8 was answered last March: the API sends replies today, so its reply moment is moved back (time travel on that column only).
    await t.dataSource.getRepository(DisclosureApplication).update(a.A8, { finishedAt: new Date(`${last}-03-10T02:00:00Z`) });

    // 复议 and 诉讼: A2's 复议 is recorded pending, then upheld (one case); the others once each.
    await remedy(a.A2, 'reconsideration', 'pending', today);
    await remedy(a.A2, 'reconsideration', 'upheld', today);
    await remedy(a.A1, 'reconsideration', 'corrected', today);
    await remedy(a.A4, 'litigation_direct', 'corrected', today);
    await remedy(a.A7, 'litigation_after', 'other', today);
    await remedy(a.A8, 'litigation_after', 'pending', `${last}-12-20`);
  }, 600_000);
  afterAll(() => t?.close());

  it('this year, for the whole government: every cell of table 三, carried over from last year and forward to next', async () => {
    const response = await report(office, `year=${year}`);
    expect(response.status).toBe(200);
    const body: AnnualReport = response.body;
    expect(body).toMatchObject({ year, agencyId: null });
    expectTableThree(body, {
      received: { person: 3, business: 1, research: 1, social_welfare: 1 }, // A1 A9 A10, A2, A3, A6
      carried_over: { person: 1, legal_service: 1, other: 1 }, // A4, A5, A7
      disclosed: { person: 1 }, // A1
      partly_disclosed: { person: 1 }, // A9
      'withheld.4': { business: 1 }, // A2
      'unavailable.1': { person: 1 }, // A4
      'not_processed.2': { other: 1 }, // A7
      'other.1': { social_welfare: 1 }, // A6
      total: { person: 3, business: 1, social_welfare: 1, other: 1 },
      carried_forward: { person: 1, research: 1, legal_service: 1 }, // A10, A3, A5
    });
    expect(body.check.holds).toBe(true);
    expect(body.check.columns.map((c) => [c.column, c.received + c.carriedOver, c.total + c.carriedForward, c.problem])).toEqual([
      ['person', 4, 4, null],
      ['business', 1, 1, null],
      ['research', 1, 1, null],
      ['social_welfare', 1, 1, null],
      ['legal_service', 1, 1, null],
      ['other', 1, 1, null],
      ['total', 9, 9, null],
    ]);
    expect(body.tableFour).toEqual({
      reconsideration: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 }, // A2 (once), A1
      litigation_direct: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 }, // A4
      litigation_after: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 }, // A7
    });
  });

  it('last year: what came in then is carried forward, what came the year before is carried over and answered', async () => {
    const body: AnnualReport = (await report(office, `year=${last}`)).body;
    expectTableThree(body, {
      received: { person: 1, legal_service: 1, other: 1 }, // A4, A5, A7
      carried_over: { person: 1 }, // A8
      partly_disclosed: { person: 1 }, // A8, answered last March
      total: { person: 1 },
      carried_forward: { person: 1, legal_service: 1, other: 1 }, // A4, A5, A7: answered this year or not yet
    });
    expect(body.check.holds).toBe(true);
    expect(body.tableFour).toEqual({ reconsideration: noRemedies, litigation_direct: noRemedies, litigation_after: { ...noRemedies, pending: 1, total: 1 } });
  });

  it('one department: the office, or that department’s head; another department’s head and agency staff are refused', async () => {
    const mine = await report(hrssHead, `year=${year}&agencyId=${ids.hrss}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ agencyId: ids.hrss, agencyName: '临溪市人力资源和社会保障局' });
    const expected = {
      received: { person: 1, business: 1, research: 1, social_welfare: 1 }, // A1, A2, A3, A6
      carried_over: { person: 1, legal_service: 1 }, // A4, A5
      disclosed: { person: 1 },
      'withheld.4': { business: 1 },
      'unavailable.1': { person: 1 },
      'other.1': { social_welfare: 1 },
      total: { person: 2, business: 1, social_welfare: 1 },
      carried_forward: { research: 1, legal_service: 1 }, // A3, A5
    };
    expectTableThree(mine.body, expected);
    expect(mine.body.check.holds).toBe(true);
    expect(mine.body.tableFour.litigation_after).toEqual(noRemedies);
    expect(mine.body.tableFour.reconsideration.total).toBe(2);
    expectTableThree((await report(office, `year=${year}&agencyId=${ids.hrss}`)).body, expected);

    for (const query of [`year=${year}`, `year=${year}&agencyId=${ids.edu}`]) {
      const refused = await report(hrssHead, query);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('REPORT_AGENCY_NOT_YOURS');
    }
    expect((await report(hrss, `year=${year}&agencyId=${ids.hrss}`)).status).toBe(403);
    expect((await report(office, `year=${year}&agencyId=999999`)).body.code).toBe('REPORT_AGENCY_NOT_FOUND');
  });

  it('六: the 信息处理费 charged by the replies sent in the year, per scope, in yuan and in the table’s 万元', async () => {
    const fees = async (session: StaffSession, query: string) => ((await report(session, query)).body as AnnualReport).processingFees;
    // This year: A1 120.50 + A9 35.00 = 155.50 元 = 0.01555 万元; 人社局 A1 only; 教育局 A9 only.
    expect(await fees(office, `year=${year}`)).toEqual({ count: 2, amountYuan: 155.5, amountWanYuan: 0.01555 });
    expect(await fees(hrssHead, `year=${year}&agencyId=${ids.hrss}`)).toEqual({ count: 1, amountYuan: 120.5, amountWanYuan: 0.01205 });
    expect(await fees(eduHead, `year=${year}&agencyId=${ids.edu}`)).toEqual({ count: 1, amountYuan: 35, amountWanYuan: 0.0035 });
    // Last year: A8's reply (moved back to last March) with its 10 元.
    expect(await fees(office, `year=${last}`)).toEqual({ count: 1, amountYuan: 10, amountWanYuan: 0.001 });
    expect(await fees(office, `year=${last}&agencyId=${ids.edu}`)).toEqual({ count: 0, amountYuan: 0, amountWanYuan: 0 });
  });

  it('refuses a year that is not four digits, before 2008, or not begun (400), never a 500', async () => {
    for (const query of ['', 'year=abc', 'year=2026.5', 'year=0x7ea', 'year=2007', `year=${year}&agencyId=0`]) {
      const refused = await report(office, query);
      expect({ query, status: refused.status, code: refused.body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
    }
    const future = await report(office, `year=${year + 1}`);
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('REPORT_YEAR_NOT_STARTED');
  });

  it('exports the tables as .xlsx with the official merged headers, every cell as the data says; audited', async () => {
    const data: AnnualReport = (await report(office, `year=${year}`)).body;
    const file = await download(t, `/api/admin/reports/annual.xlsx?year=${year}`, { cookie: office.cookie });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '六 信息处理费']);
    const six = workbook.getWorksheet('六 信息处理费')!;
    expect(six.getCell('A1').value).toBe(`本级政府${year}年度 六、其他需要报告的事项`);
    expect([1, 2, 3].map((c) => six.getCell(2, c).value)).toEqual(['信息内容', '本年收取件数', '本年收取金额（单位：万元）']);
    expect([1, 2, 3].map((c) => six.getCell(3, c).value)).toEqual(['信息处理费', 2, 0.01555]);

    const three = workbook.getWorksheet('表三 依申请公开')!;
    const value = (row: number, column: number) => three.getCell(row, column).value;
    expect(value(1, 1)).toBe(`本级政府${year}年度 三、收到和处理政府信息公开申请情况`);
    // The merged header: corner A2:C4, 申请人情况 D2:J2, 自然人 D3:D4, 法人或其他组织 E3:I3, 总计 J3:J4.
    expect(value(2, 1)).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(three.getCell('C4').isMerged && three.getCell('C4').master.address).toBe('A2');
    expect(three.getCell('J2').master.address).toBe('D2');
    expect(value(2, 4)).toBe('申请人情况');
    expect([value(3, 4), value(3, 5), value(3, 10)]).toEqual(['自然人', '法人或其他组织', '总计']);
    expect(three.getCell('D4').master.address).toBe('D3');
    expect(three.getCell('I3').master.address).toBe('E3');
    expect([5, 6, 7, 8, 9].map((c) => value(4, c))).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    // Every counting row of the data, in order, with its seven numbers; the merged label columns as in the official table.
    const counting = data.tableThree.filter((row) => row.cells !== null);
    expect(three.rowCount).toBe(4 + counting.length);
    counting.forEach((row, i) => {
      const r = 5 + i;
      const numbers = [4, 5, 6, 7, 8, 9, 10].map((c) => value(r, c));
      expect({ key: row.key, numbers }).toEqual({ key: row.key, numbers: TABLE_THREE_COLUMNS.map((c) => row.cells![c]) });
      const label = row.level === 2 ? value(r, 3) : three.getCell(r, row.level === 0 ? 1 : 2).master.value;
      expect(label).toBe(row.label);
    });
    expect(three.getCell('A7').value).toBe('三、本年度办理结果');
    expect(three.getCell(`A${4 + counting.length - 1}`).master.address).toBe('A7');
    expect(three.getCell('B16').master.value).toBe('（三）不予公开');
    expect(three.getCell('B9').master.address).toBe('B9');
    expect(three.getCell(`B${9 + 7}`).master.address).toBe('B9');

    const four = workbook.getWorksheet('表四 复议诉讼')!;
    expect([four.getCell('A2').value, four.getCell('F2').value, four.getCell('F3').value, four.getCell('K3').value]).toEqual([
      '行政复议',
      '行政诉讼',
      '未经复议直接起诉',
      '复议后起诉',
    ]);
    expect(four.getCell('E2').master.address).toBe('A2');
    expect(four.getCell('A4').master.address).toBe('A3');
    expect(four.getCell('A3').value).toBe('结果维持');
    expect(four.getCell('O4').value).toBe('总计');
    expect(Array.from({ length: 15 }, (_v, i) => four.getCell(5, i + 1).value)).toEqual([1, 1, 0, 0, 2, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1]);

    const two = workbook.getWorksheet('表二 主动公开')!;
    expect(two.getCell('A4').value).toBe('规章');
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'report.exported' })).toBe(1);
    expect((await download(t, `/api/admin/reports/annual.xlsx?year=${year}`, { cookie: eduHead.cookie })).status).toBe(403);
  });

  it('exports the whole report as .docx: the six headings in order, tables 三 and 四 with their numbers; audited', async () => {
    const file = await download(t, `/api/admin/reports/annual.docx?year=${year}&agencyId=${ids.hrss}`, { cookie: hrssHead.cookie });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('wordprocessingml');
    const text = await docxText(file.bytes);
    const headings = [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ];
    const positions = headings.map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(text).toContain(`临溪市人力资源和社会保障局${year}年政府信息公开工作年度报告`);
    // Table 三's lines as Word reads them: the label, then 自然人 … 总计.
    const lines = text.split('\n');
    const after = (label: string, n = 7) => lines.slice(lines.indexOf(label) + 1, lines.indexOf(label) + 1 + n).map(Number);
    expect(after('一、本年新收政府信息公开申请数量')).toEqual([1, 1, 1, 1, 0, 0, 4]);
    expect(after('二、上年结转政府信息公开申请数量')).toEqual([1, 0, 0, 0, 1, 0, 2]);
    expect(after('（七）总计')).toEqual([2, 1, 0, 1, 0, 0, 4]);
    expect(after('四、结转下年度继续办理')).toEqual([0, 0, 1, 0, 1, 0, 2]);
    expect(after('4．保护第三方合法权益')).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(text).toContain('未经复议直接起诉');
    // 六: 人社局's one fee, A1's 120.50 元, in the sentence and in the table (万元).
    expect(text).toContain('本年度共收取信息处理费1件，合计0.01205万元（120.50元）。');
    const feeRow = lines.indexOf('本年收取金额（单位：万元）') + 1;
    expect(lines.slice(feeRow, feeRow + 3)).toEqual(['信息处理费', '1', '0.01205']);
    const xml = await (await import('jszip')).default.loadAsync(file.bytes).then((zip) => zip.file('word/document.xml')!.async('string'));
    expect(xml).toContain('w:vMerge');
    expect(xml).toContain('w:gridSpan w:val="7"');
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'report.exported', objectId: `${year}/${ids.hrss}.docx` })).toBe(1);
  });

  it('says which column fails and why when the data break the check (a finished application with no outcome)', async () => {
    // Broken data no API step can make: A3 (科研机构) marked finished this year without an outcome.
    await t.dataSource.getRepository(DisclosureApplication).update(a.A3, { finishedAt: new Date() });
    const body: AnnualReport = (await report(office, `year=${year}`)).body;
    expect(body.check.holds).toBe(false);
    const failing = body.check.columns.filter((c) => !c.holds);
    expect(failing.map((c) => c.column)).toEqual(['research', 'total']);
    expect(failing[0]).toMatchObject({ columnLabel: '科研机构', received: 1, carriedOver: 0, total: 0, carriedForward: 0 });
    expect(failing[0].problem).toContain('有1件已办结的申请没有可归入表三的办理结果或情形');
  });
});
