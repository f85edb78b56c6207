import { createHash } from 'node:crypto';
import type { NotificationView } from '@weimin/contracts';
import JSZip from 'jszip';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { chinaDay, WorkingCalendar } from '../../apps/bff/src/calendar/working-days';
import { DisclosureApplication } from '../../apps/bff/src/disclosure/disclosure-application.entity';
import { DisclosureScheduler } from '../../apps/bff/src/disclosure/disclosure-scheduler.service';
import { Notification } from '../../apps/bff/src/messages/notification.entity';
import { OutboxItem } from '../../apps/bff/src/outbox/outbox-item.entity';
import { OutboxService } from '../../apps/bff/src/outbox/outbox.service';
import {
  act,
  applyOnline,
  disclosureRequest,
  docxText,
  download,
  organisationRequest,
  postDisclosure,
  registerDisclosure,
} from '../factories/disclosure.factory';
import { citizenSignIn, type CitizenSession } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';
import { until } from '../support/until';

const calendar = WorkingCalendar.fromConfig();

/** The day `n` working days before `day` (so that `day` is the n-th working day after it). */
function nthWorkdayBefore(day: string, n: number): string {
  let candidate = day;
  do candidate = new Date(Date.parse(`${candidate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  while (calendar.workdaysBetween(candidate, day) < n || !calendar.isWorkday(candidate));
  return candidate;
}

describe(`disclosure on application (依申请公开) (${TEST_DB})`, () => {
  let t: TestApp;
  let citizen: CitizenSession;
  let other: CitizenSession;
  let office: StaffSession;
  let officeHead: StaffSession;
  let hrss: StaffSession;
  let hrssHead: StaffSession;
  let edu: StaffSession;
  let eduHead: StaffSession;
  let ids: { hrss: number; edu: number };

  beforeAll(async () => {
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '1000' });
    [citizen, other] = await Promise.all([citizenSignIn(t), citizenSignIn(t)]);
    [office, officeHead, hrss, hrssHead, edu, eduHead] = await Promise.all(
      ['office.staff', 'office.head', 'hrss.staff', 'hrss.head', 'edu.staff', 'edu.head'].map((u) => signIn(t, u)),
    );
    ids = { hrss: await agencyIdOf(t, 'dept-hrss'), edu: await agencyIdOf(t, 'dept-edu') };
  });
  afterAll(() => t.close());

  const rows = () => t.dataSource.getRepository(DisclosureApplication).count();
  const audits = (action: string, id: number) => t.dataSource.getRepository(AuditLog).countBy({ action: action as AuditLog['action'], objectId: String(id) });

  describe('applying online', () => {
    it('takes an organisation’s application, stores the certificate number encrypted and shows it masked', async () => {
      const response = await postDisclosure(citizen, organisationRequest());
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        status: 'routing',
        agencyId: null,
        applicantKind: 'organisation',
        organisationKind: 'business',
        certificateType: 'credit_code',
        certificateNumberMasked: '913***********7P1X',
        contactPhoneMasked: '138****5678',
        channel: 'online',
        receivedOn: chinaDay(new Date()),
        outcome: null,
      });
      expect(response.body.caseNo).toMatch(/^YSQ\d{8}\d{6}$/);
      const raw = JSON.stringify(await t.dataSource.query('SELECT * FROM disclosure_application WHERE id = ?', [response.body.id]));
      expect(raw).not.toContain('91330100MA2H0K7P1X');
      expect(raw).not.toContain('13812345678');
      expect(await audits('disclosure.submitted', response.body.id)).toBe(1);
    });

    it('answers a repeated Idempotency-Key with the same application, and refuses it for another body (422)', async () => {
      const key = 'disclosure-key-0000000001';
      const before = await rows();
      const answers = await Promise.all(Array.from({ length: 10 }, () => postDisclosure(citizen, disclosureRequest(), key)));
      expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(answers.map((r) => r.body.id)).size).toBe(1);
      expect(await rows()).toBe(before + 1);
      const changed = await postDisclosure(citizen, disclosureRequest({ infoTitle: '另一项政府信息的名称' }), key);
      expect(changed.status).toBe(422);
      expect((await postDisclosure(citizen, disclosureRequest(), 'short')).body.details[0].field).toBe('Idempotency-Key');
    });

    it.each([
      ['certificateNumber', { certificateNumber: '11010119900307123' }],
      ['certificateType', { certificateType: 'credit_code' as const, certificateNumber: '91330100MA2H0K7P1X' }],
      ['organisationKind', { applicantKind: 'organisation' as const, certificateType: 'credit_code' as const, certificateNumber: '91330100MA2H0K7P1X' }],
      ['agencyId', { agencyId: 999_999 }],
      ['infoDescription', { infoDescription: '太短' }],
      ['deliveryMethod', { deliveryMethod: 'pigeon' as never }],
      ['email', { deliveryMethod: 'email' as const }],
    ])('refuses a bad %s with a 400 naming it, storing nothing', async (field, overrides) => {
      const before = await rows();
      const response = await postDisclosure(citizen, disclosureRequest(overrides));
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await rows()).toBe(before);
    });

    it("lists the citizen's own applications; another citizen's is 404; staff routes refuse citizens", async () => {
      const mine = await applyOnline(citizen, { agencyId: ids.hrss });
      expect(mine).toMatchObject({ status: 'handling', agencyId: ids.hrss, dueOn: calendar.addWorkdays(chinaDay(new Date()), 20) });
      expect((await citizen.request('/api/disclosure/applications/mine')).body.map((a: { id: number }) => a.id)).toContain(mine.id);
      expect((await other.request(`/api/disclosure/applications/mine/${mine.id}`)).status).toBe(404);
      expect((await other.request('/api/disclosure/applications/mine')).body).toEqual([]);
      expect((await citizen.request('/api/admin/disclosure/applications')).status).toBe(401);
      expect((await t.request('/api/disclosure/applications/mine')).status).toBe(401);
    });
  });

  describe('routing and isolation between agencies', () => {
    it('the office routes a 不确定 application; agencies cannot; another agency sees 404', async () => {
      const application = await applyOnline(citizen);
      expect((await act(hrss, application.id, 'route', { agencyId: ids.hrss })).status).toBe(403);
      expect((await hrss.request(`/api/admin/disclosure/applications/${application.id}`)).status).toBe(404);
      const routed = await act(office, application.id, 'route', { agencyId: ids.hrss, note: '属人社局职责' });
      expect(routed.status).toBe(200);
      expect(routed.body).toMatchObject({ status: 'handling', agencyId: ids.hrss, agencyName: '临溪市人力资源和社会保障局' });
      expect((await act(office, application.id, 'route', { agencyId: ids.edu })).status).toBe(409);

      const detail = await hrss.request(`/api/admin/disclosure/applications/${application.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body.applicant).toMatchObject({ certificateNumber: '110101199003071234', contactPhone: '13812345678' });
      expect(detail.body.history.map((e: { action: string }) => e.action)).toEqual(['submit', 'route']);
      expect(await audits('disclosure.applicant_viewed', application.id)).toBeGreaterThanOrEqual(1);

      expect((await edu.request(`/api/admin/disclosure/applications/${application.id}`)).status).toBe(404);
      expect((await act(edu, application.id, 'pause', { kind: 'third_party', party: '某公司', startedOn: chinaDay(new Date()) })).status).toBe(404);
      const eduList = await edu.request('/api/admin/disclosure/applications?pageSize=100');
      expect(eduList.body.items.map((a: { id: number }) => a.id)).not.toContain(application.id);
      const officeList = await office.request(`/api/admin/disclosure/applications?agencyId=${ids.hrss}&pageSize=100`);
      expect(officeList.body.items.map((a: { id: number }) => a.id)).toContain(application.id);
    });

    it('staff register letters and visits with the channel’s day of receipt; an agency only for itself', async () => {
      const registered = await registerDisclosure(hrss, { channel: 'registered_mail', receivedOn: '2026-09-25' });
      expect(registered).toMatchObject({ channel: 'registered_mail', receivedOn: '2026-09-25', agencyId: ids.hrss, status: 'handling' });
      expect(await audits('disclosure.registered', registered.id)).toBe(1);
      const foreign = await hrss.request('/api/admin/disclosure/applications', {
        method: 'POST',
        json: { ...disclosureRequest(), channel: 'in_person', receivedOn: '2026-09-25', agencyId: ids.edu },
      });
      expect(foreign.status).toBe(400);
      expect(foreign.body.details[0].field).toBe('agencyId');
      const future = await office.request('/api/admin/disclosure/applications', {
        method: 'POST',
        json: { ...disclosureRequest(), channel: 'in_person', receivedOn: calendar.addWorkdays(chinaDay(new Date()), 3) },
      });
      expect(future.status).toBe(400);
      expect(future.body.details[0].field).toBe('receivedOn');
      const online = await office.request('/api/admin/disclosure/applications', {
        method: 'POST',
        json: { ...disclosureRequest(), channel: 'online', receivedOn: '2026-09-25' },
      });
      expect(online.status).toBe(400);
    });
  });

  describe('the clock (20 working days; 国庆 and 春节 2026; pauses; one extension)', () => {
    it('runs across 国庆 2026, stops for a third party, and takes one extension approved by the office head', async () => {
      const application = await registerDisclosure(hrss, { receivedOn: '2026-09-25' });
      // 9-28, 9-29, 9-30, then 10-08 … with Saturday 10-10 a working day: the 20th is 10-29.
      expect(application.dueOn).toBe('2026-10-29');

      const paused = await act(hrss, application.id, 'pause', { kind: 'third_party', party: '临溪市某某建设有限公司', startedOn: '2026-10-12' });
      expect(paused.status).toBe(200);
      expect(paused.body).toMatchObject({ status: 'paused', dueOn: null, pauses: [{ kind: 'third_party', startedOn: '2026-10-12', endedOn: null }] });
      expect(
        (await act(hrss, application.id, 'reply-draft', { outcome: 'disclosed', facts: '经查，该信息由本机关制作。', legalBasis: '条例第三十六条第（二）项' }))
          .status,
      ).toBe(409);
      const resumed = await act(hrss, application.id, 'resume', { endedOn: '2026-10-16' });
      // 10-13 … 10-16: four working days do not count.
      expect(resumed.body).toMatchObject({ status: 'handling', dueOn: '2026-11-04', pauses: [{ endedOn: '2026-10-16' }] });

      expect((await act(hrss, application.id, 'extension', { workdays: 21, reason: '需要汇总多个科室的材料' })).status).toBe(400);
      const asked = await act(hrss, application.id, 'extension', { workdays: 20, reason: '需要汇总多个科室的材料' });
      expect(asked.body).toMatchObject({ dueOn: '2026-11-04', extension: { workdays: 20, status: 'requested' } });
      const again = await act(hrss, application.id, 'extension', { workdays: 5, reason: '再延长一次' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('DISCLOSURE_EXTENSION_ALREADY_USED');
      expect((await act(office, application.id, 'extension-decision', { approve: true })).status).toBe(403);
      expect((await act(hrssHead, application.id, 'extension-decision', { approve: true })).status).toBe(403);
      const approved = await act(officeHead, application.id, 'extension-decision', { approve: true, comment: '同意延期' });
      expect(approved.body).toMatchObject({ dueOn: '2026-12-02', extension: { status: 'approved' } });
      expect((await act(officeHead, application.id, 'extension-decision', { approve: true })).status).toBe(409);

      // The 补正 window (7 working days after 9-25: 10-12) is long past.
      const late = await act(hrss, application.id, 'correction', { missing: '请写明所需信息的年份' });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('DISCLOSURE_CORRECTION_WINDOW_PASSED');

      const history = (await hrss.request(`/api/admin/disclosure/applications/${application.id}`)).body.history.map((e: { action: string }) => e.action);
      expect(history).toEqual(['register', 'pause', 'resume', 'extension', 'extension-decision']);
      for (const action of ['pause', 'resume', 'extension', 'extension-decision']) expect(await audits(`disclosure.${action}`, application.id)).toBe(1);
    });

    it('runs across 春节 2026 (2-15 … 2-23 off, Saturdays 2-14 and 2-28 worked)', async () => {
      const application = await registerDisclosure(office, { receivedOn: '2026-02-10', agencyId: ids.edu });
      expect(application.dueOn).toBe('2026-03-16');
      expect(application.overdue).toBe(true);
    });

    it('sends one 补正 notice within 7 working days; the clock stops, then restarts from the corrected receipt', async () => {
      const today = chinaDay(new Date());
      const application = await registerDisclosure(hrss, { receivedOn: today });
      expect((await act(office, application.id, 'correction', { missing: '请写明所需信息的年份和范围' })).status).toBe(403);
      const noticed = await act(hrss, application.id, 'correction', { missing: '请写明所需信息的年份和范围', workdays: 10 });
      expect(noticed.status).toBe(200);
      expect(noticed.body).toMatchObject({
        status: 'correction',
        dueOn: null,
        correction: { missing: '请写明所需信息的年份和范围', noticedOn: today, correctBy: calendar.addWorkdays(today, 10), correctedOn: null },
      });
      // The applicant sees what is missing.
      const lapsedEarly = await act(office, application.id, 'correction-lapsed');
      expect(lapsedEarly.status).toBe(409);
      expect(lapsedEarly.body.code).toBe('DISCLOSURE_CORRECTION_NOT_DUE');
      expect((await act(hrss, application.id, 'correction', { missing: '再补一次' })).status).toBe(409);

      const corrected = await act(hrss, application.id, 'corrected', { receivedOn: today });
      expect(corrected.body).toMatchObject({ status: 'handling', dueOn: calendar.addWorkdays(today, 20), correction: { correctedOn: today } });
      const second = await act(hrss, application.id, 'correction', { missing: '还缺少材料' });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('DISCLOSURE_CORRECTION_ALREADY_USED');
    });

    it('ends an application nobody corrected in time as 其他处理 / 逾期不补正', async () => {
      const today = chinaDay(new Date());
      const application = await applyOnline(citizen, { agencyId: ids.hrss });
      expect((await act(hrss, application.id, 'correction', { missing: '请写明所需信息的具体年份' })).status).toBe(200);
      expect((await act(hrss, application.id, 'correction-lapsed')).body.code).toBe('DISCLOSURE_CORRECTION_NOT_DUE');
      // The correction period ran out yesterday (time travel on the stored deadline only).
      const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      await t.dataSource.getRepository(DisclosureApplication).update(application.id, { correctBy: yesterday });
      expect((await act(edu, application.id, 'correction-lapsed')).status).toBe(404);
      const lapsed = await act(office, application.id, 'correction-lapsed');
      expect(lapsed.status).toBe(200);
      expect(lapsed.body).toMatchObject({ status: 'closed', dueOn: null, outcome: 'other', reply: { outcomeLabel: '其他处理', outcomeReason: 1 } });
      expect(lapsed.body.reply.outcomeReasonLabel).toBe('申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
      expect(lapsed.body.allowedActions).toEqual(['remedy']);
      expect((await act(hrss, application.id, 'corrected', { receivedOn: today })).status).toBe(409);
      const mine = await citizen.request(`/api/disclosure/applications/mine/${application.id}`);
      expect(mine.body).toMatchObject({ status: 'closed', statusLabel: '已终止', outcome: 'other' });
    });
  });

  describe('the reply and its letter', () => {
    it('charges a 信息处理费 only as yuan with at most two decimals, within bounds, with 公开/部分公开; the letter and the applicant show it', async () => {
      const application = await applyOnline(citizen, { agencyId: ids.hrss, infoTitle: '近三年全部建设项目审批材料' });
      const draft = (feeYuan: unknown, outcome = 'disclosed') =>
        act(hrss, application.id, 'reply-draft', { outcome, facts: '经查，您申请的信息共计320页，现予提供。', legalBasis: '条例第四十二条', feeYuan });
      for (const bad of [-1, 12.345, 100000.01, '12', 'abc', Number.MAX_SAFE_INTEGER]) {
        const refused = await draft(bad);
        expect({ bad, status: refused.status, code: refused.body.code, field: refused.body.details?.[0]?.field }).toEqual({
          bad,
          status: 400,
          code: 'VALIDATION_FAILED',
          field: 'feeYuan',
        });
        expect(typeof refused.body.message).toBe('string');
      }
      const withheld = await act(hrss, application.id, 'reply-draft', {
        outcome: 'withheld',
        outcomeReason: 4,
        facts: '经查，该信息涉及第三方个人隐私。',
        legalBasis: '条例第十五条',
        feeYuan: 20,
      });
      expect({ status: withheld.status, field: withheld.body.details?.[0]?.field }).toEqual({ status: 400, field: 'feeYuan' });
      // 0 is no fee; the head returns that draft and the redraft with a fee replaces it.
      expect((await draft(0)).body.reply.feeYuan).toBeNull();
      expect((await act(hrssHead, application.id, 'reply-return', { reason: '申请信息量大，应收取信息处理费' })).body.status).toBe('handling');
      const drafted = await draft(86.4);
      expect(drafted.status).toBe(200);
      expect(drafted.body.reply.feeYuan).toBe(86.4);
      expect((await citizen.request(`/api/disclosure/applications/mine/${application.id}`)).body.reply).toBeNull();

      const sent = await act(hrssHead, application.id, 'reply-approve');
      expect(sent.body).toMatchObject({ status: 'replied', reply: { feeYuan: 86.4 } });
      const text = await docxText((await download(t, `/api/admin/disclosure/applications/${application.id}/letter`, { cookie: hrss.cookie })).bytes);
      expect(text).toContain('本申请须缴纳信息处理费86.40元');
      expect(text).toContain('您也可以撤回申请');
      expect((await citizen.request(`/api/disclosure/applications/mine/${application.id}`)).body.reply.feeYuan).toBe(86.4);
    });

    it('is drafted by the agency, approved by its head, numbered, rendered as .docx, downloadable by staff and applicant', async () => {
      const application = await applyOnline(citizen, { agencyId: ids.hrss, infoTitle: '某小区拆迁补偿协议' });
      const noReason = await act(hrss, application.id, 'reply-draft', {
        outcome: 'withheld',
        facts: '经查，该信息涉及第三方个人隐私。',
        legalBasis: '条例第十五条',
      });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details[0].field).toBe('outcomeReason');
      const drafted = await act(hrss, application.id, 'reply-draft', {
        outcome: 'withheld',
        outcomeReason: 4,
        facts: '经查，您申请的信息涉及第三方个人隐私，第三方不同意公开。',
        legalBasis: '《中华人民共和国政府信息公开条例》第十五条',
      });
      expect(drafted.status).toBe(200);
      expect(drafted.body).toMatchObject({
        status: 'reply_review',
        reply: { outcomeLabel: '不予公开', outcomeReasonLabel: '保护第三方合法权益', letterNumber: null },
      });
      // The applicant does not see a draft.
      expect((await citizen.request(`/api/disclosure/applications/mine/${application.id}`)).body).toMatchObject({ reply: null, outcome: null });

      expect((await act(hrss, application.id, 'reply-approve')).status).toBe(403);
      expect((await act(eduHead, application.id, 'reply-approve')).status).toBe(404);
      expect((await act(office, application.id, 'reply-approve')).status).toBe(403);
      const returned = await act(hrssHead, application.id, 'reply-return', { reason: '事实部分请写明第三方意见' });
      expect(returned.body.status).toBe('handling');
      await act(hrss, application.id, 'reply-draft', {
        outcome: 'withheld',
        outcomeReason: 4,
        facts: '经查，您申请的信息涉及第三方个人隐私，经征求第三方意见，第三方不同意公开。',
        legalBasis: '《中华人民共和国政府信息公开条例》第十五条',
      });
      const sent = await act(hrssHead, application.id, 'reply-approve');
      expect(sent.status).toBe(200);
      const year = chinaDay(new Date()).slice(0, 4);
      expect(sent.body).toMatchObject({ status: 'replied', dueOn: null, outcome: 'withheld' });
      expect(sent.body.reply.letterNumber).toMatch(new RegExp(`^临人社依公开〔${year}〕第\\d+号$`));
      expect((await act(hrssHead, application.id, 'reply-approve')).status).toBe(409);

      const staffFile = await download(t, `/api/admin/disclosure/applications/${application.id}/letter`, { cookie: hrss.cookie });
      expect(staffFile.status).toBe(200);
      expect(staffFile.headers.get('content-type')).toContain('officedocument.wordprocessingml');
      expect(staffFile.headers.get('cache-control')).toBe('no-store');
      expect(createHash('sha256').update(staffFile.bytes).digest('hex')).toBe(sent.body.reply.letterSha256);
      const text = await docxText(staffFile.bytes);
      expect(text).toContain(sent.body.reply.letterNumber);
      expect(text).toContain('不予公开（保护第三方合法权益）');
      expect(text).toContain('《中华人民共和国政府信息公开条例》第十五条');
      expect(text).toContain('60日内依法申请行政复议');
      expect(text).toContain('6个月内依法向人民法院提起行政诉讼');
      expect(text).toContain('某小区拆迁补偿协议');
      expect(text).not.toContain('信息处理费');
      expect(sent.body.reply.feeYuan).toBeNull();

      const mine = await citizen.request(`/api/disclosure/applications/mine/${application.id}`);
      expect(mine.body).toMatchObject({ status: 'replied', outcome: 'withheld', reply: { letterNumber: sent.body.reply.letterNumber } });
      const citizenFile = await download(t, `/api/disclosure/applications/mine/${application.id}/letter`, { authorization: `Bearer ${citizen.token}` });
      expect(citizenFile.bytes.equals(staffFile.bytes)).toBe(true);
      expect((await download(t, `/api/disclosure/applications/mine/${application.id}/letter`, { authorization: `Bearer ${other.token}` })).status).toBe(404);
      expect((await download(t, `/api/admin/disclosure/applications/${application.id}/letter`, { cookie: edu.cookie })).status).toBe(404);
      expect(await audits('disclosure.letter_downloaded', application.id)).toBe(2);

      expect((await act(hrss, application.id, 'delivery', { method: 'online', deliveredOn: chinaDay(new Date()) })).body.delivery).toEqual({
        method: 'online',
        deliveredOn: chinaDay(new Date()),
      });
      expect((await act(hrss, application.id, 'delivery', { method: 'post', deliveredOn: chinaDay(new Date()) })).status).toBe(409);
      expect((await act(hrss, application.id, 'remedy', { kind: 'reconsideration', result: 'pending', filedOn: chinaDay(new Date()) })).status).toBe(403);
      const remedy = await act(office, application.id, 'remedy', { kind: 'reconsideration', result: 'pending', filedOn: chinaDay(new Date()) });
      expect(remedy.body.remedies).toEqual([{ kind: 'reconsideration', result: 'pending', filedOn: chinaDay(new Date()), note: null }]);

      // 一件一档: one archive with everything, the letter byte for byte, and a manifest.
      const archive = await download(t, `/api/admin/disclosure/applications/${application.id}/case-file`, { cookie: office.cookie });
      expect(archive.status).toBe(200);
      expect(archive.headers.get('content-type')).toBe('application/zip');
      const zip = await JSZip.loadAsync(archive.bytes);
      const names = Object.keys(zip.files)
        .filter((name) => !zip.files[name].dir)
        .map((name) => name.split('/')[1])
        .sort();
      expect(names).toEqual([
        '01-申请.txt',
        '05-答复.txt',
        `06-答复书-${sent.body.reply.letterNumber}.docx`,
        '07-送达.txt',
        '08-复议诉讼.txt',
        '09-办理记录.txt',
        '清单-SHA256.txt',
      ]);
      const folder = `${application.caseNo}/`;
      expect((await zip.file(`${folder}06-答复书-${sent.body.reply.letterNumber}.docx`)!.async('nodebuffer')).equals(staffFile.bytes)).toBe(true);
      expect(await zip.file(`${folder}01-申请.txt`)!.async('string')).toContain('110101199003071234');
      expect(await zip.file(`${folder}09-办理记录.txt`)!.async('string')).toContain('reply-approve');
      expect(await zip.file(`${folder}清单-SHA256.txt`)!.async('string')).toContain(sent.body.reply.letterSha256);
      expect(await audits('disclosure.case_file_downloaded', application.id)).toBe(1);
      expect((await download(t, `/api/admin/disclosure/applications/${application.id}/case-file`, { cookie: edu.cookie })).status).toBe(404);
      expect((await download(t, `/api/admin/disclosure/applications/${application.id}/case-file`, { authorization: `Bearer ${citizen.token}` })).status).toBe(
        401,
      );

      for (const action of ['reply-draft', 'reply-return', 'reply-approve', 'delivery', 'remedy'])
        expect(await audits(`disclosure.${action}`, application.id)).toBeGreaterThanOrEqual(1);
    });

    it('numbers letters per agency and year without gaps or duplicates when sent concurrently', async () => {
      const drafts = await Promise.all(
        Array.from({ length: 6 }, async (_, i) => {
          const application = await registerDisclosure(hrss, { receivedOn: chinaDay(new Date()), infoTitle: `并发答复测试信息第${i + 1}项` });
          const drafted = await act(hrss, application.id, 'reply-draft', {
            outcome: 'disclosed',
            facts: '经查，该信息已主动公开，现予提供。',
            legalBasis: '条例第三十六条第（二）项',
          });
          expect(drafted.status).toBe(200);
          return application.id;
        }),
      );
      const sent = await Promise.all(drafts.map((id) => act(hrssHead, id, 'reply-approve')));
      expect(sent.map((r) => r.status)).toEqual(drafts.map(() => 200));
      const serials = sent.map((r) => Number(/第(\d+)号$/.exec(r.body.reply.letterNumber)![1])).sort((a, b) => a - b);
      expect(new Set(serials).size).toBe(serials.length);
      expect(serials[serials.length - 1] - serials[0]).toBe(serials.length - 1);
      // Another agency's numbers start on their own.
      const eduApplication = await registerDisclosure(edu, { receivedOn: chinaDay(new Date()) });
      await act(edu, eduApplication.id, 'reply-draft', {
        outcome: 'unavailable',
        outcomeReason: 1,
        facts: '经查，本机关未制作或获取该信息。',
        legalBasis: '条例第三十六条第（四）项',
      });
      const eduSent = await act(eduHead, eduApplication.id, 'reply-approve');
      expect(eduSent.body.reply.letterNumber).toBe(`临教依公开〔${chinaDay(new Date()).slice(0, 4)}〕第1号`);
    });
  });

  describe('reminders and overdue alerts', () => {
    /** Runs the outbox worker until nothing due is left, as its loop would. */
    const deliverAll = () => until('the outbox has delivered what is due', async () => (await t.app.get(OutboxService).deliverDue()) === 0);

    it('reminds 3 working days before the due day and alerts when overdue, each exactly once, to the agency and the office', async () => {
      const scheduler = t.app.get(DisclosureScheduler);
      const officeId = await agencyIdOf(t, 'office');
      const today = chinaDay(new Date());
      const late = await registerDisclosure(hrss, { receivedOn: '2026-09-25' });
      const fresh = await registerDisclosure(hrss, { receivedOn: today });
      const due = fresh.dueOn!;
      expect(due).toBe(calendar.addWorkdays(today, 20));
      const queued = async (id: number) =>
        (await t.dataSource.getRepository(OutboxItem).find({ where: { kind: 'staff_notice' } }))
          .filter((item) => new RegExp(`^disclosure-(reminder|overdue):${id}:`).test(item.dedupeKey))
          .map((item) => `${item.dedupeKey.split(':')[0]}→${item.recipientId}`)
          .sort();

      // Four working days before: nothing yet for the fresh one; the late one is overdue.
      const fourBefore = new Date(`${nthWorkdayBefore(due, 4)}T10:00:00+08:00`);
      await scheduler.runOnce(fourBefore);
      expect(await queued(fresh.id)).toEqual([]);
      expect(await queued(late.id)).toEqual([`disclosure-overdue→${ids.hrss}`, `disclosure-overdue→${officeId}`].sort());

      const threeBefore = new Date(`${nthWorkdayBefore(due, 3)}T10:00:00+08:00`);
      await Promise.all([scheduler.runOnce(threeBefore), scheduler.runOnce(threeBefore)]);
      await scheduler.runOnce(threeBefore);
      expect(await queued(fresh.id)).toEqual([`disclosure-reminder→${ids.hrss}`, `disclosure-reminder→${officeId}`].sort());
      expect(await queued(late.id)).toHaveLength(2);

      const dayAfter = new Date(`${calendar.addWorkdays(due, 1)}T10:00:00+08:00`);
      await scheduler.runOnce(dayAfter);
      await scheduler.runOnce(dayAfter);
      expect(await queued(fresh.id)).toEqual(
        [`disclosure-reminder→${ids.hrss}`, `disclosure-reminder→${officeId}`, `disclosure-overdue→${ids.hrss}`, `disclosure-overdue→${officeId}`].sort(),
      );

      // Delivered, each notification names its application, for the console to link to 申请详情.
      await deliverAll();
      const notified = async (id: number) =>
        (await t.dataSource.getRepository(Notification).findBy({ subjectType: 'disclosure', subjectId: id })).map((n) => `${n.kind}→${n.agencyId}`).sort();
      expect(await notified(fresh.id)).toEqual(
        [`disclosure_reminder→${ids.hrss}`, `disclosure_reminder→${officeId}`, `disclosure_overdue→${ids.hrss}`, `disclosure_overdue→${officeId}`].sort(),
      );
      expect(await notified(late.id)).toEqual([`disclosure_overdue→${ids.hrss}`, `disclosure_overdue→${officeId}`].sort());

      // The office's due and overdue lists.
      const overdueList = await office.request(`/api/admin/disclosure/applications?dueBy=${calendar.addWorkdays('2026-09-25', 20)}&pageSize=100`);
      expect(overdueList.body.items.map((a: { id: number }) => a.id)).toContain(late.id);
      expect(overdueList.body.items.map((a: { id: number }) => a.id)).not.toContain(fresh.id);
      // Each row says who applied and how late it is, for the console's 期限提醒 board.
      const lateRow = overdueList.body.items.find((a: { id: number }) => a.id === late.id);
      expect(lateRow).toMatchObject({ applicantKind: 'person', overdue: true });
      expect(lateRow.workdaysLeft).toBeLessThan(0);
    });

    it('lets the office chase (催办) the handling agency through the outbox; agencies cannot', async () => {
      const application = await registerDisclosure(hrss, { receivedOn: '2026-09-25' });
      expect((await act(hrssHead, application.id, 'chase', { note: '请尽快答复' })).status).toBe(403);
      const chased = await act(office, application.id, 'chase', { note: '已逾期，请今日内答复' });
      expect(chased.status).toBe(200);
      expect(chased.body.status).toBe('handling');
      expect(chased.body.history.map((e: { action: string }) => e.action)).toEqual(['register', 'chase']);
      const notices = (await t.dataSource.getRepository(OutboxItem).find({ where: { kind: 'staff_notice', recipientId: ids.hrss } })).filter((item) =>
        item.dedupeKey.startsWith(`disclosure-chase:${application.id}:`),
      );
      expect(notices).toHaveLength(1);
      expect(JSON.parse(notices[0].payload).text).toContain('已逾期，请今日内答复');
      // The agency's staff find it in their notifications, naming the application.
      await deliverAll();
      const inbox = (await hrss.request('/api/admin/notifications')).body as NotificationView[];
      expect(inbox.filter((n) => n.kind === 'disclosure_chase' && n.text.includes('已逾期，请今日内答复'))).toEqual([
        expect.objectContaining({ subject: { type: 'disclosure', id: application.id } }),
      ]);
      expect(await audits('disclosure.chase', application.id)).toBe(1);
    });
  });

  it('publishes the contract in the OpenAPI document', async () => {
    const paths = Object.keys((await t.request('/api/docs-json')).body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/disclosure/applications',
        '/api/disclosure/applications/mine',
        '/api/disclosure/applications/mine/{id}',
        '/api/admin/disclosure/applications',
        '/api/admin/disclosure/applications/{id}',
        '/api/admin/disclosure/applications/{id}/reply-approve',
      ]),
    );
  });
});
