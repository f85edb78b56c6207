import type { StaffRole } from '@weimin/contracts';
import { ACCESS_POLICY, isOutsideApi } from '../../apps/bff/src/auth/access-policy';
import { recordedRoutes } from '../../apps/bff/src/common/http/route-registry';
import { signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

/** One demo account per role (apps/bff/src/database/seeds/demo-accounts.ts). */
const ACCOUNT_OF: Record<StaffRole, string> = {
  agency_staff: 'hrss.staff',
  agency_head: 'hrss.head',
  office_staff: 'office.staff',
  office_head: 'office.head',
  admin: 'admin',
};
const ROLES = Object.keys(ACCOUNT_OF) as StaffRole[];
/** Ends the session it is called with, so it is tested on its own in staff-auth. */
const SESSION_ENDING = new Set(['DELETE /api/staff/session']);

describe(`role × endpoint access table (${TEST_DB})`, () => {
  let t: TestApp;
  let apiRoutes: string[];
  const sessions = {} as Record<StaffRole, StaffSession>;

  beforeAll(async () => {
    t = await startTestApp();
    apiRoutes = recordedRoutes(t.app.getHttpAdapter().getInstance()).filter((route) => !isOutsideApi(route.split(' ')[1]));
    for (const role of ROLES) sessions[role] = await signIn(t, ACCOUNT_OF[role]);
  });
  afterAll(() => t.close());

  it('finds the routes of the BFF', () => {
    expect(apiRoutes).toEqual(expect.arrayContaining(['GET /api/health', 'POST /api/staff/session', 'GET /api/admin/audit']));
  });

  it('has an access rule for every route, and no rule for a route that does not exist', () => {
    expect(apiRoutes.filter((route) => !(route in ACCESS_POLICY))).toEqual([]);
    expect(Object.keys(ACCESS_POLICY).filter((route) => !apiRoutes.includes(route))).toEqual([]);
  });

  const call = (session: StaffSession | undefined, route: string) => {
    const [method, pattern] = route.split(' ');
    const path = pattern.replace(/:\w+/g, '1');
    const init = { method, ...(method === 'GET' || method === 'DELETE' ? {} : { json: {} }) };
    return session ? session.request(path, init) : t.request(path, init);
  };

  it('refuses every staff route without a session (401)', async () => {
    for (const [route, rule] of Object.entries(ACCESS_POLICY)) {
      if (rule.kind !== 'staff') continue;
      const response = await call(undefined, route);
      expect({ route, status: response.status, code: response.body.code }).toEqual({ route, status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('refuses every citizen route without a bearer token, and a staff session is no substitute', async () => {
    for (const [route, rule] of Object.entries(ACCESS_POLICY)) {
      if (rule.kind !== 'citizen') continue;
      expect({ route, status: (await call(undefined, route)).status }).toEqual({ route, status: 401 });
      expect({ route, status: (await call(sessions.admin, route)).status }).toEqual({ route, status: 401 });
    }
  });

  it('lets each role through exactly the routes the table gives it (403 for the others)', async () => {
    for (const [route, rule] of Object.entries(ACCESS_POLICY)) {
      if (rule.kind !== 'staff' || SESSION_ENDING.has(route)) continue;
      for (const role of ROLES) {
        const response = await call(sessions[role], route);
        const allowed = rule.roles.includes(role);
        // An allowed call may still fail on its input (400/404/409); it must never be refused for the role.
        expect({ route, role, refused: response.status === 403 || response.status === 401 }).toEqual({ route, role, refused: !allowed });
      }
    }
  });
});
