import type { StaffAccountView } from '@weimin/contracts';
import { App, Form, Input, Modal } from 'antd';
import { resetAccountPassword } from '../../../api/accounts';
import { confirmPasswordRules, newPasswordRules, PASSWORD_POLICY_TEXT } from '../../../forms/rules';
import { useFormSubmit } from '../../../hooks/useFormSubmit';

interface ResetPasswordValues {
  password: string;
  confirmPassword: string;
}

/** 重置密码 (admins): the BFF also clears a lock and ends the account's sessions. */
export function ResetPasswordDialog({
  account,
  open,
  onClose,
  onSaved,
}: {
  account?: StaffAccountView;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<ResetPasswordValues>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();

  const onFinish = async ({ password }: ResetPasswordValues) => {
    if (!account) return;
    if (await submit(() => resetAccountPassword(account.id, { password }))) {
      void message.success(`已重置「${account.username}」的密码，该账号需用新密码重新登录`);
      onSaved();
    }
  };

  return (
    <Modal
      title={`重置密码：${account?.username ?? ''}`}
      open={open}
      onCancel={onClose}
      okText="重置密码"
      okButtonProps={{ htmlType: 'submit', loading: submitting }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<ResetPasswordValues> form={form} layout="vertical" onFinish={(values) => void onFinish(values)} clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      <Form.Item name="password" label="新密码" extra={PASSWORD_POLICY_TEXT} rules={newPasswordRules}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirmPassword" label="确认新密码" dependencies={['password']} rules={confirmPasswordRules('password')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </Modal>
  );
}
