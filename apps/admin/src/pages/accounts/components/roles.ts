import { OFFICE_ROLES, StaffRole, type AgencyKind } from '@weimin/contracts';

export const ALL_ROLES: readonly StaffRole[] = Object.values(StaffRole);

/** The BFF's rule (apps/bff/src/staff/role-rules.ts): office and admin roles belong to accounts of the office only. */
export function roleAllowed(role: StaffRole, agencyKind: AgencyKind | undefined): boolean {
  return agencyKind === 'office' || (agencyKind !== undefined && !OFFICE_ROLES.includes(role));
}
