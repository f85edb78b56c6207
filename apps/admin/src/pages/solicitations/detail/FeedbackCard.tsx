import { SOLICITATION_FEEDBACK_MAX, type StaffSolicitationView } from '@weimin/contracts';
import { App, Button, Card, Col, Flex, Form, Input, Row, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { saveFeedback } from '../../../api/solicitations';
import { DateTime } from '../../../components/DateTime';
import { RichText } from '../../../components/RichText';
import { editorTextToHtml, htmlToEditorText } from '../../../components/editor-text';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { formatAdoptionRate } from '../components/solicitation-status';

/** 采纳情况反馈: the figures of the marks, and the text, written by the agency (while it may) or read by everyone else. */
export function FeedbackCard({ item, onSaved }: { item: StaffSolicitationView; onSaved: () => void }) {
  const canWrite = item.allowedActions.includes('save_feedback');
  const [editing, setEditing] = useState(false);
  const { counts } = item;
  return (
    <Card
      title="采纳情况反馈"
      size="small"
      extra={
        canWrite &&
        !editing && (
          <Button size="small" type={item.feedbackHtml ? 'default' : 'primary'} onClick={() => setEditing(true)}>
            {item.feedbackHtml ? '修改反馈' : '撰写反馈'}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Row gutter={16}>
          {[
            { title: '意见', value: counts.opinions },
            { title: '已标注', value: counts.marked },
            { title: '采纳', value: counts.adopted },
            { title: '部分采纳', value: counts.partlyAdopted },
            { title: '未采纳', value: counts.notAdopted },
          ].map(({ title, value }) => (
            <Col key={title} span={4}>
              <Statistic title={title} value={value} />
            </Col>
          ))}
          <Col span={4}>
            <Statistic title="采纳率" value={formatAdoptionRate(counts.adoptionRate)} />
          </Col>
        </Row>
        {editing ? (
          <FeedbackEditor
            item={item}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              onSaved();
            }}
          />
        ) : item.feedbackHtml ? (
          <>
            <RichText html={item.feedbackHtml} />
            {item.feedbackPublishedAt && (
              <Typography.Text type="secondary">
                发布于 <DateTime value={item.feedbackPublishedAt} />
              </Typography.Text>
            )}
          </>
        ) : (
          <Typography.Text type="secondary">
            {canWrite ? '请逐条标注意见的采纳情况，再撰写采纳情况反馈，然后提交审核。' : '尚未撰写采纳情况反馈。'}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

function FeedbackEditor({ item, onCancel, onSaved }: { item: StaffSolicitationView; onCancel: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ feedbackHtml: string }>();
  const { submitting, submit } = useFormSubmit(form);
  const text = Form.useWatch('feedbackHtml', form) ?? '';
  const onFinish = async ({ feedbackHtml }: { feedbackHtml: string }) => {
    if (await submit(() => saveFeedback(item.id, { feedbackHtml: editorTextToHtml(feedbackHtml) }))) {
      void message.success('已保存采纳情况反馈');
      onSaved();
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ feedbackHtml: item.feedbackHtml ? htmlToEditorText(item.feedbackHtml) : '' }}
      onFinish={(v) => void onFinish(v)}
      disabled={submitting}
    >
      {/* The field is named as the request's, so the BFF's field errors land on it; the text becomes HTML on saving. */}
      <Form.Item
        name="feedbackHtml"
        label="反馈正文"
        extra="说明采纳了哪些意见、据此对草案作了哪些修改，未采纳的为什么。空一行分段；“## ”开头为小标题；“- ”开头为列表；**文字**为加粗。"
        rules={[{ required: true, whitespace: true, message: '请撰写采纳情况反馈' }]}
      >
        <Input.TextArea maxLength={SOLICITATION_FEEDBACK_MAX} autoSize={{ minRows: 8, maxRows: 20 }} />
      </Form.Item>
      <Card size="small" title="预览" style={{ marginBottom: 16 }}>
        <RichText html={editorTextToHtml(text)} />
      </Card>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          保存反馈
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Flex>
    </Form>
  );
}
