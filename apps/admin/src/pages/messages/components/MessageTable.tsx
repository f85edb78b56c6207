import type { StaffMessageSummary } from '@weimin/contracts';
import { Empty, Input, Table, theme, type TableColumnsType } from 'antd';
import { LoadError } from '../../../components/LoadError';
import type { MessageList } from './useMessageList';

interface MessageTableProps {
  messages: Pick<MessageList, 'list' | 'pagination'>;
  columns: TableColumnsType<StaffMessageSummary>;
  /** The table's scroll width in pixels: wider lists scroll sideways instead of squeezing their columns. */
  width: number;
  emptyText: string;
  /** Tint overdue rows red, for lists that mix overdue messages with others. */
  tintOverdue?: boolean;
}

/** One server page of a message list, or its load error with a retry. */
export function MessageTable({ messages: { list, pagination }, columns, width, emptyText, tintOverdue = false }: MessageTableProps) {
  const { token } = theme.useToken();
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  return (
    <Table<StaffMessageSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={list.data?.items}
      loading={list.loading}
      pagination={pagination}
      scroll={{ x: width }}
      onRow={tintOverdue ? (message) => (message.overdue ? { style: { background: token.colorErrorBg } } : {}) : undefined}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  );
}

/** Search by 受理编号 or title, kept in the URL as `q`. */
export function MessageSearch({ messages: { params, setFilter }, width }: { messages: Pick<MessageList, 'params' | 'setFilter'>; width: number }) {
  return (
    <Input.Search
      aria-label="按受理编号或标题搜索留言"
      placeholder="受理编号或标题"
      allowClear
      defaultValue={params.get('q') ?? undefined}
      maxLength={60}
      onSearch={(value) => setFilter('q', value.trim())}
      style={{ width }}
    />
  );
}
