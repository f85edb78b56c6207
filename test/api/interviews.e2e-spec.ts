import { randomUUID } from 'node:crypto';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { chinaDay, WorkingCalendar } from '../../apps/bff/src/calendar/working-days';
import { Message } from '../../apps/bff/src/messages/message.entity';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { type CitizenSession, citizenSignIn } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

function expectCode(response: { status: number; body: { code: string; message: string } }, status: number, code: string) {
  expect([response.status, response.body.code]).toEqual([status, code]);
  expect(response.body.message).toEqual(expect.any(String));
}

/** 在线访谈 (issue 17): scheduled and run by the office, questions from citizens, a polled transcript, follow-up messages. */
describe(`online interviews (${TEST_DB})`, () => {
  let t: TestApp;
  let office: StaffSession;
  let hrss: StaffSession;
  let edu: StaffSession;
  let admin: StaffSession;
  let hrssId: number;

  beforeAll(async () => {
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '4' });
    [office, hrss, edu, admin] = await Promise.all(['office.staff', 'hrss.staff', 'edu.staff', 'admin'].map((u) => signIn(t, u)));
    hrssId = await agencyIdOf(t, 'dept-hrss');
  });
  afterAll(() => t.close());

  const audits = (action: string) => t.dataSource.getRepository(AuditLog).findBy({ action: action as AuditLog['action'] });
  const schedule = (overrides: Record<string, unknown> = {}) => ({
    title: '稳就业政策解读在线访谈',
    summary: '市人社局负责人解读今年的稳就业政策。',
    guestAgencyId: hrssId,
    guestName: '李明',
    guestTitle: '市人社局副局长',
    startsAt: '2026-12-10T02:00:00.000Z',
    endsAt: '2026-12-10T03:30:00.000Z',
    hostName: '周敏',
    ...overrides,
  });
  const ask = (citizen: CitizenSession, id: number, content: string, key: string = randomUUID(), extra: Record<string, unknown> = {}) =>
    citizen.request(`/api/interviews/${id}/questions`, {
      method: 'POST',
      headers: { 'idempotency-key': key },
      json: { content, contactName: '张三丰', contactPhone: '13812345678', isPublic: true, ...extra },
    });

  it('is scheduled and run by the office through its states, each step in history and audit; the guest agency reads only its own', async () => {
    for (const bad of [
      schedule({ endsAt: '2026-12-10T01:00:00.000Z' }),
      schedule({ hostName: undefined }),
      schedule({ guestAgencyId: 999_999 }),
      schedule({ startsAt: 'tomorrow' }),
      schedule({ extra: 1 }),
    ]) {
      expectCode(await office.request('/api/admin/interviews', { method: 'POST', json: bad }), 400, 'VALIDATION_FAILED');
    }
    expectCode(await hrss.request('/api/admin/interviews', { method: 'POST', json: schedule() }), 403, 'FORBIDDEN');
    const created = await office.request('/api/admin/interviews', { method: 'POST', json: schedule({ hostStaffId: office.me.id, hostName: null }) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'announced',
      hostName: office.me.displayName,
      guestAgencyName: expect.any(String),
      allowedActions: ['edit', 'collect'],
    });
    const id = created.body.id as number;

    // The guest agency reads it (no buttons); another agency does not see it; the public sees it.
    expect((await hrss.request(`/api/admin/interviews/${id}`)).body.allowedActions).toEqual([]);
    expect((await hrss.request('/api/admin/interviews')).body.items.map((i: { id: number }) => i.id)).toContain(id);
    expectCode(await edu.request(`/api/admin/interviews/${id}`), 404, 'NOT_FOUND');
    expectCode(await edu.request(`/api/admin/interviews/${id}/questions`), 404, 'NOT_FOUND');
    expect((await edu.request('/api/admin/interviews')).body.items.map((i: { id: number }) => i.id)).not.toContain(id);
    expect((await t.request(`/api/interviews/${id}`)).body).toMatchObject({ id, status: 'announced', acceptingQuestions: false });

    const edited = await office.request(`/api/admin/interviews/${id}`, { method: 'PUT', json: schedule({ title: '稳就业政策在线访谈（改期）' }) });
    expect([edited.status, edited.body.title, edited.body.hostName]).toEqual([200, '稳就业政策在线访谈（改期）', '周敏']);
    expectCode(await office.request(`/api/admin/interviews/${id}/start`, { method: 'POST' }), 409, 'INTERVIEW_WRONG_STATE');
    expectCode(await hrss.request(`/api/admin/interviews/${id}/collect`, { method: 'POST' }), 403, 'FORBIDDEN');
    expect((await office.request(`/api/admin/interviews/${id}/collect`, { method: 'POST' })).body.status).toBe('collecting');
    expect((await office.request(`/api/admin/interviews/${id}/start`, { method: 'POST' })).body.status).toBe('live');
    expectCode(await office.request(`/api/admin/interviews/${id}`, { method: 'PUT', json: schedule() }), 409, 'INTERVIEW_WRONG_STATE');
    const ended = await office.request(`/api/admin/interviews/${id}/end`, { method: 'POST' });
    expect(ended.body).toMatchObject({ status: 'ended', convertedAt: expect.any(String), endedAt: expect.any(String) });
    expect(ended.body.events.map((e: { action: string }) => e.action)).toEqual(['create', 'edit', 'collect', 'start', 'end']);
    expectCode(await office.request(`/api/admin/interviews/${id}/end`, { method: 'POST' }), 409, 'INTERVIEW_WRONG_STATE');
    expectCode(await office.request('/api/admin/interviews/999999/collect', { method: 'POST' }), 404, 'NOT_FOUND');

    for (const action of ['interview.created', 'interview.edited', 'interview.collecting', 'interview.started', 'interview.ended']) {
      expect(await audits(action)).toEqual(
        expect.arrayContaining([expect.objectContaining({ objectId: String(id), actorId: office.me.id, agencyId: hrssId })]),
      );
    }

    // The video: https on an allowed media host, from live on.
    expectCode(
      await office.request(`/api/admin/interviews/${id}/video`, { method: 'PUT', json: { videoUrl: 'http://media.linxi.example.cn/v.mp4' } }),
      400,
      'VALIDATION_FAILED',
    );
    expectCode(
      await office.request(`/api/admin/interviews/${id}/video`, { method: 'PUT', json: { videoUrl: 'https://elsewhere.example.com/v.mp4' } }),
      400,
      'VALIDATION_FAILED',
    );
    const video = await office.request(`/api/admin/interviews/${id}/video`, { method: 'PUT', json: { videoUrl: 'https://media.linxi.example.cn/v.mp4' } });
    expect([video.status, video.body.videoUrl]).toEqual([200, 'https://media.linxi.example.cn/v.mp4']);
    expect((await t.request(`/api/interviews/${id}`)).body.videoUrl).toBe('https://media.linxi.example.cn/v.mp4');
    expect(await audits('interview.video_set')).toEqual([expect.objectContaining({ objectId: String(id) })]);
  });

  it('takes moderated, idempotent questions while collecting and live; the host publishes a polled transcript; the unanswered become messages', async () => {
    const id = (await office.request('/api/admin/interviews', { method: 'POST', json: schedule() })).body.id as number;
    const citizen = await citizenSignIn(t);
    const other = await citizenSignIn(t);
    expectCode(await ask(citizen, id, '灵活就业人员怎么参加社保？'), 409, 'INTERVIEW_NOT_COLLECTING');
    await office.request(`/api/admin/interviews/${id}/collect`, { method: 'POST' });

    // Idempotency-Key: required; the same key and body give the same question; another body is 422.
    expectCode(
      await citizen.request(`/api/interviews/${id}/questions`, { method: 'POST', json: { content: '没有键的问题内容', contactName: '张三', isPublic: true } }),
      400,
      'VALIDATION_FAILED',
    );
    const key = randomUUID();
    const first = await ask(citizen, id, '灵活就业人员怎么参加社保？我的电话13812345678，张三丰', key);
    expect([first.status, first.body.status, first.body.visibility]).toEqual([201, 'pending', 'shown']);
    const again = await ask(citizen, id, '灵活就业人员怎么参加社保？我的电话13812345678，张三丰', key);
    expect([again.status, again.body.id]).toEqual([200, first.body.id]);
    expectCode(await ask(citizen, id, '换了内容的另一个问题', key), 422, 'INTERVIEW_IDEMPOTENCY_KEY_REUSED');
    expectCode(await ask(citizen, id, '哪里可以赌博领补贴？'), 400, 'VALIDATION_FAILED');
    expectCode(await ask(citizen, id, '短'), 400, 'VALIDATION_FAILED');
    expectCode(await t.request(`/api/interviews/${id}/questions`, { method: 'POST', json: {} }), 401, 'UNAUTHENTICATED');
    const unanswered = await ask(other, id, '失业保险金的领取期限是多久？');
    const hidden = await ask(other, id, '这个问题将被屏蔽的内容');
    // The hourly limit (4 here, per citizen and per address: both sign in from one): refused ones gave their count back.
    await ask(other, id, '第三个问题的内容');
    const limited = await ask(other, id, '第四个问题的内容');
    expectCode(limited, 429, 'RATE_LIMITED');
    expect(limited.headers.get('retry-after')).toEqual(expect.any(String));

    // Moderation by the office; the guest agency reads the questions, masked.
    expectCode(await hrss.request(`/api/admin/interview-questions/${hidden.body.id}/hide`, { method: 'POST' }), 403, 'FORBIDDEN');
    expect((await office.request(`/api/admin/interview-questions/${hidden.body.id}/hide`, { method: 'POST' })).body.visibility).toBe('hidden');
    expectCode(await office.request(`/api/admin/interview-questions/999999/hide`, { method: 'POST' }), 404, 'NOT_FOUND');
    const listed = await hrss.request(`/api/admin/interviews/${id}/questions`);
    expect(listed.body).toHaveLength(4);
    expect(listed.body[0]).toMatchObject({ askerName: '张**', visibility: 'shown' });
    expect(JSON.stringify(listed.body)).not.toMatch(/1[3-9]\d{9}.*contact|contactPhone/);
    expect(await audits('interview.question_hidden')).toEqual(expect.arrayContaining([expect.objectContaining({ objectId: String(hidden.body.id) })]));

    // The transcript: nothing yet, a strong ETag and 304 while nothing changes.
    expectCode(
      await office.request(`/api/admin/interviews/${id}/transcript`, { method: 'POST', json: { kind: 'remark', text: '欢迎' } }),
      409,
      'INTERVIEW_WRONG_STATE',
    );
    await office.request(`/api/admin/interviews/${id}/start`, { method: 'POST' });
    const empty = await t.request(`/api/interviews/${id}/transcript`);
    expect(empty.body).toEqual({ interviewId: id, status: 'live', lastSeq: 0, entries: [] });
    const etag = empty.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const unchanged = await t.request(`/api/interviews/${id}/transcript`, { headers: { 'if-none-match': etag } });
    expect([unchanged.status, unchanged.headers.get('etag')]).toEqual([304, etag]);

    const remark = await office.request(`/api/admin/interviews/${id}/transcript`, { method: 'POST', json: { kind: 'remark', text: '各位网友好，欢迎收看。' } });
    expect(remark.status).toBe(200);
    const qa = await office.request(`/api/admin/interviews/${id}/transcript`, {
      method: 'POST',
      json: { kind: 'qa', questionId: first.body.id, text: '可以在社保经办窗口或小程序办理参保登记。' },
    });
    expect(qa.body.entries).toHaveLength(2);
    const changed = await t.request(`/api/interviews/${id}/transcript`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.body.lastSeq).toBe(2);
    expect(changed.body.entries[1]).toMatchObject({ seq: 2, kind: 'qa', askerName: '张**', text: '可以在社保经办窗口或小程序办理参保登记。' });
    expect(changed.body.entries[1].question).toContain('灵活就业人员怎么参加社保');
    expect(JSON.stringify(changed.body)).not.toMatch(/1[3-9]\d{9}|张三丰/);
    const onlyNew = await t.request(`/api/interviews/${id}/transcript?after=1`);
    expect(onlyNew.body.entries.map((e: { seq: number }) => e.seq)).toEqual([2]);
    expect((await t.request(`/api/interviews/${id}/transcript?after=2`)).body.entries).toEqual([]);
    expectCode(await t.request(`/api/interviews/${id}/transcript?after=x`), 400, 'VALIDATION_FAILED');
    expectCode(await t.request('/api/interviews/999999/transcript'), 404, 'NOT_FOUND');

    // Refusals of the host: an answered, hidden or unknown question; a qa without a question; a remark with one.
    for (const [json, status, code] of [
      [{ kind: 'qa', questionId: first.body.id, text: '再答一次' }, 409, 'INTERVIEW_QUESTION_NOT_ANSWERABLE'],
      [{ kind: 'qa', questionId: hidden.body.id, text: '答屏蔽的' }, 409, 'INTERVIEW_QUESTION_NOT_ANSWERABLE'],
      [{ kind: 'qa', questionId: 999_999, text: '答' }, 404, 'NOT_FOUND'],
      [{ kind: 'qa', text: '没有问题' }, 400, 'VALIDATION_FAILED'],
      [{ kind: 'remark', question: '带问题', text: '发言' }, 400, 'VALIDATION_FAILED'],
      [{ kind: 'speech', text: '发言' }, 400, 'VALIDATION_FAILED'],
    ] as const) {
      expectCode(await office.request(`/api/admin/interviews/${id}/transcript`, { method: 'POST', json }), status, code);
    }
    const hostQuestion = await office.request(`/api/admin/interviews/${id}/transcript`, {
      method: 'POST',
      json: { kind: 'qa', question: '主持人代网友问：补贴何时发放？', text: '每月15日前。' },
    });
    expect(hostQuestion.body.entries[2]).toMatchObject({ seq: 3, askerName: null, question: '主持人代网友问：补贴何时发放？' });
    expect(await audits('interview.entry_published')).toHaveLength(3);

    // The end: every shown, unanswered question becomes a 咨询 to the guest agency, due 5 working days on; once.
    const ended = await office.request(`/api/admin/interviews/${id}/end`, { method: 'POST' });
    expect(ended.status).toBe(200);
    const mine = await other.request(`/api/interviews/${id}/questions/mine`);
    const converted = mine.body.find((q: { id: number }) => q.id === unanswered.body.id);
    expect(converted).toMatchObject({ status: 'converted', messageId: expect.any(Number) });
    expect(mine.body.find((q: { id: number }) => q.id === hidden.body.id)).toMatchObject({ status: 'pending', visibility: 'hidden', messageId: null });
    const messages = await t.dataSource.getRepository(Message).findBy({ interviewId: id });
    expect(messages).toHaveLength(2); // the unanswered one and the one sent to reach the hourly limit
    const message = messages.find((m) => m.id === converted.messageId)!;
    const endedAt = new Date(ended.body.endedAt);
    expect(message).toMatchObject({ type: 'consultation', status: 'assigned', assignedAgencyId: hrssId, targetAgencyId: hrssId, citizenId: other.id });
    // The end of the 5th working day after the end (MariaDB keeps whole seconds: the day is what counts).
    expect(chinaDay(message.dueAt!)).toBe(WorkingCalendar.fromConfig().addWorkdays(chinaDay(endedAt), 5));
    const followed = await other.request('/api/messages/mine');
    expect(followed.body.map((m: { id: number }) => m.id)).toContain(message.id);
    expect((await hrss.request(`/api/admin/messages/${message.id}`)).status).toBe(200);
    expect(await audits('interview.question_converted')).toEqual(
      expect.arrayContaining([expect.objectContaining({ objectId: String(message.id), agencyId: hrssId })]),
    );
    expectCode(await ask(citizen, id, '结束之后的问题内容'), 409, 'INTERVIEW_NOT_COLLECTING');
    expectCode(await office.request(`/api/admin/interviews/${id}/end`, { method: 'POST' }), 409, 'INTERVIEW_WRONG_STATE');
    expect(await t.dataSource.getRepository(Message).countBy({ interviewId: id })).toBe(2);

    // Published after the end: the transcript stays; the public list shows it.
    expect((await t.request(`/api/interviews/${id}/transcript`)).body).toMatchObject({ status: 'ended', lastSeq: 3 });
    expect((await t.request('/api/interviews?status=ended')).body.items.map((i: { id: number }) => i.id)).toContain(id);

    // Figures: received, answered live, converted, answered afterwards once the agency replies.
    const reply = await hrss.request(`/api/admin/messages/${message.id}/reply`, {
      method: 'POST',
      json: { bodyHtml: '<p>失业保险金的领取期限按缴费年限计算，最长24个月。</p>' },
    });
    expect(reply.status).toBe(200);
    const figures = await office.request('/api/admin/stats/interviews?from=2026-12-10&to=2026-12-10');
    expect(figures.status).toBe(200);
    expect(figures.body.years).toEqual([expect.objectContaining({ year: 2026 })]);
    expect(figures.body.total).toMatchObject({ questionsReceived: 4, answeredLive: 1, convertedToMessages: 2, answeredAfterwards: 1 });
    expectCode(await hrss.request('/api/admin/stats/interviews?from=2026-01-01&to=2026-12-31'), 403, 'FORBIDDEN');
    expectCode(await admin.request('/api/admin/stats/interviews?from=2026-12-31&to=2026-01-01'), 400, 'VALIDATION_FAILED');
  });
});

