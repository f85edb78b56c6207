// The demo messages (SEED_DEMO_MESSAGES) must tell the same story the API writes (issue 11, point 7): for each kind
// of demo history, the same steps taken through the API give a history of the same shape (actions, actors, states,
// agency and reason present or not). The demo loader takes the steps through the same services at past moments
// (Clock.at); this keeps the stories it tells in step with what the API does.
import type { MessageEventView, StaffMessageView } from '@weimin/contracts';
import { DEMO_MESSAGES, type DemoMessageSeed } from '../../apps/bff/src/database/seeds/demo-messages';
import { DEMO_ROUTING_RULES } from '../../apps/bff/src/database/seeds/demo-routing-rules';
import { Message } from '../../apps/bff/src/messages/message.entity';
import { citizenSignIn, type CitizenSession, submitMessage } from '../factories/message.factory';
import { agencyIdOf, createAccount, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

/** What a history says, without its times, ids and names. */
function shape(events: MessageEventView[]) {
  return events.map((e) => ({
    action: e.action,
    actorType: e.actorType,
    actor: e.actorName !== null,
    agency: e.agencyName !== null,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    reason: e.reason !== null,
  }));
}

/** A story the office dispatched whose text no rule would route today (so the API leaves it in the queue too). */
const byOffice = (s: DemoMessageSeed) => s.routedBy === 'office' && !DEMO_ROUTING_RULES.some((rule) => `${s.title}${s.content}`.includes(rule.keyword));

/** One demo story of each kind the loader writes (auto-closing needs the scheduler and a quiet period, not compared here). */
const STORIES: Array<{ name: string; pick: (seed: DemoMessageSeed) => boolean }> = [
  { name: 'queued for the office', pick: (s) => s.outcome.kind === 'queued' },
  { name: 'hidden by the office', pick: (s) => s.outcome.kind === 'hidden' },
  { name: 'dispatched by the office and returned by the agency', pick: (s) => s.outcome.kind === 'returned' },
  { name: 'addressed to an agency, open', pick: (s) => s.outcome.kind === 'assigned' && s.routedBy === 'target' },
  { name: 'dispatched by the office, open', pick: (s) => s.outcome.kind === 'assigned' && byOffice(s) },
  { name: 'routed by a rule, answered and rated', pick: (s) => s.outcome.kind === 'replied' && s.routedBy === 'rule' && !!s.outcome.rating },
  { name: 'dispatched by the office, answered and rated', pick: (s) => s.outcome.kind === 'replied' && byOffice(s) && !!s.outcome.rating },
];

describe(`demo message histories have the API's shape (${TEST_DB})`, () => {
  let t: TestApp;
  let office: StaffSession;
  let admin: StaffSession;
  const agencyStaff = new Map<number, StaffSession>();

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO_MESSAGES: 'true', MESSAGE_POSTS_PER_HOUR: '1000' });
    office = await signIn(t, 'office.staff');
    admin = await signIn(t, 'admin');
    // The demo city with its messages, loaded at start.
  }, 180_000);
  afterAll(() => t.close());

  async function staffOf(agencyId: number): Promise<StaffSession> {
    if (!agencyStaff.has(agencyId)) {
      const account = await createAccount(admin, agencyId, ['agency_staff']);
      agencyStaff.set(agencyId, await signIn(t, account.username, account.password));
    }
    return agencyStaff.get(agencyId)!;
  }

  async function act(session: StaffSession | CitizenSession, path: string, json: unknown): Promise<void> {
    const response = await session.request(path, { method: 'POST', json });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  /** The demo story's steps, taken now through the API by a new citizen, the office and the agency's staff. */
  async function throughApi(seed: DemoMessageSeed): Promise<MessageEventView[]> {
    const citizen = await citizenSignIn(t);
    const agencyId = seed.agencyCode ? await agencyIdOf(t, seed.agencyCode) : undefined;
    const message = await submitMessage(citizen, {
      type: seed.type,
      channel: seed.channel,
      title: seed.title,
      content: seed.content,
      isPublic: seed.isPublic,
      ...(seed.routedBy === 'target' ? { targetAgencyId: agencyId } : {}),
    });
    const admin = `/api/admin/messages/${message.id}`;
    const outcome = seed.outcome;
    if (outcome.kind === 'hidden') await act(office, `${admin}/hide`, { reason: outcome.reason });
    if (outcome.kind === 'returned') {
      const from = await agencyIdOf(t, outcome.fromAgencyCode);
      await act(office, `${admin}/dispatch`, { agencyId: from });
      await act(await staffOf(from), `${admin}/return`, { reason: outcome.reason });
    }
    if ((outcome.kind === 'assigned' || outcome.kind === 'replied') && seed.routedBy === 'office') await act(office, `${admin}/dispatch`, { agencyId });
    if (outcome.kind === 'replied') {
      await act(await staffOf(agencyId!), `${admin}/reply`, { bodyHtml: outcome.reply });
      if (outcome.rating) await act(citizen, `/api/messages/mine/${message.id}/rating`, { rating: outcome.rating, comment: outcome.ratingComment });
    }
    return ((await office.request(admin)).body as StaffMessageView).events;
  }

  it.each(STORIES.map((story) => [story.name, story] as const))('%s', async (_name, story) => {
    const seed = DEMO_MESSAGES.find(story.pick);
    expect(seed).toBeDefined();
    const demo = await t.dataSource.getRepository(Message).findOneByOrFail({ caseNo: `LXDEMO${seed!.key}` });
    const demoEvents = ((await office.request(`/api/admin/messages/${demo.id}`)).body as StaffMessageView).events;
    expect(shape(demoEvents)).toEqual(shape(await throughApi(seed!)));
  });
});
