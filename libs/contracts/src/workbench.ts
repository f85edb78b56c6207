/**
 * 工作台: the signed-in staff member's own work, each count taken from the very list it links to (the same endpoint,
 * filters and agency scope), so a count and the rows behind it cannot disagree.
 *
 * messages_to_dispatch 待交办 (office: new messages waiting for an agency) · messages_held 待审核 (office: held by
 * moderation) · messages_to_answer 待答复 (agency: assigned to it, not yet answered) · messages_due_soon 即将到期 (assigned,
 * due within MESSAGE_DUE_SOON_WORKDAYS working days, not yet overdue) · messages_overdue 逾期 ·
 * interpretations_to_review 待审核 (at the caller's review level) · disclosures_to_route 待转办 (office) ·
 * disclosures_handling 办理中 (agency) · disclosures_overdue 逾期 (due before today) · solicitations_to_review 意见征集
 * 待审核 (the solicitations and feedback at the caller's review level) · solicitations_feedback_overdue 反馈逾期 (no
 * published feedback SOLICITATION_FEEDBACK_WORKDAYS working days after the close) · opinions_held 意见待审核 (office:
 * opinions held by moderation).
 */
export const WorkbenchItemKey = {
  MessagesToDispatch: 'messages_to_dispatch',
  MessagesHeld: 'messages_held',
  MessagesToAnswer: 'messages_to_answer',
  MessagesDueSoon: 'messages_due_soon',
  MessagesOverdue: 'messages_overdue',
  InterpretationsToReview: 'interpretations_to_review',
  DisclosuresToRoute: 'disclosures_to_route',
  DisclosuresHandling: 'disclosures_handling',
  DisclosuresOverdue: 'disclosures_overdue',
  SolicitationsToReview: 'solicitations_to_review',
  SolicitationsFeedbackOverdue: 'solicitations_feedback_overdue',
  OpinionsHeld: 'opinions_held',
} as const;
export type WorkbenchItemKey = (typeof WorkbenchItemKey)[keyof typeof WorkbenchItemKey];

export interface WorkbenchItem {
  key: WorkbenchItemKey;
  count: number;
}

/** GET /api/admin/workbench: only the items the caller's roles work on, in a fixed order. */
export interface WorkbenchView {
  items: WorkbenchItem[];
}
