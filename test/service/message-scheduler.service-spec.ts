import { ContactCipher } from '../../apps/bff/src/common/privacy/contact-cipher';
import { Segmenter } from '../../apps/bff/src/common/text/segmenter';
import { MessageScheduler } from '../../apps/bff/src/messages/message-scheduler.service';
import { fakeConfig, workflowFor } from '../support/in-memory/collaborators';
import { InMemoryData, inMemoryMessageStore } from '../support/in-memory/message-store';

// Service tier (issue 11): the scheduler's rules on in-memory repositories. The SQL of the same claims is covered by
// test/api/messages-workflow.e2e-spec.ts on SQLite and MariaDB.
const HRSS = 20;
const OFFICE = 1;
const at = (iso: string) => new Date(iso);
/** Assigned Monday 2026-11-23: a consultation is due at the end of Monday 2026-11-30 (5 working days). */
const DUE = at('2026-11-30T23:59:59.999+08:00');

function setUp() {
  const data = new InMemoryData();
  data.agencies.push({ id: OFFICE, name: '政务公开办', kind: 'office', active: true }, { id: HRSS, name: '人社局', kind: 'department', active: true });
  const scheduler = new MessageScheduler(
    inMemoryMessageStore(data),
    workflowFor(),
    new Segmenter(),
    fakeConfig({ 'citizens.contactRetentionDays': 180, 'citizens.contactKey': Buffer.alloc(32, 7) }),
  );
  const assigned = (overrides = {}) =>
    data.message({ status: 'assigned', assignedAgencyId: HRSS, assignedAt: at('2026-11-23T09:00:00+08:00'), dueAt: DUE, ...overrides });
  return { data, scheduler, assigned };
}

