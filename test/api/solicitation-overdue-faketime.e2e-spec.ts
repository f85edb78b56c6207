// The 意见征集 feedback deadline on the built BFF under a moved clock (libfaketime), with its own scheduler and outbox
// worker running (issue 17, point 3; docs/domain.md §6): a closed solicitation without published 采纳情况反馈 after 15
// working days appears on the office's 督办 list and reminds its agency once. Three of 人社局's solicitations are opened
// on Thursday 10 September 2026 and close at 10:00 on Wednesday 23 (C), Thursday 24 (A) and Monday 28 September (B);
// the BFF is stopped and started again on the same database on the days that matter, across 中秋 and 国庆 2026.
//
// The due days are worked out by hand from the State Council's 2026 schedule: 中秋 holidays Friday 25 – Sunday 27
// September; 国庆 holidays 1–7 October, with make-up working days Sunday 20 September and Saturday 10 October.
//   A closed Thu 24 Sep: 28, 29, 30 Sep = 3; 8, 9, 10(Sat, worked) Oct = 6; 12–16 = 11; 19, 20, 21, 22 = 15
//                        → due Thursday 2026-10-22, overdue from Friday 23 October
//   C closed Wed 23 Sep: 24 Sep = 1; 28, 29, 30 = 4; 8, 9, 10(Sat) Oct = 7; 12–16 = 12; 19, 20, 21 = 15
//                        → due Wednesday 2026-10-21, overdue from Thursday 22 October
//   B closed Mon 28 Sep: 29, 30 Sep = 2; 8, 9, 10(Sat) Oct = 5; 12–16 = 10; 19–23 = 15
//                        → due Friday 2026-10-23, overdue from Saturday 24 October
// Counting weekdays only, without the holidays, A would be due on Thursday 15 October: the restart on 22 October, A's
// last day, tells the two apart. C's and B's reminders also show that the scheduler has run its pass under the moved
// clock, so that A's reminder missing (22 October) or not repeated (24 October) is an answer and not a wait too short.
import { randomUUID } from 'node:crypto';
import type { NotificationView, OverdueSolicitationView, StaffSolicitationView } from '@weimin/contracts';
import { citizenSignIn } from '../factories/message.factory';
import { openSolicitation } from '../factories/solicitation.factory';
import { signIn, type StaffSession } from '../factories/staff.factory';
import { TEST_DB, type TestApp } from '../support/api-app';
import { requestTo } from '../support/json-request';
import { restartableServer } from '../support/restartable-server';
import { until } from '../support/until';

const TITLES = {
  a: '临溪市职业技能培训补贴办法（征求意见稿）',
  b: '临溪市零工市场建设方案（征求意见稿）',
  c: '临溪市高校毕业生就业见习实施细则（征求意见稿）',
} as const;
type Key = keyof typeof TITLES;

