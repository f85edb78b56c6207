// 就此政策咨询 (issue 16, point 5): a message about a published interpretation carries its id, goes to the drafting
// agency instead of the keyword rules, shows staff which interpretation it is about, and is counted per interpretation.
import ExcelJS from 'exceljs';
import { FAKE_APP_ID, FAKE_SECRET, type FakeWechatServer, startFakeWechatServer } from '../../apps/bff/src/wechat/fake-wechat-server';
import { draftInterpretation, publishInterpretation } from '../factories/interpretation.factory';
import { citizenSignIn, type CitizenSession, messageRequest, postMessage, submitMessage } from '../factories/message.factory';
import { agencyIdOf, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe(`就此政策咨询 (${TEST_DB})`, () => {
  let fake: FakeWechatServer;
  let t: TestApp;
  let citizen: CitizenSession;
  let reviewers: { drafter: StaffSession; agencyHead: StaffSession; officeStaff: StaffSession; officeHead: StaffSession };
  let admin: StaffSession;
  let hrssId: number;

  beforeAll(async () => {
    fake = await startFakeWechatServer();
    t = await startTestApp({ WECHAT_API_BASE: fake.url, WECHAT_APPID: FAKE_APP_ID, WECHAT_SECRET: FAKE_SECRET, MESSAGE_POSTS_PER_HOUR: '1000' });
    citizen = await citizenSignIn(t);
    const [drafter, agencyHead, officeStaff, officeHead] = await Promise.all(
      ['hrss.staff', 'hrss.head', 'office.staff', 'office.head'].map((u) => signIn(t, u)),
    );
    reviewers = { drafter, agencyHead, officeStaff, officeHead };
    admin = await signIn(t, 'admin');
    hrssId = await agencyIdOf(t, 'dept-hrss');
    // A keyword rule that would send the question elsewhere: the interpretation's drafting agency wins over it.
    const transport = await agencyIdOf(t, 'dept-transport');
    expect((await admin.request('/api/admin/routing-rules', { method: 'POST', json: { keyword: '补贴', agencyId: transport, priority: 50 } })).status).toBe(
      201,
    );
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('sends a question about an interpretation to its drafting agency, and staff see which interpretation it is about', async () => {
    const interpretation = await publishInterpretation(reviewers, { title: '灵活就业人员社保补贴怎么领' });
    const asked = await submitMessage(citizen, {
      interpretationId: interpretation.id,
      title: `咨询：${interpretation.title}`,
      content: '我是灵活就业人员，请问申请社保补贴需要先办理失业登记吗？',
    });
    expect({ status: asked.status, agencyName: asked.agencyName }).toEqual({ status: 'assigned', agencyName: '临溪市人力资源和社会保障局' });

    // Without the interpretation, the same words follow the keyword rule.
    const plain = await submitMessage(citizen, { title: '社保补贴怎么申请', content: '我是灵活就业人员，请问申请社保补贴需要先办理失业登记吗？' });
    expect(plain.agencyName).toContain('交通');

    const detail = await reviewers.drafter.request(`/api/admin/messages/${asked.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ agencyId: hrssId, interpretation: { id: interpretation.id, title: '灵活就业人员社保补贴怎么领' } });
    expect(detail.body.events.find((e: { action: string }) => e.action === 'dispatch').reason).toBe('就此政策咨询：灵活就业人员社保补贴怎么领');
    expect((await reviewers.officeStaff.request(`/api/admin/messages/${plain.id}`)).body.interpretation).toBeNull();
    const [row] = (await t.dataSource.query(`SELECT interpretationId FROM message WHERE id = ${asked.id}`)) as Array<{ interpretationId: number }>;
    expect(Number(row.interpretationId)).toBe(interpretation.id);
  });

  it.each([
    ['an unknown interpretation', async () => 999_999],
    ['a draft', async () => (await draftInterpretation(reviewers.drafter)).id],
    [
      'a withdrawn interpretation',
      async () => {
        const item = await publishInterpretation(reviewers);
        const withdrawn = await reviewers.officeHead.request(`/api/admin/interpretations/${item.id}/withdraw`, {
          method: 'POST',
          json: { reason: '政策已废止' },
        });
        expect(withdrawn.status).toBe(200);
        return item.id;
      },
    ],
  ])('refuses %s with 400 and stores nothing', async (_name, idOf) => {
    const interpretationId = await idOf();
    const before = (await citizen.request('/api/messages/mine')).body.length;
    const response = await postMessage(citizen, messageRequest({ interpretationId }));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'interpretationId' }] });
    expect((await citizen.request('/api/messages/mine')).body.length).toBe(before);
  });

  it.each([0, -1, 'abc', 1.5])('refuses interpretationId %p', async (interpretationId) => {
    const response = await postMessage(citizen, { ...messageRequest(), interpretationId } as never);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });

  it('counts, per interpretation, the messages it caused, on the statistics page and in the export', async () => {
    const often = await publishInterpretation(reviewers, { title: '失业保险金申领解读' });
    const once = await publishInterpretation(reviewers, { title: '稳岗返还政策解读' });
    for (let i = 0; i < 3; i++)
      await submitMessage(citizen, { interpretationId: often.id, title: '咨询失业保险金', content: `第${i + 1}次咨询：失业保险金每月什么时候发放？` });
    await submitMessage(citizen, { interpretationId: once.id, title: '咨询稳岗返还', content: '请问稳岗返还资金多久能到企业账户？' });

    const figures = await reviewers.officeHead.request(`/api/admin/stats/interpretations?from=${today()}&to=${today()}`);
    expect(figures.status).toBe(200);
    const counts = new Map((figures.body.byQuestions as Array<{ interpretationId: number; count: number }>).map((row) => [row.interpretationId, row]));
    expect(counts.get(often.id)).toEqual({ interpretationId: often.id, title: '失业保险金申领解读', agencyName: '临溪市人力资源和社会保障局', count: 3 });
    expect(counts.get(once.id)?.count).toBe(1);
    const order = figures.body.byQuestions.map((row: { interpretationId: number }) => row.interpretationId);
    expect(order.indexOf(often.id)).toBeLessThan(order.indexOf(once.id));
    // Another period: none.
    expect((await reviewers.officeHead.request('/api/admin/stats/interpretations?from=2030-01-01&to=2030-01-31')).body.byQuestions).toEqual([]);

    const response = await fetch(`${t.url}/api/admin/stats/export.xlsx?from=${today()}&to=${today()}`, { headers: { cookie: reviewers.officeHead.cookie } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('解读引发留言');
    expect(sheet).toBeDefined();
    const rows: unknown[][] = [];
    sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['失业保险金申领解读', '临溪市人力资源和社会保障局', 3]);
    expect(rows).toContainEqual(['稳岗返还政策解读', '临溪市人力资源和社会保障局', 1]);
  });
});
