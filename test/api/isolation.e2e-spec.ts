import { createAgency, staffMember, startBareInstallation } from '../factories/installation.factory';
import { draftInterpretation, interpretationRequest } from '../factories/interpretation.factory';
import { citizenSignIn, type CitizenSession, submitMessage } from '../factories/message.factory';
import { publishNotice } from '../factories/notice.factory';
import { draftSolicitation, solicitationRequest } from '../factories/solicitation.factory';
import { createAccount, type StaffSession } from '../factories/staff.factory';
import { TEST_DB, type TestApp } from '../support/api-app';

/**
 * Agency isolation (docs/security.md §8): staff of agency A get 404 for B's objects by id and never see B's rows in lists.
 * Two departments (A and B) and two units made for the test on a bare installation (test/factories), not the demo city. Every endpoint that takes an id is listed in OBJECT_ENDPOINTS;
 * later features add theirs.
 */
interface Fixture {
  staffOfA: StaffSession;
  headOfA: StaffSession;
  staffOfB: StaffSession;
  headOfB: StaffSession;
  accountOfB: number;
  messageOfB: number;
  /** Public enterprises, a water company (A) and a bus company (B), for notices. */
  unitStaffOfA: StaffSession;
  unitStaffOfB: StaffSession;
  unitA: number;
  unitB: number;
  noticeOfB: number;
  interpretationOfB: number;
  solicitationOfB: number;
}

interface ObjectEndpoint {
  route: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT';
  body?: unknown;
  /** The path of an object belonging to agency B. */
  pathOfB: (f: Fixture) => string;
  /** Who in agency A tries it, and who in B succeeds (roles the access table lets through). */
  callerOfA: (f: Fixture) => StaffSession;
  callerOfB?: (f: Fixture) => StaffSession;
}

const OBJECT_ENDPOINTS: ObjectEndpoint[] = [
  { route: 'GET /api/admin/accounts/:id', pathOfB: (f) => `/api/admin/accounts/${f.accountOfB}`, callerOfA: (f) => f.headOfA, callerOfB: (f) => f.headOfB },
  { route: 'GET /api/admin/messages/:id', pathOfB: (f) => `/api/admin/messages/${f.messageOfB}`, callerOfA: (f) => f.staffOfA, callerOfB: (f) => f.staffOfB },
  {
    route: 'POST /api/admin/messages/:id/extension',
    method: 'POST',
    body: { workdays: 3, reason: '需要核实情况' },
    pathOfB: (f) => `/api/admin/messages/${f.messageOfB}/extension`,
    callerOfA: (f) => f.staffOfA,
    callerOfB: (f) => f.staffOfB,
  },
  {
    route: 'POST /api/admin/messages/:id/reply',
    method: 'POST',
    body: { bodyHtml: '<p>答复</p>' },
    pathOfB: (f) => `/api/admin/messages/${f.messageOfB}/reply`,
    callerOfA: (f) => f.headOfA,
    callerOfB: (f) => f.staffOfB,
  },
  {
    route: 'POST /api/admin/messages/:id/return',
    method: 'POST',
    body: { reason: '不属于本单位' },
    pathOfB: (f) => `/api/admin/messages/${f.messageOfB}/return`,
    // B is not asked to return it (B's reply above answered it); A must still see nothing.
    callerOfA: (f) => f.staffOfA,
  },
  {
    route: 'GET /api/admin/notices/:id',
    pathOfB: (f) => `/api/admin/notices/${f.noticeOfB}`,
    callerOfA: (f) => f.unitStaffOfA,
    callerOfB: (f) => f.unitStaffOfB,
  },
  {
    route: 'PATCH /api/admin/notices/:id',
    method: 'PATCH',
    body: { title: '线路调整通知' },
    pathOfB: (f) => `/api/admin/notices/${f.noticeOfB}`,
    callerOfA: (f) => f.unitStaffOfA,
    callerOfB: (f) => f.unitStaffOfB,
  },
  {
    route: 'POST /api/admin/notices/:id/withdraw',
    method: 'POST',
    body: { reason: '信息有误' },
    pathOfB: (f) => `/api/admin/notices/${f.noticeOfB}/withdraw`,
    callerOfA: (f) => f.unitStaffOfA,
    callerOfB: (f) => f.unitStaffOfB,
  },
  // Interpretations: B's draft is walked through B's own steps while A is refused at each.
  {
    route: 'GET /api/admin/interpretations/:id',
    pathOfB: (f) => `/api/admin/interpretations/${f.interpretationOfB}`,
    callerOfA: (f) => f.headOfA,
    callerOfB: (f) => f.staffOfB,
  },
  {
    route: 'PUT /api/admin/interpretations/:id',
    method: 'PUT',
    body: interpretationRequest({ stages: ['education'] }),
    pathOfB: (f) => `/api/admin/interpretations/${f.interpretationOfB}`,
    callerOfA: (f) => f.staffOfA,
    callerOfB: (f) => f.staffOfB,
  },
  {
    route: 'POST /api/admin/interpretations/:id/submit',
    method: 'POST',
    body: {},
    pathOfB: (f) => `/api/admin/interpretations/${f.interpretationOfB}/submit`,
    callerOfA: (f) => f.staffOfA,
    callerOfB: (f) => f.staffOfB,
  },
  {
    route: 'POST /api/admin/interpretations/:id/return',
    method: 'POST',
    body: { comment: '请补充材料' },
    pathOfB: (f) => `/api/admin/interpretations/${f.interpretationOfB}/return`,
    callerOfA: (f) => f.headOfA,
  },
  {
    route: 'POST /api/admin/interpretations/:id/approve',
    method: 'POST',
    body: {},
    pathOfB: (f) => `/api/admin/interpretations/${f.interpretationOfB}/approve`,
    callerOfA: (f) => f.headOfA,
    callerOfB: (f) => f.headOfB,
  },
  // 意见征集: B's draft is walked to the office while A is refused at each step; the later steps are refused before any state check.
  ...solicitationEndpoints(),
];

