import { SOLICITATION_ACTION_LABELS, SOLICITATION_STATUS_LABELS, STAFF_ROLE_LABELS, type SolicitationEventView } from '@weimin/contracts';
import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import { DateTime } from '../../../components/DateTime';

const RETURNS: readonly string[] = ['return', 'return_feedback'];
const PUBLISHED: readonly string[] = ['open', 'feedback_published'];

/** 办理记录: every step of the solicitation and its feedback, who took it in which role, with their comment, oldest first. */
export function SolicitationHistory({ events }: { events: readonly SolicitationEventView[] }) {
  return (
    <Card title="办理记录" size="small">
      <Timeline
        items={events.map((event) => ({
          key: event.id,
          color: RETURNS.includes(event.action) ? 'red' : PUBLISHED.includes(event.toStatus) ? 'green' : 'blue',
          content: (
            <Flex vertical gap={2} data-event={event.action}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <DateTime value={event.at} />
              </Typography.Text>
              <Flex gap={6} align="center" wrap>
                <Tag style={{ marginInlineEnd: 0 }}>
                  {event.level ? `第${event.level}级 ` : ''}
                  {SOLICITATION_ACTION_LABELS[event.action] ?? event.action}
                </Tag>
                <span>{event.actorName ?? '系统'}</span>
                {event.actorRole && <Typography.Text type="secondary">{STAFF_ROLE_LABELS[event.actorRole]}</Typography.Text>}
              </Flex>
              {event.fromStatus && event.fromStatus !== event.toStatus && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {SOLICITATION_STATUS_LABELS[event.fromStatus]} → {SOLICITATION_STATUS_LABELS[event.toStatus]}
                </Typography.Text>
              )}
              {event.comment && <Typography.Text>{event.comment}</Typography.Text>}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
