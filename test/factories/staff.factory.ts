import type { CreateStaffAccountRequest, StaffAccountView, StaffMeView, StaffRole } from '@weimin/contracts';
import { DEMO_PASSWORD, type TestApp, type TestResponse } from '../support/api-app';

/** A signed-in staff member: their session cookie and a request function that sends it. */
export interface StaffSession {
  me: StaffMeView;
  cookie: string;
  request: (path: string, init?: RequestInit & { json?: unknown }) => Promise<TestResponse>;
}

export function sessionCookieOf(response: TestResponse): string {
  const header = response.headers.get('set-cookie') ?? '';
  const match = /weimin_staff=([^;]+)/.exec(header);
  if (!match) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return `weimin_staff=${match[1]}`;
}

export async function signIn(t: TestApp, username: string, password = DEMO_PASSWORD): Promise<StaffSession> {
  const response = await t.request('/api/staff/session', { method: 'POST', json: { username, password } });
  if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const cookie = sessionCookieOf(response);
  return {
    me: response.body,
    cookie,
    request: (path, init = {}) => t.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } }),
  };
}

let sequence = 0;

/** A new account through the admin API (so it is validated and audited like any other). */
export async function createAccount(
  admin: StaffSession,
  agencyId: number,
  roles: StaffRole[],
  overrides: Partial<CreateStaffAccountRequest> = {},
): Promise<StaffAccountView & { password: string }> {
  sequence += 1;
  const request: CreateStaffAccountRequest = {
    username: `staff${sequence}.${Date.now().toString(36)}`,
    displayName: `测试人员${sequence}`,
    agencyId,
    roles,
    password: 'Factory-Passw0rd',
    ...overrides,
  };
  const response = await admin.request('/api/admin/accounts', { method: 'POST', json: request });
  if (response.status !== 201) throw new Error(`account creation failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { ...response.body, password: request.password };
}

/** The id of a demo agency by its code (see apps/bff/src/database/seeds/demo-city.ts). */
export async function agencyIdOf(t: TestApp, code: string): Promise<number> {
  const response = await t.request('/api/agencies');
  const agency = response.body.find((a: { code: string }) => a.code === code);
  if (!agency) throw new Error(`no demo agency ${code}`);
  return agency.id;
}
