import { MessageStatus, type MyMessageView } from '@weimin/contracts';
import { formatDate } from '../../../../format/datetime';

/** The steps a citizen recognises (docs/domain.md §3); returned and held messages sit on the step they will pass again. */
export const PROGRESS_STEPS = ['提交', '交办', '答复', '办结'] as const;

const STEP_OF: Record<MessageStatus, number> = {
  held: 0,
  submitted: 0,
  assigned: 1,
  returned: 1,
  replied: 2,
  closed: 3,
  hidden: 0,
};

export function progressStep(status: MessageStatus): number {
  return STEP_OF[status];
}

/** One sentence on where the message is and what happens next. */
export function progressText(message: MyMessageView): string {
  switch (message.status) {
    case MessageStatus.Held:
      return '留言正在审核，审核通过后交办承办单位。';
    case MessageStatus.Submitted:
      return '政务公开办正在受理，将尽快交办承办单位。';
    case MessageStatus.Assigned:
      return `已交办${message.agencyName ?? '承办单位'}${message.dueAt ? `，将在 ${formatDate(message.dueAt)} 前答复` : ''}。`;
    case MessageStatus.Returned:
      return '原承办单位认为不属其职责，政务公开办正在重新交办。';
    case MessageStatus.Replied:
      return message.canRate ? '已答复。请对答复作出评价，您的评价会计入承办单位的满意度。' : '已答复。';
    case MessageStatus.Closed:
      return '已办结，感谢您的参与。';
    case MessageStatus.Hidden:
      return '该留言因不符合留言规则已被屏蔽，如有疑问请联系政务公开办。';
  }
}
