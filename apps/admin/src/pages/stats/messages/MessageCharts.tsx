import { Column, Pie } from '@ant-design/plots';
import { MESSAGE_CHANNEL_LABELS, MESSAGE_TYPE_LABELS, type AgencyFiguresRow, type ChannelFiguresRow, type TypeFiguresRow } from '@weimin/contracts';
import { Empty } from 'antd';

const HEIGHT = 260;

/** Received, replied and on time for the ten agencies that received most. */
export function AgencyChart({ rows }: { rows: AgencyFiguresRow[] }) {
  const top = rows.filter((row) => row.agencyId !== null).slice(0, 10);
  if (top.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无数据" />;
  const data = top.flatMap((row) => [
    { agency: row.agencyName, figure: '收到', count: row.received },
    { agency: row.agencyName, figure: '答复', count: row.replied },
    { agency: row.agencyName, figure: '按期答复', count: row.onTime },
  ]);
  return <Column height={HEIGHT} data={data} xField="agency" yField="count" colorField="figure" group axis={{ x: { labelAutoRotate: true } }} />;
}

export function ChannelChart({ rows }: { rows: ChannelFiguresRow[] }) {
  const data = rows.filter((row) => row.received > 0).map((row) => ({ channel: MESSAGE_CHANNEL_LABELS[row.channel], count: row.received }));
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无数据" />;
  return (
    <Pie
      height={HEIGHT}
      data={data}
      angleField="count"
      colorField="channel"
      innerRadius={0.6}
      label={{ text: 'count', position: 'outside' }}
      legend={{ color: { position: 'bottom' } }}
    />
  );
}

export function TypeChart({ rows }: { rows: TypeFiguresRow[] }) {
  const data = rows.flatMap((row) => [
    { type: MESSAGE_TYPE_LABELS[row.type], figure: '收到', count: row.received },
    { type: MESSAGE_TYPE_LABELS[row.type], figure: '答复', count: row.replied },
  ]);
  if (rows.every((row) => row.received === 0)) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无数据" />;
  return <Column height={HEIGHT} data={data} xField="type" yField="count" colorField="figure" group />;
}
