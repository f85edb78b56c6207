import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import type { StaffInterviewQuestionView } from '@weimin/contracts';
import { App, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { moderateInterviewQuestion } from '../../../api/interviews';
import { DateTime } from '../../../components/DateTime';
import { LoadError } from '../../../components/LoadError';
import type { ApiData } from '../../../hooks/useApiData';
import { questionsForModeration } from '../components/interview-steps';

/**
 * 网友提问: held ones first (they wait for the office), with 屏蔽 / 显示 and, for the host while live, 选用. After the
 * end, 显示 turns a question into a message to the guest agency, as the end did with the others.
 */
export function QuestionsCard({
  questions,
  canModerate,
  canViewMessages,
  onPick,
  pickedId,
}: {
  questions: ApiData<StaffInterviewQuestionView[]>;
  canModerate: boolean;
  canViewMessages: boolean;
  /** Set while the host may publish: takes the question into the Q&A form. */
  onPick?: (question: StaffInterviewQuestionView) => void;
  pickedId?: number;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<number>();
  const moderate = async (question: StaffInterviewQuestionView, to: 'hide' | 'show') => {
    setBusy(question.id);
    try {
      const view = await moderateInterviewQuestion(question.id, to);
      // After the end, a question shown is one the guest did not take: the BFF turns it into a message at once.
      void message.success(to === 'hide' ? '已屏蔽' : view.status === 'converted' ? '已显示，并已转为留言交嘉宾单位办理' : '已显示');
    } catch {
      // toasted by the client; the reload shows where it stands
    } finally {
      setBusy(undefined);
      questions.reload();
    }
  };
  const items = questionsForModeration(questions.data ?? []);
  const waiting = items.filter((q) => q.status === 'pending' && q.visibility === 'shown').length;

  return (
    <Card title={`网友提问（${items.length}）`} size="small" extra={<Typography.Text type="secondary">待答复 {waiting}</Typography.Text>}>
      {questions.error ? (
        <LoadError error={questions.error} onRetry={questions.reload} />
      ) : (
        <List<StaffInterviewQuestionView>
          loading={questions.loading && !questions.data}
          dataSource={items}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有网友提问" /> }}
          style={{ maxHeight: 560, overflow: 'auto' }}
          renderItem={(question) => (
            <List.Item
              key={question.id}
              style={question.id === pickedId ? { background: 'var(--ant-color-primary-bg, #e6f4ff)', paddingInline: 8 } : { paddingInline: 8 }}
              actions={[
                ...(onPick && question.status === 'pending' && question.visibility === 'shown'
                  ? [
                      <Button key="pick" size="small" type="primary" ghost onClick={() => onPick(question)} aria-label={`选用${question.askerName}的问题`}>
                        选用
                      </Button>,
                    ]
                  : []),
                ...(canModerate && question.status === 'pending'
                  ? [
                      question.visibility === 'hidden' || question.visibility === 'held' ? (
                        <Button
                          key="show"
                          size="small"
                          icon={<EyeOutlined />}
                          loading={busy === question.id}
                          onClick={() => void moderate(question, 'show')}
                          aria-label={`显示${question.askerName}的问题`}
                        >
                          显示
                        </Button>
                      ) : (
                        <Button
                          key="hide"
                          size="small"
                          danger
                          icon={<EyeInvisibleOutlined />}
                          loading={busy === question.id}
                          onClick={() => void moderate(question, 'hide')}
                          aria-label={`屏蔽${question.askerName}的问题`}
                        >
                          屏蔽
                        </Button>
                      ),
                    ]
                  : []),
              ]}
            >
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={6} align="center" wrap>
                  <Typography.Text strong>{question.askerName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <DateTime value={question.askedAt} />
                  </Typography.Text>
                  <QuestionTags question={question} canViewMessages={canViewMessages} />
                </Flex>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} type={question.visibility === 'hidden' ? 'secondary' : undefined}>
                  {question.content}
                </Typography.Paragraph>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function QuestionTags({ question, canViewMessages }: { question: StaffInterviewQuestionView; canViewMessages: boolean }) {
  return (
    <>
      {question.visibility === 'held' && <Tag color="warning">待审核</Tag>}
      {question.visibility === 'hidden' && <Tag>已屏蔽</Tag>}
      {question.status === 'answered' && <Tag color="success">已答复（第{question.answeredSeq}条）</Tag>}
      {question.status === 'converted' && (
        <Tag color="processing">{canViewMessages && question.messageId ? <Link to={`/messages/${question.messageId}`}>已转为留言</Link> : '已转为留言'}</Tag>
      )}
    </>
  );
}
