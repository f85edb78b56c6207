import type { SolicitationStatus, StaffSolicitationSummary } from '@weimin/contracts';
import { Empty, Table, Typography, type TableColumnType, type TablePaginationConfig } from 'antd';
import { Link } from 'react-router-dom';
import { DateTime } from '../../../components/DateTime';
import { chinaToday } from '../../../components/china-day';
import { SolicitationStatusTag } from './SolicitationStatusTag';

const COLUMNS: TableColumnType<StaffSolicitationSummary>[] = [
  {
    title: '标题',
    dataIndex: 'title',
    ellipsis: true,
    render: (title: string, item) => (
      <Link to={`/solicitations/${item.id}`} title={title}>
        {title}
      </Link>
    ),
  },
  { title: '状态', dataIndex: 'status', width: 150, render: (status: SolicitationStatus) => <SolicitationStatusTag status={status} /> },
  { title: '发起单位', dataIndex: 'agencyName', width: 180, ellipsis: true },
  {
    title: '征集期',
    key: 'period',
    width: 200,
    // China calendar days: the period is counted in them, and two full instants would crowd out the title.
    render: (_: unknown, item) =>
      item.opensAt && item.closesAt ? (
        `${chinaToday(new Date(item.opensAt))} 至 ${chinaToday(new Date(item.closesAt))}`
      ) : (
        <Typography.Text type="secondary">发布后 {item.periodDays} 天</Typography.Text>
      ),
  },
  { title: '意见数', dataIndex: 'opinionCount', width: 80, align: 'right' },
  { title: '更新时间', dataIndex: 'updatedAt', width: 170, render: (at: string) => <DateTime value={at} /> },
];

/** The one table every solicitation list shows. */
export function SolicitationTable({
  items,
  loading,
  pagination,
  empty,
}: {
  items: StaffSolicitationSummary[] | undefined;
  loading: boolean;
  pagination?: TablePaginationConfig | false;
  empty: string;
}) {
  return (
    <Table<StaffSolicitationSummary>
      rowKey="id"
      size="middle"
      columns={COLUMNS}
      dataSource={items}
      loading={loading}
      pagination={pagination ?? false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
    />
  );
}
