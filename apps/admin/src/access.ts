import { AgencyKind, STAFF_ROLE_GROUPS, type StaffRole } from '@weimin/contracts';
import { useMemo } from 'react';
import { useMe } from './stores/session';

// The role groups are the BFF's (libs/contracts/src/staff.ts), not a copy.
const { anyStaff: ANY_STAFF, officeAndAdmin: OFFICE_AND_ADMIN, office: OFFICE, agency: AGENCY } = STAFF_ROLE_GROUPS;
/** Everyone who works messages (MESSAGE_WORKERS): the BFF limits agency roles to their own agency's messages. */
const MESSAGE_WORKERS = STAFF_ROLE_GROUPS.caseWorkers;

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
  /** 统计分析 and 导出 Excel: GET /api/admin/stats/messages, GET /api/admin/stats/export.xlsx */
  canViewStats: OFFICE_AND_ADMIN,
  /** 年度报告: GET /api/admin/reports/annual (a department's head: their own department's, `agencyId=` their agency) */
  canViewAnnualReport: [...OFFICE_AND_ADMIN, 'agency_head'],
  /** 发布到小程序: POST /api/admin/reports/annual/:year/publish (a department's head: their own department's report) */
  canPublishAnnualReport: ['agency_head', 'office_staff', 'office_head'],
  /** 信息公开, publish, edit, withdraw: POST, PATCH /api/admin/notices… (a public enterprise's staff only, see below) */
  canPublishNotices: AGENCY,
  /** 信息公开 read-only for the office: GET /api/admin/notices */
  canReadAllNotices: OFFICE,
  /** 更新提示, the freshness board: GET /api/admin/notice-freshness */
  canViewFreshness: OFFICE_AND_ADMIN,
  /** 解读详情: GET /api/admin/interpretations/:id (agency roles: their own agency's) */
  canViewInterpretations: MESSAGE_WORKERS,
  /** 我的起草, 起草 and 修改: POST, PUT /api/admin/interpretations, …/submit */
  canDraftInterpretations: AGENCY,
  /** 解读审核: the review queue of levels 1-3, POST /api/admin/interpretations/:id/{approve,return} */
  canReviewInterpretations: ['agency_head', 'office_staff', 'office_head'],
  /** 全部解读 and 撤回: POST /api/admin/interpretations/:id/withdraw */
  canViewAllInterpretations: OFFICE,
  /** 依申请公开, 申请详情 and the downloads: GET /api/admin/disclosure/applications… (agency roles: their own agency's) */
  canViewDisclosure: MESSAGE_WORKERS,
  /** 本单位申请: the applications the caller's agency handles */
  canHandleDisclosure: AGENCY,
  /** 全部申请, 待转办 and 期限提醒: every agency's applications, 转办, 催办, 复议诉讼登记 */
  canOverseeDisclosure: OFFICE,
  /** 登记申请: POST /api/admin/disclosure/applications */
  canRegisterDisclosure: MESSAGE_WORKERS,
  /** 征集详情 and its opinions: GET /api/admin/solicitations/:id (agency roles: their own agency's) */
  canViewSolicitations: MESSAGE_WORKERS,
  /** 本单位征集, 起草, 修改, 提交, 标注意见, 采纳情况反馈: POST, PUT /api/admin/solicitations…, …/feedback */
  canDraftSolicitations: AGENCY,
  /** 征集审核: both levels of the solicitation and of its feedback, POST /api/admin/solicitations/:id/{approve,return} */
  canReviewSolicitations: ['agency_head', 'office_staff', 'office_head'],
  /**
   * 全部征集 and 待审核意见: every agency's solicitations; opinions held by moderation and their 放行,
   * GET /api/admin/solicitations/opinions/held, POST …/opinions/:opinionId/release
   */
  canOverseeSolicitations: OFFICE,
  /** 反馈逾期: GET /api/admin/solicitations/overdue, every agency's for the office, an agency role's own agency's */
  canViewOverdueSolicitations: MESSAGE_WORKERS,
  /** 在线访谈, list and detail: GET /api/admin/interviews… (agency roles: the interviews their agency is guest of) */
  canViewInterviews: MESSAGE_WORKERS,
  /** Schedule and run interviews: POST, PUT /api/admin/interviews…, the steps, the transcript, 屏蔽 questions */
  canRunInterviews: OFFICE,
  /** 节假日安排 and the warning while next year's is missing: GET /api/admin/calendar/{status,:year} */
  canViewCalendar: OFFICE_AND_ADMIN,
  /** Enter a year's holidays and 调休: PUT /api/admin/calendar/:year */
  canManageCalendar: ['admin'],
  /** 媒体来源, the hosts of interpretation videos and pictures: GET /api/admin/settings/media-hosts */
  canViewMediaHosts: OFFICE_AND_ADMIN,
  /** Edit it: PUT /api/admin/settings/media-hosts */
  canManageMediaHosts: ['admin'],
} satisfies Record<string, readonly StaffRole[]>;

/** Flags that also need the staff member's agency to be of one kind: only public enterprises publish notices. */
const AGENCY_KIND_RULES: Partial<Record<keyof typeof ACCESS_RULES, AgencyKind>> = {
  canPublishNotices: AgencyKind.PublicEnterprise,
};

/** canViewNotices: 信息公开, for those who publish notices or read them all. */
export type AccessFlag = keyof typeof ACCESS_RULES | 'canViewNotices';
export type Access = Record<AccessFlag, boolean>;

export function computeAccess(roles: readonly StaffRole[], agencyKind?: AgencyKind): Access {
  const rules: Record<keyof typeof ACCESS_RULES, readonly StaffRole[]> = ACCESS_RULES;
  const entries = Object.entries(rules).map(([flag, granting]) => {
    const kind = AGENCY_KIND_RULES[flag as keyof typeof ACCESS_RULES];
    return [flag, roles.some((role) => granting.includes(role)) && (kind === undefined || kind === agencyKind)];
  });
  const access = Object.fromEntries(entries) as Access;
  return { ...access, canViewNotices: access.canPublishNotices || access.canReadAllNotices };
}

/** The current staff member's access; the one hook routes, the menu and page actions read it through. */
export function useAccess(): Access {
  const { roles, agency } = useMe();
  return useMemo(() => computeAccess(roles, agency.kind), [roles, agency.kind]);
}
