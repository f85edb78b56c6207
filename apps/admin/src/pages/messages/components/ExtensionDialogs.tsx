import type { ExtensionView, StaffMessageView } from '@weimin/contracts';
import { Descriptions, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { decideExtension, requestExtension } from '../../../api/messages';
import { DateTime } from '../../../components/DateTime';
import { EXTENSION_WORKDAYS, noteRules, REASON_MAX, reasonRules } from '../../../forms/rules';
import { ActionDialog } from './ActionDialog';
import { DueDate } from './Deadline';
import { useMessageAction, type ActionDialogProps } from './useMessageAction';

interface RequestValues {
  workdays: number;
  reason: string;
}

/** 申请延期: once per message, decided by the office head (docs/domain.md §3). */
export function RequestExtensionDialog({ message, onClose, onDone, onStale }: ActionDialogProps<Pick<StaffMessageView, 'id' | 'caseNo' | 'dueAt'>>) {
  const [form] = Form.useForm<RequestValues>();
  const { submitting, run } = useMessageAction(form, { onDone, onStale });

  const onFinish = ({ workdays, reason }: RequestValues) =>
    run(() => requestExtension(message.id, { workdays, reason: reason.trim() }), '延期申请已提交，等待政务公开办负责人审批');

  return (
    <ActionDialog<RequestValues>
      title={`申请延期：${message.caseNo}`}
      okText="提交申请"
      form={form}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        当前办理期限 <DueDate value={message.dueAt} />
        。每件留言只能延期一次，由政务公开办负责人审批；批准后办理期限顺延。
      </Typography.Paragraph>
      <Form.Item name="workdays" label="延期天数" rules={[{ required: true, message: '请填写延期天数' }]}>
        <InputNumber min={EXTENSION_WORKDAYS.min} max={EXTENSION_WORKDAYS.max} precision={0} suffix="个工作日" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="reason" label="延期理由" rules={reasonRules('延期理由')}>
        <Input.TextArea maxLength={REASON_MAX} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </ActionDialog>
  );
}

interface DecisionValues {
  approve: boolean;
  note?: string;
}

/** 审批延期 (office head): the pending request, approved or refused with an optional note. */
export function DecideExtensionDialog({
  message,
  onClose,
  onDone,
  onStale,
}: ActionDialogProps<Pick<StaffMessageView, 'id' | 'caseNo' | 'dueAt' | 'extensions'>>) {
  const [form] = Form.useForm<DecisionValues>();
  const { submitting, run } = useMessageAction(form, { onDone, onStale });
  const pending: ExtensionView | undefined = message.extensions.find((extension) => extension.status === 'pending');

  const onFinish = ({ approve, note }: DecisionValues) =>
    run(() => decideExtension(message.id, { approve, note: note?.trim() || undefined }), approve ? '已批准延期' : '已驳回延期申请');

  return (
    <ActionDialog<DecisionValues>
      title={`审批延期：${message.caseNo}`}
      okText="提交审批"
      form={form}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      {pending && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'due', label: '当前期限', children: <DueDate value={message.dueAt} /> },
            { key: 'workdays', label: '申请延期', children: `${pending.workdays} 个工作日` },
            { key: 'reason', label: '延期理由', children: pending.reason },
            { key: 'at', label: '申请时间', children: <DateTime value={pending.requestedAt} /> },
          ]}
        />
      )}
      <Form.Item name="approve" label="审批意见" rules={[{ required: true, message: '请选择批准或驳回' }]}>
        <Radio.Group
          options={[
            { value: true, label: '批准' },
            { value: false, label: '驳回' },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label="说明" rules={noteRules}>
        <Input.TextArea maxLength={REASON_MAX} showCount autoSize={{ minRows: 2, maxRows: 6 }} placeholder="选填" />
      </Form.Item>
    </ActionDialog>
  );
}
