import type { AnnualReport, PublishedReport, PublishedReportSummary } from '@weimin/contracts';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { chinaDay } from '../../apps/bff/src/calendar/working-days';
import { ReportPublication } from '../../apps/bff/src/reports/report-publication.entity';
import { signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`the annual report published to the mini-program (年度报告, 政务公开) (${TEST_DB})`, () => {
  let t: TestApp;
  let office: StaffSession;
  let officeHead: StaffSession;
  let admin: StaffSession;
  let hrss: StaffSession;
  let hrssHead: StaffSession;
  const year = Number(chinaDay(new Date()).slice(0, 4)) - 1;

  beforeAll(async () => {
    t = await startTestApp();
    [office, officeHead, admin, hrss, hrssHead] = await Promise.all(
      ['office.staff', 'office.head', 'admin', 'hrss.staff', 'hrss.head'].map((u) => signIn(t, u)),
    );
  }, 600_000);
  afterAll(() => t?.close());

  const publish = (session: StaffSession, y: number | string = year) => session.request(`/api/admin/reports/annual/${y}/publish`, { method: 'POST' });
  const list = async (): Promise<PublishedReportSummary[]> => {
    const response = await t.request('/api/reports/annual');
    expect(response.status).toBe(200);
    return response.body;
  };
  const read = async (id: number): Promise<PublishedReport> => {
    const response = await t.request(`/api/reports/annual/${id}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const rows = () => t.dataSource.getRepository(ReportPublication).count();
  const audits = () => t.dataSource.getRepository(AuditLog).countBy({ action: 'report.published' });

  it('lists nothing before anything is published; an unknown id is 404 with its code, a bad one 400', async () => {
    expect(await list()).toEqual([]);
    const missing = await t.request('/api/reports/annual/999');
    expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'REPORT_PUBLICATION_NOT_FOUND' });
    const bad = await t.request('/api/reports/annual/abc');
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('refuses publishing to anyone but the office (403 FORBIDDEN), to no one signed in (401), and writes nothing', async () => {
    for (const session of [admin, hrss, hrssHead]) {
      const refused = await publish(session);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    }
    expect((await t.request(`/api/admin/reports/annual/${year}/publish`, { method: 'POST' })).status).toBe(401);
    expect(await rows()).toBe(0);
  });

  it('refuses a bad year (400), a year not begun (400 REPORT_YEAR_NOT_STARTED), and a report too long for one version', async () => {
    for (const bad of ['abcd', '2007', '20260', '+202']) {
      const refused = await publish(office, bad);
      expect({ bad, status: refused.status, code: refused.body.code }).toEqual({ bad, status: 400, code: 'VALIDATION_FAILED' });
    }
    const future = await publish(office, year + 2);
    expect({ status: future.status, code: future.body.code }).toEqual({ status: 400, code: 'REPORT_YEAR_NOT_STARTED' });

    // Three sections of 20,000 Chinese characters are 180 KB of UTF-8: beyond one version; refused as a 400, never a 500.
    const long = year - 1;
    for (const section of ['overview', 'problems', 'other']) {
      const put = await office.request(`/api/admin/reports/annual/texts/${section}?year=${long}`, {
        method: 'PUT',
        json: { text: '政'.repeat(20000), baseVersion: 0 },
      });
      expect(put.status).toBe(200);
    }
    const tooLong = await publish(office, long);
    expect({ status: tooLong.status, code: tooLong.body.code }).toEqual({ status: 400, code: 'REPORT_TOO_LONG_TO_PUBLISH' });
    expect(await rows()).toBe(0);
    expect(await list()).toEqual([]);
  });

  it('publishes the whole government’s report as it stands, audited; the public list shows it with the city’s title', async () => {
    const admitted = await office.request(`/api/admin/reports/annual?year=${year}`);
    const live: AnnualReport = admitted.body;
    const published = await publish(office);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ year, title: `临溪市政府信息公开工作年度报告（${year}年）`, superseded: false, supersededAt: null });

    const [entry, ...others] = await list();
    expect(others).toEqual([]);
    expect(entry).toEqual({
      id: published.body.id,
      year,
      title: `临溪市政府信息公开工作年度报告（${year}年）`,
      publishedAt: published.body.publishedAt,
      superseded: false,
      supersededAt: null,
    });
    const detail = await read(entry.id);
    expect(detail.report).toMatchObject({ year, agencyId: null, agencyName: '本级政府' });
    expect(detail.report.tableThree).toEqual(live.tableThree);
    expect(detail.report.tableFour).toEqual(live.tableFour);
    expect(await audits()).toBe(1);
    // The year not published (this year) is absent.
    expect((await list()).map((r) => r.year)).toEqual([year]);
  });

  it('publishing the year again adds the corrected version; the earlier is marked 已更正 with its date and stays readable', async () => {
    const [first] = await list(); // read (and cached) before the correction: publishing must drop it
    const saved = await officeHead.request(`/api/admin/reports/annual/texts/overview?year=${year}`, {
      method: 'PUT',
      json: { text: '更正后的总体情况。', baseVersion: 0 },
    });
    expect(saved.status).toBe(200);
    const corrected = await publish(officeHead);
    expect(corrected.status).toBe(201);

    const entries = await list();
    expect(entries.map((e) => ({ id: e.id, superseded: e.superseded }))).toEqual([
      { id: corrected.body.id, superseded: false },
      { id: first.id, superseded: true },
    ]);
    expect(entries[1].supersededAt).toBe(corrected.body.publishedAt);
    expect((await read(corrected.body.id)).report.overview.text.text).toBe('更正后的总体情况。');
    const old = await read(first.id);
    expect(old).toMatchObject({ id: first.id, superseded: true, supersededAt: corrected.body.publishedAt });
    expect(old.report.overview.text.text).toBe('');
    expect(await rows()).toBe(2);
    expect(await audits()).toBe(2);

    // A third publication supersedes the second only; the first keeps its own correction date.
    const third = await publish(office);
    const after = await list();
    expect(after.map((e) => [e.id, e.superseded, e.supersededAt])).toEqual([
      [third.body.id, false, null],
      [corrected.body.id, true, third.body.publishedAt],
      [first.id, true, corrected.body.publishedAt],
    ]);
  });
});
