import type { MessageStatsQuery } from '@weimin/contracts';
import { Alert, Card, Col, Flex, Row, Skeleton, Tabs, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { getMessageStats } from '../../../api/stats';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { FigureCards } from './FigureCards';
import { AgencyTable, ChannelTable, RankingTable, TypeTable } from './FigureTables';

// The charting library is most of this page's weight: figures and tables show while it loads.
const AgencyChart = lazy(() => import('./MessageCharts').then((m) => ({ default: m.AgencyChart })));
const ChannelChart = lazy(() => import('./MessageCharts').then((m) => ({ default: m.ChannelChart })));
const TypeChart = lazy(() => import('./MessageCharts').then((m) => ({ default: m.TypeChart })));
const chartFallback = <Skeleton.Node active style={{ width: '100%', height: 260 }} />;

/** 留言: figures, the summary sentence for the report, charts, the three breakdowns and the agency ranking. */
export function MessageStatsTab({ query }: { query: MessageStatsQuery }) {
  const { data, error, loading, reload } = useApiData((signal) => getMessageStats(query, signal), [query]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Skeleton active />;

  return (
    <Flex vertical gap={16} style={{ opacity: loading ? 0.6 : 1 }}>
      <Alert
        type="info"
        showIcon
        title="报告用语"
        description={
          <Typography.Paragraph copyable style={{ margin: 0 }} data-testid="stats-summary">
            {data.summary}
          </Typography.Paragraph>
        }
      />
      <FigureCards figures={data.totals} />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card title="各承办单位收到与答复（前 10 名）" size="small">
            <Suspense fallback={chartFallback}>
              <AgencyChart rows={data.byAgency} />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title="按渠道" size="small">
            <Suspense fallback={chartFallback}>
              <ChannelChart rows={data.byChannel} />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title="按类型" size="small">
            <Suspense fallback={chartFallback}>
              <TypeChart rows={data.byType} />
            </Suspense>
          </Card>
        </Col>
      </Row>
      <Card size="small">
        <Tabs
          items={[
            { key: 'agency', label: '按承办单位', children: <AgencyTable rows={data.byAgency} /> },
            { key: 'type', label: '按类型', children: <TypeTable rows={data.byType} /> },
            { key: 'channel', label: '按渠道', children: <ChannelTable rows={data.byChannel} /> },
            { key: 'ranking', label: '单位排名', children: <RankingTable ranking={data.ranking} /> },
          ]}
        />
      </Card>
    </Flex>
  );
}
