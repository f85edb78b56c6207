import type { StaffMessageSummary, StaffMessageView } from '@weimin/contracts';
import { Form, Input, Typography } from 'antd';
import { dispatchMessage, reassignMessage, reopenMessage } from '../../../api/messages';
import { AgencySelect } from '../../../components/AgencySelect';
import { noteRules, REASON_MAX, reasonRules } from '../../../forms/rules';
import { ActionDialog } from './ActionDialog';
import { useMessageAction, type ActionDialogProps } from './useMessageAction';

/** 交办 from the queue, 改派 to another agency, or 重办 after a 不满意 rating (the same agency unless one is named). */
export type DispatchMode = 'dispatch' | 'reassign' | 'reopen';

interface DispatchValues {
  agencyId?: number;
  note?: string;
}

const MODES: Record<DispatchMode, { verb: string; explain: string }> = {
  dispatch: { verb: '交办', explain: '交办后承办单位开始办理，办理期限从交办之日起按工作日计算。' },
  reassign: { verb: '改派', explain: '改派后原承办单位不再看到此留言，新承办单位的办理期限重新计算。' },
  reopen: { verb: '重办', explain: '留言人对答复不满意。重办后留言回到承办单位重新办理，不选单位则由原承办单位重办。' },
};

type Target = Pick<StaffMessageSummary, 'id' | 'caseNo' | 'agencyId' | 'agencyName'>;

export function DispatchDialog({ mode, message, onClose, onDone, onStale }: ActionDialogProps<Target> & { mode: DispatchMode }) {
  const [form] = Form.useForm<DispatchValues>();
  const { submitting, run } = useMessageAction(form, { onDone, onStale });
  const { verb, explain } = MODES[mode];

  const onFinish = ({ agencyId, note }: DispatchValues) => {
    const text = note?.trim() || undefined;
    const notice = (view: StaffMessageView) => `已${verb}：${view.agencyName}`;
    if (mode === 'reopen') return run(() => reopenMessage(message.id, { agencyId, reason: text ?? '' }), notice);
    const call = mode === 'dispatch' ? dispatchMessage : reassignMessage;
    return run(() => call(message.id, { agencyId: agencyId!, note: text }), notice);
  };

  return (
    <ActionDialog<DispatchValues>
      title={`${verb}留言：${message.caseNo}`}
      okText={verb}
      form={form}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{explain}</Typography.Paragraph>
      <Form.Item
        name="agencyId"
        label={mode === 'reopen' ? '重办单位' : '承办单位'}
        extra={mode === 'reopen' && message.agencyName ? `不选则由${message.agencyName}重办` : undefined}
        rules={mode === 'reopen' ? [] : [{ required: true, message: '请选择承办单位' }]}
      >
        <AgencySelect allowClear={mode === 'reopen'} exclude={mode === 'reassign' ? [message.agencyId] : undefined} />
      </Form.Item>
      <Form.Item name="note" label={mode === 'reopen' ? '重办理由' : '交办意见'} rules={mode === 'reopen' ? reasonRules('重办理由') : noteRules}>
        <Input.TextArea
          maxLength={REASON_MAX}
          showCount
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={mode === 'reopen' ? undefined : '选填，承办单位可见'}
        />
      </Form.Item>
    </ActionDialog>
  );
}