function solicitationEndpoints(): ObjectEndpoint[] {
  const path = (f: Fixture, rest = '') => `/api/admin/solicitations/${f.solicitationOfB}${rest}`;
  const post = (rest: string, body: unknown, callerOfA: ObjectEndpoint['callerOfA'], callerOfB?: ObjectEndpoint['callerOfB']): ObjectEndpoint => ({
    route: `POST /api/admin/solicitations/:id${rest}`,
    method: 'POST',
    body,
    pathOfB: (f) => path(f, rest),
    callerOfA,
    callerOfB,
  });
  return [
    { route: 'GET /api/admin/solicitations/:id', pathOfB: (f) => path(f), callerOfA: (f) => f.staffOfA, callerOfB: (f) => f.staffOfB },
    { route: 'GET /api/admin/solicitations/:id/opinions', pathOfB: (f) => path(f, '/opinions'), callerOfA: (f) => f.headOfA, callerOfB: (f) => f.staffOfB },
    {
      route: 'PUT /api/admin/solicitations/:id',
      method: 'PUT',
      body: solicitationRequest({ title: '乙单位征求意见稿（修改）' }),
      pathOfB: (f) => path(f),
      callerOfA: (f) => f.staffOfA,
      callerOfB: (f) => f.staffOfB,
    },
    post(
      '/submit',
      {},
      (f) => f.staffOfA,
      (f) => f.staffOfB,
    ),
    post('/return', { comment: '请补充材料' }, (f) => f.headOfA),
    post(
      '/approve',
      {},
      (f) => f.headOfA,
      (f) => f.headOfB,
    ),
    {
      route: 'PUT /api/admin/solicitations/:id/opinions/:opinionId/mark',
      method: 'PUT',
      body: { adoption: 'adopted', reason: '已采纳' },
      pathOfB: (f) => path(f, '/opinions/1/mark'),
      callerOfA: (f) => f.staffOfA,
    },
    {
      route: 'PUT /api/admin/solicitations/:id/feedback',
      method: 'PUT',
      body: { feedbackHtml: '<p>反馈</p>' },
      pathOfB: (f) => path(f, '/feedback'),
      callerOfA: (f) => f.staffOfA,
    },
    post('/feedback/submit', {}, (f) => f.staffOfA),
    post('/feedback/approve', {}, (f) => f.headOfA),
    post('/feedback/return', { comment: '请补充说明' }, (f) => f.headOfA),
  ];
}

