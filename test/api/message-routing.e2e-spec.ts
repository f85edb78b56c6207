// Keyword routing (派单规则) is one function for every path a message is routed on: a new submission and a message the
// office releases from moderation (apps/bff/src/routing/message-router.ts).
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { citizenSignIn, type CitizenSession, submitMessage } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`keyword routing on submission and on release (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let citizen: CitizenSession;
  let admin: StaffSession;
  let office: StaffSession;
  let urban: number;
  let transport: number;

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({ WECHAT_API_BASE: fake.url, WECHAT_APPID: FAKE_APP_ID, WECHAT_SECRET: FAKE_SECRET, MESSAGE_POSTS_PER_HOUR: '1000' });
    citizen = await citizenSignIn(t);
    [admin, office] = await Promise.all(['admin', 'office.staff'].map((u) => signIn(t, u)));
    [urban, transport] = await Promise.all(['dept-urban', 'dept-transport'].map((code) => agencyIdOf(t, code)));
    // 井盖 goes to 城管 first, else to 交通; then 城管 is disabled.
    for (const [agencyId, priority] of [
      [urban, 20],
      [transport, 10],
    ]) {
      expect((await admin.request('/api/admin/routing-rules', { method: 'POST', json: { keyword: '井盖', agencyId, priority } })).status).toBe(201);
    }
    expect((await admin.request(`/api/admin/agencies/${urban}`, { method: 'PATCH', json: { active: false } })).status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const content = '小区门口的井盖破损了，晚上走路很危险，请尽快派人更换。';

  it('sends a new message past the rule of a disabled agency to the next rule', async () => {
    const message = await submitMessage(citizen, { title: '井盖破损', content });
    expect({ status: message.status, agencyName: message.agencyName }).toEqual({ status: 'assigned', agencyName: expect.stringContaining('交通') });
  });

  it('routes a message released from moderation the same way: never to the disabled agency', async () => {
    const held = await submitMessage(citizen, { title: '井盖破损', content: `待人工审核：${content}` });
    expect(held.status).toBe('held');
    const released = await office.request(`/api/admin/messages/${held.id}/release`, { method: 'POST', json: {} });
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ status: 'assigned', agencyId: transport, moderation: 'passed' });
  });
});
