/** What the audit log records (SECURITY.md 21). Later features add their actions here. */
export const AuditAction = {
  LoginSucceeded: 'login.succeeded',
  LoginFailed: 'login.failed',
  LoginLocked: 'login.locked',
  Logout: 'logout',
  PasswordChanged: 'password.changed',
  PasswordReset: 'password.reset',
  AccountCreated: 'account.created',
  AccountUpdated: 'account.updated',
  RolesChanged: 'account.roles_changed',
  AccountDisabled: 'account.disabled',
  AccountEnabled: 'account.enabled',
  AccountUnlocked: 'account.unlocked',
  AgencyCreated: 'agency.created',
  AgencyUpdated: 'agency.updated',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'login.succeeded': '登录成功',
  'login.failed': '登录失败',
  'login.locked': '账号锁定',
  logout: '退出登录',
  'password.changed': '修改密码',
  'password.reset': '重置密码',
  'account.created': '创建账号',
  'account.updated': '修改账号',
  'account.roles_changed': '变更角色',
  'account.disabled': '停用账号',
  'account.enabled': '启用账号',
  'account.unlocked': '解除锁定',
  'agency.created': '新增机构',
  'agency.updated': '修改机构',
};

export type AuditActorType = 'staff' | 'citizen' | 'system' | 'anonymous';

/** One audit row. IDs only: no names, phones or message text. */
export interface AuditEntryView {
  id: number;
  at: string;
  actorType: AuditActorType;
  actorId: number | null;
  actorRoles: string | null;
  agencyId: number | null;
  action: AuditAction;
  objectType: string | null;
  objectId: string | null;
  reason: string | null;
  ip: string | null;
  traceId: string | null;
}

export interface AuditQuery {
  action?: AuditAction;
  actorId?: number;
  agencyId?: number;
  objectType?: string;
  objectId?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}
