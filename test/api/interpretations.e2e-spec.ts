import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { InterpretationTerm } from '../../apps/bff/src/interpretations/interpretation-term.entity';
import { Interpretation } from '../../apps/bff/src/interpretations/interpretation.entity';
import { ViewCounter } from '../../apps/bff/src/interpretations/view-counter';
import { draftInterpretation, interpretationRequest, publishInterpretation } from '../factories/interpretation.factory';
import { citizenSignIn } from '../factories/message.factory';
import { agencyIdOf, createAccount, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp, type TestResponse } from '../support/api-app';

/** Status and error code together, so a failure shows both. */
const outcome = (response: TestResponse) => [response.status, response.body.code];

/** Policy interpretations: drafting, three-level review, withdrawal, public reads, search, feedback, figures. */
describe(`interpretations (${TEST_DB})`, () => {
  let t: TestApp;
  let drafter: StaffSession;
  let agencyHead: StaffSession;
  let officeStaff: StaffSession;
  let officeHead: StaffSession;
  let otherHead: StaffSession;
  let admin: StaffSession;
  let reviewers: { drafter: StaffSession; agencyHead: StaffSession; officeStaff: StaffSession; officeHead: StaffSession };

  beforeAll(async () => {
    t = await startTestApp();
    [drafter, agencyHead, officeStaff, officeHead, otherHead, admin] = await Promise.all(
      ['hrss.staff', 'hrss.head', 'office.staff', 'office.head', 'edu.head', 'admin'].map((u) => signIn(t, u)),
    );
    reviewers = { drafter, agencyHead, officeStaff, officeHead };
  });
  afterAll(() => t.close());

  const post = (session: StaffSession, path: string, json: unknown = {}) => session.request(path, { method: 'POST', json });
  const act = (session: StaffSession, id: number, action: string, json: unknown = {}) => post(session, `/api/admin/interpretations/${id}/${action}`, json);
  const audits = (action: string, id: number) => t.dataSource.getRepository(AuditLog).findBy({ action: action as AuditLog['action'], objectId: String(id) });

  it('runs draft → 部门初审 → 公开办审核 → 负责人审核 → published, with history and audit rows for every step', async () => {
    const draft = await draftInterpretation(drafter, { stages: ['employment', 'hiring'] });
    expect(draft).toMatchObject({ status: 'draft', authorName: '王磊', agencyName: '临溪市人力资源和社会保障局', allowedActions: ['edit', 'submit'] });
    expect(await audits('interpretation.created', draft.id)).toHaveLength(1);
    expect((await t.request(`/api/interpretations/${draft.id}`)).status).toBe(404);

    expect((await act(drafter, draft.id, 'submit')).body.status).toBe('agency_review');
    const queue1 = await agencyHead.request('/api/admin/interpretations/queue');
    expect(queue1.body.map((i: { id: number }) => i.id)).toContain(draft.id);
    expect((await officeStaff.request('/api/admin/interpretations/queue')).body.map((i: { id: number }) => i.id)).not.toContain(draft.id);

    expect((await act(agencyHead, draft.id, 'approve', { comment: '内容准确' })).body.status).toBe('office_review');
    expect((await officeStaff.request('/api/admin/interpretations/queue')).body.map((i: { id: number }) => i.id)).toContain(draft.id);
    expect((await act(officeStaff, draft.id, 'approve')).body.status).toBe('final_review');
    const published = await act(officeHead, draft.id, 'approve', { comment: '同意发布' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', allowedActions: ['withdraw'] });
    expect(published.body.publishedAt).not.toBeNull();

    expect(published.body.events.map((e: { action: string; level: number | null; actorRole: string }) => [e.action, e.level, e.actorRole])).toEqual([
      ['create', null, 'agency_staff'],
      ['submit', null, 'agency_staff'],
      ['approve', 1, 'agency_head'],
      ['approve', 2, 'office_staff'],
      ['approve', 3, 'office_head'],
    ]);
    expect(published.body.events[2]).toMatchObject({ actorName: '李静', fromStatus: 'agency_review', toStatus: 'office_review', comment: '内容准确' });
    expect(await audits('interpretation.submitted', draft.id)).toHaveLength(1);
    expect(await audits('interpretation.approved', draft.id)).toHaveLength(3);
    expect(await audits('interpretation.published', draft.id)).toHaveLength(1);
    expect((await audits('interpretation.approved', draft.id)).map((a) => a.actorRoles)).toEqual(['agency_head', 'office_staff', 'office_head']);

    const publicView = await t.request(`/api/interpretations/${draft.id}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body).toMatchObject({
      title: draft.title,
      stages: ['employment', 'hiring'],
      agencyName: '临溪市人力资源和社会保障局',
      language: 'zh',
      languages: ['zh'],
    });
    const underStage = await t.request('/api/interpretations?stage=hiring&pageSize=100');
    expect(underStage.body.items.map((i: { id: number }) => i.id)).toContain(draft.id);
  });

  it('returns to the drafter with comments at any level; the drafter reworks and resubmits', async () => {
    const draft = await draftInterpretation(drafter);
    await act(drafter, draft.id, 'submit');
    const returned1 = await act(agencyHead, draft.id, 'return', { comment: '请补充申请条件' });
    expect(returned1.body).toMatchObject({ status: 'returned' });
    expect(returned1.body.events.at(-1)).toMatchObject({ action: 'return', level: 1, comment: '请补充申请条件', toStatus: 'returned' });
    expect((await audits('interpretation.returned', draft.id))[0].reason).toBe('请补充申请条件');
    expect(outcome(await act(agencyHead, draft.id, 'return', { comment: '再退' }))).toEqual([409, 'INTERPRETATION_NOT_SUBMITTED']);

    const reworked = await drafter.request(`/api/admin/interpretations/${draft.id}`, {
      method: 'PUT',
      json: interpretationRequest({ title: '修改后的解读标题：参保补贴' }),
    });
    expect(reworked.status).toBe(200);
    expect(reworked.body).toMatchObject({ status: 'returned', title: '修改后的解读标题：参保补贴' });
    expect(await audits('interpretation.edited', draft.id)).toHaveLength(1);
    await act(drafter, draft.id, 'submit');
    await act(agencyHead, draft.id, 'approve');
    expect((await act(officeStaff, draft.id, 'return', { comment: '文号有误' })).body.status).toBe('returned');
    await act(drafter, draft.id, 'submit');
    await act(agencyHead, draft.id, 'approve');
    await act(officeStaff, draft.id, 'approve');
    const returned3 = await act(officeHead, draft.id, 'return', { comment: '表述再通俗些' });
    expect(returned3.body.events.at(-1)).toMatchObject({ level: 3, actorRole: 'office_head' });
    expect((await act(officeHead, draft.id, 'return', {})).status).toBe(400);
  });

  it('refuses self-approval (403), the wrong role (403) and the wrong state (409)', async () => {
    const bus = await signIn(t, 'bus.staff'); // agency_staff and agency_head of 公交公司
    const own = await draftInterpretation(bus, { stages: ['vehicles'] });
    await act(bus, own.id, 'submit');
    const self = await act(bus, own.id, 'approve');
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('INTERPRETATION_OWN_DRAFT');
    expect(outcome(await act(bus, own.id, 'return', { comment: '自己退回' }))).toEqual([403, 'INTERPRETATION_OWN_DRAFT']);

    const draft = await draftInterpretation(drafter);
    expect(outcome(await act(agencyHead, draft.id, 'approve'))).toEqual([409, 'INTERPRETATION_NOT_SUBMITTED']);
    expect(outcome(await act(officeHead, draft.id, 'withdraw', { reason: '未发布' }))).toEqual([409, 'INTERPRETATION_NOT_SUBMITTED']);
    await act(drafter, draft.id, 'submit');
    expect(outcome(await act(drafter, draft.id, 'submit'))).toEqual([409, 'INTERPRETATION_UNDER_REVIEW']);
    expect(outcome(await drafter.request(`/api/admin/interpretations/${draft.id}`, { method: 'PUT', json: interpretationRequest() }))).toEqual([
      409,
      'INTERPRETATION_UNDER_REVIEW',
    ]);
    expect(outcome(await act(drafter, draft.id, 'approve'))).toEqual([403, 'FORBIDDEN']); // an agency_staff role may not review at all (the access table)
    expect(outcome(await act(officeStaff, draft.id, 'approve'))).toEqual([403, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL']); // level 2 at level 1
    expect(outcome(await act(officeHead, draft.id, 'approve'))).toEqual([403, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL']);
    expect(outcome(await act(admin, draft.id, 'approve'))).toEqual([403, 'FORBIDDEN']);
    expect((await act(otherHead, draft.id, 'approve')).status).toBe(404); // another agency's head does not see it
    await act(agencyHead, draft.id, 'approve');
    expect(outcome(await act(agencyHead, draft.id, 'approve'))).toEqual([403, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL']); // level 1 at level 2
    expect(outcome(await act(officeHead, draft.id, 'approve'))).toEqual([403, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL']); // level 3 at level 2
    await act(officeStaff, draft.id, 'approve');
    expect(outcome(await act(officeStaff, draft.id, 'approve'))).toEqual([403, 'INTERPRETATION_NOT_YOUR_REVIEW_LEVEL']); // level 2 at level 3
    await act(officeHead, draft.id, 'approve');
    expect(outcome(await act(officeHead, draft.id, 'approve'))).toEqual([409, 'INTERPRETATION_ALREADY_APPROVED']);
    expect(outcome(await act(agencyHead, draft.id, 'return', { comment: '已发布' }))).toEqual([409, 'INTERPRETATION_ALREADY_APPROVED']);
    expect(outcome(await act(agencyHead, draft.id, 'withdraw', { reason: '不对' }))).toEqual([403, 'FORBIDDEN']); // the access table: the office withdraws
    expect(outcome(await act(drafter, draft.id, 'submit'))).toEqual([409, 'INTERPRETATION_ALREADY_APPROVED']);

    // An office reviewer who drafted nothing is fine; the rule is about authors. Nobody else approved this one twice.
    expect(await audits('interpretation.approved', own.id)).toHaveLength(0);
  });

  it('withdraws a published item with a reason: gone from the public, from its stage and from search', async () => {
    const item = await publishInterpretation(reviewers, { title: '撤回测试：琥珀色补贴办理', stages: ['assistance'] });
    expect((await t.request('/api/interpretations/search?q=琥珀色')).body.items.map((i: { id: number }) => i.id)).toEqual([item.id]);
    expect((await act(officeStaff, item.id, 'withdraw', { reason: 'x' })).status).toBe(400);
    const withdrawn = await act(officeStaff, item.id, 'withdraw', { reason: '政策已废止' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawReason: '政策已废止' });
    expect(withdrawn.body.events.at(-1)).toMatchObject({ action: 'withdraw', actorRole: 'office_staff', comment: '政策已废止' });
    expect((await audits('interpretation.withdrawn', item.id))[0].reason).toBe('政策已废止');
    expect((await t.request(`/api/interpretations/${item.id}`)).status).toBe(404);
    expect((await t.request('/api/interpretations?stage=assistance&pageSize=100')).body.items.map((i: { id: number }) => i.id)).not.toContain(item.id);
    expect((await t.request('/api/interpretations/search?q=琥珀色')).body.items).toEqual([]);
    expect(await t.dataSource.getRepository(InterpretationTerm).countBy({ interpretationId: item.id })).toBe(0);
  });

  it('validates drafts: shape, stages, formats with media, https only, sanitised body (400 with details)', async () => {
    const bad = async (overrides: Record<string, unknown>, field: string) => {
      const response = await post(drafter, '/api/admin/interpretations', { ...interpretationRequest(), ...overrides });
      expect({ field, status: response.status, code: response.body.code }).toEqual({ field, status: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    };
    await bad({ stages: [] }, 'stages');
    await bad({ stages: ['moon'] }, 'stages');
    await bad({ format: 'comic' }, 'format');
    await bad({ format: 'video' }, 'mediaUrl');
    await bad({ format: 'video', mediaUrl: 'http://media.example.cn/a.mp4' }, 'mediaUrl');
    await bad({ format: 'graphic', imageUrl: 'javascript:alert(1)' }, 'imageUrl');
    await bad({ title: 'x' }, 'title');
    await bad({ bodyHtml: '<script>alert(1)</script>' }, 'bodyHtml');
    await bad({ policyDocumentId: 999999 }, 'policyDocumentId');
    await bad({ relatedIds: [999999] }, 'relatedIds');
    await bad({ variants: [{ language: 'xx', title: 't', summary: '', bodyHtml: '<p>x</p>' }] }, 'variants.0.language');
    await bad({ authorId: 1 }, 'authorId');
    await bad({ bodyHtml: `<p>${'正'.repeat(20_001)}</p>` }, 'bodyHtml');
    // Within the character limit, but its escaped form would not fit MySQL's TEXT: 400, never a 500.
    await bad({ bodyHtml: `<p>${'&'.repeat(19_990)}</p>` }, 'bodyHtml');
    // media.linxi.example.cn is on the demo's allow-list (test/api/interpretation-media.e2e-spec.ts tests the list itself).
    const video = await post(
      drafter,
      '/api/admin/interpretations',
      interpretationRequest({ format: 'video', mediaUrl: 'https://media.linxi.example.cn/a.mp4' }),
    );
    expect(video.status).toBe(201);
    expect(video.body.mediaUrl).toBe('https://media.linxi.example.cn/a.mp4');
    expect((await officeStaff.request('/api/admin/interpretations', { method: 'POST', json: interpretationRequest() })).status).toBe(403);
  });

  it("links only published items or the agency's own: another agency's draft answers exactly like a missing id", async () => {
    const otherDrafter = await signIn(t, 'edu.staff');
    const foreignDraft = await draftInterpretation(otherDrafter);
    const ownDraft = await draftInterpretation(drafter);
    const foreignPublished = await publishInterpretation({ drafter: otherDrafter, agencyHead: otherHead, officeStaff, officeHead });
    const withRelated = (relatedIds: number[]) => post(drafter, '/api/admin/interpretations', interpretationRequest({ relatedIds }));
    const refused = await withRelated([foreignDraft.id]);
    const missing = await withRelated([999_999]);
    expect(refused.status).toBe(400);
    const { traceId: _refusedTrace, ...refusedBody } = refused.body;
    const { traceId: _missingTrace, ...missingBody } = missing.body;
    expect(refusedBody).toEqual(missingBody);
    // Editing an existing draft is checked the same way.
    const edit = await drafter.request(`/api/admin/interpretations/${ownDraft.id}`, {
      method: 'PUT',
      json: interpretationRequest({ relatedIds: [foreignDraft.id] }),
    });
    expect(edit.status).toBe(400);
    const linked = await withRelated([ownDraft.id, foreignPublished.id]);
    expect(linked.status).toBe(201);
    expect(linked.body.relatedIds).toEqual([ownDraft.id, foreignPublished.id].sort((a, b) => a - b));
  });

  it('stores the XSS corpus clean', async () => {
    const corpus = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">点我</a>',
      '<p onclick="alert(1)" style="background:url(javascript:alert(1))">段落</p>',
      '<svg onload=alert(1)><script>alert(1)</script></svg>',
      '<div style="width:expression(alert(1))">x</div>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    ].join('');
    const draft = await draftInterpretation(drafter, {
      bodyHtml: `<p>正文</p>${corpus}`,
      variants: [{ language: 'ii', title: 'ꆈꌠ', summary: 'ꆈꌠ', bodyHtml: `<p>ꆈꌠ</p>${corpus}` }],
    });
    const stored = await t.dataSource.getRepository(Interpretation).findOneByOrFail({ id: draft.id });
    const dangerous = /<script|<iframe|<svg|<img|<style|\son\w+=|javascript:|expression\(|data:text/i;
    expect(stored.bodyHtml).not.toMatch(dangerous);
    expect(stored.bodyHtml).toContain('<p>正文</p>');
    expect(draft.variants[0].bodyHtml).not.toMatch(dangerous);
  });

  it('keeps language variants: zh plus Yi, chosen with ?lang=', async () => {
    const item = await publishInterpretation(reviewers, {
      title: '彝汉双语：农村低保申请',
      variants: [{ language: 'ii', title: 'ꃅꄿꁨꆹ ꄮꐊ（彝文演示）', summary: 'ꆈꌠꁱꂷ', bodyHtml: '<p>ꆈꌠꉙ ꄮꐊ</p>' }],
    });
    const zh = await t.request(`/api/interpretations/${item.id}`);
    expect(zh.body).toMatchObject({ language: 'zh', languages: ['zh', 'ii'], title: '彝汉双语：农村低保申请' });
    const ii = await t.request(`/api/interpretations/${item.id}?lang=ii`);
    expect(ii.body).toMatchObject({ language: 'ii', title: 'ꃅꄿꁨꆹ ꄮꐊ（彝文演示）', bodyHtml: '<p>ꆈꌠꉙ ꄮꐊ</p>' });
    expect((await t.request(`/api/interpretations/${item.id}?lang=en`)).body.language).toBe('zh');
    expect((await t.request(`/api/interpretations/${item.id}?lang=fr`)).status).toBe(400);
  });

  it('lists by audience and stage, newest first, with ETags and 304s; views still count', async () => {
    const personal = await publishInterpretation(reviewers, { stages: ['retirement'] });
    const enterprise = await publishInterpretation(reviewers, { stages: ['deregistration'] });
    const people = (await t.request('/api/interpretations?audience=personal&pageSize=100')).body.items.map((i: { id: number }) => i.id);
    expect(people).toContain(personal.id);
    expect(people).not.toContain(enterprise.id);
    const firms = (await t.request('/api/interpretations?audience=enterprise&pageSize=100')).body.items.map((i: { id: number }) => i.id);
    expect(firms).toContain(enterprise.id);
    expect(firms[0]).toBe(enterprise.id);
    expect((await t.request('/api/interpretations?audience=alien')).status).toBe(400);

    for (const path of ['/api/interpretations?stage=retirement', `/api/interpretations/${personal.id}`, '/api/interpretations/search?q=补贴', '/api/stages']) {
      const first = await t.request(path);
      const etag = first.headers.get('etag');
      expect({ path, etag: /^W\/".+"$/.test(etag ?? '') }).toEqual({ path, etag: true });
      expect(first.headers.get('cache-control')).toBe('public, no-cache');
      const again = await t.request(path, { headers: { 'if-none-match': etag! } });
      expect({ path, status: again.status, body: again.body }).toEqual({ path, status: 304, body: '' });
      expect((await t.request(path, { headers: { 'if-none-match': 'W/"other"' } })).status).toBe(200);
    }

    // Every detail fetch counts, 304 or not, once the counted views are flushed: the count is kept out of the ETag.
    await t.app.get(ViewCounter).flush();
    const before = (await t.dataSource.getRepository(Interpretation).findOneByOrFail({ id: personal.id })).viewCount;
    const first = await t.request(`/api/interpretations/${personal.id}`);
    await t.request(`/api/interpretations/${personal.id}`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    await t.app.get(ViewCounter).flush();
    const after = (await t.dataSource.getRepository(Interpretation).findOneByOrFail({ id: personal.id })).viewCount;
    expect(after).toBe(before + 2);
    expect((await t.request(`/api/interpretations/${personal.id}`)).headers.get('etag')).toBe(first.headers.get('etag'));

    // A change of content changes the ETag of the stage list.
    const stageList = await t.request('/api/interpretations?stage=retirement');
    await publishInterpretation(reviewers, { stages: ['retirement'] });
    expect((await t.request('/api/interpretations?stage=retirement', { headers: { 'if-none-match': stageList.headers.get('etag')! } })).status).toBe(200);
  });

  it('searches Chinese text with jieba terms, title matches first, the same on both databases', async () => {
    const inBody = await publishInterpretation(reviewers, {
      title: '住房政策问答一则',
      summary: '关于住房保障的常见问题说明。',
      bodyHtml: '<p>购买新能源汽车的家庭也可以申请翡翠卡。</p>',
    });
    const inTitle = await publishInterpretation(reviewers, {
      title: '翡翠卡申领指南',
      summary: '翡翠卡是什么、谁能申请、在哪里办。',
      bodyHtml: '<p>持翡翠卡可以享受公交优惠。</p>',
    });
    const inSummary = await publishInterpretation(reviewers, {
      title: '公交出行优惠',
      summary: '老年人可以凭翡翠卡免费乘车。',
      bodyHtml: '<p>详见公交公司公告。</p>',
    });
    const draftOnly = await draftInterpretation(drafter, { title: '翡翠卡草稿' });

    const found = await t.request(`/api/interpretations/search?q=${encodeURIComponent('翡翠卡是什么？')}`);
    expect(found.status).toBe(200);
    expect(found.body.items.map((i: { id: number }) => i.id)).toEqual([inTitle.id, inSummary.id, inBody.id]);
    expect(found.body.total).toBe(3);
    expect(found.body.items.map((i: { id: number }) => i.id)).not.toContain(draftOnly.id);

    // More distinct query words matched beats one heavy word.
    const both = await t.request(`/api/interpretations/search?q=${encodeURIComponent('翡翠卡 新能源汽车')}`);
    expect(both.body.items[0].id).toBe(inBody.id);
    const paged = await t.request(`/api/interpretations/search?q=${encodeURIComponent('翡翠卡')}&pageSize=2&page=2`);
    expect(paged.body).toMatchObject({ total: 3, page: 2 });
    expect(paged.body.items.map((i: { id: number }) => i.id)).toEqual([inBody.id]);
    expect((await t.request('/api/interpretations/search?q=')).status).toBe(400);

    // Terms that differ in JavaScript but collate equal on MySQL (accents, full width, CJK extension B) still publish.
    const collating = await publishInterpretation(reviewers, { title: '生僻字测试：𠮷𡈽姓氏登记', bodyHtml: '<p>café cafe ＡＢＣ abc 𠮷 𡈽</p>' });
    expect(collating.status).toBe('published');
    expect((await t.request(`/api/interpretations/search?q=${encodeURIComponent('café')}`)).body.items.map((i: { id: number }) => i.id)).toContain(
      collating.id,
    );
    expect((await t.request(`/api/interpretations/search?q=${encodeURIComponent('？！')}`)).body).toMatchObject({ items: [], total: 0 });
  });

  it('takes "was this helpful" once per citizen (409 the second time), audited', async () => {
    const item = await publishInterpretation(reviewers);
    const citizen = await citizenSignIn(t);
    const other = await citizenSignIn(t);
    expect((await t.request(`/api/interpretations/${item.id}/feedback`, { method: 'POST', json: { helpful: true } })).status).toBe(401);
    const first = await citizen.request(`/api/interpretations/${item.id}/feedback`, { method: 'POST', json: { helpful: true } });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ helpful: 1, unhelpful: 0, mine: true });
    expect(outcome(await citizen.request(`/api/interpretations/${item.id}/feedback`, { method: 'POST', json: { helpful: false } }))).toEqual([
      409,
      'INTERPRETATION_FEEDBACK_ALREADY_GIVEN',
    ]);
    expect((await other.request(`/api/interpretations/${item.id}/feedback`, { method: 'POST', json: { helpful: false } })).body).toEqual({
      helpful: 1,
      unhelpful: 1,
      mine: false,
    });
    expect((await other.request(`/api/interpretations/${item.id}/feedback`, { method: 'POST', json: { helpful: 'yes' } })).status).toBe(400);
    const rows = await audits('interpretation.feedback', item.id);
    expect(rows.map((r) => [r.actorType, r.actorId, r.reason])).toEqual([
      ['citizen', citizen.id, 'helpful'],
      ['citizen', other.id, 'unhelpful'],
    ]);
    const draft = await draftInterpretation(drafter);
    expect((await citizen.request(`/api/interpretations/${draft.id}/feedback`, { method: 'POST', json: { helpful: true } })).status).toBe(404);
    expect((await t.request(`/api/interpretations/${item.id}`)).body).toMatchObject({ helpful: 1, unhelpful: 1 });
  });

  it('registers policy documents (文号 unique, audited) and links them', async () => {
    const document = {
      title: '临溪市灵活就业社保补贴实施办法',
      docNumber: `临人社发〔2026〕${Date.now() % 100000}号`,
      issuer: '临溪市人力资源和社会保障局',
      issuedOn: '2026-03-01',
      validity: 'valid',
    };
    const created = await post(drafter, '/api/admin/policy-documents', document);
    expect(created.status).toBe(201);
    expect(await audits('policy_document.created', created.body.id)).toHaveLength(1);
    expect(outcome(await post(drafter, '/api/admin/policy-documents', document))).toEqual([409, 'INTERPRETATION_DOC_NUMBER_TAKEN']);
    expect((await post(drafter, '/api/admin/policy-documents', { ...document, docNumber: 'x2', issuedOn: '2026-13-01' })).status).toBe(400);
    const item = await publishInterpretation(reviewers, { policyDocumentId: created.body.id });
    expect((await t.request(`/api/interpretations/${item.id}`)).body.policyDocument).toMatchObject({ docNumber: document.docNumber, validity: 'valid' });
    expect((await drafter.request('/api/admin/policy-documents')).body.map((d: { id: number }) => d.id)).toContain(created.body.id);
  });

  it('counts published interpretations per stage (all 14) and per agency for a period, in SQL', async () => {
    // A fresh agency and a fresh period keep the counts known whatever else the suite published.
    const agencyResponse = await post(admin, '/api/admin/agencies', {
      code: `dept-stats-${Date.now().toString(36)}`,
      name: '统计测试局',
      kind: 'department',
      description: '',
    });
    expect(agencyResponse.status).toBe(201);
    const statsDrafter = await signInNew(agencyResponse.body.id, ['agency_staff']);
    const statsHead = await signInNew(agencyResponse.body.id, ['agency_head']);
    const team = { drafter: statsDrafter, agencyHead: statsHead, officeStaff, officeHead };
    const a = await publishInterpretation(team, { stages: ['birth', 'education'] });
    const b = await publishInterpretation(team, { stages: ['birth'] });
    const c = await publishInterpretation(team, { stages: ['fees_taxes'] });
    await draftInterpretation(statsDrafter, { stages: ['birth'] });
    await act(officeHead, c.id, 'withdraw', { reason: '统计测试' });
    const period = '2031-05-01';
    await t.dataSource.getRepository(Interpretation).update([a.id, b.id, c.id], { publishedAt: new Date('2031-05-01T03:00:00Z') });

    const figures = await officeHead.request(`/api/admin/stats/interpretations?from=${period}&to=${period}`);
    expect(figures.status).toBe(200);
    expect(figures.body.total).toBe(3);
    expect(figures.body.byStage).toHaveLength(14);
    const count = (stage: string) => figures.body.byStage.find((s: { stage: string }) => s.stage === stage).count;
    expect([count('birth'), count('education'), count('fees_taxes'), count('retirement')]).toEqual([2, 1, 1, 0]);
    expect(figures.body.byAgency).toEqual([{ agencyId: agencyResponse.body.id, agencyName: '统计测试局', count: 3 }]);
    expect((await officeHead.request('/api/admin/stats/interpretations?from=2031-05-02&to=2031-05-31')).body.total).toBe(0);
    expect((await officeHead.request('/api/admin/stats/interpretations?from=2031-05-02&to=2031-05-01')).status).toBe(400);
    expect((await officeHead.request('/api/admin/stats/interpretations?from=2031-02-30&to=2031-03-01')).status).toBe(400);
    expect((await officeHead.request('/api/admin/stats/interpretations?from=2031-05-01')).status).toBe(400);
    expect((await drafter.request(`/api/admin/stats/interpretations?from=${period}&to=${period}`)).status).toBe(403);
  });

  async function signInNew(agencyId: number, roles: Array<'agency_staff' | 'agency_head'>): Promise<StaffSession> {
    const account = await createAccount(admin, agencyId, roles);
    return signIn(t, account.username, account.password);
  }

  it('lists for staff scoped to their agency; the office sees all', async () => {
    const own = await draftInterpretation(drafter);
    const edu = await signIn(t, 'edu.staff');
    const theirs = await draftInterpretation(edu, { stages: ['education'] });
    const mine = await drafter.request('/api/admin/interpretations?mine=true&pageSize=100');
    expect(mine.body.items.map((i: { id: number }) => i.id)).toContain(own.id);
    expect(mine.body.items.every((i: { authorId: number }) => i.authorId === drafter.me.id)).toBe(true);
    const all = (await officeStaff.request('/api/admin/interpretations?pageSize=100&status=draft')).body.items.map((i: { id: number }) => i.id);
    expect(all).toEqual(expect.arrayContaining([own.id, theirs.id]));
    expect(
      (await officeStaff.request(`/api/admin/interpretations?stage=education&status=draft&pageSize=100`)).body.items.map((i: { id: number }) => i.id),
    ).toContain(theirs.id);
    expect(await agencyIdOf(t, 'dept-edu')).toBe(theirs.agencyId);
  });
});
