import type { NotificationView } from '@weimin/contracts';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { MessageScheduler } from '../../apps/bff/src/messages/message-scheduler.service';
import { Message } from '../../apps/bff/src/messages/message.entity';
import { Notification } from '../../apps/bff/src/messages/notification.entity';
import { OutboxItem } from '../../apps/bff/src/outbox/outbox-item.entity';
import { OutboxService } from '../../apps/bff/src/outbox/outbox.service';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { citizenSignIn, type CitizenSession, submitMessage } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const RESIDENT_ID = /(?<!\d)\d{17}[\dXx](?![\dXx])/;

describe(`messages: dispatch, answer, rate, board (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let citizen: CitizenSession;
  let office: StaffSession;
  let officeHead: StaffSession;
  let hrss: StaffSession;
  let hrssHead: StaffSession;
  let edu: StaffSession;
  let ids: { hrss: number; edu: number; office: number };

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({
      WECHAT_API_BASE: fake.url,
      WECHAT_APPID: FAKE_APP_ID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_REPLY_TEMPLATE_ID: 'reply-tpl',
      MESSAGE_POSTS_PER_HOUR: '1000',
    });
    citizen = await citizenSignIn(t);
    [office, officeHead, hrss, hrssHead, edu] = await Promise.all(
      ['office.staff', 'office.head', 'hrss.staff', 'hrss.head', 'edu.staff'].map((u) => signIn(t, u)),
    );
    ids = { hrss: await agencyIdOf(t, 'dept-hrss'), edu: await agencyIdOf(t, 'dept-edu'), office: await agencyIdOf(t, 'office') };
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const post = (session: StaffSession, path: string, json: unknown = {}) => session.request(path, { method: 'POST', json });
  /** A refusal as status and code (the code names what went wrong: libs/contracts/src/error-codes/messages.ts). */
  const refusal = (response: { status: number; body: { code?: string } }) => [response.status, response.body.code];
  const queued = () => submitMessage(citizen, { contactName: '李明', contactPhone: '13912340000' });
  const auditCount = async (action: string, id: number) =>
    t.dataSource.getRepository(AuditLog).countBy({ action: action as AuditLog['action'], objectId: String(id) });

  it('runs the whole loop: queue → dispatch → return → re-dispatch → reply → rating', async () => {
    const message = await queued();
    const queue = await office.request('/api/admin/messages?status=submitted');
    expect(queue.body.items.map((m: { id: number }) => m.id)).toContain(message.id);

    // 交办 to 人社局: a deadline of 5 working days.
    const dispatched = await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss, note: '请人社局答复' });
    expect(dispatched.status).toBe(200);
    expect(dispatched.body).toMatchObject({ status: 'assigned', agencyName: '临溪市人力资源和社会保障局', overdue: false, workdaysLeft: 5 });
    expect(await auditCount('message.dispatched', message.id)).toBe(1);

    // 人社局 returns it with a reason; it leaves their queue and goes back to the office's.
    const returned = await post(hrss, `/api/admin/messages/${message.id}/return`, { reason: '路灯不属于我局职责' });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    expect((await hrss.request(`/api/admin/messages/${message.id}`)).status).toBe(404);
    const back = await office.request('/api/admin/messages?status=returned');
    expect(back.body.items.map((m: { id: number }) => m.id)).toContain(message.id);

    // 改派 … rather 交办 again, to 教育局 this time.
    expect((await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.edu })).body.agencyName).toBe('临溪市教育局');

    // The assigned agency sees the contact unmasked (audited); 人社局 sees nothing at all.
    const detail = await edu.request(`/api/admin/messages/${message.id}`);
    expect(detail.body).toMatchObject({ contactName: '李明', contactPhone: '13912340000', contactUnmasked: true });
    expect(detail.body.allowedActions.sort()).toEqual(['extend', 'reply', 'return']);
    expect(await auditCount('message.contact_viewed', message.id)).toBeGreaterThanOrEqual(1);

    const reply = await post(edu, `/api/admin/messages/${message.id}/reply`, {
      bodyHtml: '<p onclick="alert(1)">您好，路灯由城管局负责，已转告。<script>alert(1)</script><a href="javascript:alert(1)">详情</a></p>',
    });
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe('replied');
    expect(reply.body.replies[0].bodyHtml).toBe('<p>您好，路灯由城管局负责，已转告。<a>详情</a></p>');

    const mine = await citizen.request(`/api/messages/mine/${message.id}`);
    expect(mine.body).toMatchObject({ status: 'replied', canRate: true, agencyName: '临溪市教育局' });
    expect(mine.body.replies).toHaveLength(1);

    const rated = await citizen.request(`/api/messages/mine/${message.id}/rating`, { method: 'POST', json: { rating: 'satisfied' } });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ status: 'closed', rating: 'satisfied', canRate: false });
    expect((await citizen.request(`/api/messages/mine/${message.id}/rating`, { method: 'POST', json: { rating: 'unsatisfied' } })).status).toBe(409);

    // Every step is in the history, with who and why.
    const history = (await office.request(`/api/admin/messages/${message.id}`)).body.events;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['submit', 'dispatch', 'return', 'dispatch', 'reply', 'rate']);
    expect(history[2]).toMatchObject({
      actorType: 'staff',
      actorName: '王磊',
      agencyName: '临溪市人力资源和社会保障局',
      reason: '路灯不属于我局职责',
      fromStatus: 'assigned',
      toStatus: 'returned',
    });
  });

  it('refuses steps from the wrong state (409) and by the wrong role (403)', async () => {
    const message = await queued();
    expect((await post(edu, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>x</p>' })).status).toBe(404);
    expect(refusal(await post(office, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>答复</p>' }))).toEqual([409, 'MESSAGE_WRONG_STATE']);
    expect(refusal(await post(office, `/api/admin/messages/${message.id}/reassign`, { agencyId: ids.edu }))).toEqual([409, 'MESSAGE_WRONG_STATE']);
    await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
    expect(refusal(await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.edu }))).toEqual([409, 'MESSAGE_WRONG_STATE']);
    expect(refusal(await post(office, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>答复</p>' }))).toEqual([403, 'MESSAGE_NOT_ASSIGNED_TO_YOU']);
    expect(refusal(await post(hrss, `/api/admin/messages/${message.id}/hide`, { reason: '无关内容' }))).toEqual([403, 'FORBIDDEN']);
    expect((await post(hrss, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>&nbsp;</p><script></script>' })).status).toBe(400);
    expect(refusal(await post(office, `/api/admin/messages/${message.id}/reopen`, { reason: '重新办理' }))).toEqual([409, 'MESSAGE_WRONG_STATE']);
    expect(refusal(await citizen.request(`/api/messages/mine/${message.id}/rating`, { method: 'POST', json: { rating: 'satisfied' } }))).toEqual([
      409,
      'MESSAGE_WRONG_STATE',
    ]);
    expect(refusal(await post(office, `/api/admin/messages/${message.id}/reassign`, { agencyId: ids.hrss }))).toEqual([409, 'MESSAGE_ALREADY_WITH_AGENCY']);
    const unknownAgency = await post(office, `/api/admin/messages/${message.id}/reassign`, { agencyId: 999999 });
    expect(unknownAgency.status).toBe(400);
    expect(unknownAgency.body.details[0].field).toBe('agencyId');
    expect((await post(office, '/api/admin/messages/999999/dispatch', { agencyId: ids.edu })).status).toBe(404);
  });

  it('reassigns (改派) an assigned message; the clock starts again', async () => {
    const message = await queued();
    await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
    const moved = await post(office, `/api/admin/messages/${message.id}/reassign`, { agencyId: ids.edu, note: '属教育局职责' });
    expect(moved.body).toMatchObject({ status: 'assigned', agencyId: ids.edu, workdaysLeft: 5 });
    expect((await hrss.request(`/api/admin/messages/${message.id}`)).status).toBe(404);
    expect(await auditCount('message.reassigned', message.id)).toBe(1);
  });

  it('allows one extension, asked by the agency and approved by the office head only', async () => {
    const message = await queued();
    const dispatched = await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
    const dueBefore = new Date(dispatched.body.dueAt).getTime();

    expect((await post(hrss, `/api/admin/messages/${message.id}/extension`, { workdays: 5, reason: '需要调取档案' })).status).toBe(200);
    expect(refusal(await post(hrss, `/api/admin/messages/${message.id}/extension`, { workdays: 5, reason: '再次申请' }))).toEqual([
      409,
      'MESSAGE_EXTENSION_ALREADY_REQUESTED',
    ]);
    expect((await post(hrssHead, `/api/admin/messages/${message.id}/extension/decision`, { approve: true })).status).toBe(403);
    expect(refusal(await post(office, `/api/admin/messages/${message.id}/extension/decision`, { approve: true }))).toEqual([403, 'FORBIDDEN']);
    const approved = await post(officeHead, `/api/admin/messages/${message.id}/extension/decision`, { approve: true, note: '同意' });
    expect(approved.status).toBe(200);
    expect(new Date(approved.body.dueAt).getTime()).toBeGreaterThan(dueBefore + 5 * 86_400_000);
    expect(approved.body.extensions).toEqual([expect.objectContaining({ status: 'approved', workdays: 5 })]);
    expect(refusal(await post(hrss, `/api/admin/messages/${message.id}/extension`, { workdays: 3, reason: '还要延期' }))).toEqual([
      409,
      'MESSAGE_ALREADY_EXTENDED',
    ]);
    expect(refusal(await post(officeHead, `/api/admin/messages/${message.id}/extension/decision`, { approve: true }))).toEqual([
      409,
      'MESSAGE_NO_PENDING_EXTENSION',
    ]);
    expect((await post(hrss, `/api/admin/messages/${message.id}/extension`, { workdays: 30, reason: '太长' })).status).toBe(400);
  });

  it('reopens (重办) an answer rated 不满意, and only such an answer', async () => {
    const message = await queued();
    await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
    await post(hrss, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>已知悉。</p>' });
    await citizen.request(`/api/messages/mine/${message.id}/rating`, { method: 'POST', json: { rating: 'unsatisfied', comment: '没有解决问题' } });
    const reopened = await post(office, `/api/admin/messages/${message.id}/reopen`, { reason: '答复不具体' });
    expect(reopened.body).toMatchObject({ status: 'assigned', agencyId: ids.hrss, rating: null });
    const second = await post(hrss, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>经核实，已安排维修，预计三日内完成。</p>' });
    expect(second.body.replies).toHaveLength(2);
    const mine = await citizen.request(`/api/messages/mine/${message.id}`);
    expect(mine.body.canRate).toBe(true);
  });

  it('holds a message for review until the office releases it, then routes it', async () => {
    const held = await submitMessage(citizen, { title: '社保缴费问题', content: '待人工审核：灵活就业人员的社保每个月什么时候扣费？' });
    expect(held.status).toBe('held');
    const released = await post(office, `/api/admin/messages/${held.id}/release`);
    expect(released.body).toMatchObject({ status: 'assigned', agencyId: ids.hrss, moderation: 'passed' });
  });

  describe('the public board (docs/security.md §15)', () => {
    it('shows only answered messages the citizen allowed, masked, with numbers scrubbed', async () => {
      const open = await submitMessage(citizen, {
        title: '报销进度查询 13900001111',
        content: '我的身份证号110105194912310021已经核对过了，电话13700002222，请问报销材料交了一个月为什么还没有结果？',
        contactName: '欧阳娜娜',
        isPublic: true,
      });
      const secret = await submitMessage(citizen, { title: '不公开的留言', isPublic: false });
      const unanswered = await submitMessage(citizen, { title: '还没答复的留言', isPublic: true });
      for (const m of [open, secret]) {
        await post(office, `/api/admin/messages/${m.id}/dispatch`, { agencyId: ids.hrss });
        await post(hrss, `/api/admin/messages/${m.id}/reply`, { bodyHtml: '<p>已联系您（电话13700002222），请携带身份证办理。</p>' });
      }

      const board = await t.request('/api/board?pageSize=50');
      expect(board.status).toBe(200);
      const shown = board.body.items.map((m: { id: number }) => m.id);
      expect(shown).toContain(open.id);
      expect(shown).not.toContain(secret.id);
      expect(shown).not.toContain(unanswered.id);

      const item = board.body.items.find((m: { id: number }) => m.id === open.id);
      expect(item).toMatchObject({ authorMasked: '欧阳**', agencyName: '临溪市人力资源和社会保障局', caseNo: open.caseNo });
      expect(item.excerpt).toContain('[身份证号已隐藏]');
      const text = JSON.stringify(board.body) + JSON.stringify((await t.request(`/api/board/${open.id}`)).body);
      expect(text).not.toMatch(PHONE);
      expect(text).not.toMatch(RESIDENT_ID);
      expect(text).not.toMatch(/欧阳娜娜|contact/);
      expect((await t.request(`/api/board/${secret.id}`)).status).toBe(404);
      expect((await t.request(`/api/board/${unanswered.id}`)).status).toBe(404);
    });

    it('drops a hidden message from the board', async () => {
      const message = await queued();
      await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
      await post(hrss, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>已处理。</p>' });
      expect((await t.request(`/api/board/${message.id}`)).status).toBe(200);
      expect((await post(office, `/api/admin/messages/${message.id}/hide`, { reason: '含辱骂内容' })).body.status).toBe('hidden');
      expect((await t.request(`/api/board/${message.id}`)).status).toBe(404);
    });

    it.each(['type=praise', 'pageSize=500', 'page=0', 'sort=id'])('rejects ?%s', async (query) => {
      expect((await t.request(`/api/board?${query}`)).status).toBe(400);
    });
  });

  describe('notifications through the outbox (docs/security.md §5, §19)', () => {
    const outbox = () => t.app.get(OutboxService);

    const openidOf = async (session: CitizenSession) =>
      ((await t.dataSource.query(`SELECT openid FROM citizen WHERE id = ${session.id}`)) as Array<{ openid: string }>)[0].openid;

    it('notifies the citizen once on reply, with the case number and status only', async () => {
      const message = await submitMessage(citizen, { notifyOnReply: true, contactName: '赵六', contactPhone: '13611112222' });
      fake.authorise(await openidOf(citizen), 'reply-tpl');
      await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
      await post(hrss, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>答复</p>' });
      const before = fake.state.sentMessages.length;
      await outbox().deliverDue();
      await outbox().deliverDue();
      const sent = fake.state.sentMessages.slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ template_id: 'reply-tpl', data: { character_string1: { value: message.caseNo }, phrase2: { value: '已答复' } } });
      expect(JSON.stringify(sent)).not.toMatch(/赵六|13611112222/);
    });

    it('does not retry a citizen who did not accept (43101)', async () => {
      const refusing = await citizenSignIn(t);
      const message = await submitMessage(refusing, { notifyOnReply: true }); // the fake holds no authorisation for it
      await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
      await post(hrss, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>答复</p>' });
      await outbox().deliverDue();
      const item = await t.dataSource.getRepository(OutboxItem).findOneByOrFail({ recipientId: refusing.id, kind: 'citizen_subscribe' });
      expect(item).toMatchObject({ status: 'failed', attempts: 1 });
    });

    it('never sends twice when a worker stopped mid-send: the item is left for the office', async () => {
      const message = await submitMessage(citizen, { notifyOnReply: true });
      fake.authorise(await openidOf(citizen), 'reply-tpl');
      await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
      await post(hrss, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>答复</p>' });
      const repository = t.dataSource.getRepository(OutboxItem);
      const item = (await repository.find({ where: { recipientId: citizen.id }, order: { id: 'DESC' }, take: 1 }))[0];
      // A worker claimed it and died before recording the outcome.
      await repository.update(item.id, { status: 'sending', attempts: 1, claimedUntil: new Date(Date.now() - 1000) });
      const before = fake.state.sentMessages.length;
      await outbox().deliverDue();
      expect(fake.state.sentMessages.length).toBe(before);
      expect((await repository.findOneByOrFail({ id: item.id })).status).toBe('unknown');
      const stuck = await office.request('/api/admin/outbox');
      expect(stuck.body.map((i: { id: number }) => i.id)).toContain(item.id);
      expect((await office.request(`/api/admin/outbox/${item.id}/retry`, { method: 'POST' })).status).toBe(204);
      await outbox().deliverDue();
      expect(fake.state.sentMessages.length).toBe(before + 1);
    });
  });

  describe('deadlines: reminder before, overdue alert after, each once (docs/security.md §24)', () => {
    it('reminds the agency once, alerts agency and office once, even with two schedulers at once', async () => {
      const message = await queued();
      await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
      const scheduler = t.app.get(MessageScheduler);
      const outbox = t.app.get(OutboxService);
      const messages = t.dataSource.getRepository(Message);
      const notifications = t.dataSource.getRepository(Notification);

      // Due at the end of today (China time): the reminder window is open.
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      await messages.update(message.id, { dueAt: new Date(`${today}T23:59:59.999+08:00`) });
      const reminders = await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
      expect(reminders.reduce((n, r) => n + r.reminded, 0)).toBeGreaterThanOrEqual(1);
      await outbox.deliverDue();
      expect(await notifications.countBy({ subjectType: 'message', subjectId: message.id, kind: 'reminder', agencyId: ids.hrss })).toBe(1);

      // Now past due.
      await messages.update(message.id, { dueAt: new Date(Date.now() - 60_000) });
      await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
      await scheduler.runOnce();
      await outbox.deliverDue();
      expect(await notifications.countBy({ subjectType: 'message', subjectId: message.id, kind: 'overdue', agencyId: ids.hrss })).toBe(1);
      expect(await notifications.countBy({ subjectType: 'message', subjectId: message.id, kind: 'overdue', agencyId: ids.office })).toBe(1);
      expect(await notifications.countBy({ subjectType: 'message', subjectId: message.id, kind: 'reminder' })).toBe(1);

      const listed = await hrss.request('/api/admin/messages?overdue=true');
      expect(listed.body.items.find((m: { id: number }) => m.id === message.id)).toMatchObject({ overdue: true });
      // Each names its message, for the console to link to.
      const inbox = await hrss.request('/api/admin/notifications');
      const about = (inbox.body as NotificationView[]).filter((n) => n.subject?.type === 'message' && n.subject.id === message.id);
      expect(about.map((n) => n.kind).sort()).toEqual(['overdue', 'reminder']);
      const history = (await office.request(`/api/admin/messages/${message.id}`)).body.events.map((e: { action: string }) => e.action);
      expect(history).toContain('overdue');
    });

    it('closes a reply nobody rated after the quiet period', async () => {
      const message = await queued();
      await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
      await post(hrss, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>答复</p>' });
      await t.dataSource.getRepository(Message).update(message.id, { repliedAt: new Date(Date.now() - 30 * 86_400_000) });
      await t.app.get(MessageScheduler).runOnce();
      expect((await citizen.request(`/api/messages/mine/${message.id}`)).body.status).toBe('closed');
    });
  });

  describe('retention: contacts blanked after the configured period (docs/security.md §26)', () => {
    it('blanks the contact of messages ended long ago, once, and keeps the message, its history and the audit trail', async () => {
      const messages = t.dataSource.getRepository(Message);
      const longAgo = new Date(Date.now() - 400 * 86_400_000); // CONTACT_RETENTION_DAYS=365 by default
      const answered = async () => {
        const message = await queued();
        await post(office, `/api/admin/messages/${message.id}/dispatch`, { agencyId: ids.hrss });
        await post(hrss, `/api/admin/messages/${message.id}/reply`, { bodyHtml: '<p>答复</p>' });
        expect((await citizen.request(`/api/messages/mine/${message.id}/rating`, { method: 'POST', json: { rating: 'satisfied' } })).status).toBe(200);
        return message;
      };
      const expiredClosed = await answered();
      await messages.update(expiredClosed.id, { closedAt: longAgo });
      const recentClosed = await answered();
      const expiredHidden = await queued();
      await post(office, `/api/admin/messages/${expiredHidden.id}/hide`, { reason: '含辱骂内容' });
      await messages.update(expiredHidden.id, { submittedAt: longAgo });
      const stillOpen = await queued();
      await messages.update(stillOpen.id, { submittedAt: longAgo });

      const scheduler = t.app.get(MessageScheduler);
      const runs = await Promise.all([scheduler.runOnce(), scheduler.runOnce()]);
      expect(runs.reduce((n, r) => n + r.anonymised, 0)).toBe(2);
      expect((await scheduler.runOnce()).anonymised).toBe(0);

      for (const id of [expiredClosed.id, expiredHidden.id]) {
        const row = await messages.findOneByOrFail({ id });
        expect(row).toMatchObject({ contactNameEncrypted: '', contactPhoneEncrypted: '' });
        expect(row.anonymisedAt).not.toBeNull();
        expect(await auditCount('message.contact_anonymised', id)).toBe(1);
        const staffView = await office.request(`/api/admin/messages/${id}`);
        expect(staffView.body).toMatchObject({ contactName: '', contactPhone: '', contactUnmasked: false });
        expect(staffView.body.events.length).toBeGreaterThan(1);
      }
      const citizenView = await citizen.request(`/api/messages/mine/${expiredClosed.id}`);
      expect(citizenView.body).toMatchObject({ status: 'closed', contactName: '', contactPhoneMasked: '' });
      expect(citizenView.body.replies).toHaveLength(1);
      // The board still shows the message, with no author at all.
      const board = await t.request(`/api/board/${expiredClosed.id}`);
      expect(board.status).toBe(200);
      expect(JSON.stringify(board.body)).not.toContain('李');

      for (const { id } of [recentClosed, stillOpen]) {
        expect((await messages.findOneByOrFail({ id })).anonymisedAt).toBeNull();
        expect((await office.request(`/api/admin/messages/${id}`)).body).toMatchObject({ contactName: '李明', contactPhone: '13912340000' });
      }
    });
  });

  it('lets agency staff list only their agency’s messages', async () => {
    const list = await hrss.request('/api/admin/messages?pageSize=100');
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((m: { agencyId: number }) => m.agencyId === ids.hrss)).toBe(true);
    const asked = await hrss.request(`/api/admin/messages?agencyId=${ids.edu}`);
    expect(asked.body.items).toEqual([]);
  });
});
