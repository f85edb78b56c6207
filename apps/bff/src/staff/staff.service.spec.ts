import { AuditAction, ErrorCode } from '@weimin/contracts';
import { agencyRow, InMemoryDatabase, InMemoryStaffStore } from '../testing/in-memory-repositories';
import { caller, PlainPasswordHasher } from '../testing/service-doubles';
import { StaffService } from './staff.service';

// Service tier: account administration's rules and its audit rows, over in-memory repositories.
describe('StaffService (service tier)', () => {
  const admin = caller(1, 10, ['admin']);
  let database: InMemoryDatabase;
  let staff: StaffService;

  beforeEach(async () => {
    database = new InMemoryDatabase();
    database.tables.agencies.push(
      agencyRow({ id: 10, code: 'office', name: '政务公开办', kind: 'office' }),
      agencyRow({ id: 20, code: 'dept-edu', name: '教育局', kind: 'department' }),
      agencyRow({ id: 30, code: 'dept-old', name: '已撤销的局', kind: 'department', active: false }),
    );
    staff = new StaffService(new InMemoryStaffStore(database), new PlainPasswordHasher());
    await staff.create(admin, { username: 'root', displayName: '管理员', agencyId: 10, roles: ['admin'], password: 'Admin-Passw0rd' });
    database.tables.audit = [];
  });

  const create = (overrides: object = {}) =>
    staff.create(admin, {
      username: 'edu.clerk',
      displayName: '教育局办事员',
      agencyId: 20,
      roles: ['agency_staff'],
      password: 'Clerk-Passw0rd',
      ...overrides,
    });

  it('records who created an account, from where, in the same transaction as the account', async () => {
    const view = await create();
    expect(database.tables.audit).toEqual([
      expect.objectContaining({
        action: AuditAction.AccountCreated,
        actorType: 'staff',
        actorId: admin.id,
        actorRoles: 'admin',
        agencyId: 20,
        objectType: 'staff_account',
        objectId: String(view.id),
        ip: admin.ip,
        traceId: admin.traceId,
      }),
    ]);
  });

  it.each([
    ['a username in use', { username: 'root' }, ErrorCode.StaffUsernameTaken],
    ['an office role outside the office', { roles: ['office_head'] }, ErrorCode.StaffRoleNotForAgency],
    ['a disabled agency', { agencyId: 30 }, ErrorCode.StaffAgencyInactive],
    ['a weak password', { password: 'password' }, ErrorCode.StaffPasswordTooWeak],
  ])('refuses %s with its own code, writing neither account nor audit row', async (_, overrides, code) => {
    await expect(create(overrides)).rejects.toEqual(expect.objectContaining({ code }));
    expect(database.tables.accounts.map((a) => a.username)).toEqual(['root']);
    expect(database.tables.audit).toEqual([]);
  });

  it('ends the sessions of an account whose roles change, and records the change with the old and new roles', async () => {
    const { id } = await create();
    database.tables.sessions.push({
      tokenHash: 'edu-session',
      accountId: id,
      createdAt: new Date(),
      lastSeenAt: new Date(),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    await staff.update(admin, id, { roles: ['agency_staff', 'agency_head'] });
    expect(database.tables.sessions).toEqual([]);
    expect(database.tables.audit.at(-1)).toEqual(
      expect.objectContaining({ action: AuditAction.RolesChanged, reason: 'roles: agency_staff → agency_staff,agency_head', objectId: String(id) }),
    );
  });

  it('keeps the sessions when only the display name changes', async () => {
    const { id } = await create();
    database.tables.sessions.push({
      tokenHash: 'edu-session',
      accountId: id,
      createdAt: new Date(),
      lastSeenAt: new Date(),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    await staff.update(admin, id, { displayName: '新名字' });
    expect(database.tables.sessions).toHaveLength(1);
    expect(database.tables.audit.at(-1)?.action).toBe(AuditAction.AccountUpdated);
  });

  it('will not let an admin disable themselves or drop their own admin role, and records nothing then', async () => {
    const self = caller(database.tables.accounts[0].id, 10, ['admin']);
    await expect(staff.setActive(self, self.id, false)).rejects.toEqual(expect.objectContaining({ code: ErrorCode.StaffCannotDisableSelf }));
    await expect(staff.update(self, self.id, { roles: ['office_staff'] })).rejects.toEqual(
      expect.objectContaining({ code: ErrorCode.StaffCannotRemoveOwnAdmin }),
    );
    expect(database.tables.accounts[0]).toEqual(expect.objectContaining({ active: true, roles: ['admin'] }));
    expect(database.tables.audit).toEqual([]);
  });

  it('shows an agency head their own agency’s accounts only; another’s is not found', async () => {
    const { id } = await create();
    const head = caller(99, 20, ['agency_head'], 'department');
    expect((await staff.list(head, {})).map((a) => a.id)).toEqual([id]);
    await expect(staff.get(head, database.tables.accounts[0].id)).rejects.toEqual(expect.objectContaining({ code: ErrorCode.NotFound }));
  });
});
