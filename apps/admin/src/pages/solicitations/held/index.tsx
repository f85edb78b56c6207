import { ReloadOutlined } from '@ant-design/icons';
import type { HeldOpinionView } from '@weimin/contracts';
import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { listHeldOpinions } from '../../../api/solicitations';
import { DateTime } from '../../../components/DateTime';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { ReleaseOpinionButton } from '../components/ReleaseOpinionButton';

/** 待审核意见 (office): opinions the content check held, every solicitation's, oldest first, each with 放行. */
export default function HeldOpinionsPage() {
  const list = useApiData((signal) => listHeldOpinions(signal), []);
  return (
    <Card
      title="待审核意见"
      extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新待审核意见" onClick={list.reload} loading={list.loading && !!list.data} />}
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">
          内容安全检查要求人工审核的意见，放行前不在征集页面公开；承办单位仍可看到并标注。核实后放行，按提交人的选择公开。
        </Typography.Text>
        {list.error ? (
          <LoadError error={list.error} onRetry={list.reload} />
        ) : (
          <Table<HeldOpinionView>
            rowKey="id"
            size="middle"
            dataSource={list.data}
            loading={list.loading}
            pagination={(list.data?.length ?? 0) > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待审核的意见" /> }}
            columns={[
              {
                title: '意见征集',
                dataIndex: 'solicitationTitle',
                width: 240,
                ellipsis: true,
                render: (title: string, opinion) => (
                  <Link to={`/solicitations/${opinion.solicitationId}`} title={title}>
                    {title}
                  </Link>
                ),
              },
              { title: '发起单位', dataIndex: 'agencyName', width: 180, ellipsis: true },
              { title: '提交人', dataIndex: 'name', width: 80 },
              {
                title: '意见',
                dataIndex: 'content',
                render: (content: string, opinion) => (
                  <Flex vertical gap={4}>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 4, expandable: true, symbol: '展开' }}>
                      {content}
                    </Typography.Paragraph>
                    {opinion.answers.map((answer) => (
                      <Typography.Text key={answer.question} type="secondary" style={{ fontSize: 13 }}>
                        问题{answer.question + 1}：{answer.text}
                      </Typography.Text>
                    ))}
                    {!opinion.isPublic && <Tag style={{ alignSelf: 'flex-start' }}>不公开</Tag>}
                  </Flex>
                ),
              },
              { title: '提交时间', dataIndex: 'submittedAt', width: 160, render: (at: string) => <DateTime value={at} /> },
              {
                title: '操作',
                key: 'release',
                width: 76,
                render: (_: unknown, opinion) => <ReleaseOpinionButton opinion={opinion} onDone={list.reload} />,
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
