// Issue 16 point 1: a page shared to a chat or to Moments (or opened from a copied H5 link) must open for anyone, signed
// in or not, since WeChat's single-page mode cannot sign in. These are the reads the four shareable pages make, sent
// with no session and no token.
import { createAgency, staffMember, startBareInstallation } from '../factories/installation.factory';
import { publishInterpretation } from '../factories/interpretation.factory';
import { citizenSignIn, submitMessage } from '../factories/message.factory';
import { publishNotice } from '../factories/notice.factory';
import { TEST_DB, type TestApp } from '../support/api-app';

describe(`shared pages open without signing in (${TEST_DB})`, () => {
  let t: TestApp;
  let reads: Array<[page: string, path: string, title: string]>;

  beforeAll(async () => {
    const installation = await startBareInstallation({ MESSAGE_POSTS_PER_HOUR: '1000' });
    t = installation.t;
    const { admin, officeId } = installation;
    const department = await createAgency(admin, 'department');
    const [drafter, agencyHead, officeStaff, officeHead] = [
      await staffMember(t, admin, department.id, ['agency_staff']),
      await staffMember(t, admin, department.id, ['agency_head']),
      await staffMember(t, admin, officeId, ['office_staff']),
      await staffMember(t, admin, officeId, ['office_head']),
    ];
    const interpretation = await publishInterpretation({ drafter, agencyHead, officeStaff, officeHead }, { title: '灵活就业人员参保补贴怎么领' });

    const unit = await createAgency(admin, 'public_enterprise', { industry: 'water_supply' });
    const notice = await publishNotice(await staffMember(t, admin, unit.id, ['agency_staff']), { title: '计划停水通知' });

    const citizen = await citizenSignIn(t);
    const message = await submitMessage(citizen, { title: '小区路灯不亮', isPublic: true, targetAgencyId: department.id });
    const reply = await drafter.request(`/api/admin/messages/${message.id}/reply`, { method: 'POST', json: { bodyHtml: '<p>已安排维修。</p>' } });
    expect(reply.status).toBe(200);

    reads = [
      ['packages/policy/pages/detail/index', `/api/interpretations/${interpretation.id}`, '灵活就业人员参保补贴怎么领'],
      ['packages/units/pages/detail/index', `/api/agencies/${unit.id}`, unit.name],
      ['packages/units/pages/notice/index', `/api/notices/${notice.id}`, '计划停水通知'],
      ['packages/messages/pages/board-detail/index', `/api/board/${message.id}`, '小区路灯不亮'],
    ];
  }, 300_000);
  afterAll(() => t?.close());

  it('answers every read of a shareable page to a caller with no session', async () => {
    for (const [page, path, title] of reads) {
      const response = await t.request(path);
      expect({ page, status: response.status }).toEqual({ page, status: 200 });
      expect(JSON.stringify(response.body)).toContain(title);
    }
  });
});
