import { MESSAGE_STATUS_LABELS, SATISFACTION_LABELS, type MessageEventView, type Satisfaction } from '@weimin/contracts';
import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import { DateTime } from '../../../../components/DateTime';

/** Steps of a message's history (message_event.action), in the words of docs/domain.md §3. */
const EVENT_LABELS: Record<string, string> = {
  submit: '提交留言',
  release: '审核放行',
  dispatch: '交办',
  return: '退回',
  reassign: '改派',
  reply: '答复',
  rate: '评价',
  auto_close: '自动办结',
  hold: '图片待审核',
  reopen: '重办',
  hide: '屏蔽',
  extend: '延期',
  extension_requested: '申请延期',
  extension_approved: '批准延期',
  extension_rejected: '驳回延期',
  overdue: '逾期',
};

/** Timeline dot colours: what went wrong in red, answers in green, the rest blue. */
const EVENT_COLORS: Record<string, 'red' | 'green' | 'gray'> = {
  return: 'red',
  hide: 'gray',
  overdue: 'red',
  extension_rejected: 'red',
  reply: 'green',
  rate: 'green',
};

const TAG_COLORS = { red: 'red', green: 'green', gray: 'default', blue: 'blue' } as const;

function actorOf(event: MessageEventView): string {
  if (event.actorType === 'citizen') return '留言人';
  if (event.actorType === 'system') return '系统';
  return event.actorName ?? '工作人员';
}

/** A rating is recorded with its value as the reason; every other reason is staff's own words. */
function reasonOf(event: MessageEventView): string | null {
  if (event.action === 'rate' && event.reason) return SATISFACTION_LABELS[event.reason as Satisfaction] ?? event.reason;
  return event.reason;
}

/** 办理记录: every step, who took it, for which agency, and why, oldest first. */
export function MessageHistory({ events }: { events: readonly MessageEventView[] }) {
  return (
    <Card title="办理记录" size="small">
      <Timeline
        items={events.map((event) => {
          const color = EVENT_COLORS[event.action] ?? 'blue';
          const reason = reasonOf(event);
          const changed = event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus;
          return {
            key: event.id,
            color,
            title: (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <DateTime value={event.at} />
              </Typography.Text>
            ),
            content: (
              <Flex vertical gap={2} data-event={event.action}>
                <Flex gap={6} align="center" wrap>
                  <Tag color={TAG_COLORS[color]} style={{ marginInlineEnd: 0 }}>
                    {EVENT_LABELS[event.action] ?? event.action}
                  </Tag>
                  <span>{actorOf(event)}</span>
                  {event.agencyName && <Typography.Text type="secondary">{event.agencyName}</Typography.Text>}
                </Flex>
                {changed && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {MESSAGE_STATUS_LABELS[event.fromStatus!]} → {MESSAGE_STATUS_LABELS[event.toStatus!]}
                  </Typography.Text>
                )}
                {reason && <Typography.Text>{reason}</Typography.Text>}
              </Flex>
            ),
          };
        })}
      />
    </Card>
  );
}
