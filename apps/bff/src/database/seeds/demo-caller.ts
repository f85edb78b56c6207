import type { StaffRole } from '@weimin/contracts';
import type { StaffCaller } from '../../auth/staff-principal';
import type { StaffAccount } from '../../staff/staff-account.entity';

/** A demo staff account as the caller of the services the demo loaders drive (its agency loaded). */
export function demoCallerOf(account: StaffAccount): StaffCaller {
  return {
    id: account.id,
    agencyId: account.agencyId,
    agencyKind: account.agency!.kind,
    roles: account.roles as StaffRole[],
    sessionTokenHash: '',
    ip: null,
    traceId: 'demo-seed',
  };
}
