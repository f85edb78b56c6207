import type { AgencyKind, StaffRole } from '@weimin/contracts';
import { OFFICE_ROLES } from '@weimin/contracts';

/** Who is calling, as the guard established it from the session cookie. Passed explicitly to services. */
export interface StaffPrincipal {
  id: number;
  agencyId: number;
  agencyKind: AgencyKind;
  roles: StaffRole[];
  /** The session it came with, so logout can end exactly this one. */
  sessionTokenHash: string;
}

/** Office and admin roles see every agency's rows; everyone else only their own agency's (docs/security.md §8). */
export function seesAllAgencies(staff: StaffPrincipal): boolean {
  return staff.roles.some((role) => OFFICE_ROLES.includes(role));
}

/** The agency a query must be limited to, or undefined for city-wide roles. */
export function agencyScopeOf(staff: StaffPrincipal): number | undefined {
  return seesAllAgencies(staff) ? undefined : staff.agencyId;
}

/** A principal plus where the request came from: what services need to act and to audit. */
export interface StaffCaller extends StaffPrincipal {
  ip: string | null;
  traceId: string | null;
}
