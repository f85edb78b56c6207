import { randomUUID } from 'node:crypto';
import { type CitizenSession, citizenSignIn } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

/** 我的提问 in one request: the citizen's questions to every interview, newest first, a page at a time. */
describe(`GET /api/interviews/questions/mine (${TEST_DB})`, () => {
  let t: TestApp;
  let office: StaffSession;
  let citizen: CitizenSession;
  let other: CitizenSession;
  let first: number;
  let second: number;
  /** The citizen's questions, in the order asked. */
  const asked: Record<'answered' | 'elsewhere' | 'hidden' | 'converted' | 'others', number> = {
    answered: 0,
    elsewhere: 0,
    hidden: 0,
    converted: 0,
    others: 0,
  };
  const ANSWER = '可以在社保经办窗口或小程序办理参保登记。';

  const schedule = async (title: string, guestAgencyId: number): Promise<number> => {
    const created = await office.request('/api/admin/interviews', {
      method: 'POST',
      json: {
        title,
        summary: '嘉宾解读今年的相关政策。',
        guestAgencyId,
        guestName: '李明',
        guestTitle: '副局长',
        startsAt: '2026-12-10T02:00:00.000Z',
        endsAt: '2026-12-10T03:30:00.000Z',
        hostName: '周敏',
      },
    });
    expect(created.status).toBe(201);
    await office.request(`/api/admin/interviews/${created.body.id}/collect`, { method: 'POST' });
    return created.body.id as number;
  };
  const ask = async (who: CitizenSession, id: number, content: string): Promise<number> => {
    const response = await who.request(`/api/interviews/${id}/questions`, {
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
      json: { content, contactName: '张三丰', contactPhone: '13812345678', isPublic: true },
    });
    expect(response.status).toBe(201);
    return response.body.id as number;
  };

  beforeAll(async () => {
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '50' });
    office = await signIn(t, 'office.staff');
    const hrssId = await agencyIdOf(t, 'dept-hrss');
    first = await schedule('稳就业政策解读在线访谈', hrssId);
    second = await schedule('义务教育招生政策在线访谈', hrssId);
    [citizen, other] = await Promise.all([citizenSignIn(t), citizenSignIn(t)]);

    asked.answered = await ask(citizen, first, '灵活就业人员怎么参加社保？');
    asked.elsewhere = await ask(citizen, second, '随迁子女入学需要哪些材料？');
    asked.hidden = await ask(citizen, first, '这个问题将被办公室屏蔽');
    asked.converted = await ask(citizen, first, '失业保险金的领取期限是多久？');
    asked.others = await ask(other, first, '另一位市民的问题内容');

    // The first interview runs: one question answered live, one hidden, and the end turns the unanswered into messages.
    await office.request(`/api/admin/interview-questions/${asked.hidden}/hide`, { method: 'POST' });
    await office.request(`/api/admin/interviews/${first}/start`, { method: 'POST' });
    await office.request(`/api/admin/interviews/${first}/transcript`, { method: 'POST', json: { kind: 'remark', text: '各位网友好。' } });
    const qa = await office.request(`/api/admin/interviews/${first}/transcript`, {
      method: 'POST',
      json: { kind: 'qa', questionId: asked.answered, text: ANSWER },
    });
    expect(qa.status).toBe(200);
    expect((await office.request(`/api/admin/interviews/${first}/end`, { method: 'POST' })).status).toBe(200);
  });
  afterAll(() => t.close());

  it("lists every interview's questions of the caller, newest first, with the interview and where each stands", async () => {
    const mine = await citizen.request('/api/interviews/questions/mine');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    expect(mine.body.items.map((q: { id: number }) => q.id)).toEqual([asked.converted, asked.hidden, asked.elsewhere, asked.answered]);
    const [converted, hidden, elsewhere, answered] = mine.body.items;
    expect(answered).toMatchObject({
      interviewId: first,
      interviewTitle: '稳就业政策解读在线访谈',
      interviewStatus: 'ended',
      content: '灵活就业人员怎么参加社保？',
      status: 'answered',
      answeredSeq: 2,
      answer: ANSWER,
      messageId: null,
    });
    expect(converted).toMatchObject({ status: 'converted', visibility: 'shown', messageId: expect.any(Number), answer: null });
    expect(hidden).toMatchObject({ status: 'pending', visibility: 'hidden', messageId: null, answer: null });
    expect(elsewhere).toMatchObject({
      interviewId: second,
      interviewTitle: '义务教育招生政策在线访谈',
      interviewStatus: 'collecting',
      status: 'pending',
      answer: null,
    });
    // The message a question became is the citizen's own: 我的留言 opens it.
    expect((await citizen.request(`/api/messages/mine/${converted.messageId}`)).status).toBe(200);
    // Nothing of the contact travels back.
    expect(JSON.stringify(mine.body)).not.toMatch(/张三丰|13812345678/);
  });

  it("never shows another citizen's questions", async () => {
    const theirs = await other.request('/api/interviews/questions/mine');
    expect(theirs.body).toMatchObject({ total: 1, items: [{ id: asked.others, interviewId: first }] });
    const fresh = await citizenSignIn(t);
    expect((await fresh.request('/api/interviews/questions/mine')).body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('pages: the rows of the page asked, the total of all of them', async () => {
    const page = (query: string) => citizen.request(`/api/interviews/questions/mine?${query}`);
    const second = await page('page=2&pageSize=3');
    expect(second.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.body.items.map((q: { id: number }) => q.id)).toEqual([asked.answered]);
    expect((await page('page=3&pageSize=3')).body).toMatchObject({ items: [], total: 4 });
  });

  it('refuses bad page parameters with 400 and the fields named', async () => {
    for (const [query, field] of [
      ['page=0', 'page'],
      ['page=x', 'page'],
      ['page=1.5', 'page'],
      ['pageSize=0', 'pageSize'],
      ['pageSize=101', 'pageSize'],
      ['size=10', 'size'],
    ]) {
      const refused = await citizen.request(`/api/interviews/questions/mine?${query}`);
      expect({ query, status: refused.status, code: refused.body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
      expect(refused.body.message).toEqual(expect.any(String));
      expect(refused.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    }
  });

  it('needs a signed-in citizen', async () => {
    const unsigned = await t.request('/api/interviews/questions/mine');
    expect([unsigned.status, unsigned.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(unsigned.body.message).toEqual(expect.any(String));
    const staff = await office.request('/api/interviews/questions/mine');
    expect(staff.status).toBe(401);
  });

  it('is its own route: not an interview id, and the routes by id answer as before', async () => {
    // Were the path taken by /api/interviews/:id, "questions" would be refused as an id (400) or the public read would answer.
    const mine = await citizen.request('/api/interviews/questions/mine');
    expect(mine.headers.get('etag')).toBeNull();
    expect(Object.keys(mine.body).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
    expect((await t.request('/api/interviews/questions')).status).toBe(400);
    expect((await t.request(`/api/interviews/${first}`)).body).toMatchObject({ id: first, status: 'ended' });
    const one = await citizen.request(`/api/interviews/${second}/questions/mine`);
    expect(one.body.map((q: { id: number }) => q.id)).toEqual([asked.elsewhere]);
  });

  it('is described in OpenAPI with its page parameters', async () => {
    const document = (await t.request('/api/docs-json')).body;
    const operation = document.paths['/api/interviews/questions/mine'].get;
    expect(operation.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`).sort()).toEqual(['query:page', 'query:pageSize']);
    expect(operation.responses.default.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorBody' });
  });
});
