import { agencyIdOf, createAccount, signIn, StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, TestApp } from '../support/api-app';

/**
 * Agency isolation (SECURITY.md 8): staff of agency A get 404 for B's objects by id and never see B's rows in lists.
 * Two seeded agencies, 人社局 (A) and 教育局 (B). Every endpoint that takes an id is listed in OBJECT_ENDPOINTS;
 * later features add theirs.
 */
interface ObjectEndpoint {
  name: string;
  /** The path of an object belonging to agency B. */
  pathOfAgencyB: (fixture: Fixture) => string;
  /** Roles of agency A that can reach the endpoint at all (others get 403 from the access table). */
  callerOfA: (fixture: Fixture) => StaffSession;
}

interface Fixture {
  headOfA: StaffSession;
  headOfB: StaffSession;
  accountOfB: number;
}

const OBJECT_ENDPOINTS: ObjectEndpoint[] = [
  { name: 'GET /api/admin/accounts/:id', pathOfAgencyB: (f) => `/api/admin/accounts/${f.accountOfB}`, callerOfA: (f) => f.headOfA },
];

/** List endpoints whose rows carry an agency: agency A's staff must see none of B's. */
const LIST_ENDPOINTS: Array<{ name: string; path: string; agencyOf: (row: any) => number }> = [
  { name: 'GET /api/admin/accounts', path: '/api/admin/accounts', agencyOf: (row) => row.agencyId },
];

describe(`agency isolation (${TEST_DB})`, () => {
  let t: TestApp;
  let fixture: Fixture;
  let agencyA: number;
  let agencyB: number;

  beforeAll(async () => {
    t = await startTestApp();
    agencyA = await agencyIdOf(t, 'dept-hrss');
    agencyB = await agencyIdOf(t, 'dept-edu');
    const admin = await signIn(t, 'admin');
    const accountOfB = await createAccount(admin, agencyB, ['agency_staff']);
    fixture = { headOfA: await signIn(t, 'hrss.head'), headOfB: await signIn(t, 'edu.head'), accountOfB: accountOfB.id };
  });
  afterAll(() => t.close());

  it.each(OBJECT_ENDPOINTS.map((e) => [e.name, e] as const))('%s: B’s object is 404 for A, 200 for B', async (_name, endpoint) => {
    const path = endpoint.pathOfAgencyB(fixture);
    const forA = await endpoint.callerOfA(fixture).request(path);
    expect(forA.status).toBe(404);
    expect(forA.body.code).toBe('NOT_FOUND');
    expect((await fixture.headOfB.request(path)).status).toBe(200);
  });

  it.each(LIST_ENDPOINTS.map((e) => [e.name, e] as const))('%s: A sees only A’s rows, even when asking for B’s', async (_name, endpoint) => {
    const own = await fixture.headOfA.request(endpoint.path);
    expect(own.body.length).toBeGreaterThan(0);
    expect(own.body.every((row: unknown) => endpoint.agencyOf(row) === agencyA)).toBe(true);
    const asked = await fixture.headOfA.request(`${endpoint.path}?agencyId=${agencyB}`);
    expect(asked.body).toEqual([]);
  });
});
