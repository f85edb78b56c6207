import {
  AUDIENCE_LABELS,
  INTERPRETATION_BODY_MAX,
  INTERPRETATION_IMAGE_ALT_MAX,
  INTERPRETATION_TRANSCRIPT_MAX,
  INTERPRETATION_FORMAT_LABELS,
  INTERPRETATION_SUMMARY_MAX,
  INTERPRETATION_TITLE_MAX,
  InterpretationFormat,
  LIFE_EVENT_STAGES,
  type Audience,
  type LifeEventStage,
  type SaveInterpretationRequest,
  type StaffInterpretationView,
} from '@weimin/contracts';
import { App, Button, Card, Checkbox, Col, Flex, Form, Input, Radio, Result, Row, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { createInterpretation, getInterpretation, listPolicyDocuments, listPublishedInterpretations, updateInterpretation } from '../../../api/interpretations';
import { getMediaHosts } from '../../../api/settings';
import { BackTitle } from '../../../components/BackTitle';
import { CheckboxGroupField } from '../../../components/CheckboxGroupField';
import { LoadError } from '../../../components/LoadError';
import { PageLoading } from '../../../components/PageLoading';
import { RichText } from '../../../components/RichText';
import { editorTextToHtml, htmlToEditorText } from '../../../components/editor-text';
import { useApiData } from '../../../hooks/useApiData';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { PolicyDocumentDialog } from './PolicyDocumentDialog';

interface EditorValues {
  title: string;
  summary: string;
  body: string;
  stages: LifeEventStage[];
  format: InterpretationFormat;
  mediaUrl?: string;
  imageUrl?: string;
  imageAlt?: string;
  transcript?: string;
  policyDocumentId?: number;
  relatedIds?: number[];
  yiTitle?: string;
  yiSummary?: string;
  yiBody?: string;
}

const HTTPS = /^https:\/\/[^\s/@]+(\/\S*)?$/i;
const httpsRule = { pattern: HTTPS, message: '请填写 https:// 开头的地址' };
/** A picture may also be one this server serves (a path such as /h5/demo-media/…). */
const pictureRule = { pattern: /^(https:\/\/[^\s/@]+(\/\S*)?|\/(?!\/)\S*)$/i, message: '请填写 https:// 开头的地址，或本站以 / 开头的路径' };

function valuesOf(item: StaffInterpretationView): EditorValues {
  const yi = item.variants.find((v) => v.language === 'ii');
  return {
    title: item.title,
    summary: item.summary,
    body: htmlToEditorText(item.bodyHtml),
    stages: item.stages,
    format: item.format,
    mediaUrl: item.mediaUrl ?? undefined,
    imageUrl: item.imageUrl ?? undefined,
    imageAlt: item.imageAlt ?? undefined,
    transcript: item.transcript ?? undefined,
    policyDocumentId: item.policyDocument?.id,
    relatedIds: item.relatedIds,
    yiTitle: yi?.title,
    yiSummary: yi?.summary,
    yiBody: yi ? htmlToEditorText(yi.bodyHtml) : undefined,
  };
}

function requestOf(values: EditorValues): SaveInterpretationRequest {
  const hasYi = !!values.yiTitle?.trim() && !!values.yiBody?.trim();
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    bodyHtml: editorTextToHtml(values.body),
    stages: values.stages,
    format: values.format,
    // Only the fields of the chosen format are sent: a picture left over from 图解 does not follow the item to 视频.
    mediaUrl: (values.format === 'video' || values.format === 'animation' ? values.mediaUrl?.trim() : '') || null,
    imageUrl: (values.format === 'graphic' || values.format === 'animation' ? values.imageUrl?.trim() : '') || null,
    imageAlt: (values.format === 'graphic' || values.format === 'animation' ? values.imageAlt?.trim() : '') || null,
    transcript: (values.format === 'video' ? values.transcript?.trim() : '') || null,
    policyDocumentId: values.policyDocumentId ?? null,
    relatedIds: values.relatedIds ?? [],
    variants: hasYi
      ? [{ language: 'ii', title: values.yiTitle!.trim(), summary: values.yiSummary?.trim() ?? '', bodyHtml: editorTextToHtml(values.yiBody!) }]
      : [],
  };
}

