import { MESSAGE_STATUS_LABELS, type MessageStatus } from '@weimin/contracts';
import { Tag } from 'antd';

const STATUS_COLORS: Record<MessageStatus, string> = {
  held: 'warning',
  submitted: 'processing',
  assigned: 'blue',
  returned: 'magenta',
  replied: 'success',
  closed: 'default',
  hidden: 'default',
};

export function MessageStatusTag({ status }: { status: MessageStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {MESSAGE_STATUS_LABELS[status] ?? status}
    </Tag>
  );
}
