// Ids and dates are read one way across the whole API. The routes are enumerated (the router's own list and the
// OpenAPI document), so a route added later is checked without being named here.
import type { StaffRole } from '@weimin/contracts';
import { ACCESS_POLICY, isOutsideApi } from '../../apps/bff/src/auth/access-policy';
import { recordedRoutes } from '../../apps/bff/src/common/http/route-registry';
import { citizenSignIn, type CitizenSession } from '../factories/message.factory';
import { signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp, type TestResponse } from '../support/api-app';

const ACCOUNT_OF: Record<StaffRole, string> = {
  agency_staff: 'hrss.staff',
  agency_head: 'hrss.head',
  office_staff: 'office.staff',
  office_head: 'office.head',
  admin: 'admin',
};
/** Ends the session it is called with. */
const SESSION_ENDING = new Set(['DELETE /api/staff/session']);

interface QueryParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; format?: string };
}

/** Not ids, though Number() reads most of them as one; as sent in a URL (` 16` is `%2016`). */
const NOT_IDS = ['0x10', '1e1', '%2016', '16%20', '+16', '16.0', '-1', '0', '016', '2147483648', '12345678901234567890', 'abc'];
/** Not calendar days YYYY-MM-DD, though ISO 8601 or Date.parse accept most of them. */
const NOT_DAYS = ['2030-W01', '2030-001', '20300101', '2030-02-30', '2030-1-1', '2030-01-01T00:00:00Z', '2030-01'];