/** List endpoints whose rows carry an agency: agency A's staff must see none of B's. */
const LIST_ENDPOINTS: Array<{
  route: string;
  path: string;
  caller: (f: Fixture) => StaffSession;
  rows: (body: any) => any[];
  agencyOf: (row: any) => number;
  /** The caller's agency and the other one, when not the departments A and B. */
  agencies?: (f: Fixture) => { own: number; other: number };
}> = [
  { route: 'GET /api/admin/accounts', path: '/api/admin/accounts', caller: (f) => f.headOfA, rows: (body) => body, agencyOf: (row) => row.agencyId },
  { route: 'GET /api/admin/messages', path: '/api/admin/messages', caller: (f) => f.staffOfA, rows: (body) => body.items, agencyOf: (row) => row.agencyId },
  {
    route: 'GET /api/admin/notices',
    path: '/api/admin/notices',
    caller: (f) => f.unitStaffOfA,
    rows: (body) => body.items,
    agencyOf: (row) => row.agencyId,
    agencies: (f) => ({ own: f.unitA, other: f.unitB }),
  },
  {
    route: 'GET /api/admin/interpretations',
    path: '/api/admin/interpretations',
    caller: (f) => f.staffOfA,
    rows: (body) => body.items,
    agencyOf: (row) => row.agencyId,
  },
  {
    route: 'GET /api/admin/solicitations',
    path: '/api/admin/solicitations',
    caller: (f) => f.staffOfA,
    rows: (body) => body.items,
    agencyOf: (row) => row.agencyId,
  },
];

