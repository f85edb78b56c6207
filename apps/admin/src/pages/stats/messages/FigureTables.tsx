import {
  MESSAGE_CHANNEL_LABELS,
  MESSAGE_TYPE_LABELS,
  type AgencyFiguresRow,
  type AgencyRankingRow,
  type ChannelFiguresRow,
  type MessageFigures,
  type MessageStatsView,
  type TypeFiguresRow,
} from '@weimin/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';

const rate = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** The figure columns every breakdown shares, in the export's order. */
function figureColumns<T extends MessageFigures>(): TableColumnsType<T> {
  return [
    { title: '收到', dataIndex: 'received', align: 'right', sorter: (a, b) => a.received - b.received },
    { title: '有效', dataIndex: 'valid', align: 'right' },
    { title: '答复', dataIndex: 'replied', align: 'right' },
    { title: '答复率', dataIndex: 'replyRate', align: 'right', render: rate },
    { title: '按期答复', dataIndex: 'onTime', align: 'right' },
    { title: '按期答复率', dataIndex: 'onTimeRate', align: 'right', render: rate },
    { title: '平均用时（工作日）', dataIndex: 'averageReplyWorkdays', align: 'right', render: (v: number | null) => (v === null ? '—' : v.toFixed(1)) },
    { title: '满意率', dataIndex: 'satisfactionRate', align: 'right', render: rate },
    { title: '当前逾期', dataIndex: 'overdueNow', align: 'right', render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : v) },
  ];
}

export function AgencyTable({ rows }: { rows: AgencyFiguresRow[] }) {
  return (
    <Table<AgencyFiguresRow>
      size="small"
      rowKey={(row) => row.agencyId ?? 'none'}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      columns={[{ title: '承办单位', dataIndex: 'agencyName' }, ...figureColumns<AgencyFiguresRow>()]}
    />
  );
}

export function TypeTable({ rows }: { rows: TypeFiguresRow[] }) {
  return (
    <Table<TypeFiguresRow>
      size="small"
      rowKey="type"
      dataSource={rows}
      pagination={false}
      columns={[{ title: '类型', dataIndex: 'type', render: (t: TypeFiguresRow['type']) => MESSAGE_TYPE_LABELS[t] }, ...figureColumns<TypeFiguresRow>()]}
    />
  );
}

export function ChannelTable({ rows }: { rows: ChannelFiguresRow[] }) {
  return (
    <Table<ChannelFiguresRow>
      size="small"
      rowKey="channel"
      dataSource={rows}
      pagination={false}
      columns={[
        { title: '渠道', dataIndex: 'channel', render: (c: ChannelFiguresRow['channel']) => MESSAGE_CHANNEL_LABELS[c] },
        ...figureColumns<ChannelFiguresRow>(),
      ]}
    />
  );
}

/** Only agencies with enough valid messages enter, so one lucky reply cannot top the table. */
export function RankingTable({ ranking }: { ranking: MessageStatsView['ranking'] }) {
  return (
    <>
      <Typography.Paragraph type="secondary">有效留言不少于 {ranking.minItems} 条的单位参加排名，依次按按期答复率、答复率、满意率排序。</Typography.Paragraph>
      <Table<AgencyRankingRow>
        size="small"
        rowKey="agencyId"
        dataSource={ranking.rows}
        pagination={ranking.rows.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: '没有达到入榜条件的单位' }}
        columns={[{ title: '名次', dataIndex: 'rank', width: 70 }, { title: '承办单位', dataIndex: 'agencyName' }, ...figureColumns<AgencyRankingRow>()]}
      />
    </>
  );
}
