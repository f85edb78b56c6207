// 依申请公开, the applicant's side (issue 12 points 5 and 12): the online 补正 and the subscribe messages on acceptance,
// 补正, extension and reply.
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { chinaDay, WorkingCalendar } from '../../apps/bff/src/calendar/working-days';
import { DisclosureApplication } from '../../apps/bff/src/disclosure/disclosure-application.entity';
import { OutboxItem } from '../../apps/bff/src/outbox/outbox-item.entity';
import { OutboxService } from '../../apps/bff/src/outbox/outbox.service';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { act, applyOnline, registerDisclosure } from '../factories/disclosure.factory';
import { citizenSignIn, type CitizenSession } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

const calendar = WorkingCalendar.fromConfig();
const CORRECTED = { infoTitle: '2025年城乡居民养老保险基金收支情况', infoDescription: '请提供2025年1月至12月本市城乡居民养老保险基金的收入、支出和年末结余。' };

describe(`disclosure: the applicant corrects online and hears of each step (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let citizen: CitizenSession;
  let other: CitizenSession;
  let office: StaffSession;
  let officeHead: StaffSession;
  let hrss: StaffSession;
  let hrssHead: StaffSession;
  let hrssId: number;

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({
      WECHAT_API_BASE: fake.url,
      WECHAT_APPID: FAKE_APP_ID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_REPLY_TEMPLATE_ID: 'reply-tpl',
      MESSAGE_POSTS_PER_HOUR: '1000',
    });
    [citizen, other] = await Promise.all([citizenSignIn(t), citizenSignIn(t)]);
    [office, officeHead, hrss, hrssHead] = await Promise.all(['office.staff', 'office.head', 'hrss.staff', 'hrss.head'].map((u) => signIn(t, u)));
    hrssId = await agencyIdOf(t, 'dept-hrss');
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  const correct = (who: CitizenSession, id: number, json: unknown) =>
    who.request(`/api/disclosure/applications/mine/${id}/correction`, { method: 'POST', json });
  const notices = async (id: number) =>
    (await t.dataSource.getRepository(OutboxItem).find({ where: { kind: 'citizen_subscribe' }, order: { id: 'ASC' } }))
      .filter((item) => item.dedupeKey.endsWith(`:${id}`))
      .map((item) => ({ recipientId: item.recipientId, ...(JSON.parse(item.payload) as { caseNo: string; status: string; page: string }) }));

  describe('the online 补正', () => {
    it('is taken only while asked; the clock restarts from the day it arrives, as when the agency records it', async () => {
      const today = chinaDay(new Date());
      const application = await applyOnline(citizen, { agencyId: hrssId });
      expect((await correct(citizen, application.id, CORRECTED)).status).toBe(409);

      expect((await act(hrss, application.id, 'correction', { missing: '请写明所需信息的起止年月', workdays: 10 })).status).toBe(200);
      const asked = await citizen.request(`/api/disclosure/applications/mine/${application.id}`);
      expect(asked.body).toMatchObject({
        status: 'correction',
        dueOn: null,
        mayCorrect: true,
        correction: { missing: '请写明所需信息的起止年月', correctedOn: null },
      });
      expect(asked.body.steps).toEqual([
        expect.objectContaining({ label: '在线提交申请' }),
        expect.objectContaining({ label: '请补正申请', detail: '请写明所需信息的起止年月' }),
      ]);

      // A bad body names its field; another citizen's application is 404; nothing changes.
      const bad = await correct(citizen, application.id, { infoTitle: CORRECTED.infoTitle, infoDescription: '太短' });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'infoDescription' })] });
      expect((await correct(other, application.id, CORRECTED)).status).toBe(404);
      expect((await t.dataSource.getRepository(DisclosureApplication).findOneByOrFail({ id: application.id })).status).toBe('correction');

      const corrected = await correct(citizen, application.id, { ...CORRECTED, infoDocumentNumber: '临人社发〔2025〕3号' });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({
        status: 'handling',
        dueOn: calendar.addWorkdays(today, 20),
        mayCorrect: false,
        infoDescription: CORRECTED.infoDescription,
        infoDocumentNumber: '临人社发〔2025〕3号',
        correction: { correctedOn: today },
      });
      expect(corrected.body.steps.map((s: { label: string }) => s.label)).toEqual(['在线提交申请', '请补正申请', '已在线补正，重新计算答复期限']);
      expect((await correct(citizen, application.id, CORRECTED)).status).toBe(409);

      const staffView = (await hrss.request(`/api/admin/disclosure/applications/${application.id}`)).body;
      expect(staffView).toMatchObject({ status: 'handling', dueOn: calendar.addWorkdays(today, 20) });
      expect(staffView.history.at(-1)).toMatchObject({ action: 'citizen-corrected', actorType: 'citizen', fromStatus: 'correction', toStatus: 'handling' });
      expect(
        await t.dataSource.getRepository(AuditLog).countBy({ action: 'disclosure.corrected' as AuditLog['action'], objectId: String(application.id) }),
      ).toBe(1);
    });

    it('is refused once the correction period has run out', async () => {
      const today = chinaDay(new Date());
      const application = await applyOnline(citizen, { agencyId: hrssId });
      await act(hrss, application.id, 'correction', { missing: '请写明所需信息的具体年份' });
      const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      await t.dataSource.getRepository(DisclosureApplication).update(application.id, { correctBy: yesterday });
      expect((await citizen.request(`/api/disclosure/applications/mine/${application.id}`)).body.mayCorrect).toBe(false);
      const late = await correct(citizen, application.id, CORRECTED);
      expect(late.status).toBe(409);
      expect(late.body.message).toContain('补正期限');
    });

    it('is in the OpenAPI document', async () => {
      expect(Object.keys((await t.request('/api/docs-json')).body.paths)).toContain('/api/disclosure/applications/mine/{id}/correction');
    });
  });

  describe('subscribe messages', () => {
    it('tell the applicant of acceptance, 补正, an approved extension and the reply: case number and status only', async () => {
      // A citizen of their own: the outbox sends in order, and other tests' notices would use up the authorisations.
      const applicant = await citizenSignIn(t);
      const application = await applyOnline(applicant, { agencyId: hrssId, applicantName: '钱七', contactPhone: '13911112222' });
      const steps: Array<() => Promise<{ status: number }>> = [
        () => act(hrss, application.id, 'correction', { missing: '请写明所需信息的年份' }),
        () => correct(applicant, application.id, CORRECTED),
        () => act(hrss, application.id, 'extension', { workdays: 10, reason: '需要汇总多个科室的材料' }),
        () => act(officeHead, application.id, 'extension-decision', { approve: true }),
        () =>
          act(hrss, application.id, 'reply-draft', {
            outcome: 'disclosed',
            facts: '经查，您申请的信息由本机关制作并保存，现予公开，详见附件。',
            legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
          }),
        () => act(hrssHead, application.id, 'reply-approve'),
      ];
      for (const step of steps) expect((await step()).status).toBe(200);

      const page = `packages/disclosure/pages/detail/index?id=${application.id}`;
      expect(await notices(application.id)).toEqual(
        ['已受理', '需补正', '已延期', '已答复'].map((status) => ({ recipientId: applicant.id, caseNo: application.caseNo, status, page })),
      );

      // WeChat grants one message per acceptance of the template; the applicant accepted it four times.
      const [{ openid }] = (await t.dataSource.query(`SELECT openid FROM citizen WHERE id = ${applicant.id}`)) as Array<{ openid: string }>;
      for (let i = 0; i < 4; i++) fake.authorise(openid, 'reply-tpl');
      const before = fake.state.sentMessages.length;
      await t.app.get(OutboxService).deliverDue();
      const sent = fake.state.sentMessages.slice(before).filter((m) => JSON.stringify(m.data).includes(application.caseNo));
      expect(sent.map((m) => Object.values(m.data).map((field) => field.value))).toEqual(
        ['已受理', '需补正', '已延期', '已答复'].map((status) => [application.caseNo, status]),
      );
      expect(JSON.stringify(sent)).not.toMatch(/钱七|13911112222|110101/);
    });

    it('accept a 不确定 application once routed; a refused extension and staff-registered applications send nothing', async () => {
      const unsure = await applyOnline(citizen);
      expect(await notices(unsure.id)).toEqual([]);
      await act(office, unsure.id, 'route', { agencyId: hrssId });
      await act(hrss, unsure.id, 'extension', { workdays: 10, reason: '材料较多' });
      await act(officeHead, unsure.id, 'extension-decision', { approve: false });
      expect((await notices(unsure.id)).map((n) => n.status)).toEqual(['已受理']);

      const registered = await registerDisclosure(hrss, { receivedOn: chinaDay(new Date()) });
      await act(hrss, registered.id, 'correction', { missing: '请写明年份' });
      expect(await notices(registered.id)).toEqual([]);
    });
  });
});
