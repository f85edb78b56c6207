import type { MessageStatsQuery, SolicitationFigureRow, SolicitationFigures } from '@weimin/contracts';
import { Alert, Card, Col, Flex, Row, Skeleton, Statistic, Table, type TableColumnType } from 'antd';
import { getSolicitationFigures } from '../../../api/stats';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { formatAdoptionRate } from '../../solicitations/components/solicitation-status';
import { periodOf } from '../components/period';

type AgencyRow = SolicitationFigures['byAgency'][number];

const days = (value: number | null) => (value === null ? '—' : value.toFixed(1));

const FIGURE_COLUMNS: TableColumnType<AgencyRow>[] = [
  { title: '征集', dataIndex: 'solicitations', align: 'right', sorter: (a, b) => a.solicitations - b.solicitations },
  { title: '已反馈', dataIndex: 'withFeedback', align: 'right' },
  { title: '意见', dataIndex: 'opinions', align: 'right', sorter: (a, b) => a.opinions - b.opinions },
  { title: '采纳', dataIndex: 'adopted', align: 'right' },
  { title: '部分采纳', dataIndex: 'partlyAdopted', align: 'right' },
  { title: '未采纳', dataIndex: 'notAdopted', align: 'right' },
  { title: '采纳率', dataIndex: 'adoptionRate', align: 'right', render: (rate: number | null) => formatAdoptionRate(rate) },
  { title: '平均反馈用时（天）', dataIndex: 'averageDaysToFeedback', align: 'right', render: days },
];

/** 意见征集: solicitations published in the period, their opinions, how many were adopted and how soon feedback came. */
export function SolicitationStatsTab({ query }: { query: MessageStatsQuery }) {
  const period = periodOf(query);
  const { data, error, loading, reload } = useApiData((signal) => getSolicitationFigures(period, signal), [period.from, period.to]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Skeleton active />;
  const totals: SolicitationFigureRow = data.totals;

  return (
    <Flex vertical gap={16} style={{ opacity: loading ? 0.6 : 1 }}>
      <Alert type="info" showIcon title="意见征集按发布时间在统计期间内统计，不受承办单位、类型和渠道筛选影响。" />
      <Row gutter={[16, 16]}>
        {[
          { title: `${data.from} 至 ${data.to} 发布征集`, value: totals.solicitations, suffix: '项' },
          { title: '已发布采纳情况反馈', value: totals.withFeedback, suffix: '项' },
          { title: '收到意见', value: totals.opinions, suffix: '条' },
          { title: '采纳率（采纳与部分采纳）', value: formatAdoptionRate(totals.adoptionRate) },
          { title: '平均反馈用时', value: days(totals.averageDaysToFeedback), suffix: totals.averageDaysToFeedback === null ? undefined : '天' },
        ].map((figure) => (
          <Col key={figure.title} xs={12} xl={4}>
            <Card size="small">
              <Statistic title={figure.title} value={figure.value} suffix={figure.suffix} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title="按发起单位" size="small">
        <Table<AgencyRow>
          size="small"
          rowKey="agencyId"
          dataSource={data.byAgency}
          pagination={data.byAgency.length > 20 ? { pageSize: 20 } : false}
          locale={{ emptyText: '期间内没有发布的意见征集' }}
          columns={[{ title: '发起单位', dataIndex: 'agencyName' }, ...FIGURE_COLUMNS]}
        />
      </Card>
    </Flex>
  );
}
