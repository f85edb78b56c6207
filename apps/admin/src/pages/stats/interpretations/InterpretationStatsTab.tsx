import { AUDIENCE_LABELS, type InterpretationFigures, type MessageStatsQuery } from '@weimin/contracts';
import { Alert, Card, Col, Flex, Row, Skeleton, Statistic, Table } from 'antd';
import { lazy, Suspense } from 'react';
import { getInterpretationFigures } from '../../../api/stats';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { periodOf } from '../components/period';

const StageChart = lazy(() => import('./StageChart'));

type StageRow = InterpretationFigures['byStage'][number];
type AgencyRow = InterpretationFigures['byAgency'][number];

/** 政策解读: interpretations published in the period per life-event stage (all 14) and per drafting agency. */
export function InterpretationStatsTab({ query }: { query: MessageStatsQuery }) {
  const period = periodOf(query);
  const { data, error, loading, reload } = useApiData((signal) => getInterpretationFigures(period, signal), [period.from, period.to]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Skeleton active />;

  return (
    <Flex vertical gap={16} style={{ opacity: loading ? 0.6 : 1 }}>
      <Alert type="info" showIcon title="政策解读只按统计期间统计，不受承办单位、类型和渠道筛选影响。" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title="各生命周期阶段发布解读" size="small">
            <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 260 }} />}>
              <StageChart rows={data.byStage} />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small">
            <Statistic title={`${data.from} 至 ${data.to} 发布解读`} value={data.total} suffix="篇" />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="按生命周期阶段" size="small">
            <Table<StageRow>
              size="small"
              rowKey="stage"
              dataSource={data.byStage}
              pagination={false}
              columns={[
                { title: '对象', dataIndex: 'audience', render: (audience: StageRow['audience']) => AUDIENCE_LABELS[audience] },
                { title: '阶段', dataIndex: 'name' },
                { title: '发布篇数', dataIndex: 'count', align: 'right', sorter: (a, b) => a.count - b.count },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="按起草单位" size="small">
            <Table<AgencyRow>
              size="small"
              rowKey="agencyId"
              dataSource={data.byAgency}
              pagination={data.byAgency.length > 20 ? { pageSize: 20 } : false}
              columns={[
                { title: '起草单位', dataIndex: 'agencyName' },
                { title: '发布篇数', dataIndex: 'count', align: 'right', sorter: (a, b) => a.count - b.count },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
