import {
  AGENCY_KIND_LABELS,
  AgencyKind,
  STAFF_ROLE_LABELS,
  type AgencyAdminView,
  type CreateStaffAccountRequest,
  type StaffAccountView,
  type StaffRole,
} from '@weimin/contracts';
import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { createAccount, updateAccount } from '../../../api/accounts';
import { CheckboxGroupField } from '../../../components/CheckboxGroupField';
import { confirmPasswordRules, displayNameRules, newPasswordRules, PASSWORD_POLICY_TEXT, usernameRules } from '../../../forms/rules';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { ALL_ROLES, roleAllowed } from './roles';

interface AccountFormValues extends CreateStaffAccountRequest {
  confirmPassword: string;
}

/**
 * 新建账号 / 编辑账号 (admins). The role checkboxes follow the chosen agency: office and admin roles only for the
 * office's accounts. Changing an account's roles or agency ends its sessions (the BFF does that).
 */
export function AccountFormDialog({
  account,
  selfId,
  agencies,
  open,
  onClose,
  onSaved,
}: {
  /** The account to edit; none to create one. */
  account?: StaffAccountView;
  /** The signed-in admin, who may not drop their own admin role. */
  selfId: number;
  agencies: readonly AgencyAdminView[];
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<AccountFormValues>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();
  const agencyId = Form.useWatch('agencyId', form);
  const agencyKind = agencies.find((agency) => agency.id === agencyId)?.kind;
  const editingSelf = account?.id === selfId;

  const agencyOptions = useMemo(
    () =>
      Object.values(AgencyKind).map((kind) => ({
        label: AGENCY_KIND_LABELS[kind],
        title: AGENCY_KIND_LABELS[kind],
        // New accounts only in active agencies; an inactive one stays listed when it is the account's current agency.
        options: agencies
          .filter((agency) => agency.kind === kind && (agency.active || agency.id === account?.agencyId))
          .map((agency) => ({ value: agency.id, label: agency.active ? agency.name : `${agency.name}（已停用）` })),
      })),
    [agencies, account?.agencyId],
  );

  const roleOptions = ALL_ROLES.map((role) => ({
    value: role,
    label: STAFF_ROLE_LABELS[role],
    disabled: !roleAllowed(role, agencyKind) || (editingSelf && role === 'admin'),
  }));

  const onValuesChange = (changed: Partial<AccountFormValues>) => {
    if (changed.agencyId === undefined) return;
    // Roles the new agency may not hold are dropped, not left checked and disabled.
    const kind = agencies.find((agency) => agency.id === changed.agencyId)?.kind;
    const roles: StaffRole[] = form.getFieldValue('roles') ?? [];
    form.setFieldValue(
      'roles',
      roles.filter((role) => roleAllowed(role, kind)),
    );
  };

  const onFinish = async ({ username, displayName, agencyId: agency, roles, password }: AccountFormValues) => {
    const fields = { displayName: displayName.trim(), agencyId: agency, roles };
    const saved = await submit(() => (account ? updateAccount(account.id, fields) : createAccount({ ...fields, username, password })));
    if (saved) {
      void message.success(account ? `账号「${account.username}」已保存` : `账号「${username}」已创建`);
      onSaved();
    }
  };

  return (
    <Modal
      title={account ? `编辑账号：${account.username}` : '新建账号'}
      open={open}
      onCancel={onClose}
      okText={account ? '保存' : '创建'}
      okButtonProps={{ htmlType: 'submit', loading: submitting }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<AccountFormValues>
          form={form}
          layout="vertical"
          onFinish={(values) => void onFinish(values)}
          onValuesChange={onValuesChange}
          clearOnDestroy
          initialValues={account ? { displayName: account.displayName, agencyId: account.agencyId, roles: account.roles } : { roles: [] }}
        >
          {dialog}
        </Form>
      )}
    >
      {account ? (
        <Form.Item label="用户名">
          <Typography.Text>{account.username}</Typography.Text>
        </Form.Item>
      ) : (
        <Form.Item name="username" label="用户名" extra="登录用，创建后不能修改" rules={usernameRules}>
          <Input autoComplete="off" autoCapitalize="off" spellCheck={false} maxLength={64} />
        </Form.Item>
      )}
      <Form.Item name="displayName" label="姓名" rules={displayNameRules}>
        <Input autoComplete="off" maxLength={32} />
      </Form.Item>
      <Form.Item name="agencyId" label="所属机构" rules={[{ required: true, message: '请选择所属机构' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} placeholder="选择机构" options={agencyOptions} />
      </Form.Item>
      <Form.Item
        name="roles"
        label="角色"
        extra={agencyKind === undefined ? '请先选择所属机构' : '政务公开办工作人员、政务公开办负责人、系统管理员只能授予政务公开办的账号'}
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}
      >
        <CheckboxGroupField options={roleOptions} />
      </Form.Item>
      {!account && (
        <>
          <Form.Item name="password" label="初始密码" extra={PASSWORD_POLICY_TEXT} rules={newPasswordRules}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="confirmPassword" label="确认初始密码" dependencies={['password']} rules={confirmPasswordRules('password')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </>
      )}
      {account && (
        <Alert type="info" showIcon title={editingSelf ? '修改自己的角色或所属机构后，您需要重新登录。' : '修改角色或所属机构后，该账号需要重新登录。'} />
      )}
    </Modal>
  );
}
