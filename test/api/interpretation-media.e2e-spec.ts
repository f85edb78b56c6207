import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { Interpretation } from '../../apps/bff/src/interpretations/interpretation.entity';
import { draftInterpretation, interpretationRequest } from '../factories/interpretation.factory';
import { signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

/**
 * 图解 and 视频 in the page (issue 15 point 5): a picture needs its text alternative, a video may carry a transcript,
 * and both must come from a host of the administrator's allow-list (系统设置 › 媒体来源), checked at save and at publish.
 */
describe(`interpretation media (${TEST_DB})`, () => {
  let t: TestApp;
  let drafter: StaffSession;
  let agencyHead: StaffSession;
  let officeStaff: StaffSession;
  let officeHead: StaffSession;
  let admin: StaffSession;

  beforeAll(async () => {
    t = await startTestApp();
    [drafter, agencyHead, officeStaff, officeHead, admin] = await Promise.all(
      ['hrss.staff', 'hrss.head', 'office.staff', 'office.head', 'admin'].map((u) => signIn(t, u)),
    );
  });
  afterAll(() => t.close());

  const saveHosts = (session: StaffSession, hosts: unknown) => session.request('/api/admin/settings/media-hosts', { method: 'PUT', json: { hosts } });
  const draft = (overrides: Record<string, unknown>) =>
    drafter.request('/api/admin/interpretations', { method: 'POST', json: { ...interpretationRequest(), ...overrides } });
  const act = (session: StaffSession, id: number, action: string) =>
    session.request(`/api/admin/interpretations/${id}/${action}`, { method: 'POST', json: {} });
  /** A refusal: 400, VALIDATION_FAILED, a message, and the field named in the details. */
  const expectRefused = (response: { status: number; body: { code?: string; message?: string; details?: Array<{ field: string }> } }, field: string) => {
    expect({ status: response.status, code: response.body.code, fields: response.body.details?.map((d) => d.field) }).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([field]),
    });
    expect(typeof response.body.message).toBe('string');
  };

  it('keeps the allow-list in 系统设置: the demo host at first; the administrator saves it (normalised, audited); others read only', async () => {
    const initial = await officeStaff.request('/api/admin/settings/media-hosts');
    expect(initial.status).toBe(200);
    expect(initial.body).toMatchObject({ hosts: ['media.linxi.example.cn'], updatedBy: null });

    const saved = await saveHosts(admin, [' Media.Linxi.Example.cn ', 'video.example.gov.cn', 'media.linxi.example.cn']);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ hosts: ['media.linxi.example.cn', 'video.example.gov.cn'], updatedBy: expect.any(String) });
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'settings.media_hosts_saved' as AuditLog['action'] })).toBe(1);

    expect((await saveHosts(officeStaff, ['x.example.cn'])).status).toBe(403);
    expect((await saveHosts(drafter, ['x.example.cn'])).status).toBe(403);
    expectRefused(await saveHosts(admin, ['https://x.example.cn/']), 'hosts');
    expectRefused(await saveHosts(admin, ['localhost']), 'hosts');
    expectRefused(await saveHosts(admin, 'media.linxi.example.cn'), 'hosts');
    expectRefused(await saveHosts(admin, [42]), 'hosts');
    expect((await officeStaff.request('/api/admin/settings/media-hosts')).body.hosts).toEqual(['media.linxi.example.cn', 'video.example.gov.cn']);
  });

  it('refuses a 视频 without a video, off the list, or not https; a 图解 without a picture or its text alternative (400 with details)', async () => {
    await saveHosts(admin, ['media.linxi.example.cn']);
    expectRefused(await draft({ format: 'video' }), 'mediaUrl');
    expectRefused(await draft({ format: 'video', mediaUrl: 'https://cdn.elsewhere.com/a.mp4' }), 'mediaUrl');
    expectRefused(await draft({ format: 'video', mediaUrl: 'https://media.linxi.example.cn.elsewhere.com/a.mp4' }), 'mediaUrl');
    expectRefused(await draft({ format: 'video', mediaUrl: 'http://media.linxi.example.cn/a.mp4' }), 'mediaUrl');
    expectRefused(await draft({ format: 'video', mediaUrl: 'https://media.linxi.example.cn/a.mp4', transcript: 'x'.repeat(10_001) }), 'transcript');
    expectRefused(await draft({ format: 'graphic' }), 'imageUrl');
    expectRefused(await draft({ format: 'graphic', imageUrl: 'https://media.linxi.example.cn/a.png' }), 'imageAlt');
    expectRefused(await draft({ format: 'graphic', imageUrl: 'https://media.linxi.example.cn/a.png', imageAlt: '   ' }), 'imageAlt');
    expectRefused(await draft({ format: 'graphic', imageUrl: 'https://cdn.elsewhere.com/a.png', imageAlt: '流程图' }), 'imageUrl');
    expectRefused(await draft({ format: 'graphic', imageUrl: '//cdn.elsewhere.com/a.png', imageAlt: '流程图' }), 'imageUrl');
    expectRefused(await draft({ format: 'graphic', imageUrl: '/h5/../api/admin/accounts', imageAlt: '流程图' }), 'imageUrl');
    expectRefused(await draft({ format: 'graphic', imageUrl: 'data:image/png;base64,AAAA', imageAlt: '流程图' }), 'imageUrl');
    expectRefused(await draft({ format: 'graphic', imageUrl: '/h5/a.png', imageAlt: '图'.repeat(301) }), 'imageAlt');
    expect(await t.dataSource.getRepository(Interpretation).countBy({ title: '不应保存' })).toBe(0);
  });

  it('publishes a 图解 with its text alternative and a 视频 with its transcript; the public detail carries them', async () => {
    await saveHosts(admin, ['media.linxi.example.cn']);
    const picture = await draftInterpretation(drafter, { format: 'graphic', imageUrl: '/h5/demo-media/birth-one-thing.png', imageAlt: '出生一件事：三步办完' });
    const video = await draftInterpretation(drafter, {
      format: 'video',
      mediaUrl: 'https://media.linxi.example.cn/v/a.mp4',
      transcript: '大家好。\n今天讲灵活就业参保补贴。',
    });
    expect(picture).toMatchObject({ imageUrl: '/h5/demo-media/birth-one-thing.png', imageAlt: '出生一件事：三步办完', mediaUrl: null, transcript: null });
    expect(video).toMatchObject({ mediaUrl: 'https://media.linxi.example.cn/v/a.mp4', transcript: '大家好。\n今天讲灵活就业参保补贴。' });
    for (const item of [picture, video]) {
      for (const [session, action] of [
        [drafter, 'submit'],
        [agencyHead, 'approve'],
        [officeStaff, 'approve'],
        [officeHead, 'approve'],
      ] as const)
        expect((await act(session, item.id, action)).status).toBe(200);
    }
    expect((await t.request(`/api/interpretations/${picture.id}`)).body).toMatchObject({
      format: 'graphic',
      imageUrl: '/h5/demo-media/birth-one-thing.png',
      imageAlt: '出生一件事：三步办完',
    });
    expect((await t.request(`/api/interpretations/${video.id}`)).body).toMatchObject({
      format: 'video',
      mediaUrl: 'https://media.linxi.example.cn/v/a.mp4',
      transcript: '大家好。\n今天讲灵活就业参保补贴。',
    });
  });

  it('checks the list again at publication: a host taken off meanwhile stops the last approval (400), put back it passes', async () => {
    await saveHosts(admin, ['media.linxi.example.cn', 'video.example.gov.cn']);
    const item = await draftInterpretation(drafter, { format: 'video', mediaUrl: 'https://video.example.gov.cn/b.mp4', transcript: '文字稿' });
    for (const [session, action] of [
      [drafter, 'submit'],
      [agencyHead, 'approve'],
      [officeStaff, 'approve'],
    ] as const)
      expect((await act(session, item.id, action)).status).toBe(200);
    await saveHosts(admin, ['media.linxi.example.cn']);
    const refused = await act(officeHead, item.id, 'approve');
    expectRefused(refused, 'mediaUrl');
    expect(refused.body.message).toContain('白名单');
    expect((await officeHead.request(`/api/admin/interpretations/${item.id}`)).body.status).toBe('final_review');
    expect((await t.request(`/api/interpretations/${item.id}`)).status).toBe(404);

    await saveHosts(admin, ['media.linxi.example.cn', 'video.example.gov.cn']);
    expect((await act(officeHead, item.id, 'approve')).body.status).toBe('published');
  });

  it('gives the demo 图解 a picture this server serves with its text alternative, and the demo 视频 a listed host and a transcript', async () => {
    const page = await t.request('/api/interpretations?pageSize=100');
    const graphic = page.body.items.find((i: { format: string; title: string }) => i.format === 'graphic' && i.title.startsWith('一图读懂：生了宝宝'));
    // The demo's, not those the tests above published (their titles come from the factory).
    const video = page.body.items.find((i: { format: string; title: string }) => i.format === 'video' && !i.title.startsWith('测试解读'));
    const graphicDetail = (await t.request(`/api/interpretations/${graphic.id}`)).body;
    expect(graphicDetail.imageUrl).toBe('/h5/demo-media/birth-one-thing.png');
    expect(graphicDetail.imageAlt).toContain('出生医学证明');
    const videoDetail = (await t.request(`/api/interpretations/${video.id}`)).body;
    expect(new URL(videoDetail.mediaUrl).hostname).toBe('media.linxi.example.cn');
    expect(videoDetail.transcript.length).toBeGreaterThan(20);
  });
});
