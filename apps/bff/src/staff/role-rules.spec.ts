import { roleProblems } from './role-rules';

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
