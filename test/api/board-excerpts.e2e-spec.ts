// The mini-program's reads (issue: ready for WeChat's review): the board list as short excerpts, and the reply
// notification sent under the keys of the configured template (WECHAT_REPLY_TEMPLATE_FIELDS).
import { BOARD_EXCERPT_DEFAULT } from '@weimin/contracts';
import { OutboxService } from '../../apps/bff/src/outbox/outbox.service';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { citizenSignIn, type CitizenSession, submitMessage } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

describe(`board excerpts and the reply template's keys (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let citizen: CitizenSession;
  let office: StaffSession;
  let hrss: StaffSession;
  let hrssId: number;

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({
      WECHAT_API_BASE: fake.url,
      WECHAT_APPID: FAKE_APP_ID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_REPLY_TEMPLATE_ID: 'reply-tpl',
      WECHAT_REPLY_TEMPLATE_FIELDS: 'number7,thing3',
      MESSAGE_POSTS_PER_HOUR: '1000',
    });
    citizen = await citizenSignIn(t);
    [office, hrss] = await Promise.all(['office.staff', 'hrss.staff'].map((u) => signIn(t, u)));
    hrssId = await agencyIdOf(t, 'dept-hrss');
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  async function answered(overrides: Parameters<typeof submitMessage>[1]) {
    const message = await submitMessage(citizen, overrides);
    await office.request(`/api/admin/messages/${message.id}/dispatch`, { method: 'POST', json: { agencyId: hrssId } });
    await hrss.request(`/api/admin/messages/${message.id}/reply`, {
      method: 'POST',
      json: { bodyHtml: '<p>请携带身份证到市民服务中心二楼办理，电话13700002222。</p>' },
    });
    return message;
  }

  it('lists excerpts cut after scrubbing, never the reply body, which only the detail carries', async () => {
    // The phone number straddles the cut: scrubbing first means no digits of it can show.
    const content = `${'我想咨询一下社保卡补办的问题'.repeat(2)}，电话13900001111，请问补办需要带哪些材料，可以在哪里办理？`;
    const message = await answered({ title: '社保卡补办需要哪些材料', content, isPublic: true });

    const whole = (await t.request(`/api/board/${message.id}`)).body;
    expect(whole.replyHtml).toContain('市民服务中心');

    const list = await t.request('/api/board?pageSize=50&excerpt=32');
    expect(list.status).toBe(200);
    const item = list.body.items.find((row: { id: number }) => row.id === message.id);
    expect(item).toMatchObject({ id: message.id, caseNo: message.caseNo, title: '社保卡补办需要哪些材料', truncated: true, agencyName: whole.agencyName });
    expect(item).not.toHaveProperty('content');
    expect(item).not.toHaveProperty('replyHtml');
    expect(Array.from(item.excerpt as string)).toHaveLength(33);
    expect(item.excerpt.endsWith('…')).toBe(true);
    expect(whole.content.startsWith(item.excerpt.slice(0, -1))).toBe(true);
    expect(JSON.stringify(list.body)).not.toMatch(PHONE);
    expect(JSON.stringify(list.body)).not.toMatch(/1390000|13700002222/);

    // Without ?excerpt= the rows are cut at BOARD_EXCERPT_DEFAULT characters: this message is shorter, so whole.
    const plain = (await t.request('/api/board?pageSize=50')).body.items.find((row: { id: number }) => row.id === message.id);
    expect(Array.from(content).length).toBeLessThan(BOARD_EXCERPT_DEFAULT);
    expect(plain).toMatchObject({ truncated: false, excerpt: whole.content });
    expect(plain).not.toHaveProperty('replyHtml');
    const long = await answered({ title: '社保卡补办', content: '补办社保卡需要什么材料？'.repeat(20), isPublic: true });
    const cut = (await t.request('/api/board?pageSize=50')).body.items.find((row: { id: number }) => row.id === long.id);
    expect({ length: Array.from(cut.excerpt as string).length, truncated: cut.truncated }).toEqual({ length: BOARD_EXCERPT_DEFAULT + 1, truncated: true });
  });

  it.each(['excerpt=5', 'excerpt=201', 'excerpt=abc'])('rejects ?%s', async (query) => {
    const response = await t.request(`/api/board?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('sends the reply notification under the configured template keys', async () => {
    // WeChat grants one message per authorisation: the citizen accepted the template when posting.
    const [{ openid }] = (await t.dataSource.query(`SELECT openid FROM citizen WHERE id = ${citizen.id}`)) as Array<{ openid: string }>;
    fake.authorise(openid, 'reply-tpl');
    const message = await answered({ notifyOnReply: true, contactName: '赵六', contactPhone: '13611112222' });
    const before = fake.state.sentMessages.length;
    await t.app.get(OutboxService).deliverDue();
    const sent = fake.state.sentMessages.slice(before).filter((m) => m.data.number7?.value === message.caseNo);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ template_id: 'reply-tpl', data: { number7: { value: message.caseNo }, thing3: { value: '已答复' } } });
    expect(Object.keys(sent[0].data).sort()).toEqual(['number7', 'thing3']);
  });
});
