import { ReloadOutlined } from '@ant-design/icons';
import type { NotificationView } from '@weimin/contracts';
import { Button, Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { listNotifications } from '../../api/notifications';
import { DateTime } from '../../components/DateTime';
import { LoadError } from '../../components/LoadError';
import { NotificationKindTag } from '../../components/NotificationKindTag';
import { NotificationText } from '../../components/NotificationText';
import { useApiData } from '../../hooks/useApiData';
import { useSeenNotifications } from '../../hooks/useSeenNotifications';
import { useMe } from '../../stores/session';

/**
 * 通知: the agency's reminders before a due day, overdue alerts and 催办 (留言, 依申请公开, 意见征集) and update reminders,
 * newest first, each linking to what it is about.
 */
export default function NotificationsPage() {
  const me = useMe();
  const [, markSeen] = useSeenNotifications(me.id);
  const { data, error, loading, reload } = useApiData((signal) => listNotifications(signal), []);

  // Listed here means shown: the bell's badge clears.
  useEffect(() => {
    if (data?.[0]) markSeen(data[0].id);
  }, [data, markSeen]);

  const columns: TableColumnsType<NotificationView> = [
    { title: '类型', dataIndex: 'kind', width: 140, render: (kind: NotificationView['kind']) => <NotificationKindTag kind={kind} /> },
    { title: '内容', dataIndex: 'text', render: (_text: string, notification) => <NotificationText notification={notification} /> },
    { title: '时间', dataIndex: 'createdAt', width: 180, render: (at: string) => <DateTime value={at} /> },
  ];

  return (
    <Card
      title="通知"
      extra={
        <>
          <Typography.Text type="secondary">{me.agency.name}的办理提醒，最近 50 条</Typography.Text>
          <Button type="text" icon={<ReloadOutlined />} aria-label="刷新通知" onClick={reload} loading={loading && !!data} />
        </>
      }
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table<NotificationView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data}
          loading={loading}
          pagination={false}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知：办理事项临近期限、逾期或被催办，以及信息公开栏目需要更新时，会在这里提醒" />
            ),
          }}
        />
      )}
    </Card>
  );
}
