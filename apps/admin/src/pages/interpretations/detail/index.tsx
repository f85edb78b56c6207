import { EditOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import {
  INTERPRETATION_ACTION_LABELS,
  INTERPRETATION_FORMAT_LABELS,
  INTERPRETATION_LANGUAGE_LABELS,
  INTERPRETATION_STATUS_LABELS,
  LIFE_EVENT_STAGES,
  POLICY_VALIDITY_LABELS,
  REVIEW_LEVELS,
  STAFF_ROLE_LABELS,
  type InterpretationEventView,
} from '@weimin/contracts';
import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { getInterpretation, submitInterpretation } from '../../../api/interpretations';
import { BackTitle } from '../../../components/BackTitle';
import { DateTime } from '../../../components/DateTime';
import { LoadError } from '../../../components/LoadError';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageLoading } from '../../../components/PageLoading';
import { RichText } from '../../../components/RichText';
import { WxacodeButton } from '../../../components/WxacodeButton';
import { useApiData } from '../../../hooks/useApiData';
import { InterpretationStatusTag } from '../components/InterpretationStatusTag';
import { StepDialog, type StepMode } from './StepDialog';

/** The same page for an unknown id and for another agency’s draft (the BFF answers 404 to both). */
const NOT_FOUND = <NotFoundResult title="解读不存在" subTitle="该解读不存在，或不属于本单位。" />;

const STAGE_NAMES = new Map(LIFE_EVENT_STAGES.map((stage) => [stage.code, stage.name]));

/** 解读详情: the item, its review history, and the steps the BFF allows the caller now. */
export default function InterpretationDetailPage() {
  const { id } = useParams();
  const itemId = Number(id);
  if (!Number.isInteger(itemId) || itemId <= 0) return NOT_FOUND;
  return <Detail key={itemId} id={itemId} />;
}

