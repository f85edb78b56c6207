/** What the audit log records (docs/security.md §21). Later features add their actions here. */
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
  MessageSubmitted: 'message.submitted',
  MessageReleased: 'message.released',
  MessageDispatched: 'message.dispatched',
  MessageReturned: 'message.returned',
  MessageReassigned: 'message.reassigned',
  MessageReplied: 'message.replied',
  MessageRated: 'message.rated',
  MessageClosed: 'message.closed',
  MessageReopened: 'message.reopened',
  MessageHidden: 'message.hidden',
  MessageImagesPublished: 'message.images_published',
  ExtensionRequested: 'message.extension_requested',
  ExtensionDecided: 'message.extension_decided',
  ContactViewed: 'message.contact_viewed',
  ContactAnonymised: 'message.contact_anonymised',
  RoutingRuleSaved: 'routing_rule.saved',
  OutboxRetried: 'outbox.retried',
  // Statistics (issue 7)
  StatsExported: 'stats.exported',
  // Public-enterprise notices (docs/domain.md §2)
  NoticePublished: 'notice.published',
  NoticeUpdated: 'notice.updated',
  NoticeWithdrawn: 'notice.withdrawn',
  NoticeStaleReminded: 'notice.stale_reminded',
  PolicyDocumentCreated: 'policy_document.created',
  InterpretationCreated: 'interpretation.created',
  InterpretationEdited: 'interpretation.edited',
  InterpretationSubmitted: 'interpretation.submitted',
  InterpretationApproved: 'interpretation.approved',
  InterpretationReturned: 'interpretation.returned',
  InterpretationPublished: 'interpretation.published',
  InterpretationWithdrawn: 'interpretation.withdrawn',
  InterpretationFeedback: 'interpretation.feedback',
  // Working-day calendar (holidays and 调休 entered in the console)
  CalendarYearSaved: 'calendar.year_saved',
  // 系统设置
  MediaHostsSaved: 'settings.media_hosts_saved',
  // 依申请公开 (docs/domain.md §5): one action per step, plus reading the applicant's unmasked data and the letter
  DisclosureSubmitted: 'disclosure.submitted',
  DisclosureRegistered: 'disclosure.registered',
  DisclosureRouted: 'disclosure.route',
  DisclosureCorrectionRequested: 'disclosure.correction',
  DisclosureCorrected: 'disclosure.corrected',
  DisclosureCorrectionLapsed: 'disclosure.correction-lapsed',
  DisclosurePaused: 'disclosure.pause',
  DisclosureResumed: 'disclosure.resume',
  DisclosureExtensionRequested: 'disclosure.extension',
  DisclosureExtensionDecided: 'disclosure.extension-decision',
  DisclosureReplyDrafted: 'disclosure.reply-draft',
  DisclosureReplyApproved: 'disclosure.reply-approve',
  DisclosureReplyReturned: 'disclosure.reply-return',
  DisclosureDelivered: 'disclosure.delivery',
  DisclosureRemedyRecorded: 'disclosure.remedy',
  DisclosureChased: 'disclosure.chase',
  DisclosureApplicantViewed: 'disclosure.applicant_viewed',
  DisclosureLetterDownloaded: 'disclosure.letter_downloaded',
  DisclosureCaseFileDownloaded: 'disclosure.case_file_downloaded',
  ReportTextSaved: 'report.text_saved',
  ReportFiguresSaved: 'report.figures_saved',
  ReportDocumentClassified: 'report.document_classified',
  ReportExported: 'report.exported',
  ReportPublished: 'report.published',
  InterviewCreated: 'interview.created',
  InterviewEdited: 'interview.edited',
  InterviewCollecting: 'interview.collecting',
  InterviewStarted: 'interview.started',
  InterviewEnded: 'interview.ended',
  InterviewVideoSet: 'interview.video_set',
  InterviewQuestionAsked: 'interview.question_asked',
  InterviewQuestionHidden: 'interview.question_hidden',
  InterviewQuestionShown: 'interview.question_shown',
  InterviewEntryPublished: 'interview.entry_published',
  InterviewQuestionConverted: 'interview.question_converted',
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
  'message.submitted': '提交留言',
  'message.released': '审核放行',
  'message.dispatched': '交办',
  'message.returned': '退回',
  'message.reassigned': '改派',
  'message.replied': '答复',
  'message.rated': '评价',
  'message.closed': '办结',
  'message.reopened': '重办',
  'message.hidden': '屏蔽',
  'message.images_published': '公开留言图片',
  'message.extension_requested': '申请延期',
  'message.extension_decided': '审批延期',
  'message.contact_viewed': '查看联系方式',
  'message.contact_anonymised': '联系方式到期删除',
  'routing_rule.saved': '保存派单规则',
  'outbox.retried': '重发通知',
  'stats.exported': '导出统计',
  'notice.published': '发布信息',
  'notice.updated': '修改信息',
  'notice.withdrawn': '撤回信息',
  'notice.stale_reminded': '更新提醒',
  'policy_document.created': '登记政策文件',
  'interpretation.created': '起草解读',
  'interpretation.edited': '修改解读',
  'interpretation.submitted': '提交解读审核',
  'interpretation.approved': '解读审核通过',
  'interpretation.returned': '退回解读',
  'interpretation.published': '发布解读',
  'interpretation.withdrawn': '撤回解读',
  'interpretation.feedback': '解读反馈',
  'calendar.year_saved': '录入节假日安排',
  'settings.media_hosts_saved': '修改媒体来源白名单',
  'disclosure.submitted': '提交政府信息公开申请',
  'disclosure.registered': '登记政府信息公开申请',
  'disclosure.route': '转办政府信息公开申请',
  'disclosure.correction': '发出补正通知',
  'disclosure.corrected': '登记补正',
  'disclosure.correction-lapsed': '逾期不补正终止办理',
  'disclosure.pause': '征求意见（暂停计时）',
  'disclosure.resume': '征求意见结束（恢复计时）',
  'disclosure.extension': '申请延期答复',
  'disclosure.extension-decision': '审批延期答复',
  'disclosure.reply-draft': '起草答复',
  'disclosure.reply-approve': '审核通过答复',
  'disclosure.reply-return': '退回答复',
  'disclosure.delivery': '登记送达',
  'disclosure.remedy': '登记复议诉讼',
  'disclosure.chase': '催办政府信息公开申请',
  'disclosure.applicant_viewed': '查看申请人信息',
  'disclosure.letter_downloaded': '下载答复书',
  'disclosure.case_file_downloaded': '下载申请案卷',
  'report.text_saved': '保存年度报告文字',
  'report.figures_saved': '录入年度报告数据',
  'report.document_classified': '登记文件类别和废止日期',
  'report.exported': '导出年度报告',
  'report.published': '发布年度报告',
  'interview.created': '创建在线访谈',
  'interview.edited': '修改在线访谈',
  'interview.collecting': '访谈开始征集问题',
  'interview.started': '访谈开始直播',
  'interview.ended': '结束在线访谈',
  'interview.video_set': '设置访谈视频',
  'interview.question_asked': '向访谈提问',
  'interview.question_hidden': '屏蔽访谈问题',
  'interview.question_shown': '显示访谈问题',
  'interview.entry_published': '发布访谈实录',
  'interview.question_converted': '访谈问题转为留言',
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
