import { INTERPRETATION_FORMAT_LABELS, LIFE_EVENT_STAGES, type InterpretationStatus, type StaffInterpretationSummary } from '@weimin/contracts';
import { Empty, Table, Tag, type TablePaginationConfig, type TableColumnType } from 'antd';
import { Link } from 'react-router-dom';
import { DateTime } from '../../../components/DateTime';
import { InterpretationStatusTag } from './InterpretationStatusTag';

const STAGE_NAMES = new Map(LIFE_EVENT_STAGES.map((stage) => [stage.code, stage.name]));

const COLUMNS: TableColumnType<StaffInterpretationSummary>[] = [
  {
    title: '标题',
    dataIndex: 'title',
    ellipsis: true,
    render: (title: string, item) => (
      <Link to={`/interpretations/${item.id}`} title={title}>
        {title}
      </Link>
    ),
  },
  { title: '状态', dataIndex: 'status', width: 120, render: (status: InterpretationStatus) => <InterpretationStatusTag status={status} /> },
  {
    title: '阶段',
    dataIndex: 'stages',
    width: 200,
    render: (stages: StaffInterpretationSummary['stages']) => stages.map((stage) => <Tag key={stage}>{STAGE_NAMES.get(stage) ?? stage}</Tag>),
  },
  { title: '形式', dataIndex: 'format', width: 70, render: (format: StaffInterpretationSummary['format']) => INTERPRETATION_FORMAT_LABELS[format] },
  { title: '起草单位', dataIndex: 'agencyName', width: 200, ellipsis: true },
  { title: '起草人', dataIndex: 'authorName', width: 90, render: (name: string | null) => name ?? '—' },
  { title: '更新时间', dataIndex: 'updatedAt', width: 170, render: (at: string) => <DateTime value={at} /> },
];

/** The one table every interpretation list shows. */
export function InterpretationTable({
  items,
  loading,
  pagination,
  empty,
}: {
  items: StaffInterpretationSummary[] | undefined;
  loading: boolean;
  pagination?: TablePaginationConfig | false;
  empty: string;
}) {
  return (
    <Table<StaffInterpretationSummary>
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
