import { ErrorCode, MESSAGE_STATUS_LABELS, MessageStatus } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';

/** What can happen to a message, and from which states (docs/domain.md §3). */
export const MessageAction = {
  Release: 'release',
  Dispatch: 'dispatch',
  Return: 'return',
  Reassign: 'reassign',
  Reply: 'reply',
  Rate: 'rate',
  AutoClose: 'auto_close',
  Reopen: 'reopen',
  Hide: 'hide',
  Extend: 'extend',
} as const;
export type MessageAction = (typeof MessageAction)[keyof typeof MessageAction];

const S = MessageStatus;

const TRANSITIONS: Record<MessageAction, { from: readonly MessageStatus[]; to: MessageStatus | 'same' }> = {
  // The office lets a message held by moderation through (it then routes like a new one).
  release: { from: [S.Held], to: S.Submitted },
  // 交办: from the office's queue to an agency.
  dispatch: { from: [S.Submitted, S.Returned], to: S.Assigned },
  // 退回: the agency says it is not theirs.
  return: { from: [S.Assigned], to: S.Returned },
  // 改派: the office moves it to another agency before it is answered.
  reassign: { from: [S.Assigned], to: S.Assigned },
  reply: { from: [S.Assigned], to: S.Replied },
  rate: { from: [S.Replied], to: S.Closed },
  auto_close: { from: [S.Replied], to: S.Closed },
  // 重办: an answer rated 不满意 goes back to an agency.
  reopen: { from: [S.Closed], to: S.Assigned },
  hide: { from: [S.Held, S.Submitted, S.Assigned, S.Returned, S.Replied, S.Closed], to: S.Hidden },
  extend: { from: [S.Assigned], to: 'same' },
};

/** The state after `action`, or 409 CONFLICT naming the state that forbids it (docs/security.md §11). */
export function nextStatus(action: MessageAction, from: MessageStatus): MessageStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) {
    throw new DomainException(ErrorCode.Conflict, `留言当前为「${MESSAGE_STATUS_LABELS[from]}」，不能进行此操作`, { status: from, action });
  }
  return rule.to === 'same' ? from : rule.to;
}

export function allowedActions(from: MessageStatus): MessageAction[] {
  return (Object.keys(TRANSITIONS) as MessageAction[]).filter((action) => TRANSITIONS[action].from.includes(from));
}
