import { STAFF_ROLE_GROUPS, type StaffRole } from '@weimin/contracts';

/** Who may call a route. Anything not in ACCESS_POLICY is refused (deny by default, docs/security.md §9). */
export type AccessRule = { kind: 'public' } | { kind: 'citizen' } | { kind: 'staff'; roles: readonly StaffRole[] };

const PUBLIC: AccessRule = { kind: 'public' };
/** A citizen signed in through the mini-program (or the development login on H5). */
const CITIZEN: AccessRule = { kind: 'citizen' };
const staff = (...roles: StaffRole[]): AccessRule => ({ kind: 'staff', roles });

// The role groups come from libs/contracts, where the console's menu reads them too.
const ANY_STAFF = staff(...STAFF_ROLE_GROUPS.anyStaff);
const ADMIN = staff('admin');
const OFFICE_AND_ADMIN = staff(...STAFF_ROLE_GROUPS.officeAndAdmin);
const OFFICE = staff(...STAFF_ROLE_GROUPS.office);
const AGENCY = staff(...STAFF_ROLE_GROUPS.agency);
/** Everyone who works messages; each service then limits agency roles to their own agency's messages. */
const MESSAGE_WORKERS = staff(...STAFF_ROLE_GROUPS.caseWorkers);
/** Everyone who drafts or reviews interpretations; agency roles see their own agency's only. */
const INTERPRETATION_WORKERS = MESSAGE_WORKERS;
/** The office runs interviews; a guest agency's staff read theirs. */
const INTERVIEW_READERS = MESSAGE_WORKERS;

/**
 * The one role × endpoint table, keyed by `METHOD /route/pattern` as Fastify registers it.
 * A test enumerates every route of the BFF and fails when one is missing here, or when an entry names no route.
 */
