import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  SOLICITATION_BODY_MAX,
  SOLICITATION_PERIOD_DAYS_DEFAULT,
  SOLICITATION_PERIOD_DAYS_MAX,
  SOLICITATION_PERIOD_DAYS_MIN,
  SOLICITATION_QUESTION_MAX,
  SOLICITATION_QUESTIONS_MAX,
  SOLICITATION_SUMMARY_MAX,
  SOLICITATION_TITLE_MAX,
  type SaveSolicitationRequest,
  type StaffSolicitationView,
} from '@weimin/contracts';
import { App, Button, Card, Col, Flex, Form, Input, InputNumber, Result, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { getMediaHosts } from '../../../api/settings';
import { createSolicitation, getSolicitation, updateSolicitation } from '../../../api/solicitations';
import { BackTitle } from '../../../components/BackTitle';
import { LoadError } from '../../../components/LoadError';
import { PageLoading } from '../../../components/PageLoading';
import { RichText } from '../../../components/RichText';
import { editorTextToHtml, htmlToEditorText } from '../../../components/editor-text';
import { useApiData } from '../../../hooks/useApiData';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { needsShortPeriodReason } from '../components/solicitation-status';

interface EditorValues {
  title: string;
  summary: string;
  body: string;
  questions: string[];
  periodDays: number;
  shortPeriodReason?: string;
  attachmentUrl?: string;
  attachmentName?: string;
}

/** The draft as a file: https on an allowed host, or a path this server serves (as the BFF checks it). */
const attachmentRule = { pattern: /^(https:\/\/[^\s/@]+(\/\S*)?|\/(?!\/)\S*)$/i, message: '请填写 https:// 开头的地址，或本站以 / 开头的路径' };

function valuesOf(item: StaffSolicitationView): EditorValues {
  return {
    title: item.title,
    summary: item.summary,
    body: htmlToEditorText(item.bodyHtml),
    questions: item.questions,
    periodDays: item.periodDays,
    shortPeriodReason: item.shortPeriodReason ?? undefined,
    attachmentUrl: item.attachmentUrl ?? undefined,
    attachmentName: item.attachmentName ?? undefined,
  };
}

function requestOf(values: EditorValues): SaveSolicitationRequest {
  const attachmentUrl = values.attachmentUrl?.trim() || null;
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    bodyHtml: editorTextToHtml(values.body),
    questions: (values.questions ?? []).map((q) => q.trim()).filter(Boolean),
    periodDays: values.periodDays,
    shortPeriodReason: needsShortPeriodReason(values.periodDays) ? values.shortPeriodReason?.trim() || null : null,
    attachmentUrl,
    attachmentName: attachmentUrl ? values.attachmentName?.trim() || null : null,
  };
}

/** 起草 / 修改意见征集: a new draft (/solicitations/new) or a draft or returned one being reworked (/solicitations/:id/edit). */
export default function SolicitationEditorPage() {
  const { id } = useParams();
  const itemId = id === undefined ? undefined : Number(id);
  if (itemId !== undefined && !(Number.isInteger(itemId) && itemId > 0)) return <Result status="404" title="意见征集不存在" />;
  return <Editor key={itemId ?? 'new'} id={itemId} />;
}

