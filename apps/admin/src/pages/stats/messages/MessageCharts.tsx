import { Bar, Column, Pie } from '@ant-design/plots';
import { MESSAGE_CHANNEL_LABELS, MESSAGE_TYPE_LABELS, type AgencyFiguresRow, type ChannelFiguresRow, type TypeFiguresRow } from '@weimin/contracts';
import { Empty } from 'antd';

const HEIGHT = 260;

const AGENCY_FIGURES = [
  { key: 'received', label: '收到' },
  { key: 'replied', label: '答复' },
  { key: 'onTime', label: '按期答复' },
] as const;

/**
 * Received, replied and on time for the ten agencies that received most, as horizontal bars: the agencies' names
 * stand whole on the left, neither rotated nor cut (issue 15). The canvas says nothing to a screen reader; the same
 * figures follow as a table only screen readers read.
 */
export function AgencyChart({ rows }: { rows: AgencyFiguresRow[] }) {
  const top = rows.filter((row) => row.agencyId !== null).slice(0, 10);
  if (top.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无数据" />;
  const data = top.flatMap((row) => AGENCY_FIGURES.map((figure) => ({ agency: row.agencyName, figure: figure.label, count: row[figure.key] })));
  return (
    <>
      <div aria-hidden="true" data-testid="agency-chart">
        <Bar
          height={60 + top.length * 44}
          data={data}
          xField="agency"
          yField="count"
          colorField="figure"
          group
          axis={{ x: { title: false, size: 200, labelAutoRotate: false, labelAutoHide: false, labelAutoEllipsis: false }, y: { title: false } }}
        />
      </div>
      <table className="visually-hidden">
        <caption>各承办单位收到与答复（前 10 名），单位：件</caption>
        <thead>
          <tr>
            <th scope="col">承办单位</th>
            {AGENCY_FIGURES.map((figure) => (
              <th key={figure.key} scope="col">
                {figure.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top.map((row) => (
            <tr key={row.agencyId}>
              <th scope="row">{row.agencyName}</th>
              {AGENCY_FIGURES.map((figure) => (
                <td key={figure.key}>{row[figure.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
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
