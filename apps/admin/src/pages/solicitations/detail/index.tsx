import { EditOutlined, FileOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { SOLICITATION_PERIOD_DAYS_DEFAULT, type SolicitationAction } from '@weimin/contracts';
import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { getSolicitation, submitFeedback, submitSolicitation } from '../../../api/solicitations';
import { BackTitle } from '../../../components/BackTitle';
import { DateTime } from '../../../components/DateTime';
import { LoadError } from '../../../components/LoadError';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageLoading } from '../../../components/PageLoading';
import { RichText } from '../../../components/RichText';
import { useApiData } from '../../../hooks/useApiData';
import { SolicitationStatusTag } from '../components/SolicitationStatusTag';
import { hasOpinions, isAfterPeriod, pendingReview } from '../components/solicitation-status';
import { FeedbackCard } from './FeedbackCard';
import { OpinionsCard } from './OpinionsCard';
import { SolicitationHistory } from './SolicitationHistory';
import { StepDialog, type StepMode } from './StepDialog';

/** The same page for an unknown id and for another agency's solicitation (the BFF answers 404 to both). */
const NOT_FOUND = <NotFoundResult title="意见征集不存在" subTitle="该意见征集不存在，或不属于本单位。" />;

/** 征集详情: the draft, its questions, the opinions and their marks, the feedback, the history, and the caller's steps now. */
export default function SolicitationDetailPage() {
  const { id } = useParams();
  const itemId = Number(id);
  if (!Number.isInteger(itemId) || itemId <= 0) return NOT_FOUND;
  return <Detail key={itemId} id={itemId} />;
}

function Detail({ id }: { id: number }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<StepMode>();
  const { data: item, error, loading, reload } = useApiData((signal) => getSolicitation(id, signal), [id]);

  if (error?.status === 404) return NOT_FOUND;
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!item) return <PageLoading />;

  const can = (action: SolicitationAction) => item.allowedActions.includes(action);
  const review = pendingReview(item.status);
  const step = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch {
      // toasted by the client; a 409 means it moved on meanwhile (or the feedback is incomplete), which the reload shows
    } finally {
      reload();
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <BackTitle>
            <span>意见征集</span>
            <SolicitationStatusTag status={item.status} />
          </BackTitle>
        }
        extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新意见征集" onClick={reload} loading={loading} />}
      >
        <Flex vertical gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {item.title}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: 'agency', label: '发起单位', children: item.agencyName },
              { key: 'period', label: '征集期限', children: `${item.periodDays} 日` },
              ...(item.shortPeriodReason && item.periodDays < SOLICITATION_PERIOD_DAYS_DEFAULT
                ? [{ key: 'reason', label: '期限少于30日的理由', children: item.shortPeriodReason }]
                : []),
              { key: 'opensAt', label: '开始时间', children: item.opensAt ? <DateTime value={item.opensAt} /> : '发布后开始' },
              { key: 'closesAt', label: '截止时间', children: item.closesAt ? <DateTime value={item.closesAt} /> : '—' },
              { key: 'opinions', label: '意见数', children: item.opinionCount },
              { key: 'updatedAt', label: '更新时间', children: <DateTime value={item.updatedAt} /> },
              ...(review ? [{ key: 'level', label: '当前环节', children: `第${review.level}级·${review.label}` }] : []),
              ...(item.feedbackPublishedAt ? [{ key: 'feedbackAt', label: '反馈发布', children: <DateTime value={item.feedbackPublishedAt} /> }] : []),
            ]}
          />
          <Flex gap={8} wrap>
            {can('edit') && (
              <Button icon={<EditOutlined />} onClick={() => navigate(`/solicitations/${item.id}/edit`)}>
                修改
              </Button>
            )}
            {can('submit') && (
              <Popconfirm
                title="提交后送单位负责人审核，审核期间不能修改。"
                okText="提交"
                cancelText="取消"
                // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits the promise (its OK button spins until it settles), though typed as void
                onConfirm={() => step(() => submitSolicitation(item.id), '已提交单位负责人审核')}
              >
                <Button type="primary" icon={<SendOutlined />}>
                  提交审核
                </Button>
              </Popconfirm>
            )}
            {can('approve') && (
              <Button type="primary" onClick={() => setDialog('approve')}>
                审核通过
              </Button>
            )}
            {can('return') && (
              <Button danger onClick={() => setDialog('return')}>
                退回
              </Button>
            )}
            {can('submit_feedback') && (
              <Popconfirm
                title="提交后采纳情况反馈送单位负责人审核，审核期间不能修改标注和反馈。"
                okText="提交"
                cancelText="取消"
                // eslint-disable-next-line @typescript-eslint/no-misused-promises -- as above
                onConfirm={() => step(() => submitFeedback(item.id), '已提交反馈审核')}
              >
                <Button type="primary" icon={<SendOutlined />}>
                  提交反馈审核
                </Button>
              </Popconfirm>
            )}
            {can('save_feedback') && !can('submit_feedback') && (
              <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
                逐条标注意见的采纳情况并撰写采纳情况反馈后，可提交反馈审核。
              </Typography.Text>
            )}
            {can('approve_feedback') && (
              <Button type="primary" onClick={() => setDialog('approve_feedback')}>
                反馈审核通过
              </Button>
            )}
            {can('return_feedback') && (
              <Button danger onClick={() => setDialog('return_feedback')}>
                退回反馈
              </Button>
            )}
          </Flex>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            {isAfterPeriod(item.status) && <FeedbackCard item={item} onSaved={reload} />}
            {hasOpinions(item.status) && <OpinionsCard item={item} onChanged={reload} />}
            <Card title="征求意见稿" size="small">
              <Typography.Paragraph strong>{item.summary}</Typography.Paragraph>
              <RichText html={item.bodyHtml} />
              {item.attachmentUrl && (
                <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
                  <FileOutlined aria-hidden /> 附件：
                  <Typography.Link href={item.attachmentUrl} target="_blank" rel="noopener noreferrer">
                    {item.attachmentName ?? item.attachmentUrl}
                  </Typography.Link>
                </Typography.Paragraph>
              )}
            </Card>
            <Card title="征求意见的问题" size="small">
              {item.questions.length > 0 ? (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {item.questions.map((question, index) => (
                    <li key={index}>{question}</li>
                  ))}
                </ol>
              ) : (
                <Typography.Text type="secondary">未列出具体问题，公众可就征求意见稿整体提出意见。</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <SolicitationHistory events={item.events} />
        </Col>
      </Row>
      {dialog && (
        <StepDialog
          mode={dialog}
          item={item}
          onClose={() => setDialog(undefined)}
          onDone={(notice) => {
            setDialog(undefined);
            if (notice) void message.success(notice);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
