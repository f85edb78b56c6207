import { Column } from '@ant-design/plots';
import { AUDIENCE_LABELS, type InterpretationFigures } from '@weimin/contracts';
import { Empty } from 'antd';

/** Interpretations published per stage, personal and enterprise stages told apart by colour. */
export default function StageChart({ rows }: { rows: InterpretationFigures['byStage'] }) {
  if (rows.every((row) => row.count === 0)) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无数据" />;
  const data = rows.map((row) => ({ stage: row.name, audience: AUDIENCE_LABELS[row.audience], count: row.count }));
  return <Column height={260} data={data} xField="stage" yField="count" colorField="audience" axis={{ x: { labelAutoRotate: true } }} />;
}
