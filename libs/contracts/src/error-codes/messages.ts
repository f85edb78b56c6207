import type { ErrorCodeInfo } from './error-code-info';

/**
 * Refusals of 留言 (咨询/建议/投诉) and of the notifications they send: each code names what went wrong, prefixed
 * MESSAGE_ (the outbox's own, OUTBOX_). Who may do what is decided in apps/bff/src/messages/message-transitions.ts.
 */
export const MessageErrorCode = {
  MessageNotAssignedToYou: 'MESSAGE_NOT_ASSIGNED_TO_YOU',
  MessageOfficeOnly: 'MESSAGE_OFFICE_ONLY',
  MessageAgencyOnly: 'MESSAGE_AGENCY_ONLY',
  MessageExtensionHeadOnly: 'MESSAGE_EXTENSION_HEAD_ONLY',
  MessageWrongState: 'MESSAGE_WRONG_STATE',
  MessageAlreadyReplied: 'MESSAGE_ALREADY_REPLIED',
  MessageAlreadyRated: 'MESSAGE_ALREADY_RATED',
  MessageChangedMeanwhile: 'MESSAGE_CHANGED_MEANWHILE',
  MessageAlreadyWithAgency: 'MESSAGE_ALREADY_WITH_AGENCY',
  MessageReopenNeedsUnsatisfied: 'MESSAGE_REOPEN_NEEDS_UNSATISFIED',
  MessageAlreadyExtended: 'MESSAGE_ALREADY_EXTENDED',
  MessageExtensionAlreadyRequested: 'MESSAGE_EXTENSION_ALREADY_REQUESTED',
  MessageNoPendingExtension: 'MESSAGE_NO_PENDING_EXTENSION',
  MessageIdempotencyKeyReused: 'MESSAGE_IDEMPOTENCY_KEY_REUSED',
  OutboxItemNotResendable: 'OUTBOX_ITEM_NOT_RESENDABLE',
} as const;
export type MessageErrorCode = (typeof MessageErrorCode)[keyof typeof MessageErrorCode];

export const MESSAGE_ERRORS: Record<MessageErrorCode, ErrorCodeInfo> = {
  MESSAGE_NOT_ASSIGNED_TO_YOU: { status: 403, message: '只有承办单位可以进行此操作' },
  MESSAGE_OFFICE_ONLY: { status: 403, message: '此操作由政务公开办进行' },
  MESSAGE_AGENCY_ONLY: { status: 403, message: '此操作由承办单位进行' },
  MESSAGE_EXTENSION_HEAD_ONLY: { status: 403, message: '延期须由政务公开办负责人审批' },
  MESSAGE_WRONG_STATE: { status: 409, message: '留言当前状态不能进行此操作' },
  MESSAGE_ALREADY_REPLIED: { status: 409, message: '留言已答复' },
  MESSAGE_ALREADY_RATED: { status: 409, message: '留言已评价' },
  MESSAGE_CHANGED_MEANWHILE: { status: 409, message: '留言刚被他人处理过，请刷新后再试' },
  MESSAGE_ALREADY_WITH_AGENCY: { status: 409, message: '留言已在该单位办理' },
  MESSAGE_REOPEN_NEEDS_UNSATISFIED: { status: 409, message: '只有评价为不满意的留言可以重办' },
  MESSAGE_ALREADY_EXTENDED: { status: 409, message: '每件留言只能延期一次' },
  MESSAGE_EXTENSION_ALREADY_REQUESTED: { status: 409, message: '已有待审批的延期申请' },
  MESSAGE_NO_PENDING_EXTENSION: { status: 409, message: '没有待审批的延期申请' },
  MESSAGE_IDEMPOTENCY_KEY_REUSED: { status: 422, message: '同一个 Idempotency-Key 不能用于不同的留言内容' },
  OUTBOX_ITEM_NOT_RESENDABLE: { status: 409, message: '只有发送失败或结果未知的通知可以重发' },
};
