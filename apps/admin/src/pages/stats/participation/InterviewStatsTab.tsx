import type { InterviewYearFigures, MessageStatsQuery } from '@weimin/contracts';
import { Alert, Card, Col, Flex, Row, Skeleton, Statistic, Table } from 'antd';
import { getInterviewFigures } from '../../../api/stats';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { periodOf } from '../components/period';

/** 在线访谈: interviews planned to start in the period, per year, the questions they drew and what became of them. */
export function InterviewStatsTab({ query }: { query: MessageStatsQuery }) {
  const period = periodOf(query);
  const { data, error, loading, reload } = useApiData((signal) => getInterviewFigures(period, signal), [period.from, period.to]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <Skeleton active />;
  const { total } = data;

  return (
    <Flex vertical gap={16} style={{ opacity: loading ? 0.6 : 1 }}>
      <Alert type="info" showIcon title="在线访谈按计划开始时间在统计期间内统计，不受承办单位、类型和渠道筛选影响。" />
      <Row gutter={[16, 16]}>
        {[
          { title: '在线访谈', value: total.interviews, suffix: '场' },
          { title: '收到网友提问', value: total.questionsReceived, suffix: '条' },
          { title: '访谈中答复', value: total.answeredLive, suffix: '条' },
          { title: '转为留言', value: total.convertedToMessages, suffix: '条' },
          { title: '转留言后已答复', value: total.answeredAfterwards, suffix: '条' },
        ].map((figure) => (
          <Col key={figure.title} xs={12} xl={4}>
            <Card size="small">
              <Statistic title={figure.title} value={figure.value} suffix={figure.suffix} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title="按年度" size="small">
        <Table<InterviewYearFigures>
          size="small"
          rowKey="year"
          dataSource={data.years}
          pagination={false}
          locale={{ emptyText: '期间内没有在线访谈' }}
          columns={[
            { title: '年度', dataIndex: 'year' },
            { title: '访谈场次', dataIndex: 'interviews', align: 'right' },
            { title: '收到提问', dataIndex: 'questionsReceived', align: 'right' },
            { title: '访谈中答复', dataIndex: 'answeredLive', align: 'right' },
            { title: '转为留言', dataIndex: 'convertedToMessages', align: 'right' },
            { title: '转留言后已答复', dataIndex: 'answeredAfterwards', align: 'right' },
          ]}
        />
      </Card>
    </Flex>
  );
}
