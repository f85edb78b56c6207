import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useAccess } from '../../access';
import { listFailedNotifications, retryNotification, type OutboxItemView } from '../../api/outbox';
import { DateTime } from '../../components/DateTime';
import { LoadError } from '../../components/LoadError';
import { subjectLink } from '../../components/notification-link';
import { useApiData } from '../../hooks/useApiData';

const KIND_LABELS: Record<OutboxItemView['kind'], string> = {
  citizen_subscribe: '市民订阅消息',
  staff_notice: '单位办理提醒',
};

const STATUS_TAGS: Record<OutboxItemView['status'], { color: string; label: string; explain: string }> = {
  dead: { color: 'error', label: '发送失败', explain: '多次重试后仍未送达，可重发' },
  failed: { color: 'default', label: '未送达', explain: '被拒收（如留言人未订阅），不会重试' },
  unknown: { color: 'warning', label: '结果未知', explain: '已发出但微信未及时答复，可能已送达；不会自动重发，核实后可手动重发' },
};

/** Statuses the office may resend by hand (POST /api/admin/outbox/:id/retry). */
const RESENDABLE: ReadonlyArray<OutboxItemView['status']> = ['dead', 'unknown'];

/**
 * 通知发送失败 (office and admins): notifications the worker gave up on (docs/security.md §19). The office may send a failed
 * one again; those refused for good (the citizen did not subscribe) are listed for the record. 结果未知: sent with no
 * answer, perhaps delivered; the worker never resends those, the office may after checking (docs/security.md §31).
 */
export default function OutboxPage() {
  const { canRetryOutbox } = useAccess();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApiData((signal) => listFailedNotifications(signal), []);

  const retry = async (item: OutboxItemView) => {
    try {
      await retryNotification(item.id);
    } catch {
      reload(); // toasted by the client; a 409 means it is no longer a failed item
      return;
    }
    void message.success(`通知 #${item.id} 已重新排队发送`);
    reload();
  };

  const columns: TableColumnsType<OutboxItemView> = [
    { title: '编号', dataIndex: 'id', width: 80 },
    { title: '类型', dataIndex: 'kind', width: 130, render: (kind: OutboxItemView['kind']) => KIND_LABELS[kind] ?? kind },
    {
      title: '内容',
      key: 'payload',
      ellipsis: true,
      render: (_, { payload }) => {
        const text = payload.text ?? [payload.caseNo, payload.status].filter(Boolean).join(' · ');
        const subject = payload.subject ?? (payload.messageId ? { type: 'message' as const, id: payload.messageId } : null);
        return subject ? <Link to={subjectLink(subject)}>{text}</Link> : text || '—';
      },
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      render: (status: OutboxItemView['status']) => (
        <Tooltip title={STATUS_TAGS[status]?.explain}>
          <Tag color={STATUS_TAGS[status]?.color}>{STATUS_TAGS[status]?.label ?? status}</Tag>
        </Tooltip>
      ),
    },
    { title: '尝试次数', dataIndex: 'attempts', width: 90 },
    {
      title: '最后错误',
      dataIndex: 'lastError',
      ellipsis: true,
      render: (lastError: string | null) => (lastError ? <Typography.Text type="danger">{lastError}</Typography.Text> : '—'),
    },
    { title: '创建时间', dataIndex: 'createdAt', width: 180, render: (at: string) => <DateTime value={at} /> },
  ];
  if (canRetryOutbox) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, item) =>
        RESENDABLE.includes(item.status) && (
          <Popconfirm
            title={`重发通知 #${item.id}？`}
            description={item.status === 'unknown' ? '上次发送可能已送达，重发后市民可能收到两次' : undefined}
            okText="重发"
            // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits the promise (its OK button spins until it settles), though typed as void
            onConfirm={() => retry(item)}
          >
            <Button type="link" size="small">
              重发
            </Button>
          </Popconfirm>
        ),
    });
  }

  return (
    <Card
      title="通知发送失败"
      extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新通知发送失败" onClick={reload} loading={loading && !!data} />}
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table<OutboxItemView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data}
          loading={loading}
          scroll={{ x: 1000 }}
          pagination={{ defaultPageSize: 50, showTotal: (total) => `共 ${total} 条` }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有发送失败的通知" /> }}
        />
      )}
    </Card>
  );
}
