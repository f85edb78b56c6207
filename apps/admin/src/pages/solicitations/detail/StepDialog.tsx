import type { StaffSolicitationView } from '@weimin/contracts';
import { App, Form, Input, Typography } from 'antd';
import { ApiError } from '../../../api/client';
import { approveFeedback, approveSolicitation, returnFeedback, returnSolicitation } from '../../../api/solicitations';
import { REASON_MAX } from '../../../forms/rules';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { ActionDialog } from '../../messages/components/ActionDialog';

export type StepMode = 'approve' | 'return' | 'approve_feedback' | 'return_feedback';

const MODES: Record<StepMode, { title: string; label: string; required: boolean; explain: string; done: string; danger?: boolean }> = {
  approve: {
    title: '审核通过',
    label: '审核意见',
    required: false,
    explain: '单位负责人通过后送政务公开办审核；政务公开办通过后即发布，开始征集意见。',
    done: '已审核通过',
  },
  return: {
    title: '退回',
    label: '退回意见',
    required: true,
    explain: '退回后由发起单位修改并重新提交，意见记入办理记录。',
    done: '已退回发起单位',
    danger: true,
  },
  approve_feedback: {
    title: '反馈审核通过',
    label: '审核意见',
    required: false,
    explain: '单位负责人通过后送政务公开办审核；政务公开办通过后，采纳情况反馈随征集一并公开。',
    done: '已审核通过',
  },
  return_feedback: {
    title: '退回反馈',
    label: '退回意见',
    required: true,
    explain: '退回后由发起单位修改采纳情况反馈并重新提交，意见记入办理记录。',
    done: '已退回发起单位',
    danger: true,
  },
};

/** 审核通过 / 退回, of the solicitation or of its feedback; a 409 or 403 (someone acted meanwhile) closes it and reloads. */
export function StepDialog({
  mode,
  item,
  onClose,
  onDone,
}: {
  mode: StepMode;
  item: StaffSolicitationView;
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
        if (mode === 'approve') await approveSolicitation(item.id, text ? { comment: text } : {});
        else if (mode === 'return') await returnSolicitation(item.id, { comment: text });
        else if (mode === 'approve_feedback') await approveFeedback(item.id, text ? { comment: text } : {});
        else await returnFeedback(item.id, { comment: text });
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
