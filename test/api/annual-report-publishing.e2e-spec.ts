import type { AnnualReport, PublishedReport, PublishedReportSummary } from '@weimin/contracts';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { chinaDay } from '../../apps/bff/src/calendar/working-days';
import { ReportPublication } from '../../apps/bff/src/reports/report-publication.entity';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`the annual report published to the mini-program (年度报告, 政务公开) (${TEST_DB})`, () => {
  let t: TestApp;
  let office: StaffSession;
  let officeHead: StaffSession;
  let admin: StaffSession;
  let hrss: StaffSession;
  let hrssHead: StaffSession;
  let eduHead: StaffSession;
  let ids: { hrss: number; edu: number };
  const year = Number(chinaDay(new Date()).slice(0, 4)) - 1;

  beforeAll(async () => {
    t = await startTestApp();
    [office, officeHead, admin, hrss, hrssHead, eduHead] = await Promise.all(
      ['office.staff', 'office.head', 'admin', 'hrss.staff', 'hrss.head', 'edu.head'].map((u) => signIn(t, u)),
    );
    ids = { hrss: await agencyIdOf(t, 'dept-hrss'), edu: await agencyIdOf(t, 'dept-edu') };
  }, 600_000);
  afterAll(() => t?.close());

  const publish = (session: StaffSession, y: number | string = year, agencyId?: number) =>
    session.request(`/api/admin/reports/annual/${y}/publish${agencyId === undefined ? '' : `?agencyId=${agencyId}`}`, { method: 'POST' });
  const list = async (query = ''): Promise<PublishedReportSummary[]> => {
    const response = await t.request(`/api/reports/annual${query}`);
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

  it('refuses the government’s report to anyone but the office (403), to no one signed in (401), and writes nothing', async () => {
    for (const session of [admin, hrss]) {
      const refused = await publish(session);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    }
    // A department's head reaches the route for their own department only: the government's is not theirs.
    const head = await publish(hrssHead);
    expect({ status: head.status, code: head.body.code }).toEqual({ status: 403, code: 'REPORT_AGENCY_NOT_YOURS' });
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
    expect(published.body).toMatchObject({
      year,
      agencyId: null,
      publisher: '临溪市人民政府',
      title: `临溪市政府信息公开工作年度报告（${year}年）`,
      superseded: false,
      supersededAt: null,
    });

    const [entry, ...others] = await list();
    expect(others).toEqual([]);
    expect(entry).toEqual({
      id: published.body.id,
      year,
      agencyId: null,
      publisher: '临溪市人民政府',
      title: `临溪市政府信息公开工作年度报告（${year}年）`,
      publishedAt: published.body.publishedAt,
      superseded: false,
      supersededAt: null,
    });
    const detail = await read(entry.id);
    expect(detail.report).toMatchObject({ year, cityName: '临溪市', title: entry.title, agencyId: null, agencyName: '本级政府' });
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

  it('a department publishes its own: its head (or the office for any department); another department’s head and its staff are refused', async () => {
    const before = await rows();
    const other = await publish(eduHead, year, ids.hrss);
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 403, code: 'REPORT_AGENCY_NOT_YOURS' });
    const staff = await publish(hrss, year, ids.hrss);
    expect({ status: staff.status, code: staff.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const unknown = await publish(office, year, 999999);
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'REPORT_AGENCY_NOT_FOUND' });
    expect((await publish(office, year, 0)).status).toBe(400);
    expect(await rows()).toBe(before);

    const hrssTitle = `临溪市人力资源和社会保障局${year}年政府信息公开工作年度报告`;
    const own = await publish(hrssHead, year, ids.hrss);
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ year, agencyId: ids.hrss, publisher: '临溪市人力资源和社会保障局', title: hrssTitle, superseded: false });
    expect(own.body.report).toMatchObject({ agencyId: ids.hrss, title: hrssTitle, cityName: '临溪市' });
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'report.published', agencyId: ids.hrss })).toBe(1);
    const eduByOffice = await publish(office, year, ids.edu);
    expect(eduByOffice.status).toBe(201);
    expect(eduByOffice.body).toMatchObject({ agencyId: ids.edu, publisher: '临溪市教育局', title: `临溪市教育局${year}年政府信息公开工作年度报告` });

    // The department's publication corrected by its head: only its own earlier version becomes 已更正.
    const government = await list('?publisher=government');
    const corrected = await publish(hrssHead, year, ids.hrss);
    expect(corrected.status).toBe(201);
    expect(await list('?publisher=government')).toEqual(government);
    expect((await list(`?publisher=${ids.hrss}`)).map((e) => [e.id, e.title, e.superseded, e.supersededAt])).toEqual([
      [corrected.body.id, hrssTitle, false, null],
      [own.body.id, hrssTitle, true, corrected.body.publishedAt],
    ]);
    expect((await list(`?publisher=${ids.edu}`)).map((e) => [e.id, e.superseded])).toEqual([[eduByOffice.body.id, false]]);
    expect(government.every((e) => e.agencyId === null && e.publisher === '临溪市人民政府')).toBe(true);

    // Unfiltered: every publisher's, the government's and the departments'; a bad filter is a 400.
    const all = await list();
    expect(new Set(all.map((e) => e.agencyId))).toEqual(new Set([null, ids.hrss, ids.edu]));
    expect(all).toHaveLength(government.length + 3);
    for (const bad of ['abc', '0', '-1', 'government,1']) {
      const refused = await t.request(`/api/reports/annual?publisher=${encodeURIComponent(bad)}`);
      expect({ bad, status: refused.status, code: refused.body.code }).toEqual({ bad, status: 400, code: 'VALIDATION_FAILED' });
    }
  });
});

describe(`the annual report names the city from configuration (CITY_NAME) (${TEST_DB})`, () => {
  let t: TestApp;
  let office: StaffSession;
  const year = Number(chinaDay(new Date()).slice(0, 4)) - 1;

  beforeAll(async () => {
    t = await startTestApp({ CITY_NAME: '青川市' });
    office = await signIn(t, 'office.staff');
  }, 600_000);
  afterAll(() => t?.close());

  it('returns the configured city in the data and publishes titles with it', async () => {
    const report: AnnualReport = (await office.request(`/api/admin/reports/annual?year=${year}`)).body;
    expect({ cityName: report.cityName, title: report.title }).toEqual({ cityName: '青川市', title: `青川市政府信息公开工作年度报告（${year}年）` });
    const published = await office.request(`/api/admin/reports/annual/${year}/publish`, { method: 'POST' });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ publisher: '青川市人民政府', title: `青川市政府信息公开工作年度报告（${year}年）` });
    // A department whose name does not start with the configured city gets the city in front.
    const edu = await agencyIdOf(t, 'dept-edu');
    const department = await office.request(`/api/admin/reports/annual/${year}/publish?agencyId=${edu}`, { method: 'POST' });
    expect(department.body.title).toBe(`青川市临溪市教育局${year}年政府信息公开工作年度报告`);
    const listed: PublishedReportSummary[] = (await t.request('/api/reports/annual')).body;
    expect(listed.map((e) => e.title).sort()).toEqual(
      [`青川市临溪市教育局${year}年政府信息公开工作年度报告`, `青川市政府信息公开工作年度报告（${year}年）`].sort(),
    );
  });
});