export const ACCESS_POLICY: Readonly<Record<string, AccessRule>> = {
  // System
  'GET /api/health': PUBLIC,
  'GET /api/version': PUBLIC,

  // Public reference data
  'GET /api/agencies': PUBLIC,
  'GET /api/agencies/:id': PUBLIC,
  'GET /api/stages': PUBLIC,

  // Staff session
  'POST /api/staff/session': PUBLIC,
  'GET /api/staff/session': ANY_STAFF,
  'DELETE /api/staff/session': ANY_STAFF,
  'PUT /api/staff/password': ANY_STAFF,

  // Accounts: admins manage them; an agency head may see their own agency's.
  'GET /api/admin/accounts': staff('admin', 'agency_head'),
  'GET /api/admin/accounts/:id': staff('admin', 'agency_head'),
  'POST /api/admin/accounts': ADMIN,
  'PATCH /api/admin/accounts/:id': ADMIN,
  'POST /api/admin/accounts/:id/disable': ADMIN,
  'POST /api/admin/accounts/:id/enable': ADMIN,
  'POST /api/admin/accounts/:id/unlock': ADMIN,
  'POST /api/admin/accounts/:id/password': ADMIN,

  // Agencies
  'GET /api/admin/agencies': OFFICE_AND_ADMIN,
  'POST /api/admin/agencies': ADMIN,
  'PATCH /api/admin/agencies/:id': ADMIN,

  // Audit log
  'GET /api/admin/audit': OFFICE_AND_ADMIN,

  // Citizens
  'POST /api/citizen/session': PUBLIC,
  'POST /api/citizen/session/dev': PUBLIC,
  'GET /api/citizen/me': CITIZEN,
  'POST /api/citizen/phone': CITIZEN,
  // 订阅: a citizen follows public enterprises and reports the subscribe-message grants WeChat gave
  'GET /api/citizen/subscriptions': CITIZEN,
  'POST /api/citizen/subscriptions/grants': CITIZEN,
  'POST /api/citizen/subscriptions/:agencyId': CITIZEN,
  'DELETE /api/citizen/subscriptions/:agencyId': CITIZEN,

  // Messages: citizens write and follow their own
  'POST /api/messages': CITIZEN,
  // What the compose page promises: the deadlines the BFF computes due dates with.
  'GET /api/messages/deadlines': PUBLIC,
  'GET /api/messages/mine': CITIZEN,
  'GET /api/messages/mine/:id': CITIZEN,
  'POST /api/messages/mine/:id/rating': CITIZEN,
  // Photos on messages: one upload per image, read back by their owner only.
  'POST /api/citizen/uploads': CITIZEN,
  'GET /api/citizen/uploads/:id': CITIZEN,

  // Public board
  'GET /api/board': PUBLIC,
  'GET /api/board/:id': PUBLIC,
  // Only photos the office approved for the board, of a message on the board.
  'GET /api/board/images/:id': PUBLIC,
  // WeChat's side of the photo check: it downloads the photo by an unguessable one-time name while the check runs, and
  // pushes its verdict, signed with WECHAT_PUSH_TOKEN (GET is the console's URL check).
  'GET /api/wechat/media/:token': PUBLIC,
  'GET /api/wechat/push': PUBLIC,
  'POST /api/wechat/push': PUBLIC,

  // 工作台: every role; each count is scoped as the list it links to
  'GET /api/admin/workbench': ANY_STAFF,

  // Messages in the console
  'GET /api/admin/messages': MESSAGE_WORKERS,
  'GET /api/admin/messages/:id': MESSAGE_WORKERS,
  'POST /api/admin/messages/:id/release': OFFICE,
  'POST /api/admin/messages/:id/dispatch': OFFICE,
  'POST /api/admin/messages/:id/reassign': OFFICE,
  'POST /api/admin/messages/:id/return': AGENCY,
  'POST /api/admin/messages/:id/reply': MESSAGE_WORKERS,
  'POST /api/admin/messages/:id/extension': MESSAGE_WORKERS,
  'POST /api/admin/messages/:id/extension/decision': staff('office_head'),
  'POST /api/admin/messages/:id/reopen': OFFICE,
  'POST /api/admin/messages/:id/hide': OFFICE,
  'GET /api/admin/message-images/:id': MESSAGE_WORKERS,
  'POST /api/admin/messages/:id/images/publish': OFFICE,
  'GET /api/admin/notifications': MESSAGE_WORKERS,
  'GET /api/admin/outbox': OFFICE_AND_ADMIN,
  'POST /api/admin/outbox/:id/retry': OFFICE,

  // Routing rules
  'GET /api/admin/routing-rules': OFFICE_AND_ADMIN,
  'POST /api/admin/routing-rules': ADMIN,
  'PATCH /api/admin/routing-rules/:id': ADMIN,

  // Statistics (统计分析): the office and admins; agency roles have no access (403).
  'GET /api/admin/stats/messages': OFFICE_AND_ADMIN,
  'GET /api/admin/stats/export.xlsx': OFFICE_AND_ADMIN,
  // Public-enterprise notices (docs/domain.md §2): citizens read; a unit's staff publish their own (the service refuses to
  // publish for other kinds of agency, whose staff find no notices); the office reads all and watches freshness.
  'GET /api/agencies/:id/notices': PUBLIC,
  'GET /api/notices/:id': PUBLIC,
  'GET /api/admin/notices': staff('agency_staff', 'agency_head', 'office_staff', 'office_head'),
  'GET /api/admin/notices/:id': staff('agency_staff', 'agency_head', 'office_staff', 'office_head'),
  'POST /api/admin/notices': AGENCY,
  'PATCH /api/admin/notices/:id': AGENCY,
  'POST /api/admin/notices/:id/withdraw': AGENCY,
  'GET /api/admin/notice-freshness': OFFICE_AND_ADMIN,
  'GET /api/admin/stats/notices': OFFICE_AND_ADMIN,
  // Policy interpretations: the public reads published ones; citizens say whether one helped
  'GET /api/interpretations': PUBLIC,
  'GET /api/interpretations/search': PUBLIC,
  'GET /api/interpretations/:id': PUBLIC,
  'POST /api/interpretations/:id/feedback': CITIZEN,
  // …departments draft, three levels review (each service check narrows to the level and the agency), the office withdraws
  'GET /api/admin/policy-documents': INTERPRETATION_WORKERS,
  'POST /api/admin/policy-documents': INTERPRETATION_WORKERS,
  'GET /api/admin/interpretations': INTERPRETATION_WORKERS,
  'GET /api/admin/interpretations/queue': INTERPRETATION_WORKERS,
  'GET /api/admin/interpretations/:id': INTERPRETATION_WORKERS,
  'POST /api/admin/interpretations': AGENCY,
  'PUT /api/admin/interpretations/:id': AGENCY,
  'POST /api/admin/interpretations/:id/submit': AGENCY,
  'POST /api/admin/interpretations/:id/approve': staff('agency_head', 'office_staff', 'office_head'),
  'POST /api/admin/interpretations/:id/return': staff('agency_head', 'office_staff', 'office_head'),
  'POST /api/admin/interpretations/:id/withdraw': OFFICE,
  'GET /api/admin/stats/interpretations': OFFICE_AND_ADMIN,
  // 在线访谈: the public reads schedule and transcript; signed-in citizens ask while it collects questions or is live
  'GET /api/interviews': PUBLIC,
  'GET /api/interviews/:id': PUBLIC,
  'GET /api/interviews/:id/transcript': PUBLIC,
  'GET /api/interviews/questions/mine': CITIZEN,
  'GET /api/interviews/:id/questions/mine': CITIZEN,
  'POST /api/interviews/:id/questions': CITIZEN,
  // …the office schedules and runs them; the guest agency's staff read theirs (the service narrows agency roles)
  'GET /api/admin/interviews': INTERVIEW_READERS,
  'GET /api/admin/interviews/:id': INTERVIEW_READERS,
  'GET /api/admin/interviews/:id/questions': INTERVIEW_READERS,
  'POST /api/admin/interviews': OFFICE,
  'PUT /api/admin/interviews/:id': OFFICE,
  'POST /api/admin/interviews/:id/collect': OFFICE,
  'POST /api/admin/interviews/:id/start': OFFICE,
  'POST /api/admin/interviews/:id/end': OFFICE,
  'PUT /api/admin/interviews/:id/video': OFFICE,
  'POST /api/admin/interviews/:id/transcript': OFFICE,
  'POST /api/admin/interview-questions/:id/hide': OFFICE,
  'POST /api/admin/interview-questions/:id/show': OFFICE,
  'GET /api/admin/stats/interviews': OFFICE_AND_ADMIN,
  // 小程序码 of a published item, for posters (issue 16): whoever sees the item in the console.
  'GET /api/admin/interpretations/:id/wxacode': INTERPRETATION_WORKERS,
  'GET /api/admin/notices/:id/wxacode': staff('agency_staff', 'agency_head', 'office_staff', 'office_head'),
  'GET /api/admin/agencies/:id/wxacode': OFFICE_AND_ADMIN,
  // Working-day calendar (节假日安排): the administrator enters each year's holidays and 调休, as with the routing
  // rules; the office reads it and is warned from 1 December while next year is missing. Agency roles: 403.
  'GET /api/admin/calendar/status': OFFICE_AND_ADMIN,
  'GET /api/admin/calendar/:year': OFFICE_AND_ADMIN,
  'PUT /api/admin/calendar/:year': ADMIN,
  // 系统设置 › 媒体来源: the administrator keeps the allow-list; drafters and reviewers read it (the editor names the hosts).
  'GET /api/admin/settings/media-hosts': ANY_STAFF,
  'PUT /api/admin/settings/media-hosts': ADMIN,
  // 依申请公开 (docs/domain.md §5): never public. Citizens apply and follow their own; agency roles work their own agency's
  // (404 for another's), the office all; disclosure-transitions.ts narrows each step to the role and state.
  'POST /api/disclosure/applications': CITIZEN,
  'GET /api/disclosure/applications/mine': CITIZEN,
  'GET /api/disclosure/applications/mine/:id': CITIZEN,
  'POST /api/disclosure/applications/mine/:id/correction': CITIZEN,
  'GET /api/disclosure/applications/mine/:id/letter': CITIZEN,
  'GET /api/admin/disclosure/applications': MESSAGE_WORKERS,
  'POST /api/admin/disclosure/applications': staff('agency_staff', 'agency_head', 'office_staff', 'office_head'),
  'GET /api/admin/disclosure/applications/:id': MESSAGE_WORKERS,
  'GET /api/admin/disclosure/applications/:id/letter': MESSAGE_WORKERS,
  'GET /api/admin/disclosure/applications/:id/case-file': MESSAGE_WORKERS,
  'POST /api/admin/disclosure/applications/:id/route': OFFICE,
  'POST /api/admin/disclosure/applications/:id/correction': AGENCY,
  'POST /api/admin/disclosure/applications/:id/corrected': AGENCY,
  'POST /api/admin/disclosure/applications/:id/correction-lapsed': MESSAGE_WORKERS,
  'POST /api/admin/disclosure/applications/:id/pause': AGENCY,
  'POST /api/admin/disclosure/applications/:id/resume': AGENCY,
  'POST /api/admin/disclosure/applications/:id/extension': AGENCY,
  'POST /api/admin/disclosure/applications/:id/extension-decision': staff('office_head'),
  'POST /api/admin/disclosure/applications/:id/reply-draft': AGENCY,
  'POST /api/admin/disclosure/applications/:id/reply-approve': staff('agency_head', 'office_staff', 'office_head'),
  'POST /api/admin/disclosure/applications/:id/reply-return': staff('agency_head', 'office_staff', 'office_head'),
  'POST /api/admin/disclosure/applications/:id/delivery': AGENCY,
  'POST /api/admin/disclosure/applications/:id/remedy': OFFICE,
  'POST /api/admin/disclosure/applications/:id/chase': OFFICE,
  // 年度报告 (docs/domain.md §8): the office reads the whole government's or one department's; a department's head only
  // their own (`agencyId=` their agency; the service answers 403 REPORT_AGENCY_NOT_YOURS otherwise).
  'GET /api/admin/reports/annual': staff('agency_head', 'office_staff', 'office_head', 'admin'),
  'GET /api/admin/reports/annual.xlsx': staff('agency_head', 'office_staff', 'office_head', 'admin'),
  'GET /api/admin/reports/annual.docx': staff('agency_head', 'office_staff', 'office_head', 'admin'),
  // …the office writes the text and enters the rows (a department's head for their own department); classifies documents.
  'GET /api/admin/reports/annual/texts/:section/history': staff('agency_head', 'office_staff', 'office_head', 'admin'),
  'PUT /api/admin/reports/annual/texts/:section': staff('agency_head', 'office_staff', 'office_head'),
  'GET /api/admin/reports/manual-figures': staff('agency_head', 'office_staff', 'office_head', 'admin'),
  'PUT /api/admin/reports/manual-figures': staff('agency_head', 'office_staff', 'office_head'),
  'PUT /api/admin/reports/policy-documents/:id/classification': OFFICE,
  // Publishing: the office the whole government's or any department's; a department's head their own (`agencyId=`).
  'POST /api/admin/reports/annual/:year/publish': staff('agency_head', 'office_staff', 'office_head'),
  // 年度报告 as published to the mini-program
  'GET /api/reports/annual': PUBLIC,
  'GET /api/reports/annual/:id': PUBLIC,
  // 意见征集 (docs/domain.md §6): the public reads published ones; signed-in citizens send opinions and follow their own.
  'GET /api/solicitations': PUBLIC,
  'GET /api/solicitations/:id': PUBLIC,
  'GET /api/solicitations/opinions/mine': CITIZEN,
  'POST /api/solicitations/:id/opinions': CITIZEN,
  // …the agency drafts, marks and writes the feedback (its own only, 404 for another's); its head, then the office,
  // review both (solicitation-transitions.ts narrows each step to the level, the agency and the state).
  'GET /api/admin/solicitations': INTERPRETATION_WORKERS,
  'GET /api/admin/solicitations/queue': INTERPRETATION_WORKERS,
  'GET /api/admin/solicitations/overdue': INTERPRETATION_WORKERS,
  'GET /api/admin/solicitations/:id': INTERPRETATION_WORKERS,
  'GET /api/admin/solicitations/:id/opinions': INTERPRETATION_WORKERS,
  // …the office looks at opinions moderation held and releases them (放行), as it does held messages.
  'GET /api/admin/solicitations/opinions/held': OFFICE,
  'POST /api/admin/solicitations/opinions/:opinionId/release': OFFICE,
  'POST /api/admin/solicitations': AGENCY,
  'PUT /api/admin/solicitations/:id': AGENCY,
  'POST /api/admin/solicitations/:id/submit': AGENCY,
  'POST /api/admin/solicitations/:id/approve': staff('agency_head', 'office_staff', 'office_head'),
  'POST /api/admin/solicitations/:id/return': staff('agency_head', 'office_staff', 'office_head'),
  'PUT /api/admin/solicitations/:id/opinions/:opinionId/mark': AGENCY,
  'PUT /api/admin/solicitations/:id/feedback': AGENCY,
  'POST /api/admin/solicitations/:id/feedback/submit': AGENCY,
  'POST /api/admin/solicitations/:id/feedback/approve': staff('agency_head', 'office_staff', 'office_head'),
  'POST /api/admin/solicitations/:id/feedback/return': staff('agency_head', 'office_staff', 'office_head'),
  'GET /api/admin/stats/solicitations': OFFICE_AND_ADMIN,
};

/** Routes that serve files or redirects, outside the API and outside this table. */
export function isOutsideApi(url: string): boolean {
  return !url.startsWith('/api/') || url.startsWith('/api/docs');
}
