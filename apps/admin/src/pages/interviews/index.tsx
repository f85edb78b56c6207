import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { INTERVIEW_STATUS_LABELS, InterviewStatus, type StaffInterviewSummary } from '@weimin/contracts';
import { Button, Card, Empty, Flex, Select, Table, Typography, type TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAccess } from '../../access';
import { listInterviews } from '../../api/interviews';
import { AgencySelect } from '../../components/AgencySelect';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { InterviewStatusTag } from './components/InterviewStatusTag';
import { formatInterviewSpan } from './components/interview-steps';

/**
 * 在线访谈: the office's schedule, to arrange and run interviews; a guest agency's staff see the ones their agency is
 * guest of (the BFF scopes them), read-only.
 */
export default function InterviewsPage() {
  const navigate = useNavigate();
  const { canRunInterviews } = useAccess();
  const [status, setStatus] = useState<InterviewStatus>();
  const [guestAgencyId, setGuestAgencyId] = useState<number>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20, key: '' });
  const key = JSON.stringify({ status, guestAgencyId });
  const page = paging.key === key ? paging.page : 1;
  const list = useApiData((signal) => listInterviews({ status, guestAgencyId, page, pageSize: paging.pageSize }, signal), [key, page, paging.pageSize]);
  const pagination: TablePaginationConfig = {
    current: page,
    pageSize: paging.pageSize,
    total: list.data?.total ?? 0,
    showSizeChanger: true,
    showTotal: (total) => `共 ${total} 场`,
    onChange: (next, pageSize) => setPaging({ page: pageSize === paging.pageSize ? next : 1, pageSize, key }),
  };

  return (
    <Card
      title={canRunInterviews ? '在线访谈' : '本单位参加的在线访谈'}
      extra={
        <Flex gap={8}>
          <Button type="text" icon={<ReloadOutlined />} aria-label="刷新在线访谈" onClick={list.reload} loading={list.loading && !!list.data} />
          {canRunInterviews && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/interviews/new')}>
              安排访谈
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={12} wrap>
          <Select<InterviewStatus>
            aria-label="按状态筛选"
            placeholder="状态"
            allowClear
            style={{ width: 160 }}
            value={status}
            onChange={setStatus}
            options={Object.values(InterviewStatus).map((value) => ({ value, label: INTERVIEW_STATUS_LABELS[value] }))}
          />
          {canRunInterviews && (
            <AgencySelect
              aria-label="按嘉宾单位筛选"
              placeholder="嘉宾单位"
              allowClear
              style={{ width: 240 }}
              value={guestAgencyId}
              onChange={setGuestAgencyId}
            />
          )}
        </Flex>
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <Table<StaffInterviewSummary>
            rowKey="id"
            size="middle"
            dataSource={list.data?.items}
            loading={list.loading}
            pagination={pagination}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={canRunInterviews ? '还没有安排在线访谈' : '本单位还没有参加的在线访谈'} />,
            }}
            columns={[
              {
                title: '访谈主题',
                dataIndex: 'title',
                ellipsis: true,
                render: (title: string, item) => (
                  <Link to={`/interviews/${item.id}`} title={title}>
                    {title}
                  </Link>
                ),
              },
              { title: '状态', dataIndex: 'status', width: 100, render: (value: InterviewStatus) => <InterviewStatusTag status={value} /> },
              { title: '嘉宾单位', dataIndex: 'guestAgencyName', width: 170, ellipsis: true },
              {
                title: '嘉宾',
                key: 'guest',
                width: 200,
                render: (_: unknown, item) => (
                  <span>
                    {item.guestName} <Typography.Text type="secondary">{item.guestTitle}</Typography.Text>
                  </span>
                ),
              },
              { title: '主持人', dataIndex: 'hostName', width: 100 },
              { title: '访谈时间', key: 'time', width: 190, render: (_: unknown, item) => formatInterviewSpan(item.startsAt, item.endsAt) },
              { title: '问题数', dataIndex: 'questionCount', width: 80, align: 'right' },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