describe('MessageScheduler (service tier, in-memory repositories)', () => {
  it('reminds the agency once, one working day before the due day, however often it runs', async () => {
    const { data, scheduler, assigned } = setUp();
    const message = assigned();
    expect((await scheduler.runOnce(at('2026-11-26T10:00:00+08:00'))).reminded).toBe(0); // two working days left
    expect((await scheduler.runOnce(at('2026-11-27T10:00:00+08:00'))).reminded).toBe(1);
    expect((await scheduler.runOnce(at('2026-11-27T10:01:00+08:00'))).reminded).toBe(0);
    expect((await scheduler.runOnce(at('2026-11-30T09:00:00+08:00'))).reminded).toBe(0);
    expect(data.outbox).toEqual([
      expect.objectContaining({ kind: 'staff_notice', recipientId: HRSS, dedupeKey: `reminder:${message.id}:${DUE.toISOString()}`, status: 'pending' }),
    ]);
    expect(JSON.parse(data.outbox[0].payload)).toEqual({
      kind: 'reminder',
      subject: { type: 'message', id: message.id },
      text: expect.stringContaining('即将到期（2026-11-30）'),
    });
    expect(data.messages[0].reminderQueuedAt).toEqual(at('2026-11-27T10:00:00+08:00'));
  });

  it('reminds again for a new deadline once an extension cleared the mark', async () => {
    const { data, scheduler, assigned } = setUp();
    const message = assigned();
    await scheduler.runOnce(at('2026-11-27T10:00:00+08:00'));
    const extended = at('2026-12-07T23:59:59.999+08:00');
    Object.assign(data.messages[0], { dueAt: extended, reminderQueuedAt: null });
    expect((await scheduler.runOnce(at('2026-12-04T10:00:00+08:00'))).reminded).toBe(1);
    expect(data.outbox.map((item) => item.dedupeKey)).toEqual([
      `reminder:${message.id}:${DUE.toISOString()}`,
      `reminder:${message.id}:${extended.toISOString()}`,
    ]);
  });

  it('marks an overdue message once: alerts to the agency and the office, and a line in its history', async () => {
    const { data, scheduler, assigned } = setUp();
    const message = assigned();
    expect((await scheduler.runOnce(at('2026-11-30T23:00:00+08:00'))).overdue).toBe(0);
    expect((await scheduler.runOnce(at('2026-12-01T09:00:00+08:00'))).overdue).toBe(1);
    expect((await scheduler.runOnce(at('2026-12-02T09:00:00+08:00'))).overdue).toBe(0);
    const alerts = data.outbox.filter((item) => item.dedupeKey.startsWith('overdue:'));
    expect(alerts.map((item) => [item.recipientId, JSON.parse(item.payload).text])).toEqual([
      [HRSS, expect.stringMatching(/已逾期（应于2026-11-30前答复），请尽快办理$/)],
      [OFFICE, expect.stringMatching(/请督办$/)],
    ]);
    expect(data.events).toEqual([
      expect.objectContaining({ messageId: message.id, action: 'overdue', actorType: 'system', fromStatus: 'assigned', toStatus: 'assigned' }),
    ]);
    // A note, not a transition: the message stays assigned and its version is untouched.
    expect(data.messages[0]).toMatchObject({ status: 'assigned', version: 1, overdueQueuedAt: at('2026-12-01T09:00:00+08:00') });
  });

  it('leaves answered and returned messages alone', async () => {
    const { data, scheduler, assigned } = setUp();
    assigned({ status: 'replied', repliedAt: at('2026-11-25T09:00:00+08:00') });
    data.message({ status: 'returned', dueAt: DUE });
    const report = await scheduler.runOnce(at('2026-12-01T09:00:00+08:00'));
    expect(report).toMatchObject({ reminded: 0, overdue: 0 });
    expect(data.outbox).toEqual([]);
  });

  it('closes a reply left unrated for 10 working days, through the state machine, audited', async () => {
    const { data, scheduler, assigned } = setUp();
    const quiet = assigned({ status: 'replied', repliedAt: at('2026-11-16T09:00:00+08:00') });
    assigned({ status: 'replied', repliedAt: at('2026-11-20T09:00:00+08:00') }); // only 7 working days ago
    expect((await scheduler.runOnce(at('2026-11-30T09:00:00+08:00'))).closed).toBe(1);
    expect(data.messages.map((m) => m.status)).toEqual(['closed', 'replied']);
    expect(data.events).toEqual([expect.objectContaining({ messageId: quiet.id, action: 'auto_close', fromStatus: 'replied', toStatus: 'closed' })]);
    expect(data.audit).toEqual([expect.objectContaining({ actorType: 'system', action: 'message.closed', objectId: String(quiet.id) })]);
  });

  it('blanks a contact once the retention period after closing has passed, once', async () => {
    const { data, scheduler } = setUp();
    data.message({ status: 'closed', closedAt: at('2026-01-02T09:00:00+08:00') });
    data.message({ status: 'closed', closedAt: at('2026-11-02T09:00:00+08:00') });
    data.message({ status: 'hidden', submittedAt: at('2026-01-05T09:00:00+08:00') });
    expect((await scheduler.runOnce(at('2026-11-30T09:00:00+08:00'))).anonymised).toBe(2);
    expect((await scheduler.runOnce(at('2026-11-30T09:05:00+08:00'))).anonymised).toBe(0);
    expect(data.messages.map((m) => m.contactPhoneEncrypted)).toEqual(['', 'phone', '']);
    expect(data.audit.map((row) => row.action)).toEqual(['message.contact_anonymised', 'message.contact_anonymised']);
  });

  it('indexes for board search the messages stored before the index, author name scrubbed, each once per process', async () => {
    const { data, scheduler } = setUp();
    const cipher = new ContactCipher(Buffer.alloc(32, 7));
    const named = data.message({ title: '社保卡补办', content: '我是欧阳明，社保卡丢了去哪里补办？', contactNameEncrypted: cipher.encrypt('欧阳明') });
    const unreadable = data.message({ title: '路灯不亮', content: '小区路灯坏了', contactNameEncrypted: 'not-a-ciphertext' });
    const anonymised = data.message({ title: '公交线路', content: '希望增开公交', contactNameEncrypted: '' });
    data.boardTerms.set(data.message({ title: '已有索引' }).id, ['已有']);

    expect(await scheduler.indexBoardBacklog()).toBe(2);
    expect(data.boardTerms.get(named.id)).toEqual(expect.arrayContaining(['社保卡', '补办']));
    // As the board shows it, masked to its surname (欧阳*): the given name is nowhere.
    expect(data.boardTerms.get(named.id)!.join()).not.toMatch(/明/);
    expect(data.boardTerms.get(anonymised.id)).toEqual(expect.arrayContaining(['公交']));
    // Its author's name cannot be scrubbed: left out of the index, not indexed with the name in it.
    expect(data.boardTerms.has(unreadable.id)).toBe(false);
    expect(await scheduler.indexBoardBacklog()).toBe(0);
  });
});
