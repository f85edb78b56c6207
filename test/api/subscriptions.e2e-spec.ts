import { OutboxItem } from '../../apps/bff/src/outbox/outbox-item.entity';
import { OutboxService } from '../../apps/bff/src/outbox/outbox.service';
import { SubscribeGrant } from '../../apps/bff/src/subscriptions/subscribe-grant.entity';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { type CitizenSession, citizenSignIn, openidOf, submitMessage } from '../factories/message.factory';
import { createUnit, publishNotice } from '../factories/notice.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

const ANNOUNCEMENT_TEMPLATE = 'announce-tpl';
const PROGRESS_TEMPLATE = 'progress-tpl';
/** Past the longest retry backoff the worker could have chosen after a first failure. */
const LATER = () => new Date(Date.now() + 60 * 60_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The whole BFF with a fake WeChat whose subscribe sends model one-time authorisations (docs/security.md §31). */
async function startWithFakeWechat(env: Record<string, string> = {}): Promise<{ t: TestApp; fake: FakeWechatServer }> {
  const fake = await startFakeWechatServer();
  const t = await startTestApp({
    WECHAT_API_BASE: fake.url,
    WECHAT_APPID: FAKE_APP_ID,
    WECHAT_SECRET: FAKE_SECRET,
    WECHAT_ANNOUNCEMENT_TEMPLATE_ID: ANNOUNCEMENT_TEMPLATE,
    WECHAT_PROGRESS_TEMPLATE_ID: PROGRESS_TEMPLATE,
    MESSAGE_POSTS_PER_HOUR: '1000',
    ...env,
  });
  return { t, fake };
}

/**
 * 订阅 (issue 16): a citizen follows a public enterprise and is sent one subscribe message per 便民公告 it publishes, and
 * one per step of their own message (交办, extension approved), each paid for by exactly one grant the mini-program
 * reported after wx.requestSubscribeMessage.
 */
describe(`subscriptions and the grants that pay for their messages (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let admin: StaffSession;
  let office: StaffSession;
  let officeHead: StaffSession;
  let hrss: StaffSession;
  let hrssId: number;
  let unit: Awaited<ReturnType<typeof createUnit>>;

  beforeAll(async () => {
    ({ t, fake } = await startWithFakeWechat());
    [admin, office, officeHead, hrss] = await Promise.all(['admin', 'office.staff', 'office.head', 'hrss.staff'].map((u) => signIn(t, u)));
    hrssId = await agencyIdOf(t, 'dept-hrss');
    unit = await createUnit(t, admin, 'water_supply');
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const outbox = () => t.app.get(OutboxService);
  const items = () => t.dataSource.getRepository(OutboxItem);
  const oneTimeLeft = async (citizen: CitizenSession, template: string) =>
    (await t.dataSource.getRepository(SubscribeGrant).findOneBy({ citizenId: citizen.id, template: template as SubscribeGrant['template'] }))?.oneTimeLeft ?? 0;
  const itemsOf = (citizen: CitizenSession, kind: OutboxItem['kind']) => items().find({ where: { recipientId: citizen.id, kind }, order: { id: 'ASC' } });

  /** A citizen following `agencyId`, having accepted the announcement template `grants` times (in WeChat and told the BFF). */
  async function follower(agencyId: number, grants = 1): Promise<{ citizen: CitizenSession; openid: string }> {
    const citizen = await citizenSignIn(t);
    const openid = await openidOf(t, citizen.id);
    expect((await citizen.request(`/api/citizen/subscriptions/${agencyId}`, { method: 'POST' })).status).toBe(200);
    for (let i = 0; i < grants; i += 1) {
      fake.authorise(openid, ANNOUNCEMENT_TEMPLATE); // the tap on 允许, which WeChat records
      expect((await citizen.request('/api/citizen/subscriptions/grants', { method: 'POST', json: { accepted: ['announcement'] } })).status).toBe(200);
    }
    return { citizen, openid };
  }

  describe('following a unit', () => {
    it('lists what the citizen follows and the grants they hold; following twice is following once', async () => {
      const citizen = await citizenSignIn(t);
      const first = await citizen.request(`/api/citizen/subscriptions/${unit.id}`, { method: 'POST' });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ agencyId: unit.id, agencyName: unit.name, industry: 'water_supply' });
      expect((await citizen.request(`/api/citizen/subscriptions/${unit.id}`, { method: 'POST' })).status).toBe(200);
      const grants = await citizen.request('/api/citizen/subscriptions/grants', { method: 'POST', json: { accepted: ['announcement', 'progress'] } });
      expect(grants.body).toEqual([
        { template: 'announcement', oneTimeLeft: 1, longTerm: false },
        { template: 'progress', oneTimeLeft: 1, longTerm: false },
      ]);

      const mine = await citizen.request('/api/citizen/subscriptions');
      expect(mine.status).toBe(200);
      expect(mine.body.items).toEqual([expect.objectContaining({ agencyId: unit.id, agencyName: unit.name })]);
      expect(mine.body.grants).toHaveLength(2);

      expect((await citizen.request(`/api/citizen/subscriptions/${unit.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await citizen.request(`/api/citizen/subscriptions/${unit.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await citizen.request('/api/citizen/subscriptions')).body.items).toEqual([]);
    });

    it('refuses anything but an active public enterprise or institution, and bad grants, with 400', async () => {
      const citizen = await citizenSignIn(t);
      const closed = await createUnit(t, admin, 'public_transport');
      expect((await admin.request(`/api/admin/agencies/${closed.id}`, { method: 'PATCH', json: { active: false } })).status).toBe(200);
      for (const agencyId of [hrssId, closed.id, 999_999]) {
        const refused = await citizen.request(`/api/citizen/subscriptions/${agencyId}`, { method: 'POST' });
        expect([refused.status, refused.body.code]).toEqual([400, 'SUBSCRIPTION_NOT_A_PUBLIC_UNIT']);
        expect(refused.body.message).toEqual(expect.any(String));
      }
      const notAnId = await citizen.request('/api/citizen/subscriptions/abc', { method: 'POST' });
      expect([notAnId.status, notAnId.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      for (const json of [{ accepted: ['reply'] }, { accepted: [] }, { accepted: 'announcement' }, { accepted: ['progress', 'progress'] }, {}]) {
        const bad = await citizen.request('/api/citizen/subscriptions/grants', { method: 'POST', json });
        expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      }
      expect((await citizen.request('/api/citizen/subscriptions')).body).toEqual({ items: [], grants: [] });
      expect((await t.request(`/api/citizen/subscriptions/${unit.id}`, { method: 'POST' })).status).toBe(401);
    });
  });

  describe('便民公告', () => {
    it('is queued for every follower when published, and sent to those holding a grant, one grant each', async () => {
      const withGrant = await follower(unit.id, 1);
      const withoutGrant = await follower(unit.id, 0);
      const stranger = await citizenSignIn(t);
      await publishNotice(unit.staff, { title: '城北片区计划停水通知' });

      await outbox().deliverDue();
      expect(fake.state.sentMessages.filter((m) => m.touser === withGrant.openid)).toEqual([
        expect.objectContaining({ template_id: ANNOUNCEMENT_TEMPLATE, data: { thing1: { value: unit.name }, thing2: { value: '城北片区计划停水通知' } } }),
      ]);
      expect(await oneTimeLeft(withGrant.citizen, 'announcement')).toBe(0);
      // No grant: nothing asked of WeChat, and the item says why.
      expect(fake.state.sendRequests.filter((r) => r.touser === withoutGrant.openid)).toEqual([]);
      expect(await itemsOf(withoutGrant.citizen, 'citizen_announcement')).toEqual([
        expect.objectContaining({ status: 'skipped', lastError: 'no subscribe grant left' }),
      ]);
      expect(await itemsOf(stranger, 'citizen_announcement')).toEqual([]);
    });

    it('is not sent for other sections, nor again when edited', async () => {
      const { citizen } = await follower(unit.id, 3);
      await publishNotice(unit.staff, { section: 'services', title: '营业厅服务时间' });
      const announcement = await publishNotice(unit.staff, { title: '管网检修公告' });
      const edited = await unit.staff.request(`/api/admin/notices/${announcement.id}`, { method: 'PATCH', json: { title: '管网检修公告（更新）' } });
      expect(edited.status).toBe(200);
      await outbox().deliverDue();
      expect((await itemsOf(citizen, 'citizen_announcement')).map((i) => i.status)).toEqual(['sent']);
      expect(await oneTimeLeft(citizen, 'announcement')).toBe(2);
    });

    it('spends a grant exactly once when two workers run at once: one grant, two announcements, one message', async () => {
      const { citizen, openid } = await follower(unit.id, 1);
      fake.authorise(openid, ANNOUNCEMENT_TEMPLATE); // WeChat would allow a second; the BFF knows of one only
      await publishNotice(unit.staff, { title: '第一条停水通知' });
      await publishNotice(unit.staff, { title: '第二条停水通知' });

      await Promise.all([outbox().deliverDue(), outbox().deliverDue(), outbox().deliverDue()]);
      await outbox().deliverDue(LATER());

      expect(fake.deliveriesTo(openid)).toBe(1);
      expect(fake.state.sendRequests.filter((r) => r.touser === openid)).toHaveLength(1);
      expect(await oneTimeLeft(citizen, 'announcement')).toBe(0);
      expect((await itemsOf(citizen, 'citizen_announcement')).map((i) => i.status).sort()).toEqual(['sent', 'skipped']);
    });

    it('consumes nothing and stops when WeChat answers 43101 (the citizen holds no authorisation there)', async () => {
      const citizen = await citizenSignIn(t);
      const openid = await openidOf(t, citizen.id);
      await citizen.request(`/api/citizen/subscriptions/${unit.id}`, { method: 'POST' });
      // The mini-program reported a grant WeChat does not hold (e.g. used up by another server, or withdrawn in settings).
      await citizen.request('/api/citizen/subscriptions/grants', { method: 'POST', json: { accepted: ['announcement'] } });
      await publishNotice(unit.staff, { title: '停电通知' });

      await outbox().deliverDue();
      await outbox().deliverDue(LATER());

      expect(fake.state.sendRequests.filter((r) => r.touser === openid).map((r) => r.errcode)).toEqual([43101]);
      expect(await itemsOf(citizen, 'citizen_announcement')).toEqual([expect.objectContaining({ status: 'failed', attempts: 1 })]);
      expect(await oneTimeLeft(citizen, 'announcement')).toBe(1);
    });

    it('gives the grant back when the send never reached WeChat, and spends it on the retry that delivers', async () => {
      const { citizen, openid } = await follower(unit.id, 1);
      await publishNotice(unit.staff, { title: '公交线路调整公告' });
      const port = Number(new URL(fake.url).port);
      await fake.close(); // nothing listens: connection refused
      await sleep(200);
      await outbox().deliverDue();
      expect(await itemsOf(citizen, 'citizen_announcement')).toEqual([
        expect.objectContaining({ status: 'pending', lastError: expect.stringMatching(/unreachable/) }),
      ]);
      expect(await oneTimeLeft(citizen, 'announcement')).toBe(1);

      const previous = fake.state;
      fake = await startFakeWechatServer(port);
      fake.state.subscriptions = previous.subscriptions;
      await outbox().deliverDue(LATER());
      expect(fake.deliveriesTo(openid)).toBe(1);
      expect(await oneTimeLeft(citizen, 'announcement')).toBe(0);
      expect(await itemsOf(citizen, 'citizen_announcement')).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
    });

    it('stops when the citizen unsubscribes, even for an announcement already queued', async () => {
      const { citizen, openid } = await follower(unit.id, 2);
      await publishNotice(unit.staff, { title: '供水水压调整通知' });
      expect((await citizen.request(`/api/citizen/subscriptions/${unit.id}`, { method: 'DELETE' })).status).toBe(204);
      await publishNotice(unit.staff, { title: '取消订阅后的通知' });

      await outbox().deliverDue();
      expect(fake.deliveriesTo(openid)).toBe(0);
      expect(await itemsOf(citizen, 'citizen_announcement')).toEqual([expect.objectContaining({ status: 'skipped', lastError: 'unsubscribed' })]);
      expect(await oneTimeLeft(citizen, 'announcement')).toBe(2);
    });
  });

  describe('办理进度 of the citizen’s own message', () => {
    async function withProgressGrants(grants: number): Promise<{ citizen: CitizenSession; openid: string }> {
      const citizen = await citizenSignIn(t);
      const openid = await openidOf(t, citizen.id);
      for (let i = 0; i < grants; i += 1) {
        fake.authorise(openid, PROGRESS_TEMPLATE);
        await citizen.request('/api/citizen/subscriptions/grants', { method: 'POST', json: { accepted: ['progress'] } });
      }
      return { citizen, openid };
    }
    const post = (who: StaffSession, path: string, json: unknown) => who.request(path, { method: 'POST', json });

    it('sends 已交办 on dispatch and 已延期 on an approved extension, one grant each', async () => {
      const { citizen, openid } = await withProgressGrants(2);
      const message = await submitMessage(citizen);
      expect((await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: hrssId })).status).toBe(200);
      await outbox().deliverDue();
      expect(await oneTimeLeft(citizen, 'progress')).toBe(1);

      expect((await post(hrss, `/api/admin/messages/${message.id}/extension`, { workdays: 5, reason: '需要调取档案' })).status).toBe(200);
      expect((await post(officeHead, `/api/admin/messages/${message.id}/extension/decision`, { approve: true })).status).toBe(200);
      await outbox().deliverDue();

      const sent = fake.state.sentMessages.filter((m) => m.touser === openid);
      expect(sent.map((m) => [m.template_id, m.data.character_string1.value, m.data.phrase2.value])).toEqual([
        [PROGRESS_TEMPLATE, message.caseNo, '已交办'],
        [PROGRESS_TEMPLATE, message.caseNo, '已延期'],
      ]);
      expect(sent[0].page).toBe(`packages/messages/pages/detail/index?id=${message.id}`);
      expect(await oneTimeLeft(citizen, 'progress')).toBe(0);
    });

    it('sends nothing without a grant, nor on a rejected extension', async () => {
      const { citizen, openid } = await withProgressGrants(0);
      const message = await submitMessage(citizen);
      await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: hrssId });
      await post(hrss, `/api/admin/messages/${message.id}/extension`, { workdays: 5, reason: '需要调取档案' });
      expect((await post(officeHead, `/api/admin/messages/${message.id}/extension/decision`, { approve: false })).status).toBe(200);
      await outbox().deliverDue();
      expect(fake.state.sendRequests.filter((r) => r.touser === openid)).toEqual([]);
      expect(await itemsOf(citizen, 'citizen_progress')).toEqual([expect.objectContaining({ status: 'skipped', lastError: 'no subscribe grant left' })]);
    });
  });
});

describe(`long-term subscriptions are not spent (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;

  beforeAll(async () => {
    ({ t, fake } = await startWithFakeWechat({ WECHAT_LONG_TERM_TEMPLATES: 'announcement' }));
    fake.state.longTermTemplates.add(ANNOUNCEMENT_TEMPLATE);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('sends every announcement on one long-term grant', async () => {
    const unit = await createUnit(t, await signIn(t, 'admin'), 'gas_supply');
    const citizen = await citizenSignIn(t);
    const openid = await openidOf(t, citizen.id);
    await citizen.request(`/api/citizen/subscriptions/${unit.id}`, { method: 'POST' });
    fake.authorise(openid, ANNOUNCEMENT_TEMPLATE);
    const grants = await citizen.request('/api/citizen/subscriptions/grants', { method: 'POST', json: { accepted: ['announcement'] } });
    expect(grants.body).toEqual([{ template: 'announcement', oneTimeLeft: 0, longTerm: true }]);

    await publishNotice(unit.staff, { title: '燃气管道检修通知' });
    await publishNotice(unit.staff, { title: '燃气价格调整公告' });
    await t.app.get(OutboxService).deliverDue();

    expect(fake.deliveriesTo(openid)).toBe(2);
    expect((await citizen.request('/api/citizen/subscriptions')).body.grants).toEqual([{ template: 'announcement', oneTimeLeft: 0, longTerm: true }]);
  });
});