describe(`ids and dates, the same on every route (${TEST_DB})`, () => {
  let t: TestApp;
  let apiRoutes: string[];
  let citizen: CitizenSession;
  const staff = {} as Record<StaffRole, StaffSession>;

  beforeAll(async () => {
    t = await startTestApp();
    apiRoutes = recordedRoutes(t.app.getHttpAdapter().getInstance()).filter((route) => !isOutsideApi(route.split(' ')[1]));
    citizen = await citizenSignIn(t);
    for (const role of Object.keys(ACCOUNT_OF) as StaffRole[]) staff[role] = await signIn(t, ACCOUNT_OF[role]);
  });
  afterAll(() => t.close());

  /** Calls a route as someone the access table lets through, so what answers is the route's own input handling. */
  const callAsAllowed = (route: string, path: string): Promise<TestResponse> => {
    const method = route.split(' ')[0];
    const init = { method, ...(method === 'GET' || method === 'DELETE' ? {} : { json: {} }) };
    const rule = ACCESS_POLICY[route];
    if (rule.kind === 'citizen') return citizen.request(path, init);
    if (rule.kind === 'staff') return staff[rule.roles[0]].request(path, init);
    return t.request(path, init);
  };
  const fieldsOf = (response: TestResponse): string[] => (response.body?.details ?? []).map((d: { field: string }) => d.field);

  it('refuses anything but decimal digits as an id in a path, on every route that takes one (400 naming id)', async () => {
    const idRoutes = apiRoutes.filter((route) => route.includes(':id') && !SESSION_ENDING.has(route));
    expect(idRoutes.length).toBeGreaterThan(30);
    const answers: string[] = [];
    for (const route of idRoutes) {
      for (const id of NOT_IDS) {
        // Any other id in the path (`:opinionId`) is well formed, so `:id` is the only thing wrong.
        const response = await callAsAllowed(
          route,
          route
            .split(' ')[1]
            .replace(':id', id)
            .replace(/:\w+Id\b/g, '1'),
        );
        const answer = `${route} with ${id}: ${response.status} ${response.body?.code} ${fieldsOf(response)}`;
        if (answer !== `${route} with ${id}: 400 VALIDATION_FAILED id`) answers.push(answer);
      }
    }
    expect(answers).toEqual([]);
  });

  it('reads a well-formed id that matches nothing as an id: never a 400 about the id, never a 500', async () => {
    for (const route of apiRoutes.filter((r) => r.includes(':id') && !SESSION_ENDING.has(r))) {
      const response = await callAsAllowed(route, route.split(' ')[1].replace(/:id\b|:\w+Id\b/g, '2147483647'));
      expect({ route, status: response.status, idRefused: fieldsOf(response).includes('id') }).toEqual({
        route,
        status: expect.any(Number),
        idRefused: false,
      });
      expect(response.status).toBeLessThan(500);
    }
  });

  /** The GET routes of the OpenAPI document with a query parameter of the given kind, as `/api/...` paths. */
  const queryParameters = async (accept: (parameter: QueryParameter) => boolean) => {
    const document = (await t.request('/api/docs-json')).body as { paths: Record<string, Record<string, { parameters?: QueryParameter[] }>> };
    return Object.entries(document.paths).flatMap(([path, operations]) =>
      (operations.get?.parameters ?? [])
        .filter((p) => p.in === 'query' && accept(p))
        .map((p) => ({ route: `GET ${path.replace(/\{(\w+)\}/g, ':$1')}`, name: p.name, all: operations.get!.parameters!.filter((q) => q.in === 'query') })),
    );
  };

  it('refuses anything but decimal digits as an id in a query, e.g. ?agencyId=0x10 (400 naming it)', async () => {
    // Numeric ids only: the audit log's objectId is the text its rows hold, matched exactly.
    const idFilters = (await queryParameters((p) => /Id$/.test(p.name) && p.schema?.type === 'number')).filter(({ route }) => !route.includes(':id'));
    expect(idFilters.map((f) => `${f.route}?${f.name}`)).toEqual(expect.arrayContaining(['GET /api/admin/messages?agencyId', 'GET /api/admin/audit?actorId']));
    const answers: string[] = [];
    for (const { route, name, all } of idFilters) {
      // Required filters (a period) get a valid value, so the id is the only thing wrong.
      const required = all.filter((p) => p.required && p.name !== name).map((p) => `&${p.name}=${p.name === 'to' ? '2030-12-31' : '2030-01-01'}`);
      for (const id of NOT_IDS) {
        const response = await callAsAllowed(route, `${route.split(' ')[1]}?${name}=${id}${required.join('')}`);
        if (response.status !== 400 || !fieldsOf(response).includes(name)) answers.push(`${route}?${name}=${id}: ${response.status} ${fieldsOf(response)}`);
      }
    }
    expect(answers).toEqual([]);
  });

  it('refuses a date filter that is not YYYY-MM-DD on every route that has one, e.g. the audit log ?from=2030-W01 (400 naming it)', async () => {
    const dateFilters = await queryParameters((p) => p.name === 'from' || p.name === 'to' || p.schema?.format === 'date');
    expect(dateFilters.map((f) => `${f.route}?${f.name}`)).toEqual(
      expect.arrayContaining([
        'GET /api/admin/audit?from',
        'GET /api/admin/audit?to',
        'GET /api/admin/stats/messages?from',
        'GET /api/admin/stats/notices?to',
        'GET /api/admin/disclosure/applications?dueBy',
      ]),
    );
    const answers: string[] = [];
    for (const { route, name } of dateFilters) {
      const other = name === 'from' ? 'to=2030-12-31' : name === 'to' ? 'from=2030-01-01' : '';
      for (const day of NOT_DAYS) {
        const response = await callAsAllowed(route, `${route.split(' ')[1]}?${name}=${day}&${other}`);
        if (response.status !== 400 || !fieldsOf(response).includes(name)) answers.push(`${route}?${name}=${day}: ${response.status} ${fieldsOf(response)}`);
      }
    }
    expect(answers).toEqual([]);
  });

  it('refuses a day in a request body that is not YYYY-MM-DD or does not exist, on every route that takes one (400 naming it)', async () => {
    type Schema = { properties?: Record<string, { format?: string }>; allOf?: Array<{ $ref?: string }> };
    const document = (await t.request('/api/docs-json')).body as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>>;
      components: { schemas: Record<string, Schema> };
    };
    const dayFieldsOf = (ref: string | undefined): string[] => {
      const schema = ref ? document.components.schemas[ref.split('/').pop()!] : undefined;
      return Object.entries(schema?.properties ?? {})
        .filter(([, property]) => property.format === 'date')
        .map(([field]) => field);
    };
    const bodyDays = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        dayFieldsOf(operation.requestBody?.content?.['application/json']?.schema?.$ref).map((field) => ({
          route: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
          field,
        })),
      ),
    );
    expect(bodyDays.map((d) => `${d.route} ${d.field}`)).toEqual(
      expect.arrayContaining(['POST /api/admin/disclosure/applications receivedOn', 'POST /api/admin/disclosure/applications/:id/delivery deliveredOn']),
    );
    const answers: string[] = [];
    for (const { route, field } of bodyDays) {
      const [method, path] = route.split(' ');
      const rule = ACCESS_POLICY[route];
      const as = rule.kind === 'citizen' ? citizen : rule.kind === 'staff' ? staff[rule.roles[0]] : t;
      for (const day of NOT_DAYS) {
        const response = await as.request(path.replace(':id', '1'), { method, json: { [field]: day } });
        if (response.status !== 400 || !fieldsOf(response).includes(field)) answers.push(`${route} ${field}=${day}: ${response.status} ${fieldsOf(response)}`);
      }
    }
    expect(answers).toEqual([]);
  });

  it('filters the audit log by the days it is given, and refuses a period that ends before it starts', async () => {
    const office = staff.office_staff;
    expect((await office.request('/api/admin/audit?from=2030-01-01')).body.total).toBe(0);
    expect((await office.request('/api/admin/audit?to=2000-01-01')).body.total).toBe(0);
    const response = await office.request('/api/admin/audit?from=2030-01-02&to=2030-01-01');
    expect({ status: response.status, fields: fieldsOf(response) }).toEqual({ status: 400, fields: ['to'] });
  });
});
