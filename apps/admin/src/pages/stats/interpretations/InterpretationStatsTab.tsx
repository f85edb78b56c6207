import { AUDIENCE_LABELS, type InterpretationFigures, type MessageStatsQuery } from '@weimin/contracts';
import { Alert, Card, Col, Flex, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { getInterpretationFigures } from '../../../api/stats';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { periodOf } from '../components/period';

const StageChart = lazy(() => import('./StageChart'));

type StageRow = InterpretationFigures['byStage'][number];
type AgencyRow = InterpretationFigures['byAgency'][number];
type QuestionRow = InterpretationFigures['byQuestions'][number];

/**
 * 政策解读: interpretations published in the period per life-event stage (all 14) and per drafting agency, and the
 * interpretations citizens asked most about (就此政策咨询) in the period: a sign that one needs rewriting.
 */
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
      <Card title="解读引发的留言（就此政策咨询）" size="small">
        <Typography.Paragraph type="secondary">期间内市民从解读页面提交的咨询留言，按解读统计。留言多的解读，可能需要改写得更清楚。</Typography.Paragraph>
        <Table<QuestionRow>
          size="small"
          rowKey="interpretationId"
          dataSource={data.byQuestions}
          pagination={data.byQuestions.length > 20 ? { pageSize: 20 } : false}
          locale={{ emptyText: '期间内没有就政策解读提交的留言' }}
          columns={[
            { title: '政策解读', dataIndex: 'title', render: (title: string, row) => <Link to={`/interpretations/${row.interpretationId}`}>{title}</Link> },
            { title: '起草单位', dataIndex: 'agencyName' },
            { title: '留言数', dataIndex: 'count', align: 'right', sorter: (a, b) => a.count - b.count },
          ]}
        />
      </Card>
    </Flex>
  );
}
