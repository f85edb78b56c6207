import { ReloadOutlined } from '@ant-design/icons';
import { MESSAGE_CHANNEL_LABELS, MESSAGE_TYPE_LABELS, SATISFACTION_LABELS, type StaffMessageView } from '@weimin/contracts';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Row, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAccess } from '../../../access';
import { getMessage } from '../../../api/messages';
import { BackTitle } from '../../../components/BackTitle';
import { DateTime } from '../../../components/DateTime';
import { LoadError } from '../../../components/LoadError';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageLoading } from '../../../components/PageLoading';
import { RichText } from '../../../components/RichText';
import { useApiData } from '../../../hooks/useApiData';
import { DueDate, WorkdaysLeft } from '../components/Deadline';
import { MessageStatusTag } from '../components/MessageStatusTag';
import { MessageActions } from './components/MessageActions';
import { MessageExtensions } from './components/MessageExtensions';
import { MessageHistory } from './components/MessageHistory';
import { MessageImages } from './components/MessageImages';

/** The same page for an unknown id and for another agency’s message (the BFF answers 404 to both). */
const NOT_FOUND = <NotFoundResult title="留言不存在" subTitle="该留言不存在，或不由本单位办理。" />;

/**
 * 留言详情: the message, its contact (unmasked only for the assigned agency and the office, docs/security.md §10), the
 * replies, extensions and full history, and the actions the BFF allows the caller now. Another agency's message
 * answers 404 and reads exactly like one that does not exist (docs/security.md §8).
 */
export default function MessageDetailPage() {
  const { id } = useParams();
  const messageId = Number(id);
  if (!Number.isInteger(messageId) || messageId <= 0) return NOT_FOUND;
  return <MessageDetail key={messageId} id={messageId} />;
}

function MessageDetail({ id }: { id: number }) {
  const { message: toast } = App.useApp();
  const navigate = useNavigate();
  const { canDispatchMessages, canDecideExtensions } = useAccess();
  const { data: message, error, loading, reload } = useApiData((signal) => getMessage(id, signal), [id]);

  if (error?.status === 404) return NOT_FOUND;
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!message) return <PageLoading />;

  const done = (notice: string, view: StaffMessageView) => {
    void toast.success(notice);
    // After 退回 an agency no longer sees the message: back to its list rather than to a 404.
    if (view.status === 'returned' && !canDispatchMessages) {
      navigate('/messages/mine', { replace: true });
      return;
    }
    reload();
  };

  const pendingExtension = message.extensions.some((extension) => extension.status === 'pending');

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <BackTitle>
            <span>受理编号 {message.caseNo}</span>
            <MessageStatusTag status={message.status} />
            {message.overdue && <Tag color="red">逾期</Tag>}
          </BackTitle>
        }
        extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新留言" onClick={reload} loading={loading} />}
      >
        <Flex vertical gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {message.title}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: 'type', label: '类型', children: MESSAGE_TYPE_LABELS[message.type] },
              { key: 'channel', label: '渠道', children: MESSAGE_CHANNEL_LABELS[message.channel] },
              { key: 'agency', label: '承办单位', children: message.agencyName ?? <Typography.Text type="secondary">未交办</Typography.Text> },
              { key: 'submittedAt', label: '提交时间', children: <DateTime value={message.submittedAt} /> },
              { key: 'assignedAt', label: '交办时间', children: message.assignedAt ? <DateTime value={message.assignedAt} /> : '—' },
              { key: 'dueAt', label: '办理期限', children: <DueDate value={message.dueAt} /> },
              { key: 'workdaysLeft', label: '剩余工作日', children: <WorkdaysLeft message={message} /> },
              { key: 'isPublic', label: '公开意愿', children: message.isPublic ? '同意公开' : '不公开' },
              // 就此政策咨询: the citizen asked from this interpretation's page.
              ...(message.interpretation
                ? [
                    {
                      key: 'interpretation',
                      label: '咨询的政策解读',
                      children: <Link to={`/interpretations/${message.interpretation.id}`}>{message.interpretation.title}</Link>,
                    },
                  ]
                : []),
              ...(message.moderation === 'review' ? [{ key: 'moderation', label: '内容审核', children: <Tag color="warning">需人工审核</Tag> }] : []),
              ...(message.rating
                ? [
                    {
                      key: 'rating',
                      label: '留言人评价',
                      children: (
                        <span>
                          <Tag color={message.rating === 'unsatisfied' ? 'red' : 'green'}>{SATISFACTION_LABELS[message.rating]}</Tag>
                          {message.ratingComment}
                        </span>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <MessageActions message={message} onDone={done} onStale={reload} />
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Card title="留言内容" size="small">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{message.content}</Typography.Paragraph>
            </Card>
            {message.images.length > 0 && <MessageImages message={message} onDone={done} />}
            <Card title="答复" size="small">
              {message.replies.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未答复" />
              ) : (
                <Flex vertical gap={16}>
                  {message.replies.map((reply) => (
                    <Flex key={reply.id} vertical gap={4} data-reply={reply.id}>
                      <Typography.Text type="secondary">
                        {reply.agencyName} · <DateTime value={reply.createdAt} />
                      </Typography.Text>
                      <RichText html={reply.bodyHtml} />
                    </Flex>
                  ))}
                </Flex>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <Card title="留言人" size="small">
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'name', label: '姓名', children: message.contactName || '—' },
                  { key: 'phone', label: '联系电话', children: message.contactPhone || '—' },
                ]}
              />
              {message.contactUnmasked ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  仅承办单位和政务公开办可见，每次查看均记入审计日志。
                </Typography.Text>
              ) : (
                <Flex gap={8} align="center">
                  <Tag style={{ marginInlineEnd: 0 }}>已脱敏</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    留言交办给本单位后可查看完整联系方式。
                  </Typography.Text>
                </Flex>
              )}
            </Card>
            {message.extensions.length > 0 && <MessageExtensions extensions={message.extensions} awaitingHead={pendingExtension && !canDecideExtensions} />}
            <MessageHistory events={message.events} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
