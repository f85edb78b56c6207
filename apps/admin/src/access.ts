import { StaffRole } from '@weimin/contracts';
import { useMemo } from 'react';
import { useMe } from './stores/session';

const ANY_STAFF: readonly StaffRole[] = Object.values(StaffRole);
const OFFICE_AND_ADMIN: readonly StaffRole[] = ['office_staff', 'office_head', 'admin'];

/**
 * What the signed-in staff member may see and do, declared once (as in ant-design-pro's access.ts): each flag names
 * the roles that grant it. This mirrors the BFF's deny-by-default table (apps/bff/src/auth/access-policy.ts), which
 * stays the authority; the console only hides what the BFF would refuse. Routes, menu items and buttons name a flag.
 */
const ACCESS_RULES = {
  /** 工作台 */
  canViewDashboard: ANY_STAFF,
  /** 机构管理, the list with inactive agencies: GET /api/admin/agencies */
  canViewAgenciesAdmin: OFFICE_AND_ADMIN,
  /** Create, edit, disable agencies: POST, PATCH /api/admin/agencies */
  canManageAgencies: ['admin'],
  /** 账号管理: GET /api/admin/accounts (an agency head gets their own agency's accounts only) */
  canViewAccounts: ['admin', 'agency_head'],
  /** Create, edit, disable, unlock accounts and reset passwords: POST, PATCH /api/admin/accounts/… */
  canManageAccounts: ['admin'],
  /** 审计日志: GET /api/admin/audit */
  canViewAudit: OFFICE_AND_ADMIN,
} satisfies Record<string, readonly StaffRole[]>;

export type AccessFlag = keyof typeof ACCESS_RULES;
export type Access = Record<AccessFlag, boolean>;

export function computeAccess(roles: readonly StaffRole[]): Access {
  const rules: Record<AccessFlag, readonly StaffRole[]> = ACCESS_RULES;
  const entries = Object.entries(rules).map(([flag, granting]) => [flag, roles.some((role) => granting.includes(role))]);
  return Object.fromEntries(entries) as Access;
}

/** The current staff member's access; the one hook routes, the menu and page actions read it through. */
export function useAccess(): Access {
  const { roles } = useMe();
  return useMemo(() => computeAccess(roles), [roles]);
}
