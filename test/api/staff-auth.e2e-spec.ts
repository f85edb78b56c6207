import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { StaffSession as SessionRow } from '../../apps/bff/src/auth/staff-session.entity';
import { StaffAccount } from '../../apps/bff/src/staff/staff-account.entity';
import { agencyIdOf, createAccount, sessionCookieOf, signIn, type StaffSession } from '../factories/staff.factory';
import { DEMO_PASSWORD, startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`staff sign-in, sessions and lockout (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: StaffSession;
  let hrssId: number;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    hrssId = await agencyIdOf(t, 'dept-hrss');
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) => t.request('/api/staff/session', { method: 'POST', json: { username, password } });
  const auditRows = (action: string, objectId?: number) =>
    t.dataSource
      .getRepository(AuditLog)
      .find({ where: { action: action as AuditLog['action'], ...(objectId !== undefined && { objectId: String(objectId) }) }, order: { id: 'ASC' } });

  it('signs in with an HttpOnly, SameSite=Strict cookie and answers who is signed in', async () => {
    const response = await login('hrss.staff', DEMO_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: expect.any(Number),
      username: 'hrss.staff',
      displayName: '王磊',
      roles: ['agency_staff'],
      agency: { id: hrssId, name: '临溪市人力资源和社会保障局', kind: 'department' },
      idleTimeoutSeconds: 1800,
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^weimin_staff=[\w-]{43}; Path=\/api; HttpOnly; SameSite=Strict$/);
    expect(response.headers.get('cache-control')).toBe('no-store');

    const me = await t.request('/api/staff/session', { headers: { cookie: sessionCookieOf(response) } });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('hrss.staff');
    expect(JSON.stringify(me.body)).not.toMatch(/password|hash/i);

    const rows = await auditRows('login.succeeded', response.body.id);
    expect(rows.at(-1)).toMatchObject({ actorType: 'staff', actorId: response.body.id, agencyId: hrssId, ip: '127.0.0.1', traceId: expect.any(String) });
  });

  it('stores only a hash of the session token', async () => {
    const session = await signIn(t, 'edu.staff');
    const token = session.cookie.split('=')[1];
    const rows = await t.dataSource.getRepository(SessionRow).find();
    expect(rows.some((row) => row.tokenHash === token)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await login('nobody.here', DEMO_PASSWORD);
    const wrong = await login('edu.head', 'Wrong-Passw0rd');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect({ ...unknown.body, traceId: '' }).toEqual({ ...wrong.body, traceId: '' });
    expect((await auditRows('login.failed')).length).toBeGreaterThanOrEqual(2);
  });

  it('locks an account for 30 minutes after 5 failures, even against the right password, then lets it in again', async () => {
    const account = await createAccount(admin, hrssId, ['agency_staff']);
    for (let i = 0; i < 5; i++) expect((await login(account.username, 'Wrong-Passw0rd')).status).toBe(401);

    const locked = await login(account.username, account.password);
    expect(locked.status).toBe(401);
    expect(locked.body.code).toBe('UNAUTHENTICATED');
    expect(await auditRows('login.locked', account.id)).toHaveLength(1);

    const row = await t.dataSource.getRepository(StaffAccount).findOneByOrFail({ id: account.id });
    const minutes = (row.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    const listed = await admin.request(`/api/admin/accounts/${account.id}`);
    expect(listed.body.lockedUntil).not.toBeNull();

    // Thirty minutes later.
    await t.dataSource.getRepository(StaffAccount).update(account.id, { lockedUntil: new Date(Date.now() - 1000) });
    expect((await login(account.username, account.password)).status).toBe(200);
  });

  it('counts failures under concurrency without losing one', async () => {
    const account = await createAccount(admin, hrssId, ['agency_staff']);
    await Promise.all(Array.from({ length: 5 }, () => login(account.username, 'Wrong-Passw0rd')));
    expect((await login(account.username, account.password)).status).toBe(401);
  });

  it('ends a session after 30 idle minutes', async () => {
    const session = await signIn(t, 'water.staff');
    await t.dataSource.getRepository(SessionRow).update({ accountId: session.me.id }, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    const response = await session.request('/api/staff/session');
    expect(response.status).toBe(401);
    expect(await t.dataSource.getRepository(SessionRow).countBy({ accountId: session.me.id })).toBe(0);
  });

  it('keeps an active session alive, but not past its absolute end', async () => {
    const session = await signIn(t, 'water.head');
    await t.dataSource.getRepository(SessionRow).update({ accountId: session.me.id }, { lastSeenAt: new Date(Date.now() - 29 * 60_000) });
    expect((await session.request('/api/staff/session')).status).toBe(200);
    const touched = await t.dataSource.getRepository(SessionRow).findOneByOrFail({ accountId: session.me.id });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(60_000);

    await t.dataSource.getRepository(SessionRow).update({ accountId: session.me.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await session.request('/api/staff/session')).status).toBe(401);
  });

  it('ends every session of an account the moment it is disabled, and refuses its sign-in', async () => {
    const account = await createAccount(admin, hrssId, ['agency_staff']);
    const first = await signIn(t, account.username, account.password);
    const second = await signIn(t, account.username, account.password);
    expect((await admin.request(`/api/admin/accounts/${account.id}/disable`, { method: 'POST' })).status).toBe(200);

    expect((await first.request('/api/staff/session')).status).toBe(401);
    expect((await second.request('/api/staff/session')).status).toBe(401);
    expect((await login(account.username, account.password)).status).toBe(401);
    expect(await auditRows('account.disabled', account.id)).toHaveLength(1);

    expect((await admin.request(`/api/admin/accounts/${account.id}/enable`, { method: 'POST' })).status).toBe(200);
    expect((await login(account.username, account.password)).status).toBe(200);
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const session = await signIn(t, 'bus.staff');
    const response = await session.request('/api/staff/session', { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/weimin_staff=;/);
    expect((await session.request('/api/staff/session')).status).toBe(401);
    expect(await auditRows('logout', session.me.id)).toHaveLength(1);
  });

  it('changes one’s own password under the policy, ending the other sessions', async () => {
    const account = await createAccount(admin, hrssId, ['agency_staff']);
    const here = await signIn(t, account.username, account.password);
    const elsewhere = await signIn(t, account.username, account.password);

    const weak = await here.request('/api/staff/password', { method: 'PUT', json: { currentPassword: account.password, newPassword: 'password' } });
    expect([weak.status, weak.body.code]).toEqual([400, 'STAFF_PASSWORD_TOO_WEAK']);
    expect(weak.body.details[0].field).toBe('newPassword');
    const wrongCurrent = await here.request('/api/staff/password', { method: 'PUT', json: { currentPassword: 'Nope-Passw0rd', newPassword: 'New-Passw0rd!' } });
    expect([wrongCurrent.status, wrongCurrent.body.code]).toEqual([400, 'STAFF_CURRENT_PASSWORD_WRONG']);

    const changed = await here.request('/api/staff/password', { method: 'PUT', json: { currentPassword: account.password, newPassword: 'New-Passw0rd!' } });
    expect(changed.status).toBe(204);
    expect((await here.request('/api/staff/session')).status).toBe(200);
    expect((await elsewhere.request('/api/staff/session')).status).toBe(401);
    expect((await login(account.username, 'New-Passw0rd!')).status).toBe(200);
    expect(await auditRows('password.changed', account.id)).toHaveLength(1);
  });

  it.each([
    [{ username: 'admin' }, 'password'],
    [{ password: 'x' }, 'username'],
    [{ username: 'admin', password: 'x', remember: true }, 'remember'],
    [{ username: 'a'.repeat(65), password: 'x' }, 'username'],
  ])('rejects a malformed sign-in %p with 400 naming %s', async (body, field) => {
    const response = await t.request('/api/staff/session', { method: 'POST', json: body });
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('answers malformed JSON with 400 in the common shape', async () => {
    const response = await fetch(`${t.url}/api/staff/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'VALIDATION_FAILED', message: expect.any(String), traceId: expect.any(String) });
  });
});