function Detail({ id }: { id: number }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<StepMode>();
  const { data: item, error, loading, reload } = useApiData((signal) => getInterpretation(id, signal), [id]);

  if (error?.status === 404) return NOT_FOUND;
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!item) return <PageLoading />;

  const can = (action: string) => item.allowedActions.includes(action as never);
  const level = REVIEW_LEVELS.find((l) => l.status === item.status);
  const submit = async () => {
    try {
      await submitInterpretation(item.id);
      void message.success('已提交部门初审');
    } catch {
      // toasted by the client; a 409 means it was submitted meanwhile, which the reload shows
    } finally {
      reload();
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <BackTitle>
            <span>政策解读</span>
            <InterpretationStatusTag status={item.status} />
          </BackTitle>
        }
        extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新解读" onClick={reload} loading={loading} />}
      >
        <Flex vertical gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {item.title}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: 'stages', label: '阶段', children: item.stages.map((s) => <Tag key={s}>{STAGE_NAMES.get(s)}</Tag>) },
              { key: 'format', label: '形式', children: INTERPRETATION_FORMAT_LABELS[item.format] },
              { key: 'agency', label: '起草单位', children: item.agencyName },
              { key: 'author', label: '起草人', children: item.authorName ?? '—' },
              { key: 'updatedAt', label: '更新时间', children: <DateTime value={item.updatedAt} /> },
              { key: 'publishedAt', label: '发布时间', children: item.publishedAt ? <DateTime value={item.publishedAt} /> : '—' },
              ...(item.status === 'published' || item.status === 'withdrawn'
                ? [{ key: 'figures', label: '阅读 / 有帮助 / 没帮助', children: `${item.views} / ${item.helpful} / ${item.unhelpful}` }]
                : []),
              ...(level ? [{ key: 'level', label: '当前环节', children: `第${level.level}级·${level.label}` }] : []),
              ...(item.withdrawReason ? [{ key: 'withdrawReason', label: '撤回理由', children: item.withdrawReason }] : []),
            ]}
          />
          <Flex gap={8} wrap>
            {can('edit') && (
              <Button icon={<EditOutlined />} onClick={() => navigate(`/interpretations/${item.id}/edit`)}>
                修改
              </Button>
            )}
            {can('submit') && (
              // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits the promise (its OK button spins until it settles), though typed as void
              <Popconfirm title="提交后进入部门初审，审核期间不能修改。" okText="提交" cancelText="取消" onConfirm={submit}>
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
            {can('withdraw') && (
              <Button danger onClick={() => setDialog('withdraw')}>
                撤回
              </Button>
            )}
            {item.status === 'published' && <WxacodeButton kind="interpretation" id={item.id} name={item.title} />}
          </Flex>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Card title="摘要与正文" size="small">
              <Typography.Paragraph strong>{item.summary}</Typography.Paragraph>
              <RichText html={item.bodyHtml} />
              {(item.mediaUrl || item.imageUrl) && (
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    ...(item.mediaUrl ? [{ key: 'media', label: '媒体地址', children: <Typography.Text copyable>{item.mediaUrl}</Typography.Text> }] : []),
                    ...(item.imageUrl ? [{ key: 'image', label: '图片地址', children: <Typography.Text copyable>{item.imageUrl}</Typography.Text> }] : []),
                    ...(item.imageAlt ? [{ key: 'alt', label: '图片文字说明', children: item.imageAlt }] : []),
                    ...(item.transcript
                      ? [
                          {
                            key: 'transcript',
                            label: '视频文字稿',
                            children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{item.transcript}</Typography.Paragraph>,
                          },
                        ]
                      : []),
                  ]}
                />
              )}
            </Card>
            {item.variants.map((variant) => (
              <Card key={variant.language} title={`${INTERPRETATION_LANGUAGE_LABELS[variant.language]}版本`} size="small">
                <Typography.Paragraph strong>{variant.title}</Typography.Paragraph>
                <Typography.Paragraph>{variant.summary}</Typography.Paragraph>
                <RichText html={variant.bodyHtml} />
              </Card>
            ))}
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <Card title="政策文件" size="small">
              {item.policyDocument ? (
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'title', label: '文件', children: item.policyDocument.title },
                    { key: 'no', label: '文号', children: item.policyDocument.docNumber },
                    { key: 'issuer', label: '发文机关', children: item.policyDocument.issuer },
                    { key: 'date', label: '成文日期', children: item.policyDocument.issuedOn },
                    { key: 'validity', label: '效力', children: POLICY_VALIDITY_LABELS[item.policyDocument.validity] },
                  ]}
                />
              ) : (
                <Typography.Text type="secondary">未关联政策文件</Typography.Text>
              )}
            </Card>
            <ReviewHistory events={item.events} />
          </Flex>
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

/** 审核记录: every step, who took it in which role, at which level, with their comment, oldest first. */
function ReviewHistory({ events }: { events: readonly InterpretationEventView[] }) {
  return (
    <Card title="审核记录" size="small">
      <Timeline
        items={events.map((event) => ({
          key: event.id,
          color: event.action === 'return' || event.action === 'withdraw' ? 'red' : event.toStatus === 'published' ? 'green' : 'blue',
          content: (
            <Flex vertical gap={2} data-event={event.action}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <DateTime value={event.at} />
              </Typography.Text>
              <Flex gap={6} align="center" wrap>
                <Tag style={{ marginInlineEnd: 0 }}>
                  {event.level ? `第${event.level}级 ` : ''}
                  {INTERPRETATION_ACTION_LABELS[event.action]}
                </Tag>
                <span>{event.actorName ?? '系统'}</span>
                {event.actorRole && <Typography.Text type="secondary">{STAFF_ROLE_LABELS[event.actorRole]}</Typography.Text>}
              </Flex>
              {event.fromStatus && event.fromStatus !== event.toStatus && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {INTERPRETATION_STATUS_LABELS[event.fromStatus]} → {INTERPRETATION_STATUS_LABELS[event.toStatus]}
                </Typography.Text>
              )}
              {event.comment && <Typography.Text>{event.comment}</Typography.Text>}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
