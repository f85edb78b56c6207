import { randomUUID } from 'node:crypto';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { citizenSignIn, type CitizenSession, messageRequest, postMessage, submitMessage } from '../factories/message.factory';
import { agencyIdOf } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`citizens: sign-in and leaving a message (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let citizen: CitizenSession;

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({ WECHAT_API_BASE: fake.url, WECHAT_APPID: FAKE_APP_ID, WECHAT_SECRET: FAKE_SECRET, MESSAGE_POSTS_PER_HOUR: '1000' });
    citizen = await citizenSignIn(t);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  describe('sign-in (docs/security.md §1)', () => {
    it('exchanges a wx.login code for an opaque token; openid and session_key never leave the BFF', async () => {
      const first = await t.request('/api/citizen/session', { method: 'POST', json: { code: 'lihua#1' } });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        token: expect.stringMatching(/^[\w-]{43}$/),
        expiresAt: expect.any(String),
        citizen: { id: expect.any(Number), phoneMasked: null },
      });
      expect(JSON.stringify(first.body)).not.toMatch(/openid|session_key|unionid|oFake/i);
      // The same WeChat user again (a new code): the same citizen.
      const again = await t.request('/api/citizen/session', { method: 'POST', json: { code: 'lihua#2' } });
      expect(again.body.citizen.id).toBe(first.body.citizen.id);
    });

    it('refuses a replayed code (WeChat 40029) with 401', async () => {
      await t.request('/api/citizen/session', { method: 'POST', json: { code: 'wangwu#1' } });
      const replay = await t.request('/api/citizen/session', { method: 'POST', json: { code: 'wangwu#1' } });
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('UNAUTHENTICATED');
    });

    it('binds a phone number through the code flow only, and shows it masked', async () => {
      const response = await citizen.request('/api/citizen/phone', { method: 'POST', json: { code: 'phone-13912345678' } });
      expect(response.status).toBe(200);
      expect(response.body.phoneMasked).toBe('139****5678');
      expect((await citizen.request('/api/citizen/phone', { method: 'POST', json: { encryptedData: 'x', iv: 'y' } })).status).toBe(400);
    });

    it('uses the bound phone when the contact phone is left empty, and only then', async () => {
      const view = await submitMessage(citizen, { contactPhone: '' });
      expect(view.contactPhoneMasked).toBe('139****5678');
      const unbound = await citizenSignIn(t);
      const refused = await postMessage(unbound, messageRequest({ contactPhone: '' }));
      expect(refused.status).toBe(400);
      expect(refused.body.details[0].field).toBe('contactPhone');
    });

    it('refuses citizen routes without a valid bearer token', async () => {
      expect((await t.request('/api/messages/mine')).status).toBe(401);
      expect((await t.request('/api/messages/mine', { headers: { authorization: 'Bearer not-a-real-token-at-all' } })).status).toBe(401);
    });
  });

  describe('submitting', () => {
    it('sends a message addressed to an agency straight to it, with a deadline in working days', async () => {
      const edu = await agencyIdOf(t, 'dept-edu');
      const view = await submitMessage(citizen, {
        targetAgencyId: edu,
        title: '入学报名时间咨询',
        content: '请问今年小学一年级入学网上报名从哪天开始，需要准备哪些材料？',
      });
      expect(view).toMatchObject({ status: 'assigned', agencyName: '临溪市教育局', contactName: '张三', contactPhoneMasked: '138****5678', canRate: false });
      expect(view.caseNo).toMatch(/^LX\d{8}\d{6}$/);
      expect(new Date(view.dueAt!).getTime()).toBeGreaterThan(Date.now() + 5 * 86_400_000 - 1);
    });

    it('routes by keyword when no agency is named (公积金 → 住建局)', async () => {
      const view = await submitMessage(citizen, { title: '离职后提取公积金', content: '我已经离职半年了，想咨询一下住房公积金怎么提取，需要带什么证件？' });
      expect(view.status).toBe('assigned');
      expect(view.agencyName).toBe('临溪市住房和城乡建设局');
    });

    it('leaves a message no rule matches in the office’s dispatch queue', async () => {
      const view = await submitMessage(citizen);
      expect(view.status).toBe('submitted');
      expect(view.agencyName).toBeNull();
      expect(view.dueAt).toBeNull();
    });

    it('requires a unit for a unit’s board', async () => {
      const response = await postMessage(citizen, messageRequest({ channel: 'unit_board' }));
      expect(response.status).toBe(400);
      expect(response.body.details[0].field).toBe('targetAgencyId');
      const department = await agencyIdOf(t, 'dept-hrss');
      expect((await postMessage(citizen, messageRequest({ channel: 'unit_board', targetAgencyId: department }))).status).toBe(400);
    });

    it.each([
      [{ content: 'x'.repeat(2501) }, 'content'],
      [{ content: '太短' }, 'content'],
      [{ title: '' }, 'title'],
      [{ contactPhone: '12345' }, 'contactPhone'],
      [{ type: 'praise' }, 'type'],
      [{ channel: 'weibo' }, 'channel'],
      [{ isPublic: 'yes' }, 'isPublic'],
      [{ targetAgencyId: 999999 }, 'targetAgencyId'],
      [{ extra: 1 }, 'extra'],
    ])('rejects %p with 400 naming %s', async (override, field) => {
      const response = await postMessage(citizen, { ...messageRequest(), ...(override as object) } as never);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('requires an Idempotency-Key', async () => {
      const response = await citizen.request('/api/messages', { method: 'POST', json: messageRequest() });
      expect(response.status).toBe(400);
      expect(response.body.details[0].field).toBe('Idempotency-Key');
    });

    it('keeps contact details encrypted at rest (docs/security.md §23)', async () => {
      const view = await submitMessage(citizen, { contactName: '欧阳娜娜', contactPhone: '13700001111' });
      const [row] = await t.dataSource.query(`SELECT contactNameEncrypted, contactPhoneEncrypted FROM message WHERE id = ${view.id}`);
      expect(row.contactNameEncrypted).toMatch(/^v1\./);
      expect(JSON.stringify(row)).not.toMatch(/欧阳|13700001111/);
    });

    it('audits the submission with ids only', async () => {
      const view = await submitMessage(citizen, { contactName: '审计测试' });
      const rows = await t.dataSource.getRepository(AuditLog).findBy({ action: 'message.submitted', objectId: String(view.id) });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actorType: 'citizen', actorId: citizen.id });
      expect(JSON.stringify(rows)).not.toContain('审计测试');
    });
  });

  describe('idempotency (docs/security.md §18)', () => {
    it('turns ten concurrent identical posts into one message with the same id in every answer', async () => {
      const key = randomUUID();
      const body = messageRequest({ title: `并发提交测试 ${key.slice(0, 6)}` });
      const answers = await Promise.all(Array.from({ length: 10 }, () => postMessage(citizen, body, key)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      const [{ count }] = await t.dataSource.query(`SELECT COUNT(*) AS count FROM message WHERE title = '${body.title}'`);
      expect(Number(count)).toBe(1);
    });

    it('refuses the same key with a different body (422)', async () => {
      const key = randomUUID();
      expect((await postMessage(citizen, messageRequest({ title: '第一份留言内容' }), key)).status).toBe(201);
      const other = await postMessage(citizen, messageRequest({ title: '另一份留言内容' }), key);
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('MESSAGE_IDEMPOTENCY_KEY_REUSED');
    });

    it('keeps keys per citizen: another citizen may use the same key', async () => {
      const key = randomUUID();
      const other = await citizenSignIn(t);
      const a = await postMessage(citizen, messageRequest(), key);
      const b = await postMessage(other, messageRequest(), key);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.id).not.toBe(b.body.id);
    });
  });

  describe('moderation (docs/security.md §4)', () => {
    it('refuses a message with a word of the local list, before WeChat sees it', async () => {
      const before = fake.state.moderated.length;
      const response = await postMessage(citizen, messageRequest({ content: '有人在小区里组织赌博活动，请相关部门查处。' }));
      expect(response.status).toBe(400);
      expect(response.body.message).toContain('不宜发布');
      expect(fake.state.moderated.length).toBe(before);
    });

    it('refuses what msgSecCheck calls risky, holds what it calls review', async () => {
      fake.state.riskyWords.push('违禁品');
      expect((await postMessage(citizen, messageRequest({ content: '附近有商店公开出售违禁品，请尽快处理。' }))).status).toBe(400);
      const held = await submitMessage(citizen, { content: '这条内容需要待人工审核，请政务公开办看看。' });
      expect(held.status).toBe('held');
      expect(fake.state.moderated.at(-1)?.openid).toMatch(/^dev:/);
    });

    it('fails closed: a WeChat error holds the message for the office', async () => {
      fake.state.moderationErrcode = -1;
      try {
        const held = await submitMessage(citizen, { title: '公积金提取咨询', content: '离职后住房公积金提取需要多久到账？谢谢。' });
        expect(held.status).toBe('held');
        expect(held.agencyName).toBeNull();
      } finally {
        fake.state.moderationErrcode = null;
      }
    });
  });

  it('lets a citizen see only their own messages (404 for another’s)', async () => {
    const mine = await submitMessage(citizen);
    const other = await citizenSignIn(t);
    expect((await other.request(`/api/messages/mine/${mine.id}`)).status).toBe(404);
    const list = await other.request('/api/messages/mine');
    expect(list.body).toEqual([]);
    const own = await citizen.request('/api/messages/mine');
    expect(own.body.map((m: { id: number }) => m.id)).toContain(mine.id);
    expect(own.headers.get('cache-control')).toBe('no-store');
  });
});

describe(`rate limits on posting (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '2' });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After past the limit, and leaves other citizens alone', async () => {
    const one = await citizenSignIn(t);
    await submitMessage(one);
    await submitMessage(one);
    const third = await postMessage(one, messageRequest());
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    // A retry of an acknowledged post (same key) is an answer, not a new post.
    // Another citizen shares the test's IP address, which also has a limit: the IP limit is what stops them.
    const two = await citizenSignIn(t);
    expect((await postMessage(two, messageRequest())).status).toBe(429);
  });
});
