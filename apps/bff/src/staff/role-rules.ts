import type { AgencyKind, StaffRole } from '@weimin/contracts';
import { ErrorCode, OFFICE_ROLES, STAFF_ROLE_LABELS } from '@weimin/contracts';

/** Office and admin roles belong to accounts of the office only; any agency may have staff and a head. */
export function roleProblems(roles: readonly StaffRole[], agencyKind: AgencyKind): string[] {
  if (agencyKind === 'office') return [];
  return roles.filter((role) => OFFICE_ROLES.includes(role)).map((role) => `「${STAFF_ROLE_LABELS[role]}」只能授予政务公开办的账号`);
}

/** Why an administrator may not make a change to an account, or null when they may. */
export interface AccountChangeRefusal {
  code: ErrorCode;
  message: string;
}

/** A change an administrator asks for: new roles, or the account disabled. */
export type AccountChange = { kind: 'roles'; roles: readonly StaffRole[] } | { kind: 'disable' };

/**
 * Whether `callerId` may make `change` to the account: nobody takes the admin role from themselves or disables their
 * own account, so the console is never left without the administrator who was using it. Who may manage accounts at
 * all is the access table's (auth/access-policy.ts); which agency's accounts they see is agencyScopeOf's.
 */
export function accountChangeRefusal(
  callerId: number,
  account: { id: number; roles: readonly StaffRole[] },
  change: AccountChange,
): AccountChangeRefusal | null {
  if (account.id !== callerId) return null;
  if (change.kind === 'disable') return { code: ErrorCode.StaffCannotDisableSelf, message: '不能停用自己的账号' };
  if (account.roles.includes('admin') && !change.roles.includes('admin'))
    return { code: ErrorCode.StaffCannotRemoveOwnAdmin, message: '不能取消自己的系统管理员角色' };
  return null;
}
