import type { AgencyKind } from './agencies';

/** Staff roles (docs/domain.md, People). An account has one or more, within its one agency. */
export const StaffRole = {
  AgencyStaff: 'agency_staff',
  AgencyHead: 'agency_head',
  OfficeStaff: 'office_staff',
  OfficeHead: 'office_head',
  Admin: 'admin',
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  agency_staff: '承办单位工作人员',
  agency_head: '承办单位负责人',
  office_staff: '政务公开办工作人员',
  office_head: '政务公开办负责人',
  admin: '系统管理员',
};

/** Roles that only accounts of the office (政务公开办) may hold. */
export const OFFICE_ROLES: readonly StaffRole[] = ['office_staff', 'office_head', 'admin'];

/**
 * Role groups, named once for the BFF's access table (apps/bff/src/auth/access-policy.ts) and the console's menu and
 * buttons (apps/admin/src/access.ts), so the two cannot drift apart.
 */
export const STAFF_ROLE_GROUPS = {
  /** Every staff role. */
  anyStaff: Object.values(StaffRole) as readonly StaffRole[],
  /** The office's case workers (without the system administrator). */
  office: ['office_staff', 'office_head'] as readonly StaffRole[],
  /** The office's case workers and the system administrator: OFFICE_ROLES. */
  officeAndAdmin: OFFICE_ROLES,
  /** An agency's staff and head. */
  agency: ['agency_staff', 'agency_head'] as readonly StaffRole[],
  /** Everyone who works messages, applications and interpretations; agency roles only their own agency's. */
  caseWorkers: ['agency_staff', 'agency_head', 'office_staff', 'office_head'] as readonly StaffRole[],
} as const;

/** Password rule of docs/security.md §12 (等保 practice): length and at least three character classes. */
export const PASSWORD_POLICY = { minLength: 8, maxLength: 128, minClasses: 3 } as const;

/** The signed-in staff member, as the console sees them. */
export interface StaffMeView {
  id: number;
  username: string;
  displayName: string;
  roles: StaffRole[];
  agency: { id: number; name: string; kind: AgencyKind };
  /** Seconds of inactivity after which the session ends. */
  idleTimeoutSeconds: number;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface StaffAccountView {
  id: number;
  username: string;
  displayName: string;
  roles: StaffRole[];
  agencyId: number;
  agencyName: string;
  active: boolean;
  /** ISO time until which sign-in is refused after repeated failures, or null. */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface StaffAccountListQuery {
  agencyId?: number;
  role?: StaffRole;
  /** Matches username or display name. */
  q?: string;
}

export interface CreateStaffAccountRequest {
  username: string;
  displayName: string;
  agencyId: number;
  roles: StaffRole[];
  password: string;
}

export interface UpdateStaffAccountRequest {
  displayName?: string;
  agencyId?: number;
  roles?: StaffRole[];
}

export interface ResetPasswordRequest {
  password: string;
}
