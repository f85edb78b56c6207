import { AuditLog } from '../../apps/bff/src/audit/audit-log.entity';
import { agencyIdOf, createAccount, signIn, type StaffSession } from '../factories/staff.factory';
import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

describe(`account and agency management, audit log (${TEST_DB})`, () => {
  let t: TestApp;
  let admin: StaffSession;
  let ids: Record<'office' | 'hrss' | 'edu' | 'water', number>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin');
    ids = {
      office: await agencyIdOf(t, 'office'),
      hrss: await agencyIdOf(t, 'dept-hrss'),
      edu: await agencyIdOf(t, 'dept-edu'),
      water: await agencyIdOf(t, 'pe-water-city'),
    };
  });
  afterAll(() => t.close());

  const lastAudit = async (action: string) =>
    (await t.dataSource.getRepository(AuditLog).find({ where: { action: action as AuditLog['action'] }, order: { id: 'DESC' }, take: 1 }))[0];

  describe('accounts', () => {
    it('creates an account, audited, with no password material in the answer', async () => {
      const response = await admin.request('/api/admin/accounts', {
        method: 'POST',
        json: { username: 'edu.new', displayName: '新同事', agencyId: ids.edu, roles: ['agency_staff'], password: 'Strong-Passw0rd' },
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(Number),
        username: 'edu.new',
        displayName: '新同事',
        roles: ['agency_staff'],
        agencyId: ids.edu,
        agencyName: '临溪市教育局',
        active: true,
        lockedUntil: null,
        lastLoginAt: null,
        createdAt: expect.any(String),
      });
      expect(await lastAudit('account.created')).toMatchObject({
        actorId: admin.me.id,
        objectType: 'staff_account',
        objectId: String(response.body.id),
        agencyId: ids.edu,
      });
      expect((await signIn(t, 'edu.new', 'Strong-Passw0rd')).me.agency.id).toBe(ids.edu);
    });

    it.each([
      [{ password: 'weakpass' }, 400, 'password', 'STAFF_PASSWORD_TOO_WEAK'],
      [{ roles: ['office_head'] }, 400, 'roles', 'STAFF_ROLE_NOT_FOR_AGENCY'],
      [{ roles: ['mayor'] }, 400, 'roles', 'VALIDATION_FAILED'],
      [{ roles: [] }, 400, 'roles', 'VALIDATION_FAILED'],
      [{ agencyId: 999999 }, 400, 'agencyId', 'STAFF_AGENCY_INACTIVE'],
      [{ username: 'Bad Name' }, 400, 'username', 'VALIDATION_FAILED'],
      [{ username: 'admin' }, 409, 'username', 'STAFF_USERNAME_TAKEN'],
      [{ isAdmin: true }, 400, 'isAdmin', 'VALIDATION_FAILED'],
    ])('refuses %p with %i naming %s (%s)', async (override, status, field, code) => {
      const response = await admin.request('/api/admin/accounts', {
        method: 'POST',
        json: {
          username: `x${Date.now().toString(36)}`,
          displayName: '某人',
          agencyId: ids.hrss,
          roles: ['agency_staff'],
          password: 'Strong-Passw0rd',
          ...override,
        },
      });
      expect(response.status).toBe(status);
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(response.body.code).toBe(code);
    });

    it('changes roles: audited with before and after, and the account must sign in again', async () => {
      const account = await createAccount(admin, ids.hrss, ['agency_staff']);
      const session = await signIn(t, account.username, account.password);
      const response = await admin.request(`/api/admin/accounts/${account.id}`, { method: 'PATCH', json: { roles: ['agency_staff', 'agency_head'] } });
      expect(response.status).toBe(200);
      expect(response.body.roles).toEqual(['agency_staff', 'agency_head']);
      expect(await lastAudit('account.roles_changed')).toMatchObject({
        objectId: String(account.id),
        reason: 'roles: agency_staff → agency_staff,agency_head',
      });
      expect((await session.request('/api/staff/session')).status).toBe(401);
      expect((await signIn(t, account.username, account.password)).me.roles).toEqual(['agency_staff', 'agency_head']);
    });

    it('will not let an admin lock themselves out', async () => {
      const disable = await admin.request(`/api/admin/accounts/${admin.me.id}/disable`, { method: 'POST' });
      expect([disable.status, disable.body.code]).toEqual([409, 'STAFF_CANNOT_DISABLE_SELF']);
      const demote = await admin.request(`/api/admin/accounts/${admin.me.id}`, { method: 'PATCH', json: { roles: ['office_staff'] } });
      expect([demote.status, demote.body.code]).toEqual([409, 'STAFF_CANNOT_REMOVE_OWN_ADMIN']);
    });

    it('resets a password and unlocks, both audited', async () => {
      const account = await createAccount(admin, ids.water, ['agency_staff']);
      const session = await signIn(t, account.username, account.password);
      expect((await admin.request(`/api/admin/accounts/${account.id}/password`, { method: 'POST', json: { password: 'short' } })).status).toBe(400);
      expect((await admin.request(`/api/admin/accounts/${account.id}/password`, { method: 'POST', json: { password: 'Reset-Passw0rd' } })).status).toBe(204);
      expect((await session.request('/api/staff/session')).status).toBe(401);
      expect((await signIn(t, account.username, 'Reset-Passw0rd')).me.id).toBe(account.id);
      expect(await lastAudit('password.reset')).toMatchObject({ objectId: String(account.id) });
      expect((await admin.request(`/api/admin/accounts/${account.id}/unlock`, { method: 'POST' })).status).toBe(200);
      expect(await lastAudit('account.unlocked')).toMatchObject({ objectId: String(account.id) });
    });

    it('lists and filters accounts for the admin', async () => {
      const all = await admin.request('/api/admin/accounts');
      expect(all.body.length).toBeGreaterThanOrEqual(10);
      expect(all.headers.get('cache-control')).toBe('no-store');
      const heads = await admin.request('/api/admin/accounts?role=agency_head');
      expect(heads.body.every((a: { roles: string[] }) => a.roles.includes('agency_head'))).toBe(true);
      const search = await admin.request(`/api/admin/accounts?q=${encodeURIComponent('王磊')}`);
      expect(search.body.map((a: { username: string }) => a.username)).toEqual(['hrss.staff']);
      const wildcard = await admin.request('/api/admin/accounts?q=%25');
      expect(wildcard.body).toEqual([]);
      expect((await admin.request('/api/admin/accounts?role=mayor')).status).toBe(400);
    });
  });

  describe('agencies', () => {
    it('creates and updates an agency, both audited; the public list follows', async () => {
      const created = await admin.request('/api/admin/agencies', {
        method: 'POST',
        json: { code: 'pe-heat', name: '临溪市热力有限公司', kind: 'public_enterprise', industry: 'heating', hotline: '88150001' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ code: 'pe-heat', industry: 'heating', active: true });
      expect(await lastAudit('agency.created')).toMatchObject({ objectType: 'agency', objectId: String(created.body.id) });

      const disabled = await admin.request(`/api/admin/agencies/${created.body.id}`, { method: 'PATCH', json: { active: false } });
      expect(disabled.body.active).toBe(false);
      expect(await lastAudit('agency.updated')).toMatchObject({ objectId: String(created.body.id), reason: 'disabled' });
      expect((await t.request(`/api/agencies/${created.body.id}`)).status).toBe(404);
      const full = await admin.request('/api/admin/agencies');
      expect(full.body.find((a: { code: string }) => a.code === 'pe-heat').active).toBe(false);
    });

    it.each([
      [{ code: 'office', name: '重复代码', kind: 'department' }, 409, 'AGENCY_CODE_TAKEN'],
      [{ code: 'office-2', name: '第二个公开办', kind: 'office' }, 409, 'AGENCY_OFFICE_EXISTS'],
      [{ code: 'pe-x', name: '缺行业的单位', kind: 'public_enterprise' }, 400, 'AGENCY_INDUSTRY_REQUIRED'],
      [{ code: 'Bad Code', name: '名称', kind: 'department' }, 400, 'VALIDATION_FAILED'],
      [{ code: 'dept-x', name: '名称', kind: 'ministry' }, 400, 'VALIDATION_FAILED'],
    ])('refuses %p with %i (%s)', async (body, status, code) => {
      const response = await admin.request('/api/admin/agencies', { method: 'POST', json: body });
      expect([response.status, response.body.code]).toEqual([status, code]);
    });

    it('never disables the office', async () => {
      const response = await admin.request(`/api/admin/agencies/${ids.office}`, { method: 'PATCH', json: { active: false } });
      expect([response.status, response.body.code]).toEqual([409, 'AGENCY_OFFICE_CANNOT_BE_DISABLED']);
      expect((await admin.request('/api/admin/agencies/999999', { method: 'PATCH', json: { name: '不存在' } })).status).toBe(404);
    });
  });

  describe('audit log', () => {
    it('is searchable by the office, newest first, paged', async () => {
      const officeStaff = await signIn(t, 'office.staff');
      const page = await officeStaff.request('/api/admin/audit?action=login.succeeded&pageSize=3');
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ page: 1, pageSize: 3, total: expect.any(Number) });
      expect(page.body.items).toHaveLength(3);
      expect(page.body.items.every((row: { action: string }) => row.action === 'login.succeeded')).toBe(true);
      const idsInOrder = page.body.items.map((row: { id: number }) => row.id);
      expect(idsInOrder).toEqual([...idsInOrder].sort((a, b) => b - a));

      const byActor = await officeStaff.request(`/api/admin/audit?actorId=${admin.me.id}&action=account.created`);
      expect(byActor.body.items.every((row: { actorId: number }) => row.actorId === admin.me.id)).toBe(true);

      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
      const byDay = await officeStaff.request(`/api/admin/audit?from=${today}&to=${today}`);
      expect(byDay.body.total).toBeGreaterThan(0);
      const future = await officeStaff.request('/api/admin/audit?from=2099-01-01');
      expect(future.body.total).toBe(0);
    });

    it.each(['action=login.nope', 'from=yesterday', 'pageSize=1000', 'page=0', 'sort=id'])('rejects ?%s', async (query) => {
      expect((await admin.request(`/api/admin/audit?${query}`)).status).toBe(400);
    });

    it('carries ids, never names or passwords', async () => {
      const rows = await t.dataSource.getRepository(AuditLog).find();
      const text = JSON.stringify(rows);
      expect(text).not.toMatch(/Passw0rd|王磊|新同事|argon2/);
    });

    it('is append-only in the database itself', async () => {
      const repository = t.dataSource.getRepository(AuditLog);
      const [row] = await repository.find({ take: 1 });
      await expect(repository.update(row.id, { reason: 'tampered' })).rejects.toThrow(/append-only/);
      await expect(repository.delete(row.id)).rejects.toThrow(/append-only/);
      expect((await repository.findOneByOrFail({ id: row.id })).reason).toBe(row.reason);
    });
  });
});
