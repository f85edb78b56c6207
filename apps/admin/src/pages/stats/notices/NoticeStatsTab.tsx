import { NOTICE_SECTION_LABELS, NOTICE_SECTIONS, type MessageStatsQuery, type NoticeFigures } from '@weimin/contracts';
import { Alert, Card, Col, Flex, Row, Skeleton, Statistic, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { getNoticeFigures } from '../../../api/stats';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { periodOf } from '../components/period';

type UnitRow = NoticeFigures['byUnit'][number];
type StaleRow = NoticeFigures['staleNow'][number];

/** 公共企事业单位: notices published in the period per unit and section, and the unit-sections not updated in time now. */
export function NoticeStatsTab({ query }: { query: MessageStatsQuery }) {
  const period = periodOf(query);
  const { data, error, loading, reload } = useApiData((signal) => getNoticeFigures(period, signal), [period.from, period.to]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Skeleton active />;

  return (
    <Flex vertical gap={16} style={{ opacity: loading ? 0.6 : 1 }}>
      <Alert type="info" showIcon title="信息公开只按统计期间统计；更新超期为当前状态。" />
      <Row gutter={[16, 16]}>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic title={`${data.from} 至 ${data.to} 发布信息`} value={data.publishedTotal} suffix="条" />
          </Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic title="当前更新超期栏目" value={data.staleNow.length} suffix="个" />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title="各单位发布信息" size="small">
            <Table<UnitRow>
              size="small"
              rowKey="agencyId"
              dataSource={data.byUnit}
              pagination={data.byUnit.length > 25 ? { pageSize: 25 } : false}
              columns={[
                { title: '单位', dataIndex: 'agencyName' },
                ...NOTICE_SECTIONS.map((section) => ({
                  title: NOTICE_SECTION_LABELS[section],
                  key: section,
                  align: 'right' as const,
                  render: (_: unknown, row: UnitRow) => row.counts[section],
                })),
                { title: '合计', dataIndex: 'total', align: 'right', sorter: (a, b) => a.total - b.total },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="更新超期" size="small" extra={<Link to="/notice-freshness">更新提示</Link>}>
            <Table<StaleRow>
              size="small"
              rowKey={(row) => `${row.agencyId}:${row.section}`}
              dataSource={data.staleNow}
              pagination={data.staleNow.length > 20 ? { pageSize: 20 } : false}
              locale={{ emptyText: '各单位均按期更新' }}
              columns={[
                { title: '单位', dataIndex: 'agencyName' },
                { title: '栏目', dataIndex: 'section', render: (section: StaleRow['section']) => NOTICE_SECTION_LABELS[section] },
                {
                  title: '距上次更新',
                  dataIndex: 'daysSinceUpdate',
                  align: 'right',
                  render: (days: number | null) => (days === null ? <Tag color="error">从未发布</Tag> : `${days} 天`),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
