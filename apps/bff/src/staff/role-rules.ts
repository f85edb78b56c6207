import type { AgencyKind, StaffRole } from '@weimin/contracts';
import { OFFICE_ROLES, STAFF_ROLE_LABELS } from '@weimin/contracts';

/** Office and admin roles belong to accounts of the office only; any agency may have staff and a head. */
export function roleProblems(roles: readonly StaffRole[], agencyKind: AgencyKind): string[] {
  if (agencyKind === 'office') return [];
  return roles.filter((role) => OFFICE_ROLES.includes(role)).map((role) => `「${STAFF_ROLE_LABELS[role]}」只能授予政务公开办的账号`);
}
