import { ErrorCode } from '@weimin/contracts';
import { agencyRow, InMemoryDatabase, InMemoryStaffStore } from '../testing/in-memory-repositories';
import { PlainPasswordHasher } from '../testing/service-doubles';
import { createFirstAdmin } from './first-admin';
import { StaffService } from './staff.service';

// Service tier: the first administrator (BOOTSTRAP_ADMIN_* at start, `npm run admin:create`) over in-memory repositories.
describe('createFirstAdmin (service tier)', () => {
  let database: InMemoryDatabase;
  let store: InMemoryStaffStore;
  let staff: StaffService;

  beforeEach(() => {
    database = new InMemoryDatabase();
    database.tables.agencies.push(
      agencyRow({ id: 1, code: 'dept-edu', name: '教育局', kind: 'department' }),
      agencyRow({ id: 2, code: 'office', name: '政务公开办', kind: 'office' }),
    );
    store = new InMemoryStaffStore(database);
    staff = new StaffService(store, new PlainPasswordHasher());
  });

  it('creates an admin in the office when there is none', async () => {
    const admin = await store.transaction((repositories) => createFirstAdmin(repositories, staff, { username: 'root', password: 'First-Passw0rd' }));
    expect(admin).toEqual(
      expect.objectContaining({ username: 'root', displayName: '系统管理员', agencyId: 2, roles: ['admin'], passwordHash: 'plain:First-Passw0rd' }),
    );
    expect(database.tables.accounts).toHaveLength(1);
  });

  it('does nothing once an admin exists, however often it runs', async () => {
    await store.transaction((repositories) => createFirstAdmin(repositories, staff, { username: 'root', password: 'First-Passw0rd' }));
    const again = await store.transaction((repositories) => createFirstAdmin(repositories, staff, { username: 'other', password: 'Other-Passw0rd' }));
    expect(again).toBeNull();
    expect(database.tables.accounts.map((a) => a.username)).toEqual(['root']);
  });

  it('refuses a password that breaks the policy, writing nothing', async () => {
    await expect(store.transaction((repositories) => createFirstAdmin(repositories, staff, { username: 'root', password: 'password' }))).rejects.toEqual(
      expect.objectContaining({ code: ErrorCode.StaffPasswordTooWeak, details: [expect.objectContaining({ field: 'password' })] }),
    );
    expect(database.tables.accounts).toEqual([]);
  });

  it('needs the office to exist first', async () => {
    database.tables.agencies = database.tables.agencies.filter((a) => a.kind !== 'office');
    await expect(store.transaction((repositories) => createFirstAdmin(repositories, staff, { username: 'root', password: 'First-Passw0rd' }))).rejects.toThrow(
      /No office agency/,
    );
  });
});
