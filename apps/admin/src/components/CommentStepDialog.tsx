import { App, Form, Input, Typography } from 'antd';
import { ApiError } from '../api/client';
import { REASON_MAX } from '../forms/rules';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { ActionDialog } from '../pages/messages/components/ActionDialog';

/** One review step of an item (审核通过, 退回, 撤回…): what the dialog says and the call it makes with the comment. */
export interface CommentStep {
  title: string;
  /** The comment's label: 审核意见, 退回意见, 撤回理由. */
  label: string;
  /** A return or a withdrawal must say why; an approval may say nothing. */
  required: boolean;
  explain: string;
  /** What the page says once it is done. */
  done: string;
  danger?: boolean;
  run: (comment: string) => Promise<unknown>;
}

/**
 * A review step with a comment (解读 and 意见征集 alike). A 409 or 403 means someone acted on the item meanwhile: the
 * dialog closes and the page reloads, so the reviewer sees where the item is now.
 */
export function CommentStepDialog({
  step,
  itemTitle,
  onClose,
  onDone,
}: {
  step: CommentStep;
  itemTitle: string;
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  const [form] = Form.useForm<{ comment?: string }>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();

  const onFinish = async ({ comment }: { comment?: string }) => {
    let stale = false;
    const ok = await submit(async () => {
      try {
        await step.run(comment?.trim() ?? '');
      } catch (error) {
        stale = error instanceof ApiError && (error.status === 409 || error.status === 403);
        throw error;
      }
    });
    if (ok) onDone(step.done);
    else if (stale) {
      void message.info('页面已刷新');
      onDone('');
    }
  };

  return (
    <ActionDialog<{ comment?: string }>
      title={`${step.title}：${itemTitle}`}
      okText={step.title}
      danger={step.danger}
      form={form}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{step.explain}</Typography.Paragraph>
      <Form.Item
        name="comment"
        label={step.label}
        rules={
          step.required
            ? [
                { required: true, whitespace: true, message: `请填写${step.label}` },
                { min: 2, message: `${step.label}至少2个字` },
              ]
            : []
        }
      >
        <Input.TextArea maxLength={REASON_MAX} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </ActionDialog>
  );
}
