import type { StaffAccountView } from '@weimin/contracts';
import type { StaffAccount } from './staff-account.entity';

/** Needs the account's agency loaded. Never carries the password hash. */
export function toStaffAccountView(account: StaffAccount): StaffAccountView {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    agencyId: account.agencyId,
    agencyName: account.agency?.name ?? '',
    active: account.active,
    lockedUntil: account.lockedUntil && account.lockedUntil > new Date() ? account.lockedUntil.toISOString() : null,
    lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
  };
}