/**
 * A question hidden (or held) when the interview ended stays pending; showing it afterwards turns it into the message
 * the end would have made of it, at once and in the same transaction.
 */
describe(`online interviews: a question shown after the end (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let office: StaffSession;
  let hrss: StaffSession;
  let hrssId: number;

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({ WECHAT_API_BASE: fake.url, WECHAT_APPID: FAKE_APP_ID, WECHAT_SECRET: FAKE_SECRET, MESSAGE_POSTS_PER_HOUR: '100' });
    [office, hrss] = await Promise.all(['office.staff', 'hrss.staff'].map((u) => signIn(t, u)));
    hrssId = await agencyIdOf(t, 'dept-hrss');
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const audits = (action: string) => t.dataSource.getRepository(AuditLog).findBy({ action: action as AuditLog['action'] });
  const post = (path: string) => office.request(`/api/admin/${path}`, { method: 'POST' });
  const ask = (citizen: CitizenSession, id: number, content: string) =>
    citizen.request(`/api/interviews/${id}/questions`, {
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
      json: { content, contactName: '孙八', contactPhone: '13812345678', isPublic: false },
    });

  it('turns a hidden or held question shown after the end into a message to the guest agency, due 5 working days on', async () => {
    const created = await office.request('/api/admin/interviews', {
      method: 'POST',
      json: {
        title: '职业技能培训补贴在线访谈',
        summary: '市人社局解读职业技能培训补贴政策。',
        guestAgencyId: hrssId,
        guestName: '王强',
        guestTitle: '市人社局职业能力建设处处长',
        startsAt: '2026-11-20T02:00:00.000Z',
        endsAt: '2026-11-20T03:00:00.000Z',
        hostName: '周敏',
      },
    });
    const id = created.body.id as number;
    await post(`interviews/${id}/collect`);
    const [asker, waiter, other] = await Promise.all([citizenSignIn(t), citizenSignIn(t), citizenSignIn(t)]);
    const hidden = await ask(asker, id, '培训补贴申领需要哪些材料？');
    const held = await ask(waiter, id, '待人工审核：补贴多久能到账？');
    const shown = await ask(other, id, '线上培训课程也能领补贴吗？');
    expect([hidden.body.visibility, held.body.visibility, shown.body.visibility]).toEqual(['shown', 'held', 'shown']);
    expect((await post(`interview-questions/${hidden.body.id}/hide`)).body.visibility).toBe('hidden');
    await post(`interviews/${id}/start`);
    expect((await post(`interviews/${id}/end`)).body.status).toBe('ended');

    // The end converted the shown one only; the hidden and the held one wait.
    const messages = () => t.dataSource.getRepository(Message).findBy({ interviewId: id });
    expect((await messages()).map((m) => m.citizenId)).toEqual([other.id]);
    const pendingOf = async (citizen: CitizenSession) => (await citizen.request(`/api/interviews/${id}/questions/mine`)).body[0];
    expect(await pendingOf(asker)).toMatchObject({ status: 'pending', visibility: 'hidden', messageId: null });

    // Shown now: converted at once, as the end would have.
    const showed = await post(`interview-questions/${hidden.body.id}/show`);
    expect(showed.status).toBe(200);
    expect(showed.body).toMatchObject({ id: hidden.body.id, status: 'converted', visibility: 'shown', messageId: expect.any(Number) });
    const message = (await messages()).find((m) => m.id === showed.body.messageId)!;
    expect(message).toMatchObject({
      type: 'consultation',
      channel: 'online_consultation',
      status: 'assigned',
      assignedAgencyId: hrssId,
      targetAgencyId: hrssId,
      citizenId: asker.id,
      content: '培训补贴申领需要哪些材料？',
      moderation: 'passed',
    });
    expect(message.caseNo).toMatch(/^LX\d{14}$/);
    expect(chinaDay(message.dueAt!)).toBe(WorkingCalendar.fromConfig().addWorkdays(chinaDay(message.submittedAt), 5));
    const agencyList = await hrss.request('/api/admin/messages?pageSize=100');
    expect(agencyList.body.items.map((m: { id: number }) => m.id)).toContain(message.id);
    expect((await asker.request('/api/messages/mine')).body.map((m: { id: number }) => m.id)).toEqual([message.id]);
    expect(await pendingOf(asker)).toMatchObject({ status: 'converted', messageId: message.id });
    expect(await audits('interview.question_converted')).toEqual(
      expect.arrayContaining([expect.objectContaining({ objectId: String(message.id), actorId: office.me.id, agencyId: hrssId })]),
    );
    expect(await audits('interview.question_shown')).toEqual([expect.objectContaining({ objectId: String(hidden.body.id) })]);

    // Converted, it is a message now: neither hidden nor shown again, and never converted twice.
    expectCode(await post(`interview-questions/${hidden.body.id}/hide`), 409, 'INTERVIEW_QUESTION_NOT_ANSWERABLE');
    expectCode(await post(`interview-questions/${hidden.body.id}/show`), 409, 'INTERVIEW_QUESTION_NOT_ANSWERABLE');

    // A held one may still be hidden after the end (pending), and converts when shown.
    expect((await post(`interview-questions/${held.body.id}/hide`)).body).toMatchObject({ status: 'pending', visibility: 'hidden', messageId: null });
    expect(await messages()).toHaveLength(2);
    const released = await post(`interview-questions/${held.body.id}/show`);
    expect(released.body).toMatchObject({ status: 'converted', messageId: expect.any(Number) });
    expect((await waiter.request('/api/messages/mine')).body.map((m: { id: number }) => m.id)).toEqual([released.body.messageId]);
    expect(await messages()).toHaveLength(3);
    expect((await t.dataSource.getRepository(Message).findOneBy({ id: released.body.messageId }))!.interviewId).toBe(id);

    const events = (await office.request(`/api/admin/interviews/${id}`)).body.events as Array<{ action: string; toStatus: string }>;
    expect(events.filter((e) => e.action === 'moderate').map((e) => e.toStatus)).toEqual(['collecting', 'ended', 'ended', 'ended']);
  });
});
