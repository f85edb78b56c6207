import type { AnnualReport } from '@weimin/contracts';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { chinaDay } from '../../apps/bff/src/calendar/working-days';
import { publishInterpretation } from '../factories/interpretation.factory';
import { citizenSignIn, submitMessage } from '../factories/message.factory';
import { createUnit, publishNotice } from '../factories/notice.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`the annual report (年度报告): the office's text, entered rows, documents and figures (${TEST_DB})`, () => {
  let t: TestApp;
  let office: StaffSession;
  let officeHead: StaffSession;
  let admin: StaffSession;
  let hrss: StaffSession;
  let hrssHead: StaffSession;
  let eduHead: StaffSession;
  let ids: { hrss: number; edu: number };
  const today = chinaDay(new Date());
  const year = Number(today.slice(0, 4));

  beforeAll(async () => {
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '1000' });
    [office, officeHead, admin, hrss, hrssHead, eduHead] = await Promise.all(
      ['office.staff', 'office.head', 'admin', 'hrss.staff', 'hrss.head', 'edu.head'].map((u) => signIn(t, u)),
    );
    ids = { hrss: await agencyIdOf(t, 'dept-hrss'), edu: await agencyIdOf(t, 'dept-edu') };
  }, 600_000);
  afterAll(() => t?.close());

  const report = async (query = `year=${year}`): Promise<AnnualReport> => {
    const response = await office.request(`/api/admin/reports/annual?${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const audits = (action: string) => t.dataSource.getRepository(AuditLog).countBy({ action: action as AuditLog['action'] });

  it('keeps every version of the office’s text: a stale save is 409, the report shows the latest, the history all', async () => {
    const put = (session: StaffSession, query: string, json: unknown, section = 'overview') =>
      session.request(`/api/admin/reports/annual/texts/${section}?${query}`, { method: 'PUT', json });
    const first = await put(office, `year=${year}`, { text: '本年度，本级政府认真贯彻落实《条例》。', baseVersion: 0 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ section: 'overview', version: 1, text: '本年度，本级政府认真贯彻落实《条例》。' });
    const stale = await put(officeHead, `year=${year}`, { text: '另一人的修改', baseVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('REPORT_TEXT_VERSION_MOVED');
    expect((await put(officeHead, `year=${year}`, { text: '本年度，本级政府全面贯彻落实《条例》，主动公开政府信息。', baseVersion: 1 })).body.version).toBe(2);
    expect((await put(office, `year=${year}`, { text: '存在问题：解读形式还不够丰富。', baseVersion: 0 }, 'problems')).status).toBe(200);

    const body = await report();
    expect(body.overview.text).toMatchObject({ version: 2, text: '本年度，本级政府全面贯彻落实《条例》，主动公开政府信息。' });
    expect(body.problems).toMatchObject({ version: 1, text: '存在问题：解读形式还不够丰富。' });
    expect(body.other).toMatchObject({ version: 0, text: '' });
    const history = await office.request(`/api/admin/reports/annual/texts/overview/history?year=${year}`);
    expect(history.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(await audits('report.text_saved')).toBe(3);

    // A department's head writes their own department's report only; the whole government's text is the office's.
    expect((await put(hrssHead, `year=${year}&agencyId=${ids.hrss}`, { text: '人社局年度报告总体情况。', baseVersion: 0 })).status).toBe(200);
    expect((await put(hrssHead, `year=${year}`, { text: '越权', baseVersion: 2 })).body.code).toBe('REPORT_AGENCY_NOT_YOURS');
    expect((await put(hrss, `year=${year}&agencyId=${ids.hrss}`, { text: '越权', baseVersion: 1 })).status).toBe(403);
    expect((await report(`year=${year}&agencyId=${ids.hrss}`)).overview.text.text).toBe('人社局年度报告总体情况。');
    expect((await report()).overview.text.version).toBe(2);
    for (const [section, json] of [
      ['summary', { text: 'x', baseVersion: 0 }],
      ['overview', { text: 'x', baseVersion: -1 }],
      ['overview', { text: 12, baseVersion: 0 }],
      ['overview', { text: 'x'.repeat(20001), baseVersion: 0 }],
    ] as const) {
      const refused = await put(office, `year=${year}`, json, section);
      expect({ section, status: refused.status, code: refused.body.code }).toEqual({ section, status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('sums the rows entered per agency (行政许可/处罚/强制, 收费 in 万元) for the government, one department for its own', async () => {
    const put = (session: StaffSession, agencyId: number, json: unknown) =>
      session.request(`/api/admin/reports/manual-figures?year=${year}&agencyId=${agencyId}`, { method: 'PUT', json });
    expect((await put(office, ids.hrss, { licensing: 10, penalties: 3, enforcement: 1, feesWanYuan: 1.2345 })).status).toBe(200);
    // Saved again: replaced, not added.
    const hrssRow = await put(office, ids.hrss, { licensing: 12, penalties: 3, enforcement: 1, feesWanYuan: 1.2345 });
    expect(hrssRow.body).toMatchObject({ agencyId: ids.hrss, licensing: 12, feesWanYuan: 1.2345 });
    expect((await put(eduHead, ids.edu, { licensing: 5, penalties: 0, enforcement: 2, feesWanYuan: 0.0005 })).status).toBe(200);
    expect((await put(eduHead, ids.hrss, { licensing: 1, penalties: 1, enforcement: 1, feesWanYuan: 1 })).body.code).toBe('REPORT_AGENCY_NOT_YOURS');

    expect((await report()).proactive.manual).toEqual({ licensing: 17, penalties: 3, enforcement: 3, feesWanYuan: 1.235, agenciesReporting: 2 });
    expect((await report(`year=${year}&agencyId=${ids.hrss}`)).proactive).toEqual({
      regulations: null,
      normativeDocuments: null,
      manual: { licensing: 12, penalties: 3, enforcement: 1, feesWanYuan: 1.2345, agenciesReporting: 1 },
    });
    const listed = await office.request(`/api/admin/reports/manual-figures?year=${year}`);
    expect(listed.body.map((r: { agencyId: number }) => r.agencyId).sort()).toEqual([ids.hrss, ids.edu].sort());
    expect(await audits('report.figures_saved')).toBe(3);

    for (const json of [
      { licensing: -1, penalties: 0, enforcement: 0, feesWanYuan: 0 },
      { licensing: 1.5, penalties: 0, enforcement: 0, feesWanYuan: 0 },
      { licensing: 1, penalties: 0, enforcement: 0, feesWanYuan: 1.23456 },
      { licensing: 1, penalties: 0, enforcement: 0, feesWanYuan: '1' },
      { licensing: 1, penalties: 0, enforcement: 0 },
    ]) {
      const refused = await put(office, ids.hrss, json);
      expect({ json, status: refused.status, code: refused.body.code }).toEqual({ json, status: 400, code: 'VALIDATION_FAILED' });
    }
    expect((await office.request(`/api/admin/reports/manual-figures?year=${year}`, { method: 'PUT', json: {} })).status).toBe(400);
  });

  it('counts 规章 and 规范性文件 issued, repealed and in force from the policy documents', async () => {
    const before = await report();
    const document = async (docNumber: string, issuedOn: string) => {
      const created = await hrss.request('/api/admin/policy-documents', {
        method: 'POST',
        json: { title: `临溪市测试文件${docNumber}`, docNumber, issuer: '临溪市人民政府', issuedOn, validity: 'valid' },
      });
      expect(created.status).toBe(201);
      return created.body.id as number;
    };
    const classify = (id: number, json: unknown) => office.request(`/api/admin/reports/policy-documents/${id}/classification`, { method: 'PUT', json });
    const regulationNew = await document(`临政令〔${year}〕1号`, `${year}-01-15`);
    const regulationOld = await document(`临政令〔${year - 3}〕2号`, `${year - 3}-05-01`);
    const normativeRepealed = await document(`临政规〔${year - 2}〕3号`, `${year - 2}-02-01`);
    const normativeNew = await document(`临政规〔${year}〕4号`, `${year}-01-20`);
    expect((await classify(regulationNew, { kind: 'regulation' })).status).toBe(200);
    expect((await classify(regulationOld, { kind: 'regulation', repealedOn: null })).status).toBe(200);
    expect((await classify(normativeRepealed, { kind: 'normative', repealedOn: `${year}-01-10` })).status).toBe(200);
    expect((await classify(normativeNew, { kind: 'normative' })).status).toBe(200);
    expect((await classify(normativeNew, { kind: 'normative', repealedOn: `${year - 1}-01-01` })).body.code).toBe('REPORT_REPEAL_BEFORE_ISSUE');
    expect((await classify(999999, { kind: 'normative' })).body.code).toBe('REPORT_DOCUMENT_NOT_FOUND');
    expect((await classify(normativeNew, { kind: 'law' })).status).toBe(400);
    expect((await classify(normativeNew, { kind: 'normative', repealedOn: '2026-02-30' })).status).toBe(400);
    expect(
      (await hrssHead.request(`/api/admin/reports/policy-documents/${normativeNew}/classification`, { method: 'PUT', json: { kind: 'other' } })).status,
    ).toBe(403);

    const after = await report();
    const delta = (key: 'regulations' | 'normativeDocuments') => {
      const [a, b] = [after.proactive[key]!, before.proactive[key]!];
      return { issued: a.issued - b.issued, repealed: a.repealed - b.repealed, inForce: a.inForce - b.inForce };
    };
    expect(delta('regulations')).toEqual({ issued: 1, repealed: 0, inForce: 2 });
    expect(delta('normativeDocuments')).toEqual({ issued: 1, repealed: 1, inForce: 1 });
    // Last year the repealed one was still in force and this year's were not issued yet.
    const lastYear = await report(`year=${year - 1}`);
    expect(lastYear.proactive.normativeDocuments!.inForce - before.proactive.normativeDocuments!.inForce).toBeGreaterThanOrEqual(0);
    expect(await audits('report.document_classified')).toBe(4);
  });

  it('gives the figures Weimin knows for 一: interpretations per stage, notices per section, messages with the summary sentence', async () => {
    const before = await report();
    const [officeStaff, officeHeadSession] = [office, officeHead];
    await publishInterpretation({ drafter: hrss, agencyHead: hrssHead, officeStaff, officeHead: officeHeadSession }, { stages: ['employment', 'retirement'] });
    const unit = await createUnit(t, admin);
    await publishNotice(unit.staff, { section: 'services', title: '营业厅服务时间调整' });
    const citizen = await citizenSignIn(t);
    await submitMessage(citizen, { targetAgencyId: ids.hrss });
    await submitMessage(citizen, { channel: 'mayor_mailbox', type: 'suggestion' });

    const after = await report();
    const stage = (r: AnnualReport, code: string) => r.overview.figures.interpretationsByStage.find((s) => s.stage === code)!.published;
    expect(after.overview.figures.interpretationsByStage).toHaveLength(14);
    expect(stage(after, 'employment') - stage(before, 'employment')).toBe(1);
    expect(stage(after, 'retirement') - stage(before, 'retirement')).toBe(1);
    expect(stage(after, 'birth') - stage(before, 'birth')).toBe(0);
    const section = (r: AnnualReport, code: string) => r.overview.figures.noticesBySection.find((s) => s.section === code)!.published;
    expect(section(after, 'services') - section(before, 'services')).toBe(1);
    expect(after.overview.figures.messages.received - before.overview.figures.messages.received).toBe(2);
    expect(after.overview.figures.messages.summary).toContain(`共收到留言 ${after.overview.figures.messages.received} 条`);
    expect(after.overview.figures.messages.summary).toMatch(new RegExp(`^${year}年1月1日至`));
    const hrssReport = await report(`year=${year}&agencyId=${ids.hrss}`);
    expect(hrssReport.overview.figures.messages.received).toBe(1);
    expect(stage(hrssReport, 'retirement')).toBeGreaterThanOrEqual(1);
  });
});
