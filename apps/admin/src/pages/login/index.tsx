import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginRequest } from '@weimin/contracts';
import { Alert, Button, Card, Flex, Form, Input, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { signIn } from '../../api/session';
import type { LoginNotice } from '../../components/RequireSession';
import { startSession, useSession } from '../../stores/session';

const PRODUCT_NAME = '为民 · 政务公开工作台';

/**
 * 登录. A refused sign-in shows the server's one message, the same for an unknown user, a wrong password and a locked
 * or disabled account (docs/security.md §12), so the form gives no hint either.
 */
export default function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('redirect'));
  const notice = location.state as LoginNotice | null;
  const [form] = Form.useForm<LoginRequest>();
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const { token } = theme.useToken();

  useEffect(() => {
    document.title = `登录 · ${PRODUCT_NAME}`;
  }, []);

  if (session.status === 'active') return <Navigate to={returnTo} replace />;

  const onFinish = async (credentials: LoginRequest) => {
    setSubmitting(true);
    setRefusal(undefined);
    try {
      startSession(await signIn(credentials));
      navigate(returnTo, { replace: true });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setRefusal(error.message);
      // Reset, not set to '': the field is empty again without a stale 请输入密码 under it.
      form.resetFields(['password']);
      form.getFieldInstance('password')?.focus();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex vertical justify="center" align="center" gap={24} style={{ minHeight: '100vh', padding: 24, background: token.colorBgLayout }}>
      <Flex align="center" gap={12}>
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={36} height={36} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {PRODUCT_NAME}
        </Typography.Title>
      </Flex>
      <Card title="工作人员登录" style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical gap={16}>
          {notice?.expired && !refusal && <Alert type="warning" showIcon title="登录已过期，请重新登录" />}
          {refusal && <Alert type="error" showIcon title={refusal} role="alert" />}
          <Form<LoginRequest> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void onFinish(values)} disabled={submitting}>
            <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus autoCapitalize="off" spellCheck={false} />
            </Form.Item>
            <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              登录
            </Button>
          </Form>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            连续输错密码5次，账号将锁定30分钟。忘记密码请联系系统管理员重置。
          </Typography.Text>
        </Flex>
      </Card>
    </Flex>
  );
}

/** Only a path inside the console: `//host` or a full URL would take the user to another site. */
function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/login')) return '/';
  return value;
}
