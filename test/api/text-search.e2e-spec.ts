// The console's word searches (messages, staff accounts, interpretations) find what was typed, `_` and `%` included,
// on SQLite and MySQL alike: one LIKE helper escapes them and names its ESCAPE character (apps/bff/src/database/like.ts).
import { draftInterpretation } from '../factories/interpretation.factory';
import { citizenSignIn, submitMessage } from '../factories/message.factory';
import { agencyIdOf, createAccount, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`searching for _ and % (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: StaffSession;
  let office: StaffSession;
  let drafter: StaffSession;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, office, drafter] = await Promise.all(['admin', 'office.staff', 'hrss.staff'].map((u) => signIn(t, u)));
  });
  afterAll(() => t.close());

  const q = (text: string) => encodeURIComponent(text);

  it('finds staff accounts by username or name as typed: office_head is not office.head, 50% is not 500', async () => {
    const agencyId = await agencyIdOf(t, 'dept-hrss');
    await createAccount(admin, agencyId, ['agency_staff'], { username: 'office_head.lx', displayName: '测试甲' });
    await createAccount(admin, agencyId, ['agency_staff'], { username: 'officexhead.lx', displayName: '测试乙' });
    await createAccount(admin, agencyId, ['agency_staff'], { username: 'discount.a', displayName: '优惠50%专员' });
    await createAccount(admin, agencyId, ['agency_staff'], { username: 'discount.b', displayName: '优惠500专员' });
    await createAccount(admin, agencyId, ['agency_staff'], { username: 'path.sep', displayName: '路径\\分隔!' });
    const usernames = async (text: string) =>
      ((await admin.request(`/api/admin/accounts?q=${q(text)}`)).body as Array<{ username: string }>).map((a) => a.username).sort();

    expect(await usernames('office_head')).toEqual(['office_head.lx']);
    expect(await usernames('_')).toEqual(['office_head.lx']);
    expect(await usernames('50%')).toEqual(['discount.a']);
    expect(await usernames('%')).toEqual(['discount.a']);
    expect(await usernames('\\')).toEqual(['path.sep']);
    expect(await usernames('!')).toEqual(['path.sep']);
    expect(await usernames('office.head')).toEqual(['office.head']);
  });

  it('finds messages by words of the title as typed', async () => {
    const titles = ['账号office_head无法登录', '账号office.head无法登录', '水费上涨50%是否合理', '水费上涨500元是否合理'];
    for (const title of titles) await submitMessage(await citizenSignIn(t), { title });
    const found = async (text: string) =>
      ((await office.request(`/api/admin/messages?q=${q(text)}&pageSize=100`)).body.items as Array<{ title: string }>).map((m) => m.title).sort();

    expect(await found('office_head')).toEqual(['账号office_head无法登录']);
    expect(await found('_')).toEqual(['账号office_head无法登录']);
    expect(await found('50%')).toEqual(['水费上涨50%是否合理']);
    expect(await found('上涨50')).toEqual(['水费上涨500元是否合理', '水费上涨50%是否合理'].sort());
  });

  it('finds interpretations by words of the title as typed', async () => {
    for (const title of ['解读office_head职责', '解读office.head职责', '补贴提高50%的解读', '补贴提高500元的解读'])
      await draftInterpretation(drafter, { title });
    const found = async (text: string) =>
      ((await drafter.request(`/api/admin/interpretations?mine=true&q=${q(text)}&pageSize=100`)).body.items as Array<{ title: string }>)
        .map((i) => i.title)
        .sort();

    expect(await found('office_head')).toEqual(['解读office_head职责']);
    expect(await found('_')).toEqual(['解读office_head职责']);
    expect(await found('50%')).toEqual(['补贴提高50%的解读']);
  });
});
