import { ReloadOutlined } from '@ant-design/icons';
import { SOLICITATION_FEEDBACK_WORKDAYS, type OverdueSolicitationView, type SolicitationStatus } from '@weimin/contracts';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { overdueSolicitations } from '../../../api/solicitations';
import { DateTime } from '../../../components/DateTime';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { SolicitationStatusTag } from '../components/SolicitationStatusTag';

/**
 * 反馈逾期: closed solicitations with no published 采纳情况反馈 15 working days after closing, longest overdue first;
 * every agency's for the office, its own for an agency (the BFF scopes the list).
 */
export default function OverdueFeedbackPage() {
  const list = useApiData((signal) => overdueSolicitations(signal), []);
  return (
    <Card
      title="反馈逾期"
      extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新反馈逾期" onClick={list.reload} loading={list.loading && !!list.data} />}
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">征集截止后 {SOLICITATION_FEEDBACK_WORKDAYS} 个工作日仍未发布采纳情况反馈的意见征集。</Typography.Text>
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <Table<OverdueSolicitationView>
            rowKey="id"
            size="middle"
            dataSource={list.data}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有逾期未反馈的意见征集" /> }}
            columns={[
              {
                title: '标题',
                dataIndex: 'title',
                ellipsis: true,
                render: (title: string, item) => (
                  <Link to={`/solicitations/${item.id}`} title={title}>
                    {title}
                  </Link>
                ),
              },
              { title: '发起单位', dataIndex: 'agencyName', width: 200, ellipsis: true },
              { title: '状态', dataIndex: 'status', width: 170, render: (status: SolicitationStatus) => <SolicitationStatusTag status={status} /> },
              { title: '征集截止', dataIndex: 'closesAt', width: 170, render: (at: string) => <DateTime value={at} /> },
              { title: '反馈应于', dataIndex: 'feedbackDueOn', width: 110 },
              { title: '意见数', dataIndex: 'opinionCount', width: 80, align: 'right' },
              {
                title: '未标注',
                dataIndex: 'unmarked',
                width: 80,
                align: 'right',
                render: (unmarked: number) => (unmarked > 0 ? <Typography.Text type="danger">{unmarked}</Typography.Text> : 0),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
