import { DISCLOSURE_STATUS_LABELS, type DisclosureStatus } from '@weimin/contracts';
import { Tag } from 'antd';

const STATUS_COLORS: Record<DisclosureStatus, string> = {
  routing: 'warning',
  handling: 'blue',
  correction: 'orange',
  paused: 'purple',
  reply_review: 'processing',
  office_review: 'processing',
  replied: 'success',
  closed: 'default',
};

export function DisclosureStatusTag({ status }: { status: DisclosureStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {DISCLOSURE_STATUS_LABELS[status] ?? status}
    </Tag>
  );
}