describe(`the 意见征集 feedback deadline across 中秋 and 国庆 2026, on the built BFF under faketime (${TEST_DB})`, () => {
  // The scheduler every second, so that a restarted server has run it within moments; the outbox worker runs every 5 s.
  const servers = restartableServer({ SEED_DEMO: 'true', BACKGROUND_JOBS: 'true', SCHEDULER_INTERVAL_SECONDS: '1' });
  let t: TestApp;
  let staff: Record<'drafter' | 'agencyHead' | 'office' | 'admin', StaffSession>;
  const ids = {} as Record<Key, number>;
  afterAll(() => servers.close());

  /** The BFF on the same database at `instant` (UTC), its staff signed in afresh (a session would have run out meanwhile). */
  async function startAt(instant: string) {
    t = { request: requestTo((await servers.startAt(instant)).url) } as TestApp;
    const [drafter, agencyHead, office, admin] = await Promise.all(['hrss.staff', 'hrss.head', 'office.staff', 'admin'].map((name) => signIn(t, name)));
    staff = { drafter, agencyHead, office, admin };
  }

  const solicitation = async (key: Key) => (await staff.drafter.request(`/api/admin/solicitations/${ids[key]}`)).body as StaffSolicitationView;
  const overdueFor = async (session: StaffSession) => (await session.request('/api/admin/solicitations/overdue')).body as OverdueSolicitationView[];
  const overdueIds = async (session: StaffSession) => (await overdueFor(session)).map((item) => item.id);
  /** 人社局's notifications about one solicitation, as its staff see them in the console's bell (each names it, for the link). */
  const remindersOf = async (key: Key) =>
    ((await staff.drafter.request('/api/admin/notifications')).body as NotificationView[]).filter((n) => n.text.includes(`「${TITLES[key]}」`));
  const audited = async (action: string, key: Key) =>
    (await staff.admin.request(`/api/admin/audit?action=${action}&objectType=solicitation&objectId=${ids[key]}`)).body.total as number;
  const reminderText = (key: Key, closedOn: string, dueOn: string) =>
    `意见征集「${TITLES[key]}」已于${closedOn}截止，采纳情况反馈应于${dueOn}前发布，请尽快办理`;
  /** Waits (bounded) until the scheduler has reminded about `key` and the outbox worker has delivered it. */
  const reminded = (key: Key) => until(`the reminder about ${key}`, async () => (await remindersOf(key)).length > 0, 20_000);

  it('opens three solicitations on Thursday 10 September 2026, with an opinion on A', async () => {
    // 10:00 in China.
    await startAt('2026-09-10 02:00:00');
    const periods: Record<Key, number> = { c: 13, a: 14, b: 18 };
    for (const key of ['c', 'a', 'b'] as const) {
      const opened = await openSolicitation(
        { drafter: staff.drafter, agencyHead: staff.agencyHead, office: staff.office },
        { title: TITLES[key], periodDays: periods[key], shortPeriodReason: '培训补贴资金下达前须完成征求意见' },
      );
      ids[key] = opened.id;
    }
    const a = await solicitation('a');
    expect(a).toMatchObject({ status: 'open', periodDays: 14 });
    expect(a.closesAt).toMatch(/^2026-09-24T02:0/);

    const citizen = await citizenSignIn(t);
    const opinion = await citizen.request(`/api/solicitations/${ids.a}/opinions`, {
      method: 'POST',
      json: { contactName: '黄小琴', content: '建议把家政服务、养老护理等技能培训纳入补贴目录。', isPublic: true },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(opinion.status).toBe(201);
  });

  it('is closed by the scheduler on Friday 25 September (中秋), after its period, and is not overdue', async () => {
    await startAt('2026-09-25 02:00:00');
    // The list shows it closed either way (effectiveStatus); the stored close is the scheduler's, with its history row.
    const closeOf = (view: StaffSolicitationView) => view.events.find((event) => event.action === 'close');
    const a = await until('the scheduler to close A', async () => {
      const view = await solicitation('a');
      return closeOf(view) ? view : undefined;
    });
    expect(a.status).toBe('closed');
    expect(closeOf(a)).toMatchObject({ at: a.closesAt, actorId: null, fromStatus: 'open', toStatus: 'closed' });
    expect(await audited('solicitation.closed', 'a')).toBe(1);
    await until('the scheduler to close C', async () => closeOf(await solicitation('c')));
    expect((await solicitation('b')).status).toBe('open');
    expect(await overdueIds(staff.office)).not.toContain(ids.a);
    expect(await overdueIds(staff.office)).not.toContain(ids.c);
  });

  it('on Thursday 22 October, A’s last day, reminds about C (due the day before) but not about A', async () => {
    await startAt('2026-10-22 02:00:00');
    await reminded('c');
    expect(await remindersOf('c')).toEqual([
      expect.objectContaining({
        kind: 'solicitation_feedback_overdue',
        subject: { type: 'solicitation', id: ids.c },
        text: reminderText('c', '2026-09-23', '2026-10-21'),
      }),
    ]);
    expect(await overdueIds(staff.office)).toContain(ids.c);
    expect(await overdueIds(staff.office)).not.toContain(ids.a);
    expect(await remindersOf('a')).toEqual([]);
    expect(await audited('solicitation.overdue_reminded', 'a')).toBe(0);
  });

  it('on Friday 23 October puts A on the office’s list and reminds 人社局 once; B is on its last day', async () => {
    await startAt('2026-10-23 02:00:00');
    await reminded('a');
    const overdue = await overdueFor(staff.office);
    expect(overdue.find((item) => item.id === ids.a)).toEqual({
      id: ids.a,
      title: TITLES.a,
      agencyId: staff.drafter.me.agency.id,
      agencyName: staff.drafter.me.agency.name,
      status: 'closed',
      closesAt: (await solicitation('a')).closesAt,
      feedbackDueOn: '2026-10-22',
      opinionCount: 1,
      unmarked: 1,
    });
    expect(overdue.map((item) => item.id)).not.toContain(ids.b);
    // The agency sees its own on the list too; another agency does not.
    expect(await overdueIds(staff.drafter)).toContain(ids.a);
    expect(await overdueIds(await signIn(t, 'edu.head'))).not.toContain(ids.a);
    expect(await remindersOf('a')).toEqual([
      expect.objectContaining({
        kind: 'solicitation_feedback_overdue',
        subject: { type: 'solicitation', id: ids.a },
        text: reminderText('a', '2026-09-24', '2026-10-22'),
      }),
    ]);
    expect(await remindersOf('b')).toEqual([]);
    expect(await remindersOf('c')).toHaveLength(1);
    // One outbox item per solicitation (its dedupe key) could hide a reminder claimed twice; the audit trail would not.
    expect(await audited('solicitation.overdue_reminded', 'a')).toBe(1);
  });

  it('on Saturday 24 October reminds about B and not again about A, and A leaves the list once its feedback is published', async () => {
    await startAt('2026-10-24 02:00:00');
    // B comes after A in the scheduler's pass (by closing time): B's reminder means A was looked at again.
    await reminded('b');
    expect(await remindersOf('b')).toEqual([
      expect.objectContaining({
        kind: 'solicitation_feedback_overdue',
        subject: { type: 'solicitation', id: ids.b },
        text: reminderText('b', '2026-09-28', '2026-10-23'),
      }),
    ]);
    expect(await remindersOf('a')).toHaveLength(1);
    expect(await remindersOf('c')).toHaveLength(1);
    expect(await audited('solicitation.overdue_reminded', 'a')).toBe(1);
    expect(await overdueIds(staff.office)).toEqual(expect.arrayContaining([ids.a, ids.b, ids.c]));

    // The agency marks the opinion and writes the feedback; its head and the office approve it.
    const { drafter, agencyHead, office } = staff;
    const [opinion] = (await drafter.request(`/api/admin/solicitations/${ids.a}/opinions`)).body as Array<{ id: number }>;
    const steps: Array<[StaffSession, 'PUT' | 'POST', string, unknown]> = [
      [drafter, 'PUT', `opinions/${opinion.id}/mark`, { adoption: 'adopted', reason: '已将家政服务、养老护理纳入补贴目录' }],
      [drafter, 'PUT', 'feedback', { feedbackHtml: '<p>共收到意见1条，采纳1条。</p>' }],
      [drafter, 'POST', 'feedback/submit', {}],
      [agencyHead, 'POST', 'feedback/approve', {}],
      [office, 'POST', 'feedback/approve', {}],
    ];
    for (const [session, method, path, json] of steps) {
      const response = await session.request(`/api/admin/solicitations/${ids.a}/${path}`, { method, json });
      expect([path, response.status]).toEqual([path, 200]);
    }
    expect((await solicitation('a')).status).toBe('feedback_published');
    const left = await overdueIds(staff.office);
    expect(left).not.toContain(ids.a);
    expect(left).toEqual(expect.arrayContaining([ids.b, ids.c]));
  });
});
