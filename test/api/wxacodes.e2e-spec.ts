// Issue 16 point 2: staff download a 小程序码 (PNG) for a published interpretation, unit or notice. WeChat draws it
// (the fake server draws a real QR code that names the page and scene), the BFF keeps it, and refuses drafts and
// withdrawn items, callers who are not staff, and answers a domain error when WeChat refuses or is not configured.
import { parseWxacodeScene, WXACODE_ENTRY_PAGE } from '@weimin/contracts';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { createAgency, staffMember, startBareInstallation } from '../factories/installation.factory';
import { draftInterpretation, publishInterpretation } from '../factories/interpretation.factory';
import { citizenSignIn } from '../factories/message.factory';
import { publishNotice } from '../factories/notice.factory';
import type { StaffSession } from '../factories/staff.factory';
import { TEST_DB, type TestApp } from '../support/api-app';
import { decodeQrPng, PNG_SIGNATURE } from '../support/qr';

describe(`小程序码 downloads (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let admin: StaffSession;
  let reviewers: Parameters<typeof publishInterpretation>[0];
  let unitStaff: StaffSession;
  let interpretationId: number;
  let unitId: number;
  let noticeId: number;

  /** The download as bytes (the test app's request reads text). */
  async function download(path: string, who: { cookie?: string; token?: string } = {}) {
    const headers: Record<string, string> = {};
    if (who.cookie) headers.cookie = who.cookie;
    if (who.token) headers.authorization = `Bearer ${who.token}`;
    const response = await fetch(t.url + path, { headers });
    const bytes = Buffer.from(await response.arrayBuffer());
    const json = response.headers.get('content-type')?.includes('application/json') ? JSON.parse(bytes.toString('utf8')) : null;
    return { status: response.status, headers: response.headers, bytes, json };
  }

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    const installation = await startBareInstallation({ WECHAT_API_BASE: fake.url, WECHAT_APPID: FAKE_APP_ID, WECHAT_SECRET: FAKE_SECRET });
    t = installation.t;
    admin = installation.admin;
    const department = await createAgency(admin, 'department');
    reviewers = {
      drafter: await staffMember(t, admin, department.id, ['agency_staff']),
      agencyHead: await staffMember(t, admin, department.id, ['agency_head']),
      officeStaff: await staffMember(t, admin, installation.officeId, ['office_staff']),
      officeHead: await staffMember(t, admin, installation.officeId, ['office_head']),
    };
    interpretationId = (await publishInterpretation(reviewers, { title: '小程序码测试解读' })).id;
    const unit = await createAgency(admin, 'public_enterprise', { industry: 'water_supply' });
    unitId = unit.id;
    unitStaff = await staffMember(t, admin, unit.id, ['agency_staff']);
    noticeId = (await publishNotice(unitStaff, { title: '小程序码测试停水通知' })).id;
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it.each([
    ['interpretation', () => `/api/admin/interpretations/${interpretationId}/wxacode`, () => reviewers.drafter, () => `i=${interpretationId}`],
    ['unit', () => `/api/admin/agencies/${unitId}/wxacode`, () => reviewers.officeStaff, () => `u=${unitId}`],
    ['notice', () => `/api/admin/notices/${noticeId}/wxacode`, () => unitStaff, () => `n=${noticeId}`],
  ])('draws a %s code that opens the home page with its scene, once', async (kind, path, who, scene) => {
    const first = await download(path(), who());
    expect([first.status, first.json]).toEqual([200, null]);
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(first.headers.get('content-disposition')).toBe(`attachment; filename="wxacode-${kind}-${scene().slice(2)}.png"`);
    expect(first.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(decodeQrPng(first.bytes)).toBe(`weimin-fake-wxacode:${WXACODE_ENTRY_PAGE}?scene=${scene()}`);
    expect(parseWxacodeScene(scene())).toEqual({ kind, id: Number(scene().slice(2)) });

    // Kept: the second download is the same image and WeChat is not asked again.
    const calls = fake.state.wxacodeRequests.length;
    const again = await download(path(), who());
    expect(again.status).toBe(200);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(fake.state.wxacodeRequests.length).toBe(calls);
    expect(fake.state.wxacodeRequests.filter((r) => r.scene === scene())).toEqual([{ scene: scene(), page: WXACODE_ENTRY_PAGE }]);
  });

  it('refuses callers who are not staff, and staff roles that do not see the item', async () => {
    const path = `/api/admin/interpretations/${interpretationId}/wxacode`;
    expect((await download(path)).json).toMatchObject({ code: 'UNAUTHENTICATED' });
    const citizen = await citizenSignIn(t);
    const asCitizen = await download(path, { token: citizen.token });
    expect([asCitizen.status, asCitizen.json?.code]).toEqual([401, 'UNAUTHENTICATED']);
    // Units are listed to the office and administrators only.
    const asDrafter = await download(`/api/admin/agencies/${unitId}/wxacode`, reviewers.drafter);
    expect([asDrafter.status, asDrafter.json?.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('refuses a draft, a withdrawn item (dropping its kept code) and one that does not exist', async () => {
    const calls = fake.state.wxacodeRequests.length;
    const draft = await draftInterpretation(reviewers.drafter, { title: '尚未发布的解读' });
    const refused = await download(`/api/admin/interpretations/${draft.id}/wxacode`, reviewers.drafter);
    expect([refused.status, refused.json]).toEqual([
      404,
      { code: 'WXACODE_NOT_PUBLISHED', message: expect.stringContaining('未发布'), traceId: expect.any(String) },
    ]);

    const notice = await publishNotice(unitStaff, { title: '即将撤回的通知' });
    expect((await download(`/api/admin/notices/${notice.id}/wxacode`, unitStaff)).status).toBe(200);
    const withdrawn = await unitStaff.request(`/api/admin/notices/${notice.id}/withdraw`, { method: 'POST', json: { reason: '信息有误' } });
    expect(withdrawn.status).toBe(200);
    const afterWithdrawal = await download(`/api/admin/notices/${notice.id}/wxacode`, unitStaff);
    expect([afterWithdrawal.status, afterWithdrawal.json?.code]).toEqual([404, 'WXACODE_NOT_PUBLISHED']);
    const kept = await t.dataSource.query(
      `SELECT COUNT(*) AS n FROM wxacode WHERE kind = 'notice' AND ${TEST_DB === 'mysql' ? '`subjectId`' : '"subjectId"'} = ${notice.id}`,
    );
    expect(Number(kept[0].n)).toBe(0);

    const missing = await download('/api/admin/interpretations/999999/wxacode', reviewers.drafter);
    expect([missing.status, missing.json?.code]).toEqual([404, 'NOT_FOUND']);
    const bad = await download('/api/admin/interpretations/abc/wxacode', reviewers.drafter);
    expect([bad.status, bad.json?.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(fake.state.wxacodeRequests.length).toBe(calls + 1); // only the notice, before it was withdrawn
  });

  it('answers a domain error when WeChat refuses, and keeps nothing', async () => {
    const notice = await publishNotice(unitStaff, { title: '额度用尽时的通知' });
    fake.state.wxacodeErrcode = 45009;
    try {
      const refused = await download(`/api/admin/notices/${notice.id}/wxacode`, unitStaff);
      expect([refused.status, refused.json?.code, refused.json?.details]).toEqual([503, 'WXACODE_WECHAT_REFUSED', { errcode: 45009 }]);
      expect(refused.json.message).toContain('上限');
    } finally {
      fake.state.wxacodeErrcode = null;
    }
    const retried = await download(`/api/admin/notices/${notice.id}/wxacode`, unitStaff);
    expect(retried.status).toBe(200);
    expect(decodeQrPng(retried.bytes)).toBe(`weimin-fake-wxacode:${WXACODE_ENTRY_PAGE}?scene=n=${notice.id}`);
  });

  it('gets a new access token once when WeChat says the one it holds is no longer valid', async () => {
    const notice = await publishNotice(unitStaff, { title: '令牌失效时的通知' });
    fake.state.validTokens.clear();
    const response = await download(`/api/admin/notices/${notice.id}/wxacode`, unitStaff);
    expect(response.status).toBe(200);
    expect(decodeQrPng(response.bytes)).toBe(`weimin-fake-wxacode:${WXACODE_ENTRY_PAGE}?scene=n=${notice.id}`);
  });
});

describe(`小程序码 without WeChat configured (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: StaffSession;
  let unitId: number;

  beforeAll(async () => {
    const installation = await startBareInstallation();
    t = installation.t;
    admin = installation.admin;
    unitId = (await createAgency(admin, 'public_enterprise', { industry: 'power_supply' })).id;
  }, 300_000);
  afterAll(() => t?.close());

  it('answers 503 WXACODE_WECHAT_NOT_CONFIGURED, not a server error', async () => {
    const response = await admin.request(`/api/admin/agencies/${unitId}/wxacode`);
    expect([response.status, response.body.code]).toEqual([503, 'WXACODE_WECHAT_NOT_CONFIGURED']);
    expect(response.body.message).toContain('WECHAT_APPID');
  });
});
