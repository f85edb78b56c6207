import type { StaffMessageView } from '@weimin/contracts';
import { Form, Input } from 'antd';
import { replyToMessage } from '../../../api/messages';
import { RichTextPreview } from '../../../components/RichText';
import { editorTextToHtml } from '../../../components/editor-text';
import { ActionDialog } from './ActionDialog';
import { useMessageAction, type ActionDialogProps } from './useMessageAction';

/** Generous for a reply, and well inside the BFF's 20,000 characters of HTML once escaped and tagged. */
const REPLY_MAX = 5000;

/** 答复: plain text with paragraphs and **bold**, previewed as the citizen will read it. */
export function ReplyDialog({ message, onClose, onDone, onStale }: ActionDialogProps<Pick<StaffMessageView, 'id' | 'caseNo' | 'isPublic'>>) {
  const [form] = Form.useForm<{ text: string }>();
  const { submitting, run } = useMessageAction(form, { onDone, onStale });
  const text = Form.useWatch('text', form) ?? '';
  const html = editorTextToHtml(text);

  const onFinish = ({ text: typed }: { text: string }) => run(() => replyToMessage(message.id, { bodyHtml: editorTextToHtml(typed) }), '答复已提交');

  return (
    <ActionDialog<{ text: string }>
      title={`答复留言：${message.caseNo}`}
      okText="提交答复"
      form={form}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      <Form.Item
        name="text"
        label="答复内容"
        extra="空一行分段；用两个星号包住的文字显示为粗体，如 **办理地点**。"
        rules={[
          { required: true, whitespace: true, message: '请填写答复内容' },
          { max: REPLY_MAX, message: `答复不超过${REPLY_MAX}个字` },
        ]}
      >
        <Input.TextArea maxLength={REPLY_MAX} showCount autoSize={{ minRows: 8, maxRows: 16 }} />
      </Form.Item>
      <Form.Item label="预览" extra={message.isPublic ? '留言人同意公开：答复将显示在公开留言板上。' : '留言人未同意公开：答复仅留言人可见。'}>
        <RichTextPreview html={html} placeholder="输入答复内容后在此预览" />
      </Form.Item>
    </ActionDialog>
  );
}
