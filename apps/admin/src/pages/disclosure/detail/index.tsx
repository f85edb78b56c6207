import { ReloadOutlined } from '@ant-design/icons';
import {
  DELIVERY_METHOD_LABELS,
  DISCLOSURE_CHANNEL_LABELS,
  DISCLOSURE_FORM_LABELS,
  DISCLOSURE_OUTCOMES,
  REMEDY_KIND_LABELS,
  REMEDY_RESULT_LABELS,
  type StaffDisclosureView,
} from '@weimin/contracts';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Row, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { getDisclosure } from '../../../api/disclosure';
import { BackTitle } from '../../../components/BackTitle';
import { DateTime } from '../../../components/DateTime';
import { LoadError } from '../../../components/LoadError';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageLoading } from '../../../components/PageLoading';
import { useApiData } from '../../../hooks/useApiData';
import { DisclosureDeadline } from '../components/DisclosureDeadline';
import { DisclosureStatusTag } from '../components/DisclosureStatusTag';
import { DisclosureActions } from './components/DisclosureActions';
import { DisclosureApplicant } from './components/DisclosureApplicant';
import { DisclosureClock } from './components/DisclosureClock';
import { DisclosureHistory } from './components/DisclosureHistory';

/** The same page for an unknown id and for another agency's application (the BFF answers 404 to both). */
const NOT_FOUND = <NotFoundResult title="申请不存在" subTitle="该申请不存在，或不由本单位办理。" />;

const muted = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

/**
 * 申请详情: the application, the applicant (masked unless shown, docs/security.md §10), the clock with its pauses,
 * correction and extension, the reply, any 复议/诉讼, the full history, and the actions the BFF allows the caller now.
 * Another agency's application answers 404 and reads exactly like one that does not exist (docs/security.md §8).
 */
export default function DisclosureDetailPage() {
  const { id } = useParams();
  const applicationId = Number(id);
  if (!Number.isInteger(applicationId) || applicationId <= 0) return NOT_FOUND;
  return <DisclosureDetail key={applicationId} id={applicationId} />;
}

function DisclosureDetail({ id }: { id: number }) {
  const { message: toast } = App.useApp();
  const { data: application, error, loading, reload } = useApiData((signal) => getDisclosure(id, signal), [id]);

  if (error?.status === 404) return NOT_FOUND;
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!application) return <PageLoading />;

  const done = (notice: string, _view: StaffDisclosureView) => {
    void toast.success(notice);
    reload();
  };

  const { reply, delivery } = application;

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <BackTitle>
            <span>申请编号 {application.caseNo}</span>
            <DisclosureStatusTag status={application.status} />
            {application.overdue && <Tag color="red">逾期</Tag>}
          </BackTitle>
        }
        extra={<Button type="text" icon={<ReloadOutlined />} aria-label="刷新申请" onClick={reload} loading={loading} />}
      >
        <Flex vertical gap={16}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {application.infoTitle}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              { key: 'agency', label: '承办单位', children: application.agencyName ?? muted('待转办（申请人不确定受理机关）') },
              { key: 'channel', label: '提交方式', children: DISCLOSURE_CHANNEL_LABELS[application.channel] },
              { key: 'receivedOn', label: '收到申请之日', children: application.receivedOn },
              { key: 'dueOn', label: '答复期限', children: <DisclosureDeadline clock={application} /> },
              { key: 'outcome', label: '办理结果', children: application.outcome ? DISCLOSURE_OUTCOMES[application.outcome].label : muted('尚未答复') },
            ]}
          />
          <DisclosureActions application={application} onDone={done} onStale={reload} />
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={16}>
            <Card title="申请内容" size="small">
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'title', label: '所需信息名称', children: application.infoTitle },
                  { key: 'docNo', label: '文件名称、文号', children: application.infoDocumentNumber ?? '—' },
                  { key: 'description', label: '所需信息描述', children: <span style={{ whiteSpace: 'pre-wrap' }}>{application.infoDescription}</span> },
                  { key: 'form', label: '载体形式', children: DISCLOSURE_FORM_LABELS[application.form] },
                  { key: 'method', label: '获取方式', children: DELIVERY_METHOD_LABELS[application.deliveryMethod] },
                ]}
              />
            </Card>
            <Card title="答复" size="small">
              {reply ? (
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'outcome', label: '办理结果', children: reply.outcomeLabel },
                    ...(reply.outcomeReasonLabel ? [{ key: 'reason', label: '具体情形', children: reply.outcomeReasonLabel }] : []),
                    { key: 'facts', label: '事实和答复', children: <span style={{ whiteSpace: 'pre-wrap' }}>{reply.facts}</span> },
                    { key: 'legalBasis', label: '答复依据', children: reply.legalBasis },
                    ...(reply.feeYuan ? [{ key: 'fee', label: '信息处理费', children: `${reply.feeYuan.toFixed(2)}元` }] : []),
                    { key: 'letter', label: '答复书文号', children: reply.letterNumber ?? muted('审核通过后生成') },
                    ...(reply.sentAt ? [{ key: 'sentAt', label: '答复时间', children: <DateTime value={reply.sentAt} /> }] : []),
                    {
                      key: 'delivery',
                      label: '送达',
                      children: delivery ? `${DELIVERY_METHOD_LABELS[delivery.method]}，${delivery.deliveredOn}` : muted('尚未登记送达'),
                    },
                  ]}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未起草答复" />
              )}
            </Card>
            {application.remedies.length > 0 && (
              <Card title="行政复议、行政诉讼" size="small">
                <Flex vertical gap={8}>
                  {application.remedies.map((remedy, index) => (
                    <Flex key={`${remedy.filedOn}-${index}`} gap={8} wrap align="center" data-remedy={remedy.kind}>
                      <Tag style={{ marginInlineEnd: 0 }}>{REMEDY_KIND_LABELS[remedy.kind]}</Tag>
                      <span>{REMEDY_RESULT_LABELS[remedy.result]}</span>
                      <Typography.Text type="secondary">{remedy.filedOn}</Typography.Text>
                      {remedy.note && <Typography.Text type="secondary">{remedy.note}</Typography.Text>}
                    </Flex>
                  ))}
                </Flex>
              </Card>
            )}
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <DisclosureApplicant application={application} />
            <DisclosureClock application={application} />
            <DisclosureHistory events={application.history} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