/** 起草 / 修改解读: a new draft (/interpretations/new) or a draft or returned item being reworked (/interpretations/:id/edit). */
export default function InterpretationEditorPage() {
  const { id } = useParams();
  const itemId = id === undefined ? undefined : Number(id);
  if (itemId !== undefined && !(Number.isInteger(itemId) && itemId > 0)) return <Result status="404" title="解读不存在" />;
  return <Editor key={itemId ?? 'new'} id={itemId} />;
}

function Editor({ id }: { id?: number }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const { submitting, submit } = useFormSubmit(form);
  const existing = useApiData((signal) => (id ? getInterpretation(id, signal) : Promise.resolve(undefined)), [id]);
  const documents = useApiData((signal) => listPolicyDocuments(signal), []);
  const published = useApiData((signal) => listPublishedInterpretations(signal), []);
  const hosts = useApiData((signal) => getMediaHosts(signal), []);
  const [registering, setRegistering] = useState(false);
  const body = Form.useWatch('body', form) ?? '';
  const format = Form.useWatch('format', form);

  useEffect(() => {
    if (existing.data) form.setFieldsValue(valuesOf(existing.data));
  }, [existing.data, form]);

  if (existing.error) return <LoadError error={existing.error} onRetry={existing.reload} />;
  if (id && !existing.data) return <PageLoading />;

  const onFinish = (values: EditorValues) =>
    submit(async () => {
      const request = requestOf(values);
      const saved = id ? await updateInterpretation(id, request) : await createInterpretation(request);
      void message.success(id ? '已保存修改' : '已保存草稿');
      navigate(`/interpretations/${saved.id}`, { replace: true });
    });

  const stageOptions = (audience: Audience) => LIFE_EVENT_STAGES.filter((s) => s.audience === audience).map((s) => ({ value: s.code, label: s.name }));

  return (
    <Card
      title={
        <BackTitle>
          <span>{id ? '修改解读' : '起草解读'}</span>
        </BackTitle>
      }
    >
      <Form<EditorValues>
        form={form}
        name="interpretation"
        layout="vertical"
        initialValues={{ format: 'text', stages: [] }}
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
                { min: 4, max: INTERPRETATION_TITLE_MAX, message: `标题为4-${INTERPRETATION_TITLE_MAX}个字` },
              ]}
            >
              <Input maxLength={INTERPRETATION_TITLE_MAX} showCount />
            </Form.Item>
            <Form.Item
              name="summary"
              label="摘要"
              rules={[
                { required: true, whitespace: true, message: '请输入摘要' },
                { min: 10, max: INTERPRETATION_SUMMARY_MAX, message: `摘要为10-${INTERPRETATION_SUMMARY_MAX}个字` },
              ]}
            >
              <Input.TextArea maxLength={INTERPRETATION_SUMMARY_MAX} showCount autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
            <Form.Item
              name="body"
              label="正文"
              extra="空一行分段；以“## ”开头的段落为小标题；每行以“- ”开头的段落为列表；**文字**为加粗。"
              rules={[{ required: true, whitespace: true, message: '请输入正文' }]}
            >
              <Input.TextArea maxLength={INTERPRETATION_BODY_MAX} autoSize={{ minRows: 10, maxRows: 24 }} />
            </Form.Item>
          </Col>
          <Col xs={24} xl={10}>
            <Form.Item name="stages" label="生命周期阶段" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个阶段' }]}>
              <CheckboxGroupField style={{ display: 'block' }}>
                {(['personal', 'enterprise'] as const).map((audience) => (
                  <div key={audience} style={{ marginBottom: 8 }}>
                    <Typography.Text type="secondary">{AUDIENCE_LABELS[audience]}：</Typography.Text>
                    {stageOptions(audience).map((option) => (
                      <Checkbox key={option.value} value={option.value}>
                        {option.label}
                      </Checkbox>
                    ))}
                  </div>
                ))}
              </CheckboxGroupField>
            </Form.Item>
            <Form.Item name="format" label="解读形式">
              <Radio.Group options={Object.values(InterpretationFormat).map((value) => ({ value, label: INTERPRETATION_FORMAT_LABELS[value] }))} />
            </Form.Item>
            <MediaFields format={format} hosts={hosts.data?.hosts} />
            <Form.Item
              label="解读的政策文件"
              extra={
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setRegistering(true)}>
                  登记新的政策文件
                </Button>
              }
            >
              <Form.Item name="policyDocumentId" noStyle>
                <Select
                  aria-label="解读的政策文件"
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  loading={documents.loading}
                  options={documents.data?.map((d) => ({ value: d.id, label: `${d.title}（${d.docNumber}）` }))}
                />
              </Form.Item>
            </Form.Item>
            <Form.Item name="relatedIds" label="相关解读" rules={[{ type: 'array', max: 10, message: '最多关联10条' }]}>
              <Select
                mode="multiple"
                allowClear
                optionFilterProp="label"
                loading={published.loading}
                options={published.data?.items.filter((i) => i.id !== id).map((i) => ({ value: i.id, label: i.title }))}
              />
            </Form.Item>
            <Card size="small" title="彝文版本（可选）">
              <Form.Item name="yiTitle" label="彝文标题">
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="yiSummary" label="彝文摘要">
                <Input.TextArea maxLength={600} autoSize={{ minRows: 1, maxRows: 3 }} />
              </Form.Item>
              <Form.Item name="yiBody" label="彝文正文">
                <Input.TextArea maxLength={INTERPRETATION_BODY_MAX} autoSize={{ minRows: 3, maxRows: 10 }} />
              </Form.Item>
            </Card>
          </Col>
        </Row>
        <Card size="small" title="正文预览" style={{ marginBottom: 16 }}>
          <RichText html={editorTextToHtml(body)} />
        </Card>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={submitting}>
            保存草稿
          </Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Flex>
      </Form>
      {/* Outside the editor's form: a submit in the dialog would otherwise bubble (through the portal) to it. */}
      {registering && (
        <PolicyDocumentDialog
          onClose={() => setRegistering(false)}
          onCreated={(document) => {
            setRegistering(false);
            documents.reload();
            form.setFieldValue('policyDocumentId', document.id);
          }}
        />
      )}
    </Card>
  );
}

