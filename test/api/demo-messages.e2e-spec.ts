// The demo messages `npm start` loads (SEED_DEMO_MESSAGES): a history consistent with the working-day calendar,
// shown through the same API as real messages, and loaded once however often the seed runs.
import { DemoLoader } from '../../apps/bff/src/database/seeds/demo-loader';
import { DEMO_MESSAGES } from '../../apps/bff/src/database/seeds/demo-messages';
import { DEMO_SOLICITATIONS } from '../../apps/bff/src/database/seeds/demo-solicitations';
import { MessageEvent } from '../../apps/bff/src/messages/message-event.entity';
import { MessageReply } from '../../apps/bff/src/messages/message-reply.entity';
import { Message } from '../../apps/bff/src/messages/message.entity';
import { SolicitationEvent } from '../../apps/bff/src/solicitations/solicitation-event.entity';
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
    demo = await t.dataSource.getRepository(Message).find({ order: { id: 'ASC' } });
  }, 180_000);
  afterAll(() => t.close());

  it('loads every demo message once; a second run adds none', async () => {
    expect(demo.map((m) => m.caseNo).sort()).toEqual(DEMO_MESSAGES.map((seed) => `LXDEMO${seed.key}`).sort());
    const again = await t.app.get(DemoLoader).load();
    expect(again).toMatchObject({ noticesAdded: 0, interpretationsAdded: 0, messagesAdded: 0, disclosuresAdded: 0, solicitationsAdded: 0 });
    expect(await t.dataSource.getRepository(Message).count()).toBe(DEMO_MESSAGES.length);
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

  it('loads the demo 意见征集 in each state through the services: in review, open with opinions, closed, overdue, feedback published', async () => {
    const list = await office.request('/api/admin/solicitations?pageSize=100');
    const statusOf = (title: string) => list.body.items.find((item: { title: string }) => item.title === title)?.status;
    expect(DEMO_SOLICITATIONS.map((demo) => statusOf(demo.title))).toEqual(['pending_office', 'open', 'closed', 'closed', 'feedback_published']);
    const published = list.body.items.find((item: { status: string }) => item.status === 'feedback_published');
    const detail = await t.request(`/api/solicitations/${published.id}`);
    expect(detail.body.feedback.counts).toMatchObject({ opinions: 3, marked: 3, adopted: 1, partlyAdopted: 1, notAdopted: 1 });
    expect(detail.body.publicOpinions.map((o: { name: string }) => o.name)).toEqual(['孙*', '吴*']);
    const open = await t.request('/api/solicitations?phase=open');
    expect(open.body.items.map((item: { title: string; opinionCount: number }) => [item.title, item.opinionCount])).toEqual([[DEMO_SOLICITATIONS[1].title, 3]]);
    const overdue = await office.request('/api/admin/solicitations/overdue');
    expect(overdue.body.map((item: { title: string }) => item.title)).toEqual([DEMO_SOLICITATIONS[3].title]);
    const events = await t.dataSource.getRepository(SolicitationEvent).find({ order: { id: 'ASC' } });
    const times = events.map((e) => e.at.getTime());
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.now());
    for (const id of new Set(events.map((e) => e.solicitationId))) {
      const own = events.filter((e) => e.solicitationId === id).map((e) => e.at.getTime());
      expect(own).toEqual([...own].sort((a, b) => a - b));
    }
  });
});
