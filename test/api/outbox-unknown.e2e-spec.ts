import { AuditAction } from '@weimin/contracts';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { OutboxItem } from '../../apps/bff/src/outbox/outbox-item.entity';
import { OutboxService } from '../../apps/bff/src/outbox/outbox.service';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { citizenSignIn, openidOf, submitMessage } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

const TEMPLATE = 'reply-tpl';
/** Long enough for a busy machine to answer the calls that are not slowed down (the token, a 43101). */
const TIMEOUT_MS = 1000;
/** Past the longest retry backoff the worker could have chosen after a first failure. */
const LATER = () => new Date(Date.now() + 60 * 60_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * docs/security.md §31: WeChat answering a subscribe send after the BFF's timeout. The message may have been
 * delivered, so the worker never sends it again; the office sees it as 结果未知 and may resend it by hand.
 */
describe(`outbox: a send with no answer is an unknown outcome, not resent (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let office: StaffSession;
  let hrss: StaffSession;
  let hrssId: number;

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({
      WECHAT_API_BASE: fake.url,
      WECHAT_APPID: FAKE_APP_ID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_REPLY_TEMPLATE_ID: TEMPLATE,
      WECHAT_TIMEOUT_MS: String(TIMEOUT_MS),
      MESSAGE_POSTS_PER_HOUR: '1000',
    });
    [office, hrss] = await Promise.all(['office.staff', 'hrss.staff'].map((u) => signIn(t, u)));
    hrssId = await agencyIdOf(t, 'dept-hrss');
  });
  afterEach(() => {
    fake.state.sendDelayMs = 0;
    fake.state.loginDelayMs = 0;
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const outbox = () => t.app.get(OutboxService);
  const items = () => t.dataSource.getRepository(OutboxItem);

  /** A citizen who accepted the reply notification once, whose message was just answered: one item in the outbox. */
  async function answeredWithNotification(): Promise<{ openid: string; item: OutboxItem }> {
    const citizen = await citizenSignIn(t);
    const openid = await openidOf(t, citizen.id);
    const message = await submitMessage(citizen, { notifyOnReply: true });
    fake.authorise(openid, TEMPLATE); // the tap on 允许 in wx.requestSubscribeMessage, which WeChat records
    await office.request(`/api/admin/messages/${message.id}/dispatch`, { method: 'POST', json: { agencyId: hrssId } });
    await hrss.request(`/api/admin/messages/${message.id}/reply`, { method: 'POST', json: { bodyHtml: '<p>答复</p>' } });
    return { openid, item: await items().findOneByOrFail({ recipientId: citizen.id, kind: 'citizen_subscribe' }) };
  }

  /** WeChat delivers at once but answers after the BFF gave up; the worker then runs again, well past any backoff. */
  async function deliverWithLateAnswer(): Promise<void> {
    fake.state.sendDelayMs = TIMEOUT_MS * 2;
    await outbox().deliverDue();
    await sleep(TIMEOUT_MS * 2); // WeChat's late answer arrives, to nobody
    fake.state.sendDelayMs = 0;
    await outbox().deliverDue(LATER());
  }

  const sendsTo = (openid: string) => fake.state.sendRequests.filter((r) => r.touser === openid);

  it('delivers once, marks the item unknown, and the worker never sends it again', async () => {
    const { openid, item } = await answeredWithNotification();
    await deliverWithLateAnswer();
    await outbox().deliverDue(new Date(Date.now() + 24 * 60 * 60_000));

    expect(fake.deliveriesTo(openid)).toBe(1);
    expect(sendsTo(openid)).toHaveLength(1);
    expect(await items().findOneByOrFail({ id: item.id })).toMatchObject({ status: 'unknown', attempts: 1, lastError: expect.stringMatching(/timeout/) });

    const listed = await office.request('/api/admin/outbox');
    expect(listed.status).toBe(200);
    expect(listed.body.find((i: { id: number }) => i.id === item.id)).toMatchObject({ status: 'unknown', kind: 'citizen_subscribe' });
  });

  it('lets the office resend it by hand (audited); without a new authorisation WeChat answers 43101, a failure not retried', async () => {
    const { openid, item } = await answeredWithNotification();
    await deliverWithLateAnswer();
    expect((await items().findOneByOrFail({ id: item.id })).status).toBe('unknown');

    // Agency staff may not resend; the office may, and it is audited.
    expect((await hrss.request(`/api/admin/outbox/${item.id}/retry`, { method: 'POST' })).status).toBe(403);
    expect((await office.request(`/api/admin/outbox/${item.id}/retry`, { method: 'POST' })).status).toBe(204);
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: AuditAction.OutboxRetried, objectId: String(item.id) })).toBe(1);

    await outbox().deliverDue();
    await outbox().deliverDue(LATER());
    expect(sendsTo(openid).map((r) => r.errcode)).toEqual([0, 43101]);
    expect(fake.deliveriesTo(openid)).toBe(1);
    expect(await items().findOneByOrFail({ id: item.id })).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringMatching(/43101/) });
    // Refused for good: listed for the record, not resendable.
    const again = await office.request(`/api/admin/outbox/${item.id}/retry`, { method: 'POST' });
    expect([again.status, again.body.code]).toEqual([409, 'OUTBOX_ITEM_NOT_RESENDABLE']);
  });

  it('sends it on a manual resend when the citizen has a subscription left', async () => {
    const { openid, item } = await answeredWithNotification();
    await deliverWithLateAnswer();
    fake.authorise(openid, TEMPLATE); // e.g. the citizen accepted again on a later message
    expect((await office.request(`/api/admin/outbox/${item.id}/retry`, { method: 'POST' })).status).toBe(204);
    await outbox().deliverDue();

    expect(fake.deliveriesTo(openid)).toBe(2);
    expect(await items().findOneByOrFail({ id: item.id })).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await office.request(`/api/admin/outbox/${item.id}/retry`, { method: 'POST' })).status).toBe(409);
  });

  it('still retries a send that never reached WeChat, with backoff', async () => {
    const { openid, item } = await answeredWithNotification();
    const realBase = fake.url;
    await fake.close(); // nothing listens: connection refused
    await sleep(200); // for the BFF's kept-alive socket to see its close (a send on it would be a lost answer, not a refusal)
    await outbox().deliverDue();
    expect(await items().findOneByOrFail({ id: item.id })).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/unreachable/) });
    fake = await startFakeWechatServer(Number(new URL(realBase).port));
    fake.authorise(openid, TEMPLATE);
    await outbox().deliverDue(LATER());
    expect(await items().findOneByOrFail({ id: item.id })).toMatchObject({ status: 'sent', attempts: 2 });
    expect(fake.deliveriesTo(openid)).toBe(1);
  });

  it('answers a citizen sign-in 503 with the error shape when WeChat does not answer in time (docs/security.md §30)', async () => {
    fake.state.loginDelayMs = TIMEOUT_MS + 500;
    const started = Date.now();
    const response = await t.request('/api/citizen/session', { method: 'POST', json: { code: 'slow#1' } });
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ code: 'SERVICE_UNAVAILABLE', message: expect.any(String), traceId: expect.any(String) });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 2000);
  });
});
