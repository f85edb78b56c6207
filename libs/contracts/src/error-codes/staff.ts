import type { ErrorCodeInfo } from './error-code-info';

/**
 * Refusals of staff accounts and sign-in: each code names what went wrong, prefixed STAFF_. A refused sign-in stays
 * UNAUTHENTICATED whatever the reason (unknown user, wrong password, locked): nothing to enumerate.
 */
export const StaffErrorCode = {
  StaffUsernameTaken: 'STAFF_USERNAME_TAKEN',
  StaffAgencyInactive: 'STAFF_AGENCY_INACTIVE',
  StaffRoleNotForAgency: 'STAFF_ROLE_NOT_FOR_AGENCY',
  StaffPasswordTooWeak: 'STAFF_PASSWORD_TOO_WEAK',
  StaffCurrentPasswordWrong: 'STAFF_CURRENT_PASSWORD_WRONG',
  StaffCannotRemoveOwnAdmin: 'STAFF_CANNOT_REMOVE_OWN_ADMIN',
  StaffCannotDisableSelf: 'STAFF_CANNOT_DISABLE_SELF',
} as const;
export type StaffErrorCode = (typeof StaffErrorCode)[keyof typeof StaffErrorCode];

export const STAFF_ERRORS: Record<StaffErrorCode, ErrorCodeInfo> = {
  STAFF_USERNAME_TAKEN: { status: 409, message: '用户名已被使用' },
  STAFF_AGENCY_INACTIVE: { status: 400, message: '所属机构不存在或已停用' },
  STAFF_ROLE_NOT_FOR_AGENCY: { status: 400, message: '该角色只能授予政务公开办的账号' },
  STAFF_PASSWORD_TOO_WEAK: { status: 400, message: '密码不符合要求' },
  STAFF_CURRENT_PASSWORD_WRONG: { status: 400, message: '当前密码不正确' },
  STAFF_CANNOT_REMOVE_OWN_ADMIN: { status: 409, message: '不能取消自己的系统管理员角色' },
  STAFF_CANNOT_DISABLE_SELF: { status: 409, message: '不能停用自己的账号' },
};