function Editor({ id }: { id?: number }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const { submitting, submit } = useFormSubmit(form);
  const existing = useApiData((signal) => (id ? getSolicitation(id, signal) : Promise.resolve(undefined)), [id]);
  const hosts = useApiData((signal) => getMediaHosts(signal), []);
  const body = Form.useWatch('body', form) ?? '';
  const periodDays = Form.useWatch('periodDays', form);
  const attachmentUrl = Form.useWatch('attachmentUrl', form);

  useEffect(() => {
    if (existing.data) form.setFieldsValue(valuesOf(existing.data));
  }, [existing.data, form]);

  if (existing.error) return <LoadError error={existing.error} onRetry={existing.reload} />;
  if (id && !existing.data) return <PageLoading />;

  const onFinish = (values: EditorValues) =>
    submit(async () => {
      const request = requestOf(values);
      const saved = id ? await updateSolicitation(id, request) : await createSolicitation(request);
      void message.success(id ? '已保存修改' : '已保存草稿');
      navigate(`/solicitations/${saved.id}`, { replace: true });
    });

  const allowed =
    hosts.data === undefined ? '' : hosts.data.hosts.length > 0 ? `允许的网站：${hosts.data.hosts.join('、')}` : '尚未设置允许的网站（系统设置 › 媒体来源）';

  return (
    <Card
      title={
        <BackTitle>
          <span>{id ? '修改意见征集' : '起草意见征集'}</span>
        </BackTitle>
      }
    >
      <Form<EditorValues>
        form={form}
        name="solicitation"
        layout="vertical"
        initialValues={{ periodDays: SOLICITATION_PERIOD_DAYS_DEFAULT, questions: [] }}
        onFinish={(values) => void onFinish(values)}
        disabled={submitting}
      >
        <Row gutter={24}>
          <Col xs={24} xl={14}>
            <Form.Item
              name="title"
              label="标题"
              rules={[
                { required: true, whitespace: true, message: '请输入标题' },
                { min: 4, max: SOLICITATION_TITLE_MAX, message: `标题为4-${SOLICITATION_TITLE_MAX}个字` },
              ]}
            >
              <Input maxLength={SOLICITATION_TITLE_MAX} showCount />
            </Form.Item>
            <Form.Item
              name="summary"
              label="摘要"
              rules={[
                { required: true, whitespace: true, message: '请输入摘要' },
                { min: 4, max: SOLICITATION_SUMMARY_MAX, message: `摘要为4-${SOLICITATION_SUMMARY_MAX}个字` },
              ]}
            >
              <Input.TextArea maxLength={SOLICITATION_SUMMARY_MAX} showCount autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
            <Form.Item
              name="body"
              label="征求意见稿"
              extra="空一行分段；以“## ”开头的段落为小标题；每行以“- ”开头的段落为列表；**文字**为加粗。"
              rules={[{ required: true, whitespace: true, message: '请输入征求意见稿正文' }]}
            >
              <Input.TextArea maxLength={SOLICITATION_BODY_MAX} autoSize={{ minRows: 10, maxRows: 24 }} />
            </Form.Item>
          </Col>
          <Col xs={24} xl={10}>
            <Form.Item
              name="periodDays"
              label="征集期限（自发布起的自然日）"
              extra={`一般不少于${SOLICITATION_PERIOD_DAYS_DEFAULT}日；少于${SOLICITATION_PERIOD_DAYS_DEFAULT}日须说明理由`}
              rules={[{ required: true, message: '请填写征集期限' }]}
            >
              <InputNumber min={SOLICITATION_PERIOD_DAYS_MIN} max={SOLICITATION_PERIOD_DAYS_MAX} precision={0} suffix="日" style={{ width: 160 }} />
            </Form.Item>
            {needsShortPeriodReason(periodDays) && (
              <Form.Item
                name="shortPeriodReason"
                label="期限少于30日的理由"
                rules={[
                  { required: true, whitespace: true, message: '请说明期限少于30日的理由' },
                  { max: 500, message: '理由不超过500个字' },
                ]}
              >
                <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
              </Form.Item>
            )}
            <Form.Item label="征求意见的问题" extra={`希望公众重点回答的问题（可选，最多${SOLICITATION_QUESTIONS_MAX}个）`}>
              <Form.List name="questions">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={8}>
                    {fields.map((field, index) => (
                      <Flex key={field.key} gap={8} align="start">
                        <Typography.Text style={{ lineHeight: '32px', minWidth: 24 }}>{index + 1}.</Typography.Text>
                        <Form.Item
                          name={field.name}
                          noStyle
                          rules={[
                            { required: true, whitespace: true, message: '请填写问题或删除此项' },
                            { max: SOLICITATION_QUESTION_MAX, message: `问题不超过${SOLICITATION_QUESTION_MAX}个字` },
                          ]}
                        >
                          <Input aria-label={`问题${index + 1}`} maxLength={SOLICITATION_QUESTION_MAX} />
                        </Form.Item>
                        <Button type="text" icon={<DeleteOutlined />} aria-label={`删除问题${index + 1}`} onClick={() => remove(field.name)} />
                      </Flex>
                    ))}
                    {fields.length < SOLICITATION_QUESTIONS_MAX && (
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} style={{ alignSelf: 'flex-start' }}>
                        添加问题
                      </Button>
                    )}
                  </Flex>
                )}
              </Form.List>
            </Form.Item>
            <Card size="small" title="附件（可选）">
              <Form.Item name="attachmentUrl" label="附件地址" rules={[attachmentRule]} extra={allowed}>
                <Input placeholder="https://" maxLength={500} />
              </Form.Item>
              <Form.Item
                name="attachmentName"
                label="附件名称"
                extra="如“征求意见稿（全文）.pdf”"
                dependencies={['attachmentUrl']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value: string | undefined) => {
                      if (String(getFieldValue('attachmentUrl') ?? '').trim() && !value?.trim()) throw new Error('请填写附件名称');
                    },
                  }),
                ]}
              >
                <Input maxLength={100} disabled={submitting || !attachmentUrl?.trim()} />
              </Form.Item>
            </Card>
          </Col>
        </Row>
        <Card size="small" title="正文预览" style={{ marginBlock: 16 }}>
          <RichText html={editorTextToHtml(body)} />
        </Card>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={submitting}>
            保存草稿
          </Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Flex>
      </Form>
    </Card>
  );
}
