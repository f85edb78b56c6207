// The demo messages `npm start` loads (SEED_DEMO_MESSAGES): a history consistent with the working-day calendar,
// shown through the same API as real messages, and loaded once however often the seed runs.
import { IsNull, Not } from 'typeorm';
import { DemoLoader } from '../../apps/bff/src/database/seeds/demo-loader';
import { DEMO_MESSAGES } from '../../apps/bff/src/database/seeds/demo-messages';
import { MessageEvent } from '../../apps/bff/src/messages/message-event.entity';
import { MessageReply } from '../../apps/bff/src/messages/message-reply.entity';
import { Message } from '../../apps/bff/src/messages/message.entity';
import { signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const seedOf = (caseNo: string) => DEMO_MESSAGES.find((seed) => `LXDEMO${seed.key}` === caseNo)!;

describe(`demo messages (${TEST_DB})`, () => {
  let t: TestApp;
  let office: StaffSession;
  let demo: Message[];

  // The whole demo is taken through the services at start-up: on MariaDB, a busy machine takes over a minute.
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO_MESSAGES: 'true' });
    office = await signIn(t, 'office.staff');
    // The demo messages; the ended demo interview's follow-up messages (interviewId set, private, answered) are not among them.
    demo = await t.dataSource.getRepository(Message).find({ where: { interviewId: IsNull() }, order: { id: 'ASC' } });
  }, 180_000);
  afterAll(() => t.close());

  it('loads every demo message once; a second run adds none', async () => {
    expect(demo.map((m) => m.caseNo).sort()).toEqual(DEMO_MESSAGES.map((seed) => `LXDEMO${seed.key}`).sort());
    const again = await t.app.get(DemoLoader).load();
    expect(again).toMatchObject({ noticesAdded: 0, interpretationsAdded: 0, messagesAdded: 0, disclosuresAdded: 0, interviewsAdded: 0 });
    expect(await t.dataSource.getRepository(Message).countBy({ interviewId: IsNull() })).toBe(DEMO_MESSAGES.length);
  });

  it('keeps each history in order, in the past, and each state where its story ends', async () => {
    const now = Date.now();
    const events = await t.dataSource.getRepository(MessageEvent).find({ order: { id: 'ASC' } });
    const replies = await t.dataSource.getRepository(MessageReply).find();
    const expectedStatus = { queued: 'submitted', returned: 'returned', assigned: 'assigned', hidden: 'hidden' } as const;
    for (const message of demo) {
      const seed = seedOf(message.caseNo);
      const history = events.filter((e) => e.messageId === message.id);
      expect(history[0]).toMatchObject({ action: 'submit', actorType: 'citizen', actorId: message.citizenId });
      const times = history.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(now);
      expect(history.at(-1)!.toStatus).toBe(message.status);
      if (seed.outcome.kind === 'replied') {
        expect(['replied', 'closed']).toContain(message.status);
        expect(message.assignedAt!.getTime()).toBeGreaterThanOrEqual(message.submittedAt.getTime());
        expect(message.repliedAt!.getTime()).toBeGreaterThan(message.assignedAt!.getTime());
        expect(replies.filter((r) => r.messageId === message.id)).toHaveLength(1);
        expect(message.rating).toBe(seed.outcome.rating ?? null);
      } else {
        expect(message.status).toBe(expectedStatus[seed.outcome.kind]);
        expect(replies.filter((r) => r.messageId === message.id)).toHaveLength(0);
      }
    }
  });

  it('has two answers given late and two messages overdue now, as the demo data says', async () => {
    const late = demo.filter((m) => m.repliedAt && m.repliedAt > m.dueAt!).map((m) => m.caseNo);
    expect(late.sort()).toEqual(['LXDEMO0011', 'LXDEMO0021']);
    const overdue = await office.request('/api/admin/messages?overdue=true&pageSize=100');
    expect(overdue.body.items.map((m: { caseNo: string }) => m.caseNo).sort()).toEqual(['LXDEMO0025', 'LXDEMO0027']);
  });

  it('shows the answered public ones on the board, masked, and their contacts to the office', async () => {
    const board = await t.request('/api/board?pageSize=50');
    // From the seed data alone: the citizen allowed it and it was answered (the hidden, queued and open ones are not).
    const expected = DEMO_MESSAGES.filter((seed) => seed.isPublic && seed.outcome.kind === 'replied').map((seed) => `LXDEMO${seed.key}`);
    expect(expected.length).toBeGreaterThan(10);
    expect(board.body.total).toBe(expected.length);
    expect(board.body.items.map((m: { caseNo: string }) => m.caseNo).sort()).toEqual([...expected].sort());
    expect(JSON.stringify(board.body)).not.toMatch(PHONE);
    const first = demo.find((m) => m.caseNo === expected[0])!;
    const detail = await office.request(`/api/admin/messages/${first.id}`);
    expect(detail.body).toMatchObject({ contactName: seedOf(first.caseNo).contact.name, contactPhone: seedOf(first.caseNo).contact.phone });
  });

  it('has three demo interviews, one collecting, one live, one ended whose unanswered questions became answered messages', async () => {
    const list = await t.request('/api/interviews');
    expect(list.body.items.map((i: { status: string }) => i.status).sort()).toEqual(['collecting', 'ended', 'live']);
    const ended = list.body.items.find((i: { status: string }) => i.status === 'ended');
    expect((await t.request(`/api/interviews/${ended.id}`)).body.videoUrl).toMatch(/^https:\/\/media\.linxi\.example\.cn\//);
    expect((await t.request(`/api/interviews/${ended.id}/transcript`)).body.entries).toHaveLength(4);
    const live = list.body.items.find((i: { status: string }) => i.status === 'live');
    expect((await t.request(`/api/interviews/${live.id}/transcript`)).body.entries).toHaveLength(2);
    const followUps = await t.dataSource.getRepository(Message).findBy({ interviewId: Not(IsNull()) });
    expect(followUps.map((m) => [m.interviewId, m.status, m.isPublic])).toEqual([
      [ended.id, 'replied', false],
      [ended.id, 'replied', false],
    ]);
    const figures = await office.request('/api/admin/stats/interviews?from=2000-01-01&to=2100-12-31');
    expect(figures.body.total).toEqual({ interviews: 3, questionsReceived: 7, answeredLive: 3, convertedToMessages: 2, answeredAfterwards: 2 });
  });
});
