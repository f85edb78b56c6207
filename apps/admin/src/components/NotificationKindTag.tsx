import type { NotificationKind } from '@weimin/contracts';
import { Tag } from 'antd';

/** Each kind's tag: what it is about (留言, 依申请公开, 信息公开, 意见征集) and how urgent, in the console's words. */
const KINDS: Record<NotificationKind, { color: string; label: string }> = {
  reminder: { color: 'orange', label: '留言即将到期' },
  overdue: { color: 'red', label: '留言已逾期' },
  notice_stale: { color: 'gold', label: '更新提醒' },
  disclosure_reminder: { color: 'orange', label: '依申请即将到期' },
  disclosure_overdue: { color: 'red', label: '依申请已逾期' },
  disclosure_chase: { color: 'volcano', label: '依申请催办' },
  solicitation_feedback_overdue: { color: 'red', label: '征集反馈逾期' },
};

/** The kind of a notification (留言即将到期, 依申请催办, 征集反馈逾期 …); a kind this console does not know shows as it is. */
export function NotificationKindTag({ kind }: { kind: NotificationKind }) {
  const shown = KINDS[kind] ?? { color: 'default', label: kind };
  return (
    <Tag color={shown.color} style={{ marginInlineEnd: 0 }}>
      {shown.label}
    </Tag>
  );
}
