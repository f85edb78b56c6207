import { StaffRole } from '@weimin/contracts';
import { useMemo } from 'react';
import { useMe } from './stores/session';

const ANY_STAFF: readonly StaffRole[] = Object.values(StaffRole);
const OFFICE_AND_ADMIN: readonly StaffRole[] = ['office_staff', 'office_head', 'admin'];
const OFFICE: readonly StaffRole[] = ['office_staff', 'office_head'];
const AGENCY: readonly StaffRole[] = ['agency_staff', 'agency_head'];
/** Everyone who works messages (MESSAGE_WORKERS): the BFF limits agency roles to their own agency's messages. */
const MESSAGE_WORKERS: readonly StaffRole[] = [...AGENCY, ...OFFICE];

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
  /** 留言详情 and 通知: GET /api/admin/messages/:id, GET /api/admin/notifications */
  canViewMessages: MESSAGE_WORKERS,
  /** 本单位留言: the messages assigned to the caller's agency (GET /api/admin/messages, scoped by the BFF) */
  canAnswerMessages: AGENCY,
  /** 待交办 and 全部留言, with 交办, 改派, 放行, 重办, 屏蔽: POST /api/admin/messages/:id/{dispatch,reassign,release,reopen,hide} */
  canDispatchMessages: OFFICE,
  /** 审批延期: POST /api/admin/messages/:id/extension/decision */
  canDecideExtensions: ['office_head'],
  /** 通知发送失败: GET /api/admin/outbox */
  canViewOutbox: OFFICE_AND_ADMIN,
  /** 重发: POST /api/admin/outbox/:id/retry */
  canRetryOutbox: OFFICE,
  /** 派单规则: GET /api/admin/routing-rules */
  canViewRoutingRules: OFFICE_AND_ADMIN,
  /** Create and edit routing rules: POST, PATCH /api/admin/routing-rules */
  canManageRoutingRules: ['admin'],
  /** 解读详情: GET /api/admin/interpretations/:id (agency roles: their own agency's) */
  canViewInterpretations: MESSAGE_WORKERS,
  /** 我的起草, 起草 and 修改: POST, PUT /api/admin/interpretations, …/submit */
  canDraftInterpretations: AGENCY,
  /** 解读审核: the review queue of levels 1-3, POST /api/admin/interpretations/:id/{approve,return} */
  canReviewInterpretations: ['agency_head', 'office_staff', 'office_head'],
  /** 全部解读 and 撤回: POST /api/admin/interpretations/:id/withdraw */
  canViewAllInterpretations: OFFICE,
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
