import { ErrorCode, MESSAGE_STATUS_LABELS, MessageStatus, type StaffMessageAction, type StaffRole } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';

/** What can happen to a message, and from which states (docs/domain.md §3). */
export const MessageAction = {
  Release: 'release',
  Hold: 'hold',
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

export type { StaffMessageAction };

/** In the order the console shows them; `allowedActions` lists them in this order. */
export const STAFF_MESSAGE_ACTIONS: readonly StaffMessageAction[] = [
  'release',
  'dispatch',
  'reply',
  'decide_extension',
  'extend',
  'return',
  'reassign',
  'reopen',
  'hide',
];

const S = MessageStatus;

const TRANSITIONS: Record<MessageAction, { from: readonly MessageStatus[]; to: MessageStatus | 'same' }> = {
  // The office lets a message held by moderation through (it then routes like a new one).
  release: { from: [S.Held], to: S.Submitted },
  // WeChat flagged one of its photos after it was let through: back to the office, off every agency's queue.
  hold: { from: [S.Submitted, S.Assigned, S.Returned], to: S.Held },
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

/** Why the state forbids `action`, or null when it allows it. */
function stateRefusal(action: MessageAction, from: MessageStatus): Refusal | null {
  if (TRANSITIONS[action].from.includes(from)) return null;
  const details = { status: from, action };
  if (action === 'reply' && (from === S.Replied || from === S.Closed))
    return { code: ErrorCode.MessageAlreadyReplied, message: '留言已答复，不能再次答复', details };
  if (action === 'rate' && from === S.Closed) return { code: ErrorCode.MessageAlreadyRated, message: '留言已评价', details };
  return { code: ErrorCode.MessageWrongState, message: `留言当前为「${MESSAGE_STATUS_LABELS[from]}」，不能进行此操作`, details };
}

/** The state after `action`, or 409 naming the state that forbids it (docs/security.md §11). */
export function nextStatus(action: MessageAction, from: MessageStatus): MessageStatus {
  const refusal = stateRefusal(action, from);
  if (refusal) throw new DomainException(refusal.code, refusal.message, refusal.details);
  const rule = TRANSITIONS[action];
  return rule.to === 'same' ? from : rule.to;
}

/** The state-machine steps possible from a state, whoever asks. */
export function actionsFrom(from: MessageStatus): MessageAction[] {
  return (Object.keys(TRANSITIONS) as MessageAction[]).filter((action) => TRANSITIONS[action].from.includes(from));
}

/** Who asks: a staff member's roles and agency. */
export interface MessageActor {
  roles: readonly StaffRole[];
  agencyId: number;
}

/** What the rules look at in a message. */
export interface MessageFacts {
  status: MessageStatus;
  assignedAgencyId: number | null;
  rating: string | null;
}

/** What the rules look at in the message's extension requests. */
export interface ExtensionFacts {
  status: 'pending' | 'approved' | 'rejected';
}

export interface Refusal {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

const OFFICE_ACTIONS: ReadonlySet<StaffMessageAction> = new Set(['release', 'dispatch', 'reassign', 'reopen', 'hide']);
/** What only the agency the message is assigned to does (the office too, for a message assigned to the office). */
const ASSIGNEE_ACTIONS: ReadonlySet<StaffMessageAction> = new Set(['reply', 'return', 'extend']);

const isOffice = (actor: MessageActor) => actor.roles.includes('office_staff') || actor.roles.includes('office_head');
const isAgency = (actor: MessageActor) => actor.roles.includes('agency_staff') || actor.roles.includes('agency_head');

/**
 * Why `actor` may not take `action` on the message now, or null when they may: 403 for a role or an agency that may
 * not, 409 for a state (or an extension, or a rating) that forbids it. The single rule for the API (`assertMay`) and
 * for the console's buttons (`allowedActions`).
 */
export function refusalOf(actor: MessageActor, message: MessageFacts, extensions: readonly ExtensionFacts[], action: StaffMessageAction): Refusal | null {
  if (action === 'decide_extension') {
    if (!actor.roles.includes('office_head')) return { code: ErrorCode.MessageExtensionHeadOnly, message: '延期须由政务公开办负责人审批' };
    if (!extensions.some((e) => e.status === 'pending')) return { code: ErrorCode.MessageNoPendingExtension, message: '没有待审批的延期申请' };
    return null;
  }
  if (OFFICE_ACTIONS.has(action) && !isOffice(actor)) return { code: ErrorCode.MessageOfficeOnly, message: '此操作由政务公开办进行' };
  // 退回 is the agency's: the office has no one to return a message to (the route is the agency roles' too).
  if (action === 'return' && !isAgency(actor)) return { code: ErrorCode.MessageAgencyOnly, message: '此操作由承办单位进行' };
  if (ASSIGNEE_ACTIONS.has(action) && message.assignedAgencyId !== actor.agencyId) {
    // The office sees every message but answers only those assigned to the office itself.
    return message.status === S.Assigned
      ? { code: ErrorCode.MessageNotAssignedToYou, message: '只有承办单位可以进行此操作' }
      : { code: ErrorCode.MessageWrongState, message: '留言当前状态不能进行此操作', details: { status: message.status, action } };
  }
  const byState = stateRefusal(action, message.status);
  if (byState) return byState;
  if (action === 'reopen' && message.rating !== 'unsatisfied')
    return { code: ErrorCode.MessageReopenNeedsUnsatisfied, message: '只有评价为不满意的留言可以重办' };
  if (action === 'extend') {
    if (extensions.some((e) => e.status === 'approved')) return { code: ErrorCode.MessageAlreadyExtended, message: '每件留言只能延期一次' };
    if (extensions.some((e) => e.status === 'pending')) return { code: ErrorCode.MessageExtensionAlreadyRequested, message: '已有待审批的延期申请' };
  }
  return null;
}

/** Throws the refusal of `refusalOf` as a DomainException. */
export function assertMay(actor: MessageActor, message: MessageFacts, extensions: readonly ExtensionFacts[], action: StaffMessageAction): void {
  const refusal = refusalOf(actor, message, extensions, action);
  if (refusal) throw new DomainException(refusal.code, refusal.message, refusal.details);
}

/** What the caller may do with the message now: the message view's `allowedActions`, which the console's buttons follow. */
export function allowedActions(actor: MessageActor, message: MessageFacts, extensions: readonly ExtensionFacts[]): StaffMessageAction[] {
  return STAFF_MESSAGE_ACTIONS.filter((action) => refusalOf(actor, message, extensions, action) === null);
}
