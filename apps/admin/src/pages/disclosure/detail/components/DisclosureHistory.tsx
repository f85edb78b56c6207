import {
  DELIVERY_METHOD_LABELS,
  DISCLOSURE_CHANNEL_LABELS,
  DISCLOSURE_STATUS_LABELS,
  REMEDY_KIND_LABELS,
  REMEDY_RESULT_LABELS,
  type DeliveryMethod,
  type DisclosureChannel,
  type DisclosureEventView,
  type RemedyKind,
  type RemedyResult,
} from '@weimin/contracts';
import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import { DateTime } from '../../../../components/DateTime';

/** Steps of an application's history (disclosure_event.action), in the words of docs/domain.md §5. */
const EVENT_LABELS: Record<string, string> = {
  submit: '网上申请',
  register: '登记申请',
  route: '转办',
  correction: '补正通知',
  corrected: '收到补正',
  'correction-lapsed': '逾期未补正',
  pause: '征求意见',
  resume: '恢复计时',
  extension: '申请延期',
  'extension-decision': '延期审批',
  'reply-draft': '起草答复',
  'reply-approve': '审核通过',
  'reply-return': '退回修改',
  delivery: '送达',
  remedy: '复议诉讼',
  chase: '催办',
  reminder: '到期提醒',
  overdue: '逾期',
};

const EVENT_COLORS: Record<string, 'red' | 'green' | 'gray' | 'orange'> = {
  'correction-lapsed': 'gray',
  'reply-return': 'red',
  chase: 'orange',
  overdue: 'red',
  'reply-approve': 'green',
  delivery: 'green',
};

const TAG_COLORS = { red: 'red', green: 'green', gray: 'default', blue: 'blue', orange: 'orange' } as const;
const ACTORS = { staff: '工作人员', citizen: '申请人', system: '系统' } as const;

/** The BFF records some reasons as codes (`registered_mail 2026-09-25`): shown in words. */
function reasonOf({ action, reason }: DisclosureEventView): string | null {
  if (!reason) return null;
  const [code, rest] = reason.split(' ');
  if (action === 'register') return `${DISCLOSURE_CHANNEL_LABELS[code as DisclosureChannel] ?? code}，收到申请之日 ${rest ?? ''}`;
  if (action === 'delivery') return `${DELIVERY_METHOD_LABELS[code as DeliveryMethod] ?? code}，送达日期 ${rest ?? ''}`;
  if (action === 'remedy') return `${REMEDY_KIND_LABELS[code as RemedyKind] ?? code}：${REMEDY_RESULT_LABELS[rest as RemedyResult] ?? rest ?? ''}`;
  return reason;
}

/** 办理记录: every step, by whom and why, oldest first. */
export function DisclosureHistory({ events }: { events: readonly DisclosureEventView[] }) {
  return (
    <Card title="办理记录" size="small">
      <Timeline
        items={events.map((event, index) => {
          const color = EVENT_COLORS[event.action] ?? 'blue';
          const reason = reasonOf(event);
          const changed = event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus;
          return {
            key: `${event.at}-${index}`,
            color,
            content: (
              <Flex vertical gap={2} data-event={event.action}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <DateTime value={event.at} />
                </Typography.Text>
                <Flex gap={6} align="center" wrap>
                  <Tag color={TAG_COLORS[color]} style={{ marginInlineEnd: 0 }}>
                    {EVENT_LABELS[event.action] ?? event.action}
                  </Tag>
                  <span>{ACTORS[event.actorType]}</span>
                </Flex>
                {changed && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {DISCLOSURE_STATUS_LABELS[event.fromStatus!]} → {DISCLOSURE_STATUS_LABELS[event.toStatus!]}
                  </Typography.Text>
                )}
                {reason && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{reason}</Typography.Text>}
              </Flex>
            ),
          };
        })}
      />
    </Card>
  );
}
