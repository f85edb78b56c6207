import { randomUUID } from 'node:crypto';
import type { StaffSolicitationView } from '@weimin/contracts';
import ExcelJS from 'exceljs';
import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { OutboxItem } from '../../apps/bff/src/outbox/outbox-item.entity';
import { SolicitationScheduler } from '../../apps/bff/src/solicitations/solicitation-scheduler.service';
import { Solicitation } from '../../apps/bff/src/solicitations/solicitation.entity';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { type CitizenSession, citizenSignIn } from '../factories/message.factory';
import { draftSolicitation, openSolicitation, solicitationRequest } from '../factories/solicitation.factory';
import { signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp, type TestResponse } from '../support/api-app';

const outcome = (response: TestResponse) => [response.status, response.body.code];
const DAY = 86_400_000;

/** 意见征集: drafting, two-level review, opinions, closing, marks, feedback review and publication, reminders, figures. */
describe(`solicitations (${TEST_DB})`, () => {
  let t: TestApp;
  let drafter: StaffSession;
  let agencyHead: StaffSession;
  let officeStaff: StaffSession;
  let officeHead: StaffSession;
  let otherHead: StaffSession;
  let admin: StaffSession;

  beforeAll(async () => {
    // A low hourly limit, so that the 429 is reached (opinions from this file share 127.0.0.1's count).
    t = await startTestApp({ MESSAGE_POSTS_PER_HOUR: '3' });
    [drafter, agencyHead, officeStaff, officeHead, otherHead, admin] = await Promise.all(
      ['hrss.staff', 'hrss.head', 'office.staff', 'office.head', 'edu.head', 'admin'].map((u) => signIn(t, u)),
    );
  });
  afterAll(() => t.close());

  const act = (session: StaffSession, id: number, action: string, json: unknown = {}) =>
    session.request(`/api/admin/solicitations/${id}/${action}`, { method: 'POST', json });
  const put = (session: StaffSession, path: string, json: unknown) => session.request(`/api/admin/solicitations/${path}`, { method: 'PUT', json });
  const audits = (action: string, id: number) => t.dataSource.getRepository(AuditLog).findBy({ action: action as AuditLog['action'], objectId: String(id) });
  const opine = (citizen: CitizenSession, id: number, json: unknown, key: string = randomUUID()) =>
    citizen.request(`/api/solicitations/${id}/opinions`, { method: 'POST', json, headers: { 'idempotency-key': key } });
  const endPeriod = (id: number, ago = 1000) => t.dataSource.getRepository(Solicitation).update(id, { closesAt: new Date(Date.now() - ago) });
  const scheduler = () => t.app.get(SolicitationScheduler);

  it('runs draft → 单位负责人 → 公开办 → open → closed → marks and feedback → two reviews → published, with history, audit and notices', async () => {
    // Bad drafts: a short period without a reason, a non-https attachment, unknown fields.
    expect(outcome(await drafter.request('/api/admin/solicitations', { method: 'POST', json: solicitationRequest({ periodDays: 20 }) }))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    const badAttachment = await drafter.request('/api/admin/solicitations', {
      method: 'POST',
      json: solicitationRequest({ attachmentUrl: 'https://evil.example.com/x.pdf', attachmentName: '方案' }),
    });
    expect(badAttachment.body.details.map((d: { field: string }) => d.field)).toEqual(['attachmentUrl']);
    expect((await drafter.request('/api/admin/solicitations', { method: 'POST', json: { ...solicitationRequest(), status: 'open' } })).status).toBe(400);

    const draft = await draftSolicitation(drafter, {
      bodyHtml: '<p onclick="x()">方案正文<script>alert(1)</script></p>',
      periodDays: 15,
      shortPeriodReason: '涉及春运前线路调整，时间紧迫',
    });
    expect(draft).toMatchObject({ status: 'draft', periodDays: 15, allowedActions: ['edit', 'submit'], agencyName: '临溪市人力资源和社会保障局' });
    expect(draft.bodyHtml).toBe('<p>方案正文</p>');
    expect(await audits('solicitation.created', draft.id)).toHaveLength(1);
    expect((await t.request(`/api/solicitations/${draft.id}`)).status).toBe(404);

    expect((await act(drafter, draft.id, 'submit')).body.status).toBe('pending_agency_head');
    expect(outcome(await act(drafter, draft.id, 'submit'))).toEqual([409, 'SOLICITATION_WRONG_STATE']);
    expect(outcome(await act(drafter, draft.id, 'approve'))).toEqual([403, 'FORBIDDEN']); // agency_staff do not review
    expect(outcome(await act(officeStaff, draft.id, 'approve'))).toEqual([403, 'SOLICITATION_NOT_YOUR_REVIEW_LEVEL']);
    expect((await act(otherHead, draft.id, 'approve')).status).toBe(404); // another agency's head does not see it
    expect((await agencyHead.request('/api/admin/solicitations/queue')).body.map((i: { id: number }) => i.id)).toContain(draft.id);
    const returned = await act(agencyHead, draft.id, 'return', { comment: '请补充调整理由' });
    expect(returned.body).toMatchObject({ status: 'returned', allowedActions: ['edit', 'submit'] }); // the head may rework it too
    expect((await audits('solicitation.returned', draft.id))[0].reason).toBe('请补充调整理由');
    expect((await act(agencyHead, draft.id, 'return', {})).status).toBe(400);

    const reworked = await put(drafter, `${draft.id}`, solicitationRequest({ title: '临溪市城市公交线网优化方案（修改稿）' }));
    expect(reworked.body).toMatchObject({ status: 'returned', title: '临溪市城市公交线网优化方案（修改稿）', periodDays: 30, shortPeriodReason: null });
    await act(drafter, draft.id, 'submit');
    expect((await act(agencyHead, draft.id, 'approve', { comment: '同意' })).body.status).toBe('pending_office');
    expect(outcome(await act(agencyHead, draft.id, 'approve'))).toEqual([403, 'SOLICITATION_NOT_YOUR_REVIEW_LEVEL']);
    expect(outcome(await put(drafter, `${draft.id}`, solicitationRequest()))).toEqual([409, 'SOLICITATION_WRONG_STATE']);
    const opened = (await act(officeStaff, draft.id, 'approve')).body as StaffSolicitationView;
    expect(opened.status).toBe('open');
    expect(Date.parse(opened.closesAt!) - Date.parse(opened.opensAt!)).toBe(30 * DAY);
    expect(await audits('solicitation.opened', draft.id)).toHaveLength(1);

    // The public reads it, with an ETag.
    const list = await t.request('/api/solicitations?phase=open&pageSize=100');
    expect(list.body.items.map((i: { id: number }) => i.id)).toContain(draft.id);
    const detail = await t.request(`/api/solicitations/${draft.id}`);
    expect(detail.body).toMatchObject({ status: 'open', questions: solicitationRequest().questions, feedback: null, publicOpinions: [] });
    expect((await t.request(`/api/solicitations/${draft.id}`, { headers: { 'if-none-match': detail.headers.get('etag')! } })).status).toBe(304);

    // Citizens send opinions: idempotent, validated, moderated, private unless allowed.
    const [zhang, li] = await Promise.all([citizenSignIn(t), citizenSignIn(t)]);
    const opinion = {
      contactName: '张三丰',
      content: '建议1路早班提前到6点，张三丰电话13812345678',
      answers: [{ question: 0, text: '支持延伸' }],
      isPublic: true,
    };
    expect(outcome(await zhang.request(`/api/solicitations/${draft.id}/opinions`, { method: 'POST', json: opinion }))).toEqual([400, 'VALIDATION_FAILED']);
    expect(outcome(await opine(zhang, draft.id, { ...opinion, answers: [{ question: 5, text: '无此题' }] }))).toEqual([400, 'VALIDATION_FAILED']);
    expect(outcome(await opine(zhang, draft.id, { ...opinion, content: '赌博网站' }))).toEqual([400, 'VALIDATION_FAILED']);
    expect((await t.request(`/api/solicitations/${draft.id}/opinions`, { method: 'POST', json: opinion })).status).toBe(401);
    const key = randomUUID();
    const first = await opine(zhang, draft.id, opinion, key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ solicitationId: draft.id, moderation: 'passed', adoption: null });
    const again = await opine(zhang, draft.id, opinion, key);
    expect([again.status, again.body.id]).toEqual([200, first.body.id]);
    expect(outcome(await opine(zhang, draft.id, { ...opinion, content: '另一条意见内容' }, key))).toEqual([422, 'OPINION_IDEMPOTENCY_KEY_REUSED']);
    expect((await opine(li, draft.id, { contactName: '李四', content: '不同意调整2路', isPublic: false })).status).toBe(201);
    expect(await audits('opinion.submitted', first.body.id)).toHaveLength(1);
    const shown = await t.request(`/api/solicitations/${draft.id}`); // the cached copy was dropped by the opinions
    expect(shown.body.opinionCount).toBe(2);
    expect(shown.body.publicOpinions).toEqual([expect.objectContaining({ id: first.body.id, name: '张**', answers: [{ question: 0, text: '支持延伸' }] })]);
    expect(JSON.stringify(shown.body)).not.toMatch(/1[3-9]\d{9}|张三丰/);
    expect((await drafter.request(`/api/admin/solicitations/${draft.id}/opinions`)).body.map((o: { name: string }) => o.name)).toEqual(['张**', '李*']);
    expect((await otherHead.request(`/api/admin/solicitations/${draft.id}/opinions`)).status).toBe(404);

    // Not yet closed: no marks. Then the period ends: no more opinions, and the scheduler stores the close once.
    expect(outcome(await put(drafter, `${draft.id}/opinions/${first.body.id}/mark`, { adoption: 'adopted', reason: '已采纳' }))).toEqual([
      409,
      'SOLICITATION_WRONG_STATE',
    ]);
    await endPeriod(draft.id);
    expect(outcome(await opine(li, draft.id, { contactName: '李四', content: '迟到的意见', isPublic: false }))).toEqual([409, 'SOLICITATION_NOT_OPEN']);
    expect((await drafter.request(`/api/admin/solicitations/${draft.id}`)).body.status).toBe('closed');
    expect(await scheduler().runOnce()).toMatchObject({ closed: 1 });
    expect(await scheduler().runOnce()).toMatchObject({ closed: 0 });
    expect(await audits('solicitation.closed', draft.id)).toHaveLength(1);

    // Marks and feedback: every opinion marked and the text written before it can go to review.
    const liOpinion = (await drafter.request(`/api/admin/solicitations/${draft.id}/opinions`)).body[1].id as number;
    expect(outcome(await act(drafter, draft.id, 'feedback/submit'))).toEqual([409, 'SOLICITATION_FEEDBACK_INCOMPLETE']);
    expect((await put(drafter, `${draft.id}/opinions/${first.body.id}/mark`, { adoption: 'maybe', reason: '理由' })).status).toBe(400);
    expect((await put(otherHead, `${draft.id}/opinions/${first.body.id}/mark`, { adoption: 'adopted', reason: '理由' })).status).toBe(404);
    expect((await put(drafter, `${draft.id}/opinions/999999/mark`, { adoption: 'adopted', reason: '理由' })).status).toBe(404);
    expect((await put(officeStaff, `${draft.id}/opinions/${first.body.id}/mark`, { adoption: 'adopted', reason: '理由' })).status).toBe(403);
    const marked = await put(drafter, `${draft.id}/opinions/${first.body.id}/mark`, { adoption: 'adopted', reason: '早班时间已调整为6:00' });
    expect(marked.body).toMatchObject({ adoption: 'adopted', adoptionReason: '早班时间已调整为6:00' });
    expect(outcome(await put(drafter, `${draft.id}/feedback`, { feedbackHtml: '<p> </p>' }))).toEqual([400, 'VALIDATION_FAILED']);
    expect((await put(drafter, `${draft.id}/feedback`, { feedbackHtml: '<p>共收到意见2条，采纳1条。</p>' })).body.status).toBe('feedback_draft');
    const incomplete = await act(drafter, draft.id, 'feedback/submit');
    expect(outcome(incomplete)).toEqual([409, 'SOLICITATION_FEEDBACK_INCOMPLETE']);
    expect(incomplete.body.details).toMatchObject({ unmarked: 1 });
    await put(drafter, `${draft.id}/opinions/${liOpinion}/mark`, { adoption: 'not_adopted', reason: '2路客流大，暂不调整' });
    expect((await act(drafter, draft.id, 'feedback/submit')).body.status).toBe('feedback_pending_agency_head');
    expect(outcome(await put(drafter, `${draft.id}/opinions/${liOpinion}/mark`, { adoption: 'adopted', reason: '改主意' }))).toEqual([
      409,
      'SOLICITATION_WRONG_STATE',
    ]);
    expect(outcome(await act(officeHead, draft.id, 'feedback/approve'))).toEqual([403, 'SOLICITATION_NOT_YOUR_REVIEW_LEVEL']);
    expect((await act(agencyHead, draft.id, 'feedback/approve')).body.status).toBe('feedback_pending_office');
    expect((await act(officeHead, draft.id, 'feedback/return', { comment: '请说明未采纳理由' })).body.status).toBe('feedback_returned');
    await put(drafter, `${draft.id}/feedback`, { feedbackHtml: '<p>共收到意见2条，采纳1条；2路客流大，暂不调整。</p>' });
    await act(drafter, draft.id, 'feedback/submit');
    await act(agencyHead, draft.id, 'feedback/approve');
    expect(outcome(await act(admin, draft.id, 'feedback/approve'))).toEqual([403, 'FORBIDDEN']);
    const published = await act(officeHead, draft.id, 'feedback/approve', { comment: '同意发布' });
    expect(published.body).toMatchObject({
      status: 'feedback_published',
      allowedActions: [],
      counts: { opinions: 2, marked: 2, adopted: 1, partlyAdopted: 0, notAdopted: 1, adoptionRate: 0.5 },
    });
    expect(outcome(await act(officeHead, draft.id, 'feedback/approve'))).toEqual([409, 'SOLICITATION_WRONG_STATE']);
    expect(published.body.events.map((e: { action: string; level: number | null }) => [e.action, e.level])).toEqual([
      ['create', null],
      ['submit', null],
      ['return', 1],
      ['edit', null],
      ['submit', null],
      ['approve', 1],
      ['approve', 2],
      ['close', null],
      ['mark', null],
      ['save_feedback', null],
      ['mark', null],
      ['submit_feedback', null],
      ['approve_feedback', 1],
      ['return_feedback', 2],
      ['save_feedback', null],
      ['submit_feedback', null],
      ['approve_feedback', 1],
      ['approve_feedback', 2],
    ]);
    expect(await audits('solicitation.feedback_published', draft.id)).toHaveLength(1);
    expect(await audits('solicitation.opinion_marked', draft.id)).toHaveLength(2);

    // One 办理进度 notice per citizen who sent an opinion, queued once.
    const notices = await t.dataSource.getRepository(OutboxItem).findBy({ kind: 'citizen_progress' });
    expect(
      notices
        .filter((n) => n.dedupeKey.startsWith(`solicitation-feedback:${draft.id}:`))
        .map((n) => n.recipientId)
        .sort(),
    ).toEqual([zhang.id, li.id].sort());

    // The public sees the feedback and the marks; each citizen their own opinion's mark.
    const final = await t.request(`/api/solicitations/${draft.id}`);
    expect(final.body).toMatchObject({ status: 'feedback_published', feedback: { counts: { adoptionRate: 0.5 } } });
    expect(final.body.publicOpinions[0]).toMatchObject({ adoption: 'adopted', adoptionReason: '早班时间已调整为6:00' });
    expect((await li.request('/api/solicitations/opinions/mine')).body).toEqual([
      expect.objectContaining({ solicitationId: draft.id, isPublic: false, adoption: 'not_adopted', adoptionReason: '2路客流大，暂不调整' }),
    ]);
    expect((await t.request('/api/solicitations/opinions/mine')).status).toBe(401);
  });

  it('refuses an author approving their own draft, and keeps agencies apart', async () => {
    const bus = await signIn(t, 'bus.staff'); // agency_staff and agency_head of 公交公司
    const own = await draftSolicitation(bus);
    await act(bus, own.id, 'submit');
    expect(outcome(await act(bus, own.id, 'approve'))).toEqual([403, 'SOLICITATION_OWN_DRAFT']);
    expect((await bus.request('/api/admin/solicitations/queue')).body.map((i: { id: number }) => i.id)).not.toContain(own.id);
    expect((await drafter.request(`/api/admin/solicitations/${own.id}`)).status).toBe(404);
    expect((await drafter.request('/api/admin/solicitations?pageSize=100')).body.items.map((i: { id: number }) => i.id)).not.toContain(own.id);
    expect((await officeStaff.request('/api/admin/solicitations?pageSize=100')).body.items.map((i: { id: number }) => i.id)).toContain(own.id);
    expect(outcome(await put(officeStaff, `${own.id}`, solicitationRequest()))).toEqual([403, 'FORBIDDEN']);
  });

  it('lists closed solicitations without feedback after 15 working days for the office, and reminds the agency once', async () => {
    const item = await openSolicitation({ drafter, agencyHead, office: officeStaff });
    // Opinions are rate-limited per citizen and address: 429 with Retry-After once the hour's allowance is used.
    const eager = await citizenSignIn(t);
    const answers: TestResponse[] = [];
    for (let n = 0; n < 4 && answers.at(-1)?.status !== 429; n++)
      answers.push(await opine(eager, item.id, { contactName: '王五', content: `第${n}条意见`, isPublic: false }));
    expect(answers.at(0)!.status).toBe(201);
    expect(outcome(answers.at(-1)!)).toEqual([429, 'RATE_LIMITED']);
    expect(Number(answers.at(-1)!.headers.get('retry-after'))).toBeGreaterThan(0);
    await endPeriod(item.id, 40 * DAY);
    const first = await scheduler().runOnce();
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect((await scheduler().runOnce()).reminded).toBe(0);
    const reminders = await t.dataSource.getRepository(OutboxItem).findBy({ dedupeKey: `solicitation-feedback-overdue:${item.id}` });
    expect(reminders.map((r) => [r.kind, r.recipientId])).toEqual([['staff_notice', item.agencyId]]);
    expect(await audits('solicitation.overdue_reminded', item.id)).toHaveLength(1);

    const overdue = await officeHead.request('/api/admin/solicitations/overdue');
    expect(overdue.body.find((o: { id: number }) => o.id === item.id)).toMatchObject({
      status: 'closed',
      opinionCount: answers.length - 1,
      unmarked: answers.length - 1,
    });
    expect((await drafter.request('/api/admin/solicitations/overdue')).body.map((o: { id: number }) => o.id)).toContain(item.id);
    expect((await otherHead.request('/api/admin/solicitations/overdue')).body.map((o: { id: number }) => o.id)).not.toContain(item.id);
    const fresh = await openSolicitation({ drafter, agencyHead, office: officeStaff });
    await endPeriod(fresh.id, DAY);
    expect((await officeHead.request('/api/admin/solicitations/overdue')).body.map((o: { id: number }) => o.id)).not.toContain(fresh.id);
  });

  it('counts solicitations, opinions, adoption and days to feedback in 统计分析, for the office only', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const figures = await officeStaff.request(`/api/admin/stats/solicitations?from=2000-01-01&to=${today}`);
    expect(figures.status).toBe(200);
    expect(figures.body.totals).toMatchObject({ solicitations: expect.any(Number), opinions: expect.any(Number) });
    const hrss = figures.body.byAgency.find((row: { agencyName: string }) => row.agencyName === '临溪市人力资源和社会保障局');
    expect(hrss).toMatchObject({ withFeedback: 1, adopted: 1, notAdopted: 1, adoptionRate: 0.5, averageDaysToFeedback: 0 });
    expect((await drafter.request(`/api/admin/stats/solicitations?from=2000-01-01&to=${today}`)).status).toBe(403);
    expect(outcome(await officeStaff.request('/api/admin/stats/solicitations?from=2026-03-02&to=2026-03-01'))).toEqual([400, 'VALIDATION_FAILED']);
    expect((await officeStaff.request('/api/admin/stats/solicitations')).status).toBe(400);

    // The xlsx export has a sheet of its own, one row per agency.
    const file = await fetch(`${t.url}/api/admin/stats/export.xlsx?to=${today}`, { headers: { cookie: officeStaff.cookie } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    const rows: unknown[][] = [];
    workbook.getWorksheet('意见征集')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((row) => row[0] === '临溪市人力资源和社会保障局')).toEqual([
      '临溪市人力资源和社会保障局',
      hrss.solicitations,
      hrss.opinions,
      1,
      0,
      1,
      0.5,
      1,
      0,
    ]);
  });
});

