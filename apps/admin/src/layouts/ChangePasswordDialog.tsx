import type { ChangePasswordRequest } from '@weimin/contracts';
import { App, Form, Input, Modal } from 'antd';
import { changePassword } from '../api/session';
import { confirmPasswordRules, newPasswordRules, PASSWORD_POLICY_TEXT } from '../forms/rules';
import { useFormSubmit } from '../hooks/useFormSubmit';

interface ChangePasswordValues extends ChangePasswordRequest {
  confirmPassword: string;
}

/** 修改密码, mounted while open. The BFF keeps this session and ends the account's others. */
export default function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();

  const onFinish = async ({ currentPassword, newPassword }: ChangePasswordValues) => {
    if (await submit(() => changePassword({ currentPassword, newPassword }))) {
      void message.success('密码已修改，其他设备上的登录已退出');
      onClose();
    }
  };

  return (
    <Modal
      title="修改密码"
      open
      onCancel={onClose}
      okText="确认修改"
      okButtonProps={{ htmlType: 'submit', loading: submitting }}
      modalRender={(dialog) => (
        <Form<ChangePasswordValues> form={form} layout="vertical" onFinish={(values) => void onFinish(values)} clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label="新密码" extra={PASSWORD_POLICY_TEXT} rules={newPasswordRules}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirmPassword" label="确认新密码" dependencies={['newPassword']} rules={confirmPasswordRules('newPassword')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </Modal>
  );
}
