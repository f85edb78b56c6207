import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`public reference data: agencies and life-event stages (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the demo city: the office, 15 departments, 3 townships and 25 public enterprises', async () => {
    const res = await t.request('/api/agencies');
    expect(res.status).toBe(200);
    const byKind = (kind: string) => res.body.filter((a: any) => a.kind === kind).length;
    expect([byKind('office'), byKind('department'), byKind('township'), byKind('public_enterprise')]).toEqual([1, 15, 3, 25]);
    expect(res.body[0]).toEqual({
      id: expect.any(Number),
      code: 'office',
      name: '临溪市政务公开办',
      kind: 'office',
      industry: null,
      description: expect.any(String),
      hotline: '12345',
    });
  });

  it('covers the seven industries of the issue with public enterprises', async () => {
    const res = await t.request('/api/agencies?kind=public_enterprise');
    const industries = new Set(res.body.map((a: any) => a.industry));
    expect([...industries].sort()).toEqual(['education', 'environment', 'gas_supply', 'health', 'power_supply', 'public_transport', 'water_supply']);
  });

  it('filters by kind and industry together', async () => {
    const res = await t.request('/api/agencies?kind=public_enterprise&industry=water_supply');
    expect(res.status).toBe(200);
    expect(res.body.map((a: any) => a.name)).toEqual(['临溪市自来水有限公司', '临溪城南水务有限公司', '临溪市农村供水总站']);
  });

  it('reads one agency and 404s an unknown one', async () => {
    const list = await t.request('/api/agencies?kind=township');
    const one = await t.request(`/api/agencies/${list.body[0].id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(list.body[0]);
    const missing = await t.request('/api/agencies/987654');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it.each([
    ['/api/agencies?kind=ministry', 'kind'],
    ['/api/agencies?industry=mining', 'industry'],
    ['/api/agencies?sort=name', 'sort'],
    ['/api/agencies/abc', 'id'],
    ['/api/agencies/1.5', 'id'],
    ['/api/stages?audience=everyone', 'audience'],
  ])('rejects %s with 400 naming %s', async (path, field) => {
    const res = await t.request(path);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, messages: expect.any(Array) })]));
  });

  it('lists the 14 life-event stages in grid order, 9 personal and 5 enterprise', async () => {
    const all = await t.request('/api/stages');
    expect(all.body.map((s: any) => s.name)).toEqual([
      '出生',
      '学习',
      '就业创业',
      '工作',
      '社保就医',
      '车辆',
      '住房',
      '救助',
      '退休养老',
      '企业开办',
      '用工招聘',
      '生产经营',
      '缴费纳税',
      '破产注销',
    ]);
    const enterprise = await t.request('/api/stages?audience=enterprise');
    expect(enterprise.body).toHaveLength(5);
    expect(enterprise.body.every((s: any) => s.audience === 'enterprise' && s.description.length > 0)).toBe(true);
  });
});
