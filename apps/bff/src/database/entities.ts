import { Agency } from '../agencies/agency.entity';
import { AuditLog } from '../audit/audit-log.entity';
import { StaffSession } from '../auth/staff-session.entity';
import { CalendarDay } from '../calendar/calendar-day.entity';
import { CalendarYear } from '../calendar/calendar-year.entity';
import { CitizenSession } from '../citizens/citizen-session.entity';
import { Citizen } from '../citizens/citizen.entity';
import { DisclosureApplication } from '../disclosure/disclosure-application.entity';
import { DisclosureEvent } from '../disclosure/disclosure-event.entity';
import { DisclosurePause } from '../disclosure/disclosure-pause.entity';
import { DisclosureRemedy } from '../disclosure/disclosure-remedy.entity';
import { DisclosureLetterSequence, DisclosureReplyLetter } from '../disclosure/disclosure-reply-letter.entity';
import { InterpretationEvent } from '../interpretations/interpretation-event.entity';
import { InterpretationFeedback } from '../interpretations/interpretation-feedback.entity';
import { InterpretationRelation } from '../interpretations/interpretation-relation.entity';
import { InterpretationStage } from '../interpretations/interpretation-stage.entity';
import { InterpretationTerm } from '../interpretations/interpretation-term.entity';
import { InterpretationVariant } from '../interpretations/interpretation-variant.entity';
import { Interpretation } from '../interpretations/interpretation.entity';
import { PolicyDocument } from '../interpretations/policy-document.entity';
import { InterviewEntry } from '../interviews/interview-entry.entity';
import { InterviewEvent } from '../interviews/interview-event.entity';
import { InterviewQuestion } from '../interviews/interview-question.entity';
import { Interview } from '../interviews/interview.entity';
import { IdempotencyRecord } from '../messages/idempotency-record.entity';
import { MessageEvent } from '../messages/message-event.entity';
import { MessageExtension } from '../messages/message-extension.entity';
import { MessageReply } from '../messages/message-reply.entity';
import { MessageTerm } from '../messages/message-term.entity';
import { Message } from '../messages/message.entity';
import { Notification } from '../messages/notification.entity';
import { NoticeReminder } from '../notices/notice-reminder.entity';
import { Notice } from '../notices/notice.entity';
import { OutboxItem } from '../outbox/outbox-item.entity';
import { MessageImage } from '../photos/message-image.entity';
import { ReportManualFigure } from '../reports/report-manual-figure.entity';
import { ReportPublication } from '../reports/report-publication.entity';
import { ReportTextVersion } from '../reports/report-text.entity';
import { RoutingRule } from '../routing/routing-rule.entity';
import { SystemSetting } from '../settings/system-setting.entity';
import { SolicitationEvent } from '../solicitations/solicitation-event.entity';
import { SolicitationOpinion } from '../solicitations/solicitation-opinion.entity';
import { Solicitation } from '../solicitations/solicitation.entity';
import { StaffAccount } from '../staff/staff-account.entity';
import { LifeEventStage } from '../stages/life-event-stage.entity';
import { SubscribeGrant } from '../subscriptions/subscribe-grant.entity';
import { Subscription } from '../subscriptions/subscription.entity';
import { Wxacode } from '../wxacodes/wxacode.entity';

/** Every entity, listed once: the app, the migration generator and the tests read this. */
export const ENTITIES = [
  Agency,
  LifeEventStage,
  StaffAccount,
  StaffSession,
  AuditLog,
  Citizen,
  CitizenSession,
  Message,
  MessageEvent,
  MessageReply,
  MessageTerm,
  MessageExtension,
  IdempotencyRecord,
  MessageImage,
  RoutingRule,
  OutboxItem,
  Notification,
  Notice,
  NoticeReminder,
  // Policy interpretations
  PolicyDocument,
  Interpretation,
  InterpretationStage,
  InterpretationVariant,
  InterpretationRelation,
  InterpretationEvent,
  InterpretationTerm,
  InterpretationFeedback,
  // Working-day calendar entered in the console
  CalendarYear,
  CalendarDay,
  // 依申请公开
  DisclosureApplication,
  DisclosureEvent,
  DisclosurePause,
  DisclosureReplyLetter,
  DisclosureLetterSequence,
  DisclosureRemedy,
  // 年度报告
  ReportTextVersion,
  ReportPublication,
  Wxacode,
  ReportManualFigure,
  // 系统设置
  SystemSetting,
  // 订阅
  Subscription,
  SubscribeGrant,
  // 意见征集
  Solicitation,
  SolicitationEvent,
  SolicitationOpinion,
  // 在线访谈
  Interview,
  InterviewEvent,
  InterviewQuestion,
  InterviewEntry,
];
