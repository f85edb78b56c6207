import { CloseOutlined } from '@ant-design/icons';
import {
  INTERVIEW_ENTRY_TEXT_MAX,
  INTERVIEW_QUESTION_MAX,
  type InterviewEntryKind,
  type PublishTranscriptEntryRequest,
  type StaffInterviewQuestionView,
} from '@weimin/contracts';
import { App, Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { ApiError } from '../../../api/client';
import { publishTranscriptEntry } from '../../../api/interviews';
import { useFormSubmit } from '../../../hooks/useFormSubmit';

interface PublishValues {
  kind: InterviewEntryKind;
  question?: string;
  text: string;
}

/**
 * 发布实录 (the host, while live): a question-and-answer pair, the question picked from 网友提问 or typed by the host,
 * with the guest's answer; or a host remark. Published at once to the public transcript.
 */
export function PublishCard({
  interviewId,
  guestName,
  picked,
  onUnpick,
  onPublished,
}: {
  interviewId: number;
  guestName: string;
  picked?: StaffInterviewQuestionView;
  onUnpick: () => void;
  onPublished: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PublishValues>();
  const { submitting, submit } = useFormSubmit(form);
  const kind = Form.useWatch('kind', form) ?? 'qa';

  const onFinish = async (values: PublishValues) => {
    const body: PublishTranscriptEntryRequest =
      values.kind === 'remark'
        ? { kind: 'remark', text: values.text.trim() }
        : picked
          ? { kind: 'qa', questionId: picked.id, text: values.text.trim() }
          : { kind: 'qa', question: values.question?.trim() ?? '', text: values.text.trim() };
    let gone = false;
    const ok = await submit(async () => {
      try {
        await publishTranscriptEntry(interviewId, body);
      } catch (error) {
        // The picked question was hidden or answered meanwhile: let the host pick another.
        gone = error instanceof ApiError && error.status === 409 && !!picked;
        throw error;
      }
    });
    if (ok) {
      void message.success('已发布');
      form.resetFields(['question', 'text']);
      onUnpick();
    }
    if (ok || gone) onPublished();
  };

  return (
    <Card title="发布实录" size="small">
      <Form<PublishValues> form={form} layout="vertical" initialValues={{ kind: 'qa' }} onFinish={(v) => void onFinish(v)} disabled={submitting}>
        <Form.Item name="kind" label="类型">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'qa', label: '问答' },
              { value: 'remark', label: '主持人发言' },
            ]}
          />
        </Form.Item>
        {kind === 'qa' &&
          (picked ? (
            <Form.Item label="网友问题">
              <Flex gap={8} align="start" style={{ background: 'rgba(0,0,0,0.02)', padding: 8, borderRadius: 6 }}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, flex: 1 }}>
                  <Typography.Text strong>{picked.askerName}：</Typography.Text>
                  {picked.content}
                </Typography.Paragraph>
                <Button type="text" size="small" icon={<CloseOutlined />} aria-label="不用此问题" onClick={onUnpick} />
              </Flex>
            </Form.Item>
          ) : (
            <Form.Item
              name="question"
              label="主持人提问"
              extra="可从左侧“网友提问”中选用，或由主持人提问"
              rules={[
                { required: true, whitespace: true, message: '请选用网友问题或填写主持人的问题' },
                { min: 2, message: '问题至少2个字' },
              ]}
            >
              <Input.TextArea maxLength={INTERVIEW_QUESTION_MAX} autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          ))}
        <Form.Item
          name="text"
          label={kind === 'qa' ? `嘉宾（${guestName}）的回答` : '发言内容'}
          rules={[{ required: true, whitespace: true, message: kind === 'qa' ? '请填写嘉宾的回答' : '请填写发言内容' }]}
        >
          <Input.TextArea maxLength={INTERVIEW_ENTRY_TEXT_MAX} showCount autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          发布
        </Button>
      </Form>
    </Card>
  );
}
