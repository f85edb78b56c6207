import type { StaffMessageSummary } from '@weimin/contracts';
import { Form, Input, Typography } from 'antd';
import { hideMessage, returnMessage } from '../../../api/messages';
import { REASON_MAX, reasonRules } from '../../../forms/rules';
import { ActionDialog } from './ActionDialog';
import { useMessageAction, type ActionDialogProps } from './useMessageAction';

/** 退回 (the agency: not ours) or 屏蔽 (the office: abuse); both need a reason, kept in the history. */
export type ReasonMode = 'return' | 'hide';

const MODES: Record<ReasonMode, { verb: string; label: string; explain: string; done: string }> = {
  return: {
    verb: '退回',
    label: '退回理由',
    explain: '留言不属于本单位职责时退回政务公开办重新交办。退回后本单位将不再看到此留言。',
    done: '已退回政务公开办',
  },
  hide: {
    verb: '屏蔽',
    label: '屏蔽理由',
    explain: '屏蔽后留言不再出现在任何办理队列和公开留言板上，办理记录仍然保留。',
    done: '已屏蔽',
  },
};

export function ReasonDialog({
  mode,
  message,
  onClose,
  onDone,
  onStale,
}: ActionDialogProps<Pick<StaffMessageSummary, 'id' | 'caseNo'>> & { mode: ReasonMode }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { submitting, run } = useMessageAction(form, { onDone, onStale });
  const { verb, label, explain, done } = MODES[mode];

  const onFinish = ({ reason }: { reason: string }) => {
    const call = mode === 'return' ? returnMessage : hideMessage;
    return run(() => call(message.id, { reason: reason.trim() }), done);
  };

  return (
    <ActionDialog<{ reason: string }>
      title={`${verb}留言：${message.caseNo}`}
      okText={verb}
      danger={mode === 'hide'}
      form={form}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{explain}</Typography.Paragraph>
      <Form.Item name="reason" label={label} rules={reasonRules(label)}>
        <Input.TextArea maxLength={REASON_MAX} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </ActionDialog>
  );
}