/**
 * The picture of a 图解 with its required text alternative, the video of a 视频 with its transcript (issue 15 point 5);
 * 动漫 may have either. Videos and outside pictures must come from a host of 系统设置 › 媒体来源.
 */
function MediaFields({ format, hosts }: { format?: InterpretationFormat; hosts?: string[] }) {
  if (!format || format === 'text') return null;
  const allowed = hosts === undefined ? '' : hosts.length > 0 ? `允许的网站：${hosts.join('、')}` : '尚未设置允许的网站（系统设置 › 媒体来源）';
  const picture = format === 'graphic' || format === 'animation';
  const video = format === 'video' || format === 'animation';
  return (
    <>
      {video && (
        <Form.Item
          name="mediaUrl"
          label={format === 'video' ? '视频地址' : '媒体地址'}
          rules={[httpsRule, ...(format === 'video' ? [{ required: true, whitespace: true, message: '请填写视频地址' }] : [])]}
          extra={allowed}
        >
          <Input placeholder="https://" maxLength={500} />
        </Form.Item>
      )}
      {format === 'video' && (
        <Form.Item name="transcript" label="视频文字稿" extra="视频里说的话和画面上的文字，显示在播放器下方，供听不到或不便播放的读者阅读">
          <Input.TextArea maxLength={INTERPRETATION_TRANSCRIPT_MAX} autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
      )}
      {picture && (
        <>
          <Form.Item
            name="imageUrl"
            label="图片地址"
            rules={[pictureRule, ...(format === 'graphic' ? [{ required: true, whitespace: true, message: '请填写图片地址' }] : [])]}
            extra={allowed}
          >
            <Input placeholder="https://" maxLength={500} />
          </Form.Item>
          <Form.Item
            name="imageAlt"
            label="图片文字说明"
            dependencies={['imageUrl']}
            extra="图上写了什么、画了什么，读屏软件会朗读这段文字"
            rules={[
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) =>
                  String(getFieldValue('imageUrl') ?? '').trim() && !value?.trim() ? Promise.reject(new Error('请填写图片文字说明')) : Promise.resolve(),
              }),
            ]}
          >
            <Input.TextArea maxLength={INTERPRETATION_IMAGE_ALT_MAX} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </>
      )}
    </>
  );
}
