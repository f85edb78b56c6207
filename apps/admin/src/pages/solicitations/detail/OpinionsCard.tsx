import { ReloadOutlined } from '@ant-design/icons';
import { OPINION_ADOPTION_LABELS, type OpinionAdoption, type StaffOpinionView, type StaffSolicitationView } from '@weimin/contracts';
import { Button, Card, Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { listOpinions } from '../../../api/solicitations';
import { DateTime } from '../../../components/DateTime';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { ReleaseOpinionButton } from '../components/ReleaseOpinionButton';
import { MarkDialog } from './MarkDialog';

const ADOPTION_COLORS: Record<OpinionAdoption, string> = { adopted: 'success', partly_adopted: 'processing', not_adopted: 'default' };

/**
 * 收到的意见, with 采纳 / 部分采纳 / 未采纳 and the reason; the agency marks each once the period is over. Opinions
 * moderation held are tagged 待审核 (not shown to the public); the office releases them here (放行).
 */
export function OpinionsCard({ item, onChanged }: { item: StaffSolicitationView; onChanged: () => void }) {
  const opinions = useApiData((signal) => listOpinions(item.id, signal), [item.id, item.updatedAt]);
  const [marking, setMarking] = useState<StaffOpinionView>();
  const canMark = item.allowedActions.includes('mark');
  const canRelease = item.allowedActions.includes('release_opinion');
  const changed = () => {
    opinions.reload();
    onChanged();
  };
  const unmarked = opinions.data?.filter((o) => o.adoption === null).length ?? 0;

  return (
    <Card
      title={`收到的意见（${opinions.data?.length ?? item.opinionCount}）`}
      size="small"
      extra={
        <Flex gap={8} align="center">
          {canMark && unmarked > 0 && <Typography.Text type="danger">{unmarked} 条未标注</Typography.Text>}
          <Button
            type="text"
            size="small"
            icon={<ReloadOutlined />}
            aria-label="刷新意见"
            onClick={opinions.reload}
            loading={opinions.loading && !!opinions.data}
          />
        </Flex>
      }
    >
      {opinions.error ? (
        <LoadError error={opinions.error} onRetry={opinions.reload} />
      ) : (
        <Table<StaffOpinionView>
          rowKey="id"
          size="small"
          dataSource={opinions.data}
          loading={opinions.loading}
          pagination={(opinions.data?.length ?? 0) > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 760 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未收到意见" /> }}
          columns={[
            { title: '提交人', dataIndex: 'name', width: 70 },
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
                      问题{answer.question + 1}「{item.questions[answer.question] ?? ''}」：{answer.text}
                    </Typography.Text>
                  ))}
                  <Flex gap={4}>
                    {!opinion.isPublic && <Tag>不公开</Tag>}
                    {opinion.moderation === 'review' && (
                      <Tooltip title="内容安全检查要求人工审核：放行前不在征集页面公开">
                        <Tag color="warning">待审核</Tag>
                      </Tooltip>
                    )}
                  </Flex>
                </Flex>
              ),
            },
            { title: '提交时间', dataIndex: 'submittedAt', width: 160, render: (at: string) => <DateTime value={at} /> },
            {
              title: '采纳情况',
              dataIndex: 'adoption',
              width: 200,
              render: (adoption: OpinionAdoption | null, opinion) =>
                adoption ? (
                  <Flex vertical gap={2}>
                    <Tag color={ADOPTION_COLORS[adoption]} style={{ alignSelf: 'flex-start' }}>
                      {OPINION_ADOPTION_LABELS[adoption]}
                    </Tag>
                    <Typography.Text style={{ fontSize: 13 }}>{opinion.adoptionReason}</Typography.Text>
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">未标注</Typography.Text>
                ),
            },
            ...(canMark || canRelease
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 76,
                    render: (_: unknown, opinion: StaffOpinionView) => (
                      <Flex vertical gap={4} align="flex-start">
                        {canRelease && opinion.moderation === 'review' && <ReleaseOpinionButton opinion={opinion} onDone={changed} />}
                        {canMark && (
                          <Button
                            size="small"
                            type={opinion.adoption ? 'default' : 'primary'}
                            onClick={() => setMarking(opinion)}
                            aria-label={opinion.adoption ? `修改${opinion.name}的意见的标注` : `标注${opinion.name}的意见`}
                          >
                            {opinion.adoption ? '修改' : '标注'}
                          </Button>
                        )}
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {marking && (
        <MarkDialog
          solicitationId={item.id}
          opinion={marking}
          onClose={() => setMarking(undefined)}
          onDone={() => {
            setMarking(undefined);
            changed();
          }}
        />
      )}
    </Card>
  );
}
