import { Tag } from 'antd';
import type { NotificationView } from '../api/messages';

const KINDS: Record<NotificationView['kind'], { color: string; label: string }> = {
  reminder: { color: 'orange', label: '即将到期' },
  overdue: { color: 'red', label: '已逾期' },
  notice_stale: { color: 'gold', label: '更新提醒' },
};

/** 即将到期 (a reminder before the due day) or 已逾期 (an overdue alert, 催办). */
export function NotificationKindTag({ kind }: { kind: NotificationView['kind'] }) {
  const shown = KINDS[kind] ?? { color: 'default', label: kind };
  return (
    <Tag color={shown.color} style={{ marginInlineEnd: 0 }}>
      {shown.label}
    </Tag>
  );
}
