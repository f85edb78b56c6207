import { WorkbenchItemKey, type WorkbenchView } from '@weimin/contracts';
import { chinaDay } from '../../apps/bff/src/calendar/working-days';
import { Message } from '../../apps/bff/src/messages/message.entity';
import { SolicitationOpinion } from '../../apps/bff/src/solicitations/solicitation-opinion.entity';
import { Solicitation } from '../../apps/bff/src/solicitations/solicitation.entity';
import { registerDisclosure } from '../factories/disclosure.factory';
import { draftInterpretation } from '../factories/interpretation.factory';
import { citizenSignIn, submitMessage } from '../factories/message.factory';
import { draftSolicitation, openSolicitation } from '../factories/solicitation.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

const DAY_MS = 86_400_000;

/**
 * 工作台 (docs/accessibility.md): every count equals the total of the list the console links it to, for that caller;
 * an agency never counts another agency's items.
 */
describe(`GET /api/admin/workbench (${TEST_DB})`, () => {
  let t: TestApp;
  let sessions: Record<'admin' | 'office' | 'officeHead' | 'hrss' | 'hrssHead' | 'edu', StaffSession>;
  let ids: { hrss: number; edu: number };
  let draftId: number;
  let solicitationIds: { overdue: number; atAgencyHead: number; atOffice: number };

  /** The list endpoint and query each count is the total of (the console's links open the same filters). */
  const LIST_OF: Record<string, (yesterday: string) => string> = {
    [WorkbenchItemKey.MessagesToDispatch]: () => '/api/admin/messages?status=submitted',
    [WorkbenchItemKey.MessagesHeld]: () => '/api/admin/messages?status=held',
    [WorkbenchItemKey.MessagesToAnswer]: () => '/api/admin/messages?status=assigned',
    [WorkbenchItemKey.MessagesDueSoon]: () => '/api/admin/messages?dueSoon=true',
    [WorkbenchItemKey.MessagesOverdue]: () => '/api/admin/messages?overdue=true',
    [WorkbenchItemKey.DisclosuresToRoute]: () => '/api/admin/disclosure/applications?status=routing',
    [WorkbenchItemKey.DisclosuresHandling]: () => '/api/admin/disclosure/applications?status=handling',
    [WorkbenchItemKey.DisclosuresOverdue]: (yesterday) => `/api/admin/disclosure/applications?dueBy=${yesterday}`,
  };
  /** Counts of lists the BFF answers whole (review queues, overdue lists): the number of rows. */
  const ROWS_OF: Record<string, string> = {
    [WorkbenchItemKey.InterpretationsToReview]: '/api/admin/interpretations/queue',
    [WorkbenchItemKey.SolicitationsToReview]: '/api/admin/solicitations/queue',
    [WorkbenchItemKey.SolicitationsFeedbackOverdue]: '/api/admin/solicitations/overdue',
    [WorkbenchItemKey.OpinionsHeld]: '/api/admin/solicitations/opinions/held',
  };

  const workbench = async (session: StaffSession): Promise<Map<string, number>> => {
    const response = await session.request('/api/admin/workbench');
    expect(response.status).toBe(200);
    return new Map((response.body as WorkbenchView).items.map((item) => [item.key, item.count]));
  };

  beforeAll(async () => {
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '1000' });
    const [admin, office, officeHead, hrss, hrssHead, edu] = await Promise.all(
      ['admin', 'office.staff', 'office.head', 'hrss.staff', 'hrss.head', 'edu.staff'].map((u) => signIn(t, u)),
    );
    sessions = { admin, office, officeHead, hrss, hrssHead, edu };
    ids = { hrss: await agencyIdOf(t, 'dept-hrss'), edu: await agencyIdOf(t, 'dept-edu') };

    // Messages: two waiting for the office, three with 人社局 (one overdue, one due today, one due in three weeks), one with 教育局.
    const citizen = await citizenSignIn(t);
    const submitted = await Promise.all([1, 2, 3, 4, 5, 6].map(() => submitMessage(citizen)));
    const dispatch = (id: number, agencyId: number) => office.request(`/api/admin/messages/${id}/dispatch`, { method: 'POST', json: { agencyId } });
    for (const [index, agencyId] of [ids.hrss, ids.hrss, ids.hrss, ids.edu].entries()) expect((await dispatch(submitted[index].id, agencyId)).status).toBe(200);
    const now = Date.now();
    const messages = t.dataSource.getRepository(Message);
    await messages.update(submitted[0].id, { dueAt: new Date(now - 3 * DAY_MS) });
    await messages.update(submitted[1].id, { dueAt: new Date(now + 60_000) });
    await messages.update(submitted[2].id, { dueAt: new Date(now + 21 * DAY_MS) });
    await messages.update(submitted[3].id, { dueAt: new Date(now - 2 * DAY_MS) });

    // An interpretation waiting for 人社局's head (第1级), and an overdue 依申请公开 application with 人社局.
    const draft = await draftInterpretation(hrss);
    draftId = draft.id;
    expect((await hrss.request(`/api/admin/interpretations/${draft.id}/submit`, { method: 'POST', json: {} })).status).toBe(200);
    await registerDisclosure(hrss, { receivedOn: '2026-09-25' });

    // 意见征集 of 人社局: one closed 40 days ago without feedback (overdue), with an opinion moderation held; one
    // waiting for its head (第1级), one for the office (第2级).
    const step = (session: StaffSession, id: number, action: string) =>
      session.request(`/api/admin/solicitations/${id}/${action}`, { method: 'POST', json: {} }).then((response) => expect(response.status).toBe(200));
    const overdue = await openSolicitation({ drafter: hrss, agencyHead: hrssHead, office });
    const opinion = await citizen.request(`/api/solicitations/${overdue.id}/opinions`, {
      method: 'POST',
      headers: { 'idempotency-key': `workbench-${overdue.id}-opinion-0001` },
      json: { contactName: '王五', content: '建议增开夜班车', isPublic: true },
    });
    expect(opinion.status).toBe(201);
    // As if msgSecCheck had said review: test/api/solicitations.e2e-spec.ts holds one through the fake WeChat.
    await t.dataSource.getRepository(SolicitationOpinion).update(opinion.body.id, { moderation: 'review' });
    await t.dataSource.getRepository(Solicitation).update(overdue.id, { closesAt: new Date(now - 40 * DAY_MS) });
    const atAgencyHead = await draftSolicitation(hrss);
    await step(hrss, atAgencyHead.id, 'submit');
    const atOffice = await draftSolicitation(hrss);
    await step(hrss, atOffice.id, 'submit');
    await step(hrssHead, atOffice.id, 'approve');
    solicitationIds = { overdue: overdue.id, atAgencyHead: atAgencyHead.id, atOffice: atOffice.id };
  }, 300_000);
  afterAll(() => t.close());

  it.each(['office', 'officeHead', 'hrss', 'hrssHead', 'edu'] as const)('for %s, each count is the total of the list it links to', async (who) => {
    const session = sessions[who];
    const counts = await workbench(session);
    expect(counts.size).toBeGreaterThan(0);
    const yesterday = chinaDay(new Date(Date.now() - DAY_MS));
    for (const [key, count] of counts) {
      if (ROWS_OF[key]) {
        const rows = await session.request(ROWS_OF[key]);
        expect([key, rows.status]).toEqual([key, 200]);
        expect([key, count]).toEqual([key, (rows.body as unknown[]).length]);
        continue;
      }
      const list = await session.request(LIST_OF[key](yesterday));
      expect([key, list.status]).toEqual([key, 200]);
      expect([key, count]).toEqual([key, list.body.total]);
    }
  });

  it('gives each role its own work, and an agency only its own agency’s', async () => {
    const office = await workbench(sessions.office);
    expect([...office.keys()]).toEqual([
      'messages_to_dispatch',
      'messages_held',
      'messages_due_soon',
      'messages_overdue',
      'interpretations_to_review',
      'disclosures_to_route',
      'disclosures_overdue',
      'solicitations_to_review',
      'solicitations_feedback_overdue',
      'opinions_held',
    ]);
    // Two of the six messages were never dispatched; 逾期 counts 人社局's and 教育局's; 即将到期 the one due today.
    expect(office.get('messages_to_dispatch')).toBe(2);
    expect(office.get('messages_overdue')).toBe(2);
    expect(office.get('messages_due_soon')).toBe(1);

    // 意见征集: the office reviews at 第2级, sees every agency's overdue feedback and the held opinion.
    expect(Object.fromEntries(office)).toMatchObject({ solicitations_to_review: 1, solicitations_feedback_overdue: 1, opinions_held: 1 });

    const hrss = await workbench(sessions.hrss);
    expect([...hrss.keys()]).toEqual([
      'messages_to_answer',
      'messages_due_soon',
      'messages_overdue',
      'disclosures_handling',
      'disclosures_overdue',
      'solicitations_feedback_overdue',
    ]);
    expect(hrss.get('solicitations_feedback_overdue')).toBe(1);
    expect(Object.fromEntries(hrss)).toMatchObject({ messages_to_answer: 3, messages_due_soon: 1, messages_overdue: 1 });
    expect(hrss.get('disclosures_overdue')).toBeGreaterThanOrEqual(1);

    // 教育局 counts its one message, none of 人社局's, and no 人社局 application.
    const edu = await workbench(sessions.edu);
    expect(Object.fromEntries(edu)).toMatchObject({ messages_to_answer: 1, messages_due_soon: 0, messages_overdue: 1 });
    const eduApplications = await sessions.edu.request(`/api/admin/disclosure/applications?dueBy=${chinaDay(new Date(Date.now() - DAY_MS))}&pageSize=100`);
    expect(edu.get('disclosures_overdue')).toBe(eduApplications.body.total);
    expect(eduApplications.body.items.every((a: { agencyName: string | null }) => a.agencyName !== '临溪市人力资源和社会保障局')).toBe(true);
    expect(edu.get('solicitations_feedback_overdue')).toBe(0);
    expect(edu.has('opinions_held')).toBe(false);

    // 人社局's head reviews at 第1级: the submitted draft waits for them, not for 教育局.
    const queue = (await sessions.hrssHead.request('/api/admin/interpretations/queue')).body as Array<{ id: number }>;
    expect(queue.map((item) => item.id)).toContain(draftId);
    const hrssHead = await workbench(sessions.hrssHead);
    expect(hrssHead.get('interpretations_to_review')).toBe(queue.length);
    expect(edu.has('interpretations_to_review')).toBe(false);
    // …and the solicitation at 第1级; the one at 第2级 is the office's.
    const solicitationQueue = (await sessions.hrssHead.request('/api/admin/solicitations/queue')).body as Array<{ id: number }>;
    expect(solicitationQueue.map((item) => item.id)).toEqual([solicitationIds.atAgencyHead]);
    expect(hrssHead.get('solicitations_to_review')).toBe(1);
    expect((await sessions.office.request('/api/admin/solicitations/queue')).body.map((item: { id: number }) => item.id)).toEqual([solicitationIds.atOffice]);
    expect((await sessions.office.request('/api/admin/solicitations/overdue')).body.map((item: { id: number }) => item.id)).toEqual([solicitationIds.overdue]);
    expect(edu.has('solicitations_to_review')).toBe(false);

    // The system administrator handles no cases: an empty 工作台, not a refusal.
    expect((await workbench(sessions.admin)).size).toBe(0);
  });

  it('lists 即将到期 messages: assigned, not yet overdue, due by the end of the next working day', async () => {
    const soon = await sessions.hrss.request('/api/admin/messages?dueSoon=true');
    expect(soon.body.items).toHaveLength(1);
    expect(soon.body.items[0]).toMatchObject({ overdue: false, status: 'assigned' });
    expect(soon.body.items[0].workdaysLeft).toBeLessThanOrEqual(1);
    expect((await sessions.hrss.request('/api/admin/messages?dueSoon=maybe')).status).toBe(400);
  });
});