/** 放行: an opinion msgSecCheck held (review) is never shown until the office releases it, as it releases held messages. */
describe(`held opinions and the office's 放行 (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let drafter: StaffSession;
  let agencyHead: StaffSession;
  let officeStaff: StaffSession;

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({ WECHAT_API_BASE: fake.url, WECHAT_APPID: FAKE_APP_ID, WECHAT_SECRET: FAKE_SECRET });
    [drafter, agencyHead, officeStaff] = await Promise.all(['hrss.staff', 'hrss.head', 'office.staff'].map((u) => signIn(t, u)));
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const opine = (citizen: CitizenSession, id: number, json: unknown) =>
    citizen.request(`/api/solicitations/${id}/opinions`, { method: 'POST', json, headers: { 'idempotency-key': randomUUID() } });
  const release = (session: StaffSession, opinionId: number) => session.request(`/api/admin/solicitations/opinions/${opinionId}/release`, { method: 'POST' });
  const audits = (action: string, id: number) => t.dataSource.getRepository(AuditLog).findBy({ action: action as AuditLog['action'], objectId: String(id) });

  it('keeps a held opinion off the public page until the office releases it; then it shows, masked; agencies may not release', async () => {
    const item = await openSolicitation({ drafter, agencyHead, office: officeStaff });
    const [wang, zhao] = await Promise.all([citizenSignIn(t), citizenSignIn(t)]);
    const held = await opine(wang, item.id, { contactName: '王小明', content: '待人工审核：建议增开夜班车，王小明13912345678', isPublic: true });
    expect([held.status, held.body.moderation]).toEqual([201, 'review']);
    const passed = await opine(zhao, item.id, { contactName: '赵六', content: '赞成1路延伸', isPublic: true });
    expect(passed.body.moderation).toBe('passed');
    const shownIds = async () => ((await t.request(`/api/solicitations/${item.id}`)).body.publicOpinions as Array<{ id: number }>).map((o) => o.id);
    expect(await shownIds()).toEqual([passed.body.id]);

    // The office's list and buttons; the agency sees the held opinion but no 放行.
    const heldList = await officeStaff.request('/api/admin/solicitations/opinions/held');
    expect(heldList.status).toBe(200);
    expect(heldList.body).toEqual([expect.objectContaining({ id: held.body.id, solicitationId: item.id, solicitationTitle: item.title, name: '王**' })]);
    expect((await officeStaff.request(`/api/admin/solicitations/${item.id}`)).body.allowedActions).toEqual(['release_opinion']);
    expect((await drafter.request(`/api/admin/solicitations/${item.id}`)).body.allowedActions).toEqual([]);
    expect(outcome(await drafter.request('/api/admin/solicitations/opinions/held'))).toEqual([403, 'FORBIDDEN']);
    for (const agency of [drafter, agencyHead]) expect(outcome(await release(agency, held.body.id))).toEqual([403, 'FORBIDDEN']);
    expect(outcome(await release(officeStaff, 999_999))).toEqual([404, 'NOT_FOUND']);
    expect(outcome(await release(officeStaff, passed.body.id))).toEqual([409, 'OPINION_NOT_HELD']);
    expect(await shownIds()).toEqual([passed.body.id]); // read once more: the cached answer

    const released = await release(officeStaff, held.body.id);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ id: held.body.id, moderation: 'passed', name: '王**' });
    expect(outcome(await release(officeStaff, held.body.id))).toEqual([409, 'OPINION_NOT_HELD']);

    // Shown at once (the write dropped the cached page), masked and scrubbed like the others.
    const page = await t.request(`/api/solicitations/${item.id}`);
    expect(page.body.publicOpinions.map((o: { id: number }) => o.id)).toEqual([held.body.id, passed.body.id]);
    expect(page.body.publicOpinions[0].name).toBe('王**');
    expect(JSON.stringify(page.body)).not.toMatch(/1[3-9]\d{9}|王小明/);
    expect((await wang.request('/api/solicitations/opinions/mine')).body).toEqual([expect.objectContaining({ id: held.body.id, moderation: 'passed' })]);
    expect((await officeStaff.request('/api/admin/solicitations/opinions/held')).body).toEqual([]);

    // History names the opinion; the audit log has the office's step.
    const view = await officeStaff.request(`/api/admin/solicitations/${item.id}`);
    expect(view.body.allowedActions).toEqual([]);
    expect(view.body.events.at(-1)).toMatchObject({
      action: 'release_opinion',
      opinionId: held.body.id,
      actorId: officeStaff.me.id,
      actorRole: 'office_staff',
      fromStatus: 'open',
      toStatus: 'open',
    });
    expect(await audits('solicitation.opinion_released', item.id)).toEqual([expect.objectContaining({ actorId: officeStaff.me.id, agencyId: item.agencyId })]);
  });

  it('keeps a private opinion private once released, and counts held ones as received and to be marked', async () => {
    const item = await openSolicitation({ drafter, agencyHead, office: officeStaff });
    const citizen = await citizenSignIn(t);
    const held = await opine(citizen, item.id, { contactName: '钱七', content: '待人工审核：不同意调整', isPublic: false });
    expect(held.body.moderation).toBe('review');
    expect((await officeStaff.request(`/api/admin/solicitations/${item.id}`)).body.counts).toMatchObject({ opinions: 1, marked: 0 });
    expect((await release(officeStaff, held.body.id)).status).toBe(200);
    expect((await t.request(`/api/solicitations/${item.id}`)).body).toMatchObject({ opinionCount: 1, publicOpinions: [] });
  });
});
