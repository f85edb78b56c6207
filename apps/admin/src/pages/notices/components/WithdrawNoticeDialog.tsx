import type { StaffNoticeView } from '@weimin/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { withdrawNotice } from '../../../api/notices';
import { REASON_MAX, reasonRules } from '../../../forms/rules';
import { useFormSubmit } from '../../../hooks/useFormSubmit';

/** 撤回: the notice leaves the mini-program at once; the reason is kept with it and in the audit log. */
export function WithdrawNoticeDialog({ notice, onClose, onDone }: { notice: StaffNoticeView | undefined; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();

  const onFinish = async ({ reason }: { reason: string }) => {
    if (notice && (await submit(() => withdrawNotice(notice.id, { reason: reason.trim() })))) {
      void message.success('信息已撤回');
      onDone();
    }
  };

  return (
    <Modal
      title={`撤回信息：${notice?.title ?? ''}`}
      open={!!notice}
      onCancel={onClose}
      okText="撤回"
      okButtonProps={{ htmlType: 'submit', loading: submitting, danger: true }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form form={form} layout="vertical" onFinish={(values) => void onFinish(values)} clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">撤回后群众在小程序中不再看到此信息，撤回理由随信息保留。</Typography.Paragraph>
      <Form.Item name="reason" label="撤回理由" rules={reasonRules('撤回理由')}>
        <Input.TextArea maxLength={REASON_MAX} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </Modal>
  );
}
