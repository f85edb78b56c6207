import type { StaffCaller } from '../../apps/bff/src/auth/staff-principal';
import { OutboxService, MAX_ATTEMPTS, type StaffNotice } from '../../apps/bff/src/outbox/outbox.service';
import { InMemoryOutbox } from '../../apps/bff/src/testing/in-memory-repositories';
import { WechatError, WechatTransportError, type WechatClient } from '../../apps/bff/src/wechat/wechat.client';
import { fakeConfig } from '../support/in-memory/collaborators';
import { InMemoryData, inMemoryOutboxStore, InMemorySubscriptions } from '../support/in-memory/message-store';

// Service tier (issue 11): the outbox worker's retries, backoff and unknown outcomes on in-memory repositories, with a
// scripted WeChat. test/api/outbox-unknown.e2e-spec.ts covers the same over HTTP against the fake WeChat server.
const NOW = new Date('2026-11-30T02:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const OFFICE: StaffCaller = { id: 7, agencyId: 1, agencyKind: 'office', roles: ['office_staff'], sessionTokenHash: 'h', ip: null, traceId: null };

/** A WeChat client that answers each send with the next scripted outcome (an error to throw, or success). */
function scriptedWechat(...outcomes: Array<Error | 'ok'>) {
  const sends: string[] = [];
  const client = {
    sendSubscribeMessage: async (message: { touser: string }) => {
      sends.push(message.touser);
      const outcome = outcomes.shift() ?? 'ok';
      if (outcome !== 'ok') throw outcome;
    },
  } as unknown as WechatClient;
  return { client, sends };
}

async function setUp(...outcomes: Array<Error | 'ok'>) {
  const data = new InMemoryData();
  data.citizens.push({ id: 5, openid: 'openid-5', phoneEncrypted: null });
  const wechat = scriptedWechat(...outcomes);
  const config = fakeConfig({
    'wechat.replyTemplateId': 'tpl',
    'wechat.fake': false,
    'wechat.replyTemplateFields': { caseNo: 'character_string1', status: 'phrase2' },
    'wechat.subscribeTemplates': {
      announcement: { id: 'announce-tpl', fields: { unit: 'thing1', title: 'thing2' }, longTerm: false },
      progress: { id: 'progress-tpl', fields: { caseNo: 'character_string1', status: 'phrase2' }, longTerm: false },
    },
  });
  const service = new OutboxService(inMemoryOutboxStore(data), wechat.client, config);
  await new InMemoryOutbox(data).enqueue('citizen_subscribe', 'reply:1:1', 5, { caseNo: 'LX1', status: '已答复', page: 'p' }, NOW);
  return { data, service, wechat, item: () => data.outbox[0] };
}

const rejected = () => new WechatError(45009, 'limit', 'subscribe_send');

describe('OutboxService (service tier, in-memory repositories)', () => {
  it('retries a send WeChat refused for now, with exponential backoff, and gives up after MAX_ATTEMPTS', async () => {
    const { service, wechat, item } = await setUp(...Array.from({ length: MAX_ATTEMPTS }, rejected));
    await service.deliverDue(NOW);
    expect(item()).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: later(30_000), lastError: 'errcode 45009' });
    await service.deliverDue(later(29_000)); // not yet due
    expect(wechat.sends).toHaveLength(1);
    let at = later(30_000);
    for (const [attempts, backoff] of [
      [2, 60_000],
      [3, 120_000],
      [4, 240_000],
    ]) {
      await service.deliverDue(at);
      expect(item()).toMatchObject({ status: 'pending', attempts, nextAttemptAt: new Date(at.getTime() + backoff) });
      at = new Date(at.getTime() + backoff);
    }
    expect(await service.deliverDue(at)).toBe(1);
    expect(item()).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS });
    await service.deliverDue(later(86_400_000));
    expect(wechat.sends).toHaveLength(MAX_ATTEMPTS);
  });

  it('never resends a send whose answer was lost (unknown); the office may, audited', async () => {
    const { data, service, wechat, item } = await setUp(new WechatTransportError('subscribe_send', 'timeout', new Error('late')), 'ok');
    await service.deliverDue(NOW);
    expect(item()).toMatchObject({ status: 'unknown', attempts: 1 });
    await service.deliverDue(later(86_400_000));
    expect(wechat.sends).toHaveLength(1);
    expect((await service.listForOffice()).map((row) => row.status)).toEqual(['unknown']);

    await service.retry(OFFICE, item().id);
    expect(item()).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
    expect(data.audit).toEqual([expect.objectContaining({ actorType: 'staff', action: 'outbox.retried', objectId: String(item().id) })]);
    await service.deliverDue(new Date(Date.now() + 1000)); // a resend is due at once (the real clock)
    expect(item()).toMatchObject({ status: 'sent', attempts: 1 });
    expect(wechat.sends).toEqual(['openid-5', 'openid-5']);
  });

  it('retries a send that never reached WeChat (unreachable): it did not happen', async () => {
    const { service, item } = await setUp(new WechatTransportError('subscribe_send', 'unreachable', new Error('refused')), 'ok');
    await service.deliverDue(NOW);
    expect(item()).toMatchObject({ status: 'pending', attempts: 1 });
    await service.deliverDue(later(30_000));
    expect(item()).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('does not retry a citizen who refused (43101), and the office cannot resend it', async () => {
    const { service, item } = await setUp(new WechatError(43101, 'refuse', 'subscribe_send'));
    await service.deliverDue(NOW);
    expect(item()).toMatchObject({ status: 'failed' });
    await expect(service.retry(OFFICE, item().id)).rejects.toMatchObject({ code: 'OUTBOX_ITEM_NOT_RESENDABLE' });
    await expect(service.retry(OFFICE, 999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('delivers a staff notice by writing the console notification with the item sent', async () => {
    const { data, service } = await setUp();
    data.outbox.length = 0;
    const reminder: StaffNotice = { kind: 'reminder', subject: { type: 'message', id: 1 }, text: '即将到期' };
    await new InMemoryOutbox(data).enqueue('staff_notice', 'reminder:1', 20, reminder, NOW);
    await new InMemoryOutbox(data).enqueue('staff_notice', 'reminder:1', 20, { ...reminder, text: '重复' }, NOW);
    expect(await service.deliverDue(NOW)).toBe(1);
    expect(data.notifications).toEqual([
      expect.objectContaining({ agencyId: 20, kind: 'reminder', subjectType: 'message', subjectId: 1, text: '即将到期', createdAt: NOW }),
    ]);
    expect(data.outbox).toEqual([expect.objectContaining({ status: 'sent', sentAt: NOW })]);
  });

  it('delivers a staff notice queued before notifications had a subject: its message is the subject', async () => {
    const { data, service } = await setUp();
    data.outbox.length = 0;
    const outbox = new InMemoryOutbox(data);
    await outbox.enqueue('staff_notice', 'overdue:7', 20, { kind: 'overdue', messageId: 7, text: '已逾期' }, NOW);
    await outbox.enqueue('staff_notice', 'notice-stale:1', 21, { kind: 'notice_stale', messageId: null, text: '请及时更新' }, NOW);
    expect(await service.deliverDue(NOW)).toBe(2);
    expect(data.notifications).toEqual([
      expect.objectContaining({ agencyId: 20, kind: 'overdue', subjectType: 'message', subjectId: 7 }),
      expect.objectContaining({ agencyId: 21, kind: 'notice_stale', subjectType: null, subjectId: null }),
    ]);
  });

  it('a worker that stopped mid-send leaves a citizen notice unknown and a staff notice dead, never resent', async () => {
    const { data, service, wechat, item } = await setUp();
    await new InMemoryOutbox(data).enqueue('staff_notice', 'n:1', 20, { kind: 'reminder', subject: { type: 'message', id: 1 }, text: 't' }, NOW);
    for (const row of data.outbox) Object.assign(row, { status: 'sending', claimedUntil: later(60_000), attempts: 1 });
    await service.deliverDue(later(59_000)); // the claim still holds
    expect(data.outbox.map((row) => row.status)).toEqual(['sending', 'sending']);
    await service.deliverDue(later(61_000));
    expect(data.outbox.map((row) => row.status)).toEqual(['unknown', 'dead']);
    expect(item().lastError).toMatch(/not resent/);
    expect(wechat.sends).toEqual([]);
  });

  describe('订阅 notices paid for by grants (subscriptions/grant-spending.ts)', () => {
    async function progressItem(...outcomes: Array<Error | 'ok'>) {
      const context = await setUp(...outcomes);
      context.data.outbox.length = 0;
      await new InMemoryOutbox(context.data).enqueue('citizen_progress', 'progress:1:assigned:2', 5, { caseNo: 'LX1', status: '已交办', page: 'p' }, NOW);
      await new InMemorySubscriptions(context.data).recordGrant(5, 'progress', false, NOW);
      return { ...context, left: () => context.data.grants[0].oneTimeLeft };
    }

    it('gives the grant back when WeChat refused for now (45009), and spends it again on the retry that delivers', async () => {
      const { service, wechat, item, left } = await progressItem(rejected(), 'ok');
      await service.deliverDue(NOW);
      expect([item().status, left()]).toEqual(['pending', 1]);
      await service.deliverDue(later(30_000));
      expect([item().status, left()]).toEqual(['sent', 0]);
      expect(wechat.sends).toHaveLength(2);
    });

    it('keeps the grant spent when the answer was lost: the message may have been delivered', async () => {
      const { service, item, left } = await progressItem(new WechatTransportError('subscribe_send', 'timeout', new Error('late')));
      await service.deliverDue(NOW);
      expect([item().status, left()]).toEqual(['unknown', 0]);
    });

    it('neither gives back nor resends a sent message whose sending could not be recorded: it ends unknown', async () => {
      const { service, wechat, item, left } = await progressItem('ok');
      const markSent = jest.spyOn(InMemoryOutbox.prototype, 'markSent').mockRejectedValueOnce(new Error('database gone'));
      await service.deliverDue(NOW);
      markSent.mockRestore();
      expect([item().status, left()]).toEqual(['sending', 0]);
      await service.deliverDue(later(86_400_000)); // the claim ran out
      expect([item().status, left()]).toEqual(['unknown', 0]);
      expect(wechat.sends).toHaveLength(1);
    });

    it('sends nothing with no grant left, and records why', async () => {
      const { data, service, wechat, item } = await progressItem();
      data.grants[0].oneTimeLeft = 0;
      await service.deliverDue(NOW);
      expect(item()).toMatchObject({ status: 'skipped', lastError: 'no subscribe grant left' });
      expect(wechat.sends).toEqual([]);
      expect(await service.listForOffice()).toEqual([]);
    });
  });
});
