// The public board searched by keyword (jieba terms of what the board shows) and filtered by agency (issue 16, point 6),
// through the public-read cache: every query its own entry and ETag, dropped when a new answer reaches the board.
import { MessageScheduler } from '../../apps/bff/src/messages/message-scheduler.service';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { citizenSignIn, type CitizenSession, submitMessage } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`board search (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let citizen: CitizenSession;
  let admin: StaffSession;
  let staffOf: Map<number, StaffSession>;
  let hrssId: number;
  let eduId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({ WECHAT_API_BASE: fake.url, WECHAT_APPID: FAKE_APP_ID, WECHAT_SECRET: FAKE_SECRET, MESSAGE_POSTS_PER_HOUR: '1000' });
    citizen = await citizenSignIn(t);
    admin = await signIn(t, 'admin');
    [hrssId, eduId] = await Promise.all(['dept-hrss', 'dept-edu'].map((code) => agencyIdOf(t, code)));
    const [hrss, edu] = await Promise.all(['hrss.staff', 'edu.staff'].map((u) => signIn(t, u)));
    staffOf = new Map([
      [hrssId, hrss],
      [eduId, edu],
    ]);
    ids.pension = await answered(hrssId, { title: '养老保险转移接续怎么办理', content: '我从外地调回临溪工作，之前的养老保险怎样转移过来？' });
    ids.cardHrss = await answered(hrssId, { title: '社保卡补办', content: '社保卡丢了去哪里补办，需要多长时间，电话13911112222。', contactName: '欧阳明' });
    ids.school = await answered(eduId, { title: '小学入学报名时间', content: '孩子今年满六岁，社保缴纳不满一年能报名入学吗？' });
    ids.private = await answered(hrssId, { title: '养老保险缴费基数', content: '养老保险缴费基数怎么确定，想了解一下。', isPublic: false });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  async function answered(agencyId: number, overrides: Parameters<typeof submitMessage>[1]): Promise<number> {
    // Addressed to the agency, so no keyword rule sends it elsewhere.
    const message = await submitMessage(citizen, { ...overrides, targetAgencyId: agencyId });
    expect(message.status).toBe('assigned');
    expect(
      (await staffOf.get(agencyId)!.request(`/api/admin/messages/${message.id}/reply`, { method: 'POST', json: { bodyHtml: '<p>已答复。</p>' } })).status,
    ).toBe(200);
    return message.id;
  }

  const found = async (query: string) => {
    const response = await t.request(`/api/board?pageSize=50&${query}`);
    expect(response.status).toBe(200);
    return (response.body.items as Array<{ id: number }>).map((item) => item.id);
  };

  it('finds public answered messages by jieba terms, title matches first, and never a private one', async () => {
    expect(await found(`q=${encodeURIComponent('养老保险')}`)).toEqual([ids.pension]);
    const social = await found(`q=${encodeURIComponent('社保卡补办')}`);
    // Both 社保 messages match; the one with 社保卡 and 补办 in its title ranks first.
    expect(social[0]).toBe(ids.cardHrss);
    expect(social).toContain(ids.school);
    expect(social).not.toContain(ids.private);
    // A query of stop words alone finds nothing; a blank one is no search.
    expect(await found(`q=${encodeURIComponent('怎么 如何 的')}`)).toEqual([]);
    expect(await found('q=%20%20')).toEqual(expect.arrayContaining([ids.pension, ids.cardHrss, ids.school]));
  });

  it('finds nothing the board hides: the phone number and the author name are not searchable', async () => {
    expect(await found('q=13911112222')).toEqual([]);
    expect(await found(`q=${encodeURIComponent('欧阳明')}`)).toEqual([]);
  });

  it('filters by agency, alone and with a search, with the total counted alike', async () => {
    const edu = await t.request(`/api/board?pageSize=50&agencyId=${eduId}`);
    expect(edu.body.items.map((item: { id: number }) => item.id)).toEqual([ids.school]);
    const both = await t.request(`/api/board?pageSize=1&agencyId=${hrssId}&q=${encodeURIComponent('社保')}`);
    expect(both.body).toMatchObject({ total: 1, items: [{ id: ids.cardHrss, agencyName: '临溪市人力资源和社会保障局' }] });
    // Excerpt rows come out of a search as out of a list.
    const excerpts = await t.request(`/api/board?excerpt=20&q=${encodeURIComponent('入学报名')}`);
    expect(excerpts.body.items).toEqual([expect.objectContaining({ id: ids.school, truncated: expect.any(Boolean) })]);
  });

  it.each(['agencyId=0', 'agencyId=abc', 'agencyId=999999', `q=${'长'.repeat(51)}`])('refuses ?%s with 400', async (query) => {
    const response = await t.request(`/api/board?${encodeURI(query)}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: expect.any(Array) });
  });

  it('refuses a disabled agency with 400, and answers again once it is enabled', async () => {
    const transport = await agencyIdOf(t, 'dept-transport');
    expect((await admin.request(`/api/admin/agencies/${transport}`, { method: 'PATCH', json: { active: false } })).status).toBe(200);
    expect((await t.request(`/api/board?agencyId=${transport}`)).status).toBe(400);
    expect((await admin.request(`/api/admin/agencies/${transport}`, { method: 'PATCH', json: { active: true } })).status).toBe(200);
    expect((await t.request(`/api/board?agencyId=${transport}`)).status).toBe(200);
  });

  it('caches each search under its own ETag, and drops it when a new answer reaches the board', async () => {
    const path = `/api/board?q=${encodeURIComponent('公积金')}`;
    const first = await t.request(path);
    expect(first.body.items).toEqual([]);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await t.request(path, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const other = await t.request(`/api/board?q=${encodeURIComponent('养老保险')}`);
    expect(other.headers.get('etag')).not.toBe(etag);
    // A refused query is never kept: it stays refused, and the valid one next to it still answers.
    expect((await t.request(`/api/board?q=${encodeURIComponent('公积金')}&agencyId=999999`)).status).toBe(400);

    const fund = await answered(hrssId, { title: '公积金提取', content: '租房提取公积金需要准备哪些材料？' });
    const after = await t.request(path, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.body.items.map((item: { id: number }) => item.id)).toEqual([fund]);
  });

  it('indexes the messages stored before the board had a search index, a batch per scheduler run', async () => {
    // As a message answered before migration PolicyQuestionsAndBoardSearch: on the board, with no search terms.
    await t.dataSource.query('DELETE FROM message_term WHERE messageId = ?', [ids.cardHrss]);
    const query = `q=${encodeURIComponent('补办')}`;
    expect(await found(query)).not.toContain(ids.cardHrss);

    const scheduler = t.app.get(MessageScheduler);
    expect(await scheduler.indexBoardBacklog()).toBe(1);
    expect(await scheduler.indexBoardBacklog()).toBe(0);
    // A new address: the answer above may be served from the public-read cache for up to 5 s.
    expect(await found(`${query}&agencyId=${hrssId}`)).toEqual([ids.cardHrss]);
    // Indexed as the board shows it: the author's name and the phone number were scrubbed first.
    expect(await found(`q=${encodeURIComponent('欧阳明')}&agencyId=${hrssId}`)).toEqual([]);
    expect(await found(`q=13911112222&agencyId=${hrssId}`)).toEqual([]);
  });
});
