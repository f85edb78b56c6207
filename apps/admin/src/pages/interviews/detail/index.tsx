import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { INTERVIEW_STATUS_LABELS, STAFF_ROLE_LABELS, type InterviewEventView, type StaffInterviewQuestionView } from '@weimin/contracts';
import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useAccess } from '../../../access';
import { getInterview, listInterviewQuestions, stepInterview } from '../../../api/interviews';
import { BackTitle } from '../../../components/BackTitle';
import { DateTime } from '../../../components/DateTime';
import { LoadError } from '../../../components/LoadError';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageLoading } from '../../../components/PageLoading';
import { useApiData } from '../../../hooks/useApiData';
import { InterviewStatusTag } from '../components/InterviewStatusTag';
import { TimeSpan } from '../components/TimeSpan';
import { eventNote, INTERVIEW_EVENT_LABELS, nextStep } from '../components/interview-steps';
import { usePolling } from '../components/usePolling';
import { PublishCard } from './PublishCard';
import { QuestionsCard } from './QuestionsCard';
import { TranscriptCard } from './TranscriptCard';
import { VideoCard } from './VideoCard';

/** The same page for an unknown id and for an interview the caller's agency is not guest of (404 to both). */
const NOT_FOUND = <NotFoundResult title="访谈不存在" subTitle="该访谈不存在，或本单位不是嘉宾单位。" />;

/**
 * 访谈详情: the schedule and the office's one step forward; while live, the host console (questions coming in, 屏蔽 /
 * 显示, 选用 a question and publish it with the guest's answer, or a host remark, beside the transcript so far); once
 * ended, the transcript and the video link. A guest agency's staff read it all.
 */
export default function InterviewDetailPage() {
  const { id } = useParams();
  const itemId = Number(id);
  if (!Number.isInteger(itemId) || itemId <= 0) return NOT_FOUND;
  return <Detail key={itemId} id={itemId} />;
}

function Detail({ id }: { id: number }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const access = useAccess();
  const [picked, setPicked] = useState<StaffInterviewQuestionView>();
  const [stepping, setStepping] = useState(false);
  const interview = useApiData((signal) => getInterview(id, signal), [id]);
  const questions = useApiData((signal) => listInterviewQuestions(id, signal), [id]);
  const item = interview.data;
  usePolling(item?.status, interview.reload);
  usePolling(item?.status, questions.reload);

  if (interview.error?.status === 404) return NOT_FOUND;
  if (interview.error && !item) return <LoadError error={interview.error} onRetry={interview.reload} />;
  if (!item) return <PageLoading />;

  const can = (action: (typeof item.allowedActions)[number]) => item.allowedActions.includes(action);
  const next = nextStep(item.status, item.allowedActions);
  const hosting = can('publish_entry');
  const reloadAll = () => {
    interview.reload();
    questions.reload();
  };
  const takeStep = async () => {
    if (!next) return;
    setStepping(true);
    try {
      await stepInterview(item.id, next.step);
      void message.success(`已${next.label}`);
    } catch {
      // toasted by the client; a 409 means someone else moved it on, which the reload shows
    } finally {
      setStepping(false);
      reloadAll();
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <BackTitle>
            <span>在线访谈</span>
            <InterviewStatusTag status={item.status} />
          </BackTitle>
        }
        extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新访谈" onClick={reloadAll} loading={interview.loading} />}
      >
        <Flex vertical gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {item.title}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: 'agency', label: '嘉宾单位', children: item.guestAgencyName },
              { key: 'guest', label: '嘉宾', children: `${item.guestName}（${item.guestTitle}）` },
              { key: 'host', label: '主持人', children: item.hostName },
              { key: 'time', label: '访谈时间', children: <TimeSpan startsAt={item.startsAt} endsAt={item.endsAt} /> },
              { key: 'questions', label: '网友提问', children: `${item.questionCount} 条` },
              { key: 'accepting', label: '接受提问', children: item.acceptingQuestions ? '是' : '否' },
              ...(item.endedAt ? [{ key: 'endedAt', label: '结束于', children: <DateTime value={item.endedAt} /> }] : []),
              ...(item.convertedAt ? [{ key: 'convertedAt', label: '未答复问题转留言', children: <DateTime value={item.convertedAt} /> }] : []),
            ]}
          />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{item.summary}</Typography.Paragraph>
          <Flex gap={8} wrap>
            {can('edit') && (
              <Button icon={<EditOutlined />} onClick={() => navigate(`/interviews/${item.id}/edit`)}>
                修改
              </Button>
            )}
            {next && (
              // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits the promise (its OK button spins until it settles), though typed as void
              <Popconfirm title={next.confirm} okText={next.label} cancelText="取消" onConfirm={takeStep}>
                <Button type="primary" danger={next.step === 'end'} loading={stepping}>
                  {next.label}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        </Flex>
      </Card>
      {item.status !== 'announced' && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <QuestionsCard
              questions={questions}
              canModerate={can('moderate')}
              canViewMessages={access.canViewMessages}
              onPick={hosting ? setPicked : undefined}
              pickedId={picked?.id}
            />
          </Col>
          <Col xs={24} xl={14}>
            <Flex vertical gap={16}>
              {hosting && (
                <PublishCard interviewId={item.id} guestName={item.guestName} picked={picked} onUnpick={() => setPicked(undefined)} onPublished={reloadAll} />
              )}
              <TranscriptCard entries={item.entries} guestName={item.guestName} hostName={item.hostName} follow={item.status === 'live'} />
              {(item.status === 'ended' || item.videoUrl || can('video')) && <VideoCard item={item} canEdit={can('video')} onSaved={interview.reload} />}
            </Flex>
          </Col>
        </Row>
      )}
      <InterviewHistory events={item.events} />
    </Flex>
  );
}

/** 办理记录: every step, who took it, oldest first. */
function InterviewHistory({ events }: { events: readonly InterviewEventView[] }) {
  return (
    <Card title="办理记录" size="small">
      <Timeline
        items={events.map((event, index) => ({
          key: index,
          color: event.action === 'end' ? 'green' : 'blue',
          content: (
            <Flex gap={8} align="center" wrap data-event={event.action}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <DateTime value={event.at} />
              </Typography.Text>
              <Tag style={{ marginInlineEnd: 0 }}>{INTERVIEW_EVENT_LABELS[event.action] ?? event.action}</Tag>
              <span>{event.actorName ?? '系统'}</span>
              {event.actorRole && <Typography.Text type="secondary">{STAFF_ROLE_LABELS[event.actorRole]}</Typography.Text>}
              {event.fromStatus && event.fromStatus !== event.toStatus && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {INTERVIEW_STATUS_LABELS[event.fromStatus]} → {INTERVIEW_STATUS_LABELS[event.toStatus]}
                </Typography.Text>
              )}
              {eventNote(event.action, event.note) && <Typography.Text>{eventNote(event.action, event.note)}</Typography.Text>}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
