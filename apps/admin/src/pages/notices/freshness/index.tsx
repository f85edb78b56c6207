import { ReloadOutlined } from '@ant-design/icons';
import {
  FRESHNESS_STATE_LABELS,
  INDUSTRY_LABELS,
  NOTICE_SECTION_LABELS,
  NOTICE_SECTIONS,
  type FreshnessState,
  type Industry,
  type SectionFreshness,
  type UnitFreshness,
} from '@weimin/contracts';
import { Button, Card, Empty, Flex, Segmented, Select, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { getFreshnessBoard } from '../../../api/notices';
import { DateTime } from '../../../components/DateTime';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';

const ALL = 'all';
const STATE_COLORS: Record<FreshnessState, string> = { fresh: 'success', due_soon: 'warning', stale: 'error' };

function SectionCell({ freshness }: { freshness: SectionFreshness }) {
  const days = freshness.daysSinceUpdate === null ? '从未发布' : `${freshness.daysSinceUpdate}天`;
  return (
    <Space direction="vertical" size={0}>
      <Tag color={STATE_COLORS[freshness.state]} style={{ marginInlineEnd: 0 }} aria-label={`${FRESHNESS_STATE_LABELS[freshness.state]}：${days}`}>
        {FRESHNESS_STATE_LABELS[freshness.state]} · {days}
      </Tag>
      {freshness.remindedAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          已提醒 <DateTime value={freshness.remindedAt} />
        </Typography.Text>
      )}
    </Space>
  );
}

/**
 * 更新提示 (信息定期更新提示系统, docs/domain.md §2): every public enterprise × section with the days since its newest
 * notice, green when fresh, orange shortly before the threshold, red once stale (the unit's staff are then reminded
 * once per stale period). Filter by industry and by state.
 */
export default function FreshnessBoardPage() {
  const [industry, setIndustry] = useState<Industry>();
  const [state, setState] = useState<FreshnessState | typeof ALL>(ALL);
  const board = useApiData((signal) => getFreshnessBoard({ industry, state: state === ALL ? undefined : state }, signal), [industry, state]);
  const sections = board.data?.units.flatMap((unit) => unit.sections) ?? [];
  const count = (wanted: FreshnessState) => sections.filter((section) => section.state === wanted).length;

  const columns: TableColumnsType<UnitFreshness> = [
    { title: '单位', dataIndex: 'agencyName', width: 240, fixed: 'left', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: '行业', dataIndex: 'industry', width: 100, render: (value: Industry | null) => (value ? INDUSTRY_LABELS[value] : '—') },
    ...NOTICE_SECTIONS.map((section) => ({
      title: `${NOTICE_SECTION_LABELS[section]}（${board.data?.thresholds[section] ?? '—'}天）`,
      key: section,
      width: 200,
      render: (_: unknown, unit: UnitFreshness) => <SectionCell freshness={unit.sections.find((s) => s.section === section)!} />,
    })),
  ];

  return (
    <Card
      title="更新提示"
      extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新更新提示" onClick={board.reload} loading={board.loading && !!board.data} />}
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          各栏目最新一条已发布信息距今的天数。超过更新周期（括号内天数）即为超期未更新，系统向该单位发送一次更新提醒；单位发布新信息后恢复正常。
        </Typography.Paragraph>
        <Flex gap={16} wrap align="center">
          <Select<Industry>
            allowClear
            placeholder="全部行业"
            aria-label="按行业筛选"
            style={{ width: 160 }}
            value={industry}
            onChange={setIndustry}
            options={(Object.keys(INDUSTRY_LABELS) as Industry[]).map((value) => ({ value, label: INDUSTRY_LABELS[value] }))}
          />
          <Segmented<FreshnessState | typeof ALL>
            options={[
              { value: ALL, label: '全部单位' },
              ...(['stale', 'due_soon', 'fresh'] as const).map((value) => ({ value, label: FRESHNESS_STATE_LABELS[value] })),
            ]}
            value={state}
            onChange={setState}
          />
        </Flex>
        {board.data && (
          <Flex gap={48}>
            <Statistic title="单位" value={board.data.units.length} />
            <Statistic title="超期未更新栏目" value={count('stale')} valueStyle={{ color: '#cf1322' }} />
            <Statistic title="即将超期栏目" value={count('due_soon')} valueStyle={{ color: '#d48806' }} />
          </Flex>
        )}
        {board.error ? (
          <LoadError error={board.error} onRetry={board.reload} />
        ) : (
          <Table<UnitFreshness>
            rowKey="agencyId"
            size="middle"
            columns={columns}
            dataSource={board.data?.units}
            loading={board.loading}
            pagination={false}
            scroll={{ x: 940 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的单位" /> }}
          />
        )}
      </Flex>
    </Card>
  );
}
