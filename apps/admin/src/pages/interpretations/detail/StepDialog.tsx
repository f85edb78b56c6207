import type { StaffInterpretationView } from '@weimin/contracts';
import { App, Form, Input, Typography } from 'antd';
import { ApiError } from '../../../api/client';
import { approveInterpretation, returnInterpretation, withdrawInterpretation } from '../../../api/interpretations';
import { REASON_MAX } from '../../../forms/rules';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { ActionDialog } from '../../messages/components/ActionDialog';

export type StepMode = 'approve' | 'return' | 'withdraw';

const MODES: Record<StepMode, { title: string; label: string; required: boolean; explain: string; done: string; danger?: boolean }> = {
  approve: { title: '审核通过', label: '审核意见', required: false, explain: '通过后进入下一级审核；第三级通过后即发布。', done: '已审核通过' },
  return: { title: '退回', label: '退回意见', required: true, explain: '退回后由起草人修改并重新提交，意见记入审核记录。', done: '已退回起草人', danger: true },
  withdraw: { title: '撤回', label: '撤回理由', required: true, explain: '撤回后小程序不再显示此解读，也搜索不到。', done: '已撤回', danger: true },
};

/** 审核通过 / 退回 / 撤回 with a comment; a 409 or 403 (someone acted meanwhile) closes it and reloads the page. */
export function StepDialog({
  mode,
  item,
  onClose,
  onDone,
}: {
  mode: StepMode;
  item: StaffInterpretationView;
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  const [form] = Form.useForm<{ comment?: string }>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();
  const spec = MODES[mode];

  const onFinish = async ({ comment }: { comment?: string }) => {
    const text = comment?.trim() ?? '';
    let stale = false;
    const ok = await submit(async () => {
      try {
        if (mode === 'approve') await approveInterpretation(item.id, text ? { comment: text } : {});
        else if (mode === 'return') await returnInterpretation(item.id, { comment: text });
        else await withdrawInterpretation(item.id, { reason: text });
      } catch (error) {
        stale = error instanceof ApiError && (error.status === 409 || error.status === 403);
        throw error;
      }
    });
    if (ok) onDone(spec.done);
    else if (stale) {
      void message.info('页面已刷新');
      onDone('');
    }
  };

  return (
    <ActionDialog<{ comment?: string }>
      title={`${spec.title}：${item.title}`}
      okText={spec.title}
      danger={spec.danger}
      form={form}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{spec.explain}</Typography.Paragraph>
      <Form.Item
        name="comment"
        label={spec.label}
        rules={
          spec.required
            ? [
                { required: true, whitespace: true, message: `请填写${spec.label}` },
                { min: 2, message: `${spec.label}至少2个字` },
              ]
            : []
        }
      >
        <Input.TextArea maxLength={REASON_MAX} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </ActionDialog>
  );
}