describe(`agency isolation (${TEST_DB})`, () => {
  let t: TestApp;
  let fixture: Fixture;
  let agencyA: number;
  let agencyB: number;
  let citizen: CitizenSession;

  beforeAll(async () => {
    // A bare installation (no demo city): the agencies, staff and content below are made through the API.
    const installation = await startBareInstallation({ MESSAGE_POSTS_PER_HOUR: '1000' });
    t = installation.t;
    const { admin } = installation;
    const [departmentA, departmentB] = [await createAgency(admin, 'department'), await createAgency(admin, 'department')];
    agencyA = departmentA.id;
    agencyB = departmentB.id;
    const [staffOfA, headOfA] = [await staffMember(t, admin, agencyA, ['agency_staff']), await staffMember(t, admin, agencyA, ['agency_head'])];
    const [staffOfB, headOfB] = [await staffMember(t, admin, agencyB, ['agency_staff']), await staffMember(t, admin, agencyB, ['agency_head'])];
    const accountOfB = await createAccount(admin, agencyB, ['agency_staff']);
    citizen = await citizenSignIn(t);
    const messageOfA = await submitMessage(citizen, { targetAgencyId: agencyA });
    const messageOfB = await submitMessage(citizen, { targetAgencyId: agencyB });
    expect([messageOfA.agencyName, messageOfB.agencyName]).toEqual([departmentA.name, departmentB.name]);
    const [unitA, unitB] = [
      await createAgency(admin, 'public_enterprise', { industry: 'water_supply' }),
      await createAgency(admin, 'public_enterprise', { industry: 'public_transport' }),
    ];
    const unitStaffOfA = await staffMember(t, admin, unitA.id, ['agency_staff']);
    const unitStaffOfB = await staffMember(t, admin, unitB.id, ['agency_staff']);
    await publishNotice(unitStaffOfA, { title: '计划停水通知' });
    const noticeOfB = await publishNotice(unitStaffOfB, { title: '公交线路临时调整' });
    const interpretationOfA = await draftInterpretation(staffOfA);
    expect((await staffOfA.request(`/api/admin/interpretations/${interpretationOfA.id}/submit`, { method: 'POST', json: {} })).status).toBe(200);
    const interpretationOfB = await draftInterpretation(staffOfB, { stages: ['education'] });
    expect((await staffOfB.request(`/api/admin/interpretations/${interpretationOfB.id}/submit`, { method: 'POST', json: {} })).status).toBe(200);
    // B's item goes back to its drafter, so the walk below starts from a state the drafter may change.
    expect((await headOfB.request(`/api/admin/interpretations/${interpretationOfB.id}/return`, { method: 'POST', json: { comment: '请完善' } })).status).toBe(
      200,
    );
    await draftSolicitation(staffOfA);
    const solicitationOfB = await draftSolicitation(staffOfB);
    fixture = {
      interpretationOfB: interpretationOfB.id,
      solicitationOfB: solicitationOfB.id,
      staffOfA,
      headOfA,
      staffOfB,
      headOfB,
      accountOfB: accountOfB.id,
      messageOfB: messageOfB.id,
      unitStaffOfA,
      unitStaffOfB,
      unitA: unitA.id,
      unitB: unitB.id,
      noticeOfB: noticeOfB.id,
    };
    // Seven staff accounts made and signed in, a password hash and a check each (the demo's share one hash): slow on a
    // loaded machine, slower on MariaDB.
  }, 300_000);
  afterAll(() => t.close());

  it.each(OBJECT_ENDPOINTS.map((e) => [e.route, e] as const))('%s: B’s object is 404 for A', async (_route, endpoint) => {
    const init = endpoint.method ? { method: endpoint.method, json: endpoint.body } : {};
    const forA = await endpoint.callerOfA(fixture).request(endpoint.pathOfB(fixture), init);
    expect(forA.status).toBe(404);
    expect(forA.body.code).toBe('NOT_FOUND');
    const callerOfB = endpoint.callerOfB?.(fixture);
    if (callerOfB) expect((await callerOfB.request(endpoint.pathOfB(fixture), init)).status).toBe(200);
  });

  it.each(LIST_ENDPOINTS.map((e) => [e.route, e] as const))('%s: A sees only A’s rows, even when asking for B’s', async (_route, endpoint) => {
    const agencies = endpoint.agencies?.(fixture) ?? { own: agencyA, other: agencyB };
    const own = endpoint.rows((await endpoint.caller(fixture).request(endpoint.path)).body);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row) => endpoint.agencyOf(row) === agencies.own)).toBe(true);
    const asked = endpoint.rows((await endpoint.caller(fixture).request(`${endpoint.path}?agencyId=${agencies.other}`)).body);
    expect(asked).toEqual([]);
  });

  // Statistics (issue 7): city-wide figures are the office's; agency roles get 403 even for their own agency.
  it.each(['/api/admin/stats/messages', '/api/admin/stats/export.xlsx'])('%s is 403 for agency staff and heads', async (path) => {
    for (const session of [fixture.staffOfA, fixture.headOfA, fixture.headOfB]) {
      for (const query of ['', `?agencyId=${agencyA}`, `?agencyId=${agencyB}`]) {
        const response = await session.request(path + query);
        expect(response.status).toBe(403);
        expect(response.body.code).toBe('FORBIDDEN');
      }
    }
  });

  it('GET /api/admin/interpretations/queue: an agency head’s review queue holds only their own agency’s items', async () => {
    const submittedOfB = await draftInterpretation(fixture.staffOfB, { stages: ['education'] });
    await fixture.staffOfB.request(`/api/admin/interpretations/${submittedOfB.id}/submit`, { method: 'POST', json: {} });
    const queueOfA = (await fixture.headOfA.request('/api/admin/interpretations/queue')).body;
    expect(queueOfA.length).toBeGreaterThan(0);
    expect(queueOfA.every((row: { agencyId: number }) => row.agencyId === agencyA)).toBe(true);
    expect((await fixture.headOfB.request('/api/admin/interpretations/queue')).body.map((row: { id: number }) => row.id)).toContain(submittedOfB.id);
  });

  it('keeps citizens apart too: another citizen’s message is 404', async () => {
    const other = await citizenSignIn(t);
    expect((await other.request(`/api/messages/mine/${fixture.messageOfB}`)).status).toBe(404);
    expect((await other.request(`/api/messages/mine/${fixture.messageOfB}/rating`, { method: 'POST', json: { rating: 'satisfied' } })).status).toBe(404);
  });
});
