import { accountChangeRefusal, roleProblems } from './role-rules';

describe('roleProblems', () => {
  it('lets the office hold every role', () => {
    expect(roleProblems(['office_staff', 'office_head', 'admin', 'agency_staff'], 'office')).toEqual([]);
  });

  it('lets any agency have staff and a head', () => {
    expect(roleProblems(['agency_staff', 'agency_head'], 'public_enterprise')).toEqual([]);
  });

  it.each(['office_staff', 'office_head', 'admin'] as const)('refuses %s outside the office', (role) => {
    expect(roleProblems(['agency_staff', role], 'department')).toHaveLength(1);
  });
});

describe('accountChangeRefusal', () => {
  const admin = { id: 1, roles: ['admin', 'office_staff'] as const };

  it('refuses taking the admin role from oneself', () => {
    expect(accountChangeRefusal(1, { ...admin, roles: [...admin.roles] }, { kind: 'roles', roles: ['office_staff'] })?.code).toBe(
      'STAFF_CANNOT_REMOVE_OWN_ADMIN',
    );
  });

  it('refuses disabling oneself', () => {
    expect(accountChangeRefusal(1, { ...admin, roles: [...admin.roles] }, { kind: 'disable' })?.code).toBe('STAFF_CANNOT_DISABLE_SELF');
  });

  it('lets an admin change their other roles, and anyone else’s roles and state', () => {
    expect(accountChangeRefusal(1, { ...admin, roles: [...admin.roles] }, { kind: 'roles', roles: ['admin'] })).toBeNull();
    expect(accountChangeRefusal(2, { ...admin, roles: [...admin.roles] }, { kind: 'roles', roles: ['office_staff'] })).toBeNull();
    expect(accountChangeRefusal(2, { ...admin, roles: [...admin.roles] }, { kind: 'disable' })).toBeNull();
  });
});
