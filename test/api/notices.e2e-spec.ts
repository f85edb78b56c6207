import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { Notification } from '../../apps/bff/src/messages/notification.entity';
import { NoticeReminderScheduler } from '../../apps/bff/src/notices/notice-reminder-scheduler.service';
import { Notice } from '../../apps/bff/src/notices/notice.entity';
import { OutboxService } from '../../apps/bff/src/outbox/outbox.service';
import { createUnit, noticeRequest, publishNotice } from '../factories/notice.factory';
import { signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

const DAY = 86_400_000;
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe(`public-enterprise notices (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: StaffSession;
  let office: StaffSession;

  const auditRows = (action: string, objectId: number | string) =>
    t.dataSource.getRepository(AuditLog).findBy({ action: action as AuditLog['action'], objectId: String(objectId) });
  const backdate = (id: number, days: number) => t.dataSource.getRepository(Notice).update(id, { publishedAt: new Date(Date.now() - days * DAY) });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    office = await signIn(t, 'office.staff');
  });
  afterAll(() => t.close());

  describe('publishing, editing, withdrawing', () => {
    it('publishes a sanitised notice that citizens read on the unit’s page, with an audit row', async () => {
      const unit = await createUnit(t, admin);
      const xss =
        '<p onclick="alert(1)">停水<script>alert(1)</script><a href="javascript:alert(1)">详情</a><img src=x onerror=alert(1)><a href="https://water.example.cn/notice">公告</a></p>';
      const created = await unit.staff.request('/api/admin/notices', {
        method: 'POST',
        json: {
          section: 'announcements',
          title: '  城北计划停水  ',
          bodyHtml: xss,
          validFrom: '2026-12-03T08:00:00+08:00',
          validUntil: '2026-12-03T18:00:00+08:00',
        },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        title: '城北计划停水',
        status: 'published',
        agencyId: unit.id,
        agencyName: unit.name,
        allowedActions: ['edit', 'withdraw'],
        validFrom: '2026-12-03T00:00:00.000Z',
      });
      for (const bad of ['<script', 'onclick', 'onerror', 'javascript:', '<img']) expect(created.body.bodyHtml).not.toContain(bad);
      expect(created.body.bodyHtml).toContain('<a href="https://water.example.cn/notice" rel="noopener noreferrer" target="_blank">公告</a>');
      expect(created.headers.get('cache-control')).toBe('no-store');

      const audit = await auditRows('notice.published', created.body.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorType: 'staff', actorId: unit.staff.me.id, agencyId: unit.id, objectType: 'notice' });

      const page = await t.request(`/api/agencies/${unit.id}/notices`);
      expect(page.status).toBe(200);
      expect(page.body.sections.map((s: { section: string }) => s.section)).toEqual(['announcements', 'services', 'rules']);
      expect(page.body.sections[0].notices).toEqual([expect.objectContaining({ id: created.body.id, title: '城北计划停水', expired: false })]);
      expect(page.body.sections[1].notices).toEqual([]);

      const detail = await t.request(`/api/notices/${created.body.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({ id: created.body.id, agencyName: unit.name, bodyHtml: created.body.bodyHtml });
      expect(JSON.stringify(detail.body)).not.toMatch(/authorId|withdrawReason/);
    });

    it('answers 304 to a client that has the current version, and a new ETag once the unit publishes', async () => {
      const unit = await createUnit(t, admin);
      await publishNotice(unit.staff);
      const first = await t.request(`/api/agencies/${unit.id}/notices`);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await t.request(`/api/agencies/${unit.id}/notices`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
      await publishNotice(unit.staff, { section: 'services', title: '报装指南' });
      const changed = await t.request(`/api/agencies/${unit.id}/notices`, { headers: { 'if-none-match': etag } });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    });

    it('edits and withdraws with a reason, each audited; a withdrawn notice leaves the public pages and cannot change again', async () => {
      const unit = await createUnit(t, admin);
      const notice = await publishNotice(unit.staff);
      const edited = await unit.staff.request(`/api/admin/notices/${notice.id}`, {
        method: 'PATCH',
        json: { title: '城北计划停水（时间调整）', bodyHtml: '<p>改为周六<b>停水</b></p><iframe src="https://x"></iframe>' },
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ title: '城北计划停水（时间调整）', bodyHtml: '<p>改为周六<b>停水</b></p>', publishedAt: notice.publishedAt });
      expect(await auditRows('notice.updated', notice.id)).toHaveLength(1);

      const withdrawn = await unit.staff.request(`/api/admin/notices/${notice.id}/withdraw`, { method: 'POST', json: { reason: '停水计划取消' } });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawReason: '停水计划取消', allowedActions: [] });
      const audit = await auditRows('notice.withdrawn', notice.id);
      expect(audit).toHaveLength(1);
      expect(audit[0].reason).toBe('停水计划取消');

      expect((await t.request(`/api/notices/${notice.id}`)).status).toBe(404);
      expect((await t.request(`/api/agencies/${unit.id}/notices`)).body.sections[0].notices).toEqual([]);
      const editedAgain = await unit.staff.request(`/api/admin/notices/${notice.id}`, { method: 'PATCH', json: { title: '再改一次' } });
      expect([editedAgain.status, editedAgain.body.code]).toEqual([409, 'NOTICE_ALREADY_WITHDRAWN']);
      const withdrawnAgain = await unit.staff.request(`/api/admin/notices/${notice.id}/withdraw`, { method: 'POST', json: { reason: '再撤一次' } });
      expect([withdrawnAgain.status, withdrawnAgain.body.code]).toEqual([409, 'NOTICE_ALREADY_WITHDRAWN']);
      const listed = await unit.staff.request('/api/admin/notices?status=withdrawn');
      expect(listed.body.items.map((n: { id: number }) => n.id)).toEqual([notice.id]);
    });

    it('shows an announcement whose validity is over as 已过期, after the current ones', async () => {
      const unit = await createUnit(t, admin);
      const past = await publishNotice(unit.staff, {
        title: '上周停电',
        validFrom: new Date(Date.now() - 8 * DAY).toISOString(),
        validUntil: new Date(Date.now() - 7 * DAY).toISOString(),
      });
      const current = await publishNotice(unit.staff, {
        title: '明天停电',
        validFrom: new Date(Date.now() + DAY).toISOString(),
        validUntil: new Date(Date.now() + 1.5 * DAY).toISOString(),
      });
      await backdate(current.id, 1);
      const section = (await t.request(`/api/agencies/${unit.id}/notices`)).body.sections[0];
      expect(section.notices.map((n: { id: number; expired: boolean }) => [n.id, n.expired])).toEqual([
        [current.id, false],
        [past.id, true],
      ]);
    });

    it('refuses bad input with 400 and the field', async () => {
      const unit = await createUnit(t, admin);
      const post = (json: unknown) => unit.staff.request('/api/admin/notices', { method: 'POST', json });
      const cases: Array<[unknown, string]> = [
        [{ ...noticeRequest(), section: 'news' }, 'section'],
        [{ ...noticeRequest(), title: '' }, 'title'],
        [{ ...noticeRequest(), title: '长'.repeat(101) }, 'title'],
        [{ ...noticeRequest(), bodyHtml: '<script>alert(1)</script>' }, 'bodyHtml'],
        [{ ...noticeRequest(), bodyHtml: 'x'.repeat(15_001) }, 'bodyHtml'],
        // Within 15,000 characters, but each & is stored as &amp;: over what the column holds.
        [{ ...noticeRequest(), bodyHtml: `<p>${'&'.repeat(14_000)}</p>` }, 'bodyHtml'],
        [{ ...noticeRequest(), validFrom: 'tomorrow' }, 'validFrom'],
        [{ ...noticeRequest(), validFrom: '2026-12-03T18:00:00+08:00', validUntil: '2026-12-03T08:00:00+08:00' }, 'validUntil'],
        [{ ...noticeRequest(), agencyId: 1 }, 'agencyId'],
      ];
      for (const [body, field] of cases) {
        const response = await post(body);
        expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
        expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      }
      expect((await unit.staff.request('/api/admin/notices/abc')).status).toBe(400);
      const notice = await publishNotice(unit.staff);
      const empty = await unit.staff.request(`/api/admin/notices/${notice.id}`, { method: 'PATCH', json: {} });
      expect([empty.status, empty.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(await auditRows('notice.updated', notice.id)).toHaveLength(0);
      await t.dataSource.getRepository(Notice).delete(notice.id);
      expect((await unit.staff.request('/api/admin/notices?section=news')).status).toBe(400);
      expect((await t.request('/api/notices/abc')).status).toBe(400);
      expect(await t.dataSource.getRepository(Notice).countBy({ agencyId: unit.id })).toBe(0);
    });
  });

  describe('isolation: a unit edits only its own; departments publish nothing; the office reads all', () => {
    it('keeps units apart', async () => {
      const a = await createUnit(t, admin);
      const b = await createUnit(t, admin, 'power_supply');
      const ofA = await publishNotice(a.staff);
      await publishNotice(b.staff, { title: '乙单位公告' });
      for (const [method, path, json] of [
        ['GET', `/api/admin/notices/${ofA.id}`, undefined],
        ['PATCH', `/api/admin/notices/${ofA.id}`, { title: '被改了' }],
        ['POST', `/api/admin/notices/${ofA.id}/withdraw`, { reason: '被撤了' }],
      ] as const) {
        const response = await b.staff.request(path, { method, json });
        expect([method, response.status, response.body.code]).toEqual([method, 404, 'NOT_FOUND']);
      }
      expect((await t.dataSource.getRepository(Notice).findOneByOrFail({ id: ofA.id })).title).toBe(ofA.title);
      const listOfB = await b.staff.request(`/api/admin/notices?agencyId=${a.id}`);
      expect(listOfB.body.items).toEqual([]);
      const ownOfB = (await b.staff.request('/api/admin/notices')).body.items;
      expect(ownOfB.length).toBe(1);
      expect(ownOfB.every((n: { agencyId: number }) => n.agencyId === b.id)).toBe(true);

      const officeList = await office.request(`/api/admin/notices?agencyId=${a.id}`);
      expect(officeList.body.items).toEqual([expect.objectContaining({ id: ofA.id, allowedActions: [] })]);
      expect((await office.request(`/api/admin/notices/${ofA.id}`)).status).toBe(200);
      expect((await office.request('/api/admin/notices', { method: 'POST', json: noticeRequest() })).status).toBe(403);
      expect((await office.request(`/api/admin/notices/${ofA.id}/withdraw`, { method: 'POST', json: { reason: '办公室撤回' } })).status).toBe(403);
    });

    it('refuses a department’s staff: they publish no notices (403) and find none', async () => {
      const hrss = await signIn(t, 'hrss.staff');
      const created = await hrss.request('/api/admin/notices', { method: 'POST', json: noticeRequest() });
      expect([created.status, created.body.code]).toEqual([403, 'NOTICE_PUBLISHER_NOT_A_UNIT']);
      const listed = await hrss.request('/api/admin/notices');
      expect([listed.status, listed.body.items]).toEqual([200, []]);
      expect((await hrss.request('/api/admin/notice-freshness')).status).toBe(403);
    });

    it('does not show a notice of an inactive unit, nor the unit’s page', async () => {
      const unit = await createUnit(t, admin);
      const notice = await publishNotice(unit.staff);
      expect((await admin.request(`/api/admin/agencies/${unit.id}`, { method: 'PATCH', json: { active: false } })).status).toBe(200);
      expect((await t.request(`/api/notices/${notice.id}`)).status).toBe(404);
      expect((await t.request(`/api/agencies/${unit.id}/notices`)).status).toBe(404);
      const department = (await t.request('/api/agencies?kind=department')).body[0].id;
      expect((await t.request(`/api/agencies/${department}/notices`)).status).toBe(404);
    });
  });

  describe('freshness: thresholds, board, reminders once per stale period', () => {
    const sectionOf = async (agencyId: number, section: string, query = '') => {
      const board = await office.request(`/api/admin/notice-freshness${query}`);
      expect(board.status).toBe(200);
      return board.body.units.find((u: { agencyId: number }) => u.agencyId === agencyId)?.sections.find((s: { section: string }) => s.section === section);
    };

    it('counts 便民公告 against 14 days and the others against 180; a section without notices is stale', async () => {
      const unit = await createUnit(t, admin);
      const notice = await publishNotice(unit.staff);
      const rules = await publishNotice(unit.staff, { section: 'rules', title: '信息公开办法' });
      expect(await sectionOf(unit.id, 'announcements')).toMatchObject({ state: 'fresh', daysSinceUpdate: 0, thresholdDays: 14, remindedAt: null });
      expect(await sectionOf(unit.id, 'services')).toMatchObject({ state: 'stale', daysSinceUpdate: null, lastPublishedAt: null, thresholdDays: 180 });

      await backdate(notice.id, 12);
      expect(await sectionOf(unit.id, 'announcements')).toMatchObject({ state: 'due_soon', daysSinceUpdate: 12 });
      await backdate(notice.id, 14);
      expect(await sectionOf(unit.id, 'announcements')).toMatchObject({ state: 'stale', daysSinceUpdate: 14 });
      await backdate(rules.id, 100);
      expect(await sectionOf(unit.id, 'rules')).toMatchObject({ state: 'fresh', daysSinceUpdate: 100, thresholdDays: 180 });
      await backdate(rules.id, 181);
      expect(await sectionOf(unit.id, 'rules')).toMatchObject({ state: 'stale' });

      // A withdrawn notice does not count as an update.
      const fresh = await publishNotice(unit.staff, { title: '新公告' });
      expect(await sectionOf(unit.id, 'announcements')).toMatchObject({ state: 'fresh' });
      await unit.staff.request(`/api/admin/notices/${fresh.id}/withdraw`, { method: 'POST', json: { reason: '发错了' } });
      expect(await sectionOf(unit.id, 'announcements')).toMatchObject({ state: 'stale', daysSinceUpdate: 14 });
    });

    it('filters the board by industry and state, and lists the demo city’s stale units', async () => {
      const all = await office.request('/api/admin/notice-freshness');
      expect(all.body.thresholds).toEqual({ announcements: 14, rules: 180, services: 180 });
      const names = all.body.units.map((u: { agencyName: string }) => u.agencyName);
      expect(names).toContain('临溪供电公司青石供电所');
      const qingshi = all.body.units.find((u: { agencyName: string }) => u.agencyName === '临溪供电公司青石供电所');
      expect(qingshi.sections.map((s: { section: string; state: string }) => [s.section, s.state])).toEqual([
        ['announcements', 'stale'],
        ['services', 'stale'],
        ['rules', 'fresh'],
      ]);
      const power = await office.request('/api/admin/notice-freshness?industry=power_supply');
      expect(power.body.units.length).toBeGreaterThan(0);
      expect(power.body.units.every((u: { industry: string }) => u.industry === 'power_supply')).toBe(true);
      const stale = await office.request('/api/admin/notice-freshness?state=stale');
      expect(stale.body.units.every((u: { sections: Array<{ state: string }> }) => u.sections.some((s) => s.state === 'stale'))).toBe(true);
      const cityWater = all.body.units.find((u: { agencyName: string }) => u.agencyName === '临溪市自来水有限公司');
      expect(cityWater.sections.every((s: { state: string }) => s.state === 'fresh')).toBe(true);
      expect(stale.body.units.map((u: { agencyName: string }) => u.agencyName)).not.toContain('临溪市自来水有限公司');
      expect((await office.request('/api/admin/notice-freshness?state=old')).status).toBe(400);
      expect((await admin.request('/api/admin/notice-freshness')).status).toBe(200);
    });

    it('reminds the unit once per stale period, even with two scans at once; a new stale period gets a new reminder', async () => {
      const unit = await createUnit(t, admin);
      await publishNotice(unit.staff, { section: 'rules', title: '公开办法' });
      await publishNotice(unit.staff, { section: 'services', title: '服务指南' });
      const first = await publishNotice(unit.staff);
      const scheduler = t.app.get(NoticeReminderScheduler);
      const outbox = t.app.get(OutboxService);
      const notifications = t.dataSource.getRepository(Notification);
      const reminders = () => notifications.findBy({ agencyId: unit.id, kind: 'notice_stale' });

      await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
      await outbox.deliverDue();
      expect(await reminders()).toEqual([]);

      await backdate(first.id, 20);
      await Promise.all([scheduler.runOnce(), scheduler.runOnce(), scheduler.runOnce()]);
      await scheduler.runOnce();
      await outbox.deliverDue();
      await outbox.deliverDue();
      const once = await reminders();
      expect(once.map((n) => n.text)).toEqual(['「便民公告」栏目已20天未更新（要求14天内更新），请及时发布']);
      expect(once[0]).toMatchObject({ subjectType: null, subjectId: null });
      const audit = await auditRows('notice.stale_reminded', unit.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorType: 'system', agencyId: unit.id, objectType: 'agency', reason: 'announcements' });
      expect((await sectionOf(unit.id, 'announcements')).remindedAt).not.toBeNull();

      // The unit's staff see it in their inbox.
      const inbox = await unit.staff.request('/api/admin/notifications');
      expect(inbox.body).toEqual([expect.objectContaining({ kind: 'notice_stale', subject: null })]);

      // A new notice ends the period; when that one goes stale too, a new period gets its own reminder.
      const second = await publishNotice(unit.staff, { title: '第二条公告' });
      await scheduler.runOnce();
      expect((await sectionOf(unit.id, 'announcements')).remindedAt).toBeNull();
      await backdate(second.id, 15);
      await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
      await outbox.deliverDue();
      expect((await reminders()).map((n) => n.text).sort()).toEqual([
        '「便民公告」栏目已15天未更新（要求14天内更新），请及时发布',
        '「便民公告」栏目已20天未更新（要求14天内更新），请及时发布',
      ]);
      expect(await auditRows('notice.stale_reminded', unit.id)).toHaveLength(2);
    });

    it('reminds a unit with no notice at all, once per section', async () => {
      const unit = await createUnit(t, admin);
      const scheduler = t.app.get(NoticeReminderScheduler);
      await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
      await t.app.get(OutboxService).deliverDue();
      const texts = (await t.dataSource.getRepository(Notification).findBy({ agencyId: unit.id, kind: 'notice_stale' })).map((n) => n.text).sort();
      expect(texts).toEqual(
        ['「便民公告」栏目尚未发布任何信息，请及时更新', '「公共服务」栏目尚未发布任何信息，请及时更新', '「公开制度」栏目尚未发布任何信息，请及时更新'].sort(),
      );
    });
  });

  describe('figures for the annual report (issue #7)', () => {
    it('counts notices per unit and section in SQL, within the period, without withdrawn ones; lists stale unit-sections', async () => {
      const a = await createUnit(t, admin);
      const b = await createUnit(t, admin, 'health');
      await publishNotice(a.staff);
      await publishNotice(a.staff, { title: '第二条' });
      await publishNotice(a.staff, { section: 'services', title: '服务' });
      const withdrawn = await publishNotice(a.staff, { section: 'services', title: '撤回的' });
      await a.staff.request(`/api/admin/notices/${withdrawn.id}/withdraw`, { method: 'POST', json: { reason: '发错了' } });
      const old = await publishNotice(b.staff, { section: 'rules', title: '去年的制度' });
      await publishNotice(b.staff, { section: 'rules', title: '今年的制度' });
      await backdate(old.id, 400);

      const response = await office.request(`/api/admin/stats/notices?from=${today()}&to=${today()}`);
      expect(response.status).toBe(200);
      const mine = response.body.published.filter((row: { agencyId: number }) => row.agencyId === a.id || row.agencyId === b.id);
      expect(mine).toEqual([
        { agencyId: a.id, agencyName: a.name, section: 'announcements', count: 2 },
        { agencyId: a.id, agencyName: a.name, section: 'services', count: 1 },
        { agencyId: b.id, agencyName: b.name, section: 'rules', count: 1 },
      ]);
      expect(response.body.publishedTotal).toBe(response.body.published.reduce((sum: number, row: { count: number }) => sum + row.count, 0));
      const staleOfA = response.body.staleNow.filter((row: { agencyId: number }) => row.agencyId === a.id).map((row: { section: string }) => row.section);
      expect(staleOfA).toEqual(['rules']);

      const lastYear = new Date(Date.now() - 400 * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
      const then = await office.request(`/api/admin/stats/notices?from=${lastYear}&to=${lastYear}`);
      expect(then.body.published.filter((row: { agencyId: number }) => row.agencyId === b.id)).toEqual([
        { agencyId: b.id, agencyName: b.name, section: 'rules', count: 1 },
      ]);
    });

    it('refuses bad periods and non-office callers', async () => {
      for (const query of [
        'from=2026-01-01',
        'from=2026-13-01&to=2026-12-31',
        'from=2026-02-30&to=2026-03-01',
        'from=2026-03-01&to=2026-02-01',
        'from=20260101&to=20261231',
      ]) {
        const response = await office.request(`/api/admin/stats/notices?${query}`);
        expect([query, response.status, response.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
      }
      expect((await (await signIn(t, 'water.staff')).request(`/api/admin/stats/notices?from=${today()}&to=${today()}`)).status).toBe(403);
      expect((await admin.request(`/api/admin/stats/notices?from=${today()}&to=${today()}`)).status).toBe(200);
    });
  });
});
