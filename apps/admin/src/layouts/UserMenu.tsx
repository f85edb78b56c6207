import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { STAFF_ROLE_LABELS } from '@weimin/contracts';
import { Avatar, Button, Dropdown, Flex, theme, type MenuProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { signOut } from '../api/session';
import { endSession, useMe } from '../stores/session';

// Loaded on first use: its form would otherwise weigh on the first page every staff member opens.
const ChangePasswordDialog = lazy(() => import('./ChangePasswordDialog'));

/** The header's account menu: who is signed in (name, agency, roles), 修改密码, 退出登录. */
export function UserMenu() {
  const me = useMe();
  const [changingPassword, setChangingPassword] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const { token } = theme.useToken();
  const secondary = { color: token.colorTextSecondary };
  const roleLabels = me.roles.map((role) => STAFF_ROLE_LABELS[role]).join('、');

  const logout = async () => {
    setSigningOut(true);
    try {
      await signOut();
      endSession('signedOut');
    } catch {
      // The client has toasted it; a 401 (the session had already ended) has sent the user to the login page.
      setSigningOut(false);
    }
  };

  const items: MenuProps['items'] = [
    {
      key: 'me',
      disabled: true,
      style: { cursor: 'default' },
      label: (
        <Flex vertical style={{ maxWidth: 280, color: token.colorText }}>
          <strong>{me.displayName}</strong>
          <span style={secondary}>{me.agency.name}</span>
          <span style={secondary}>{roleLabels}</span>
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: '修改密码', onClick: () => setChangingPassword(true) },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', disabled: signingOut, onClick: () => void logout() },
  ];

  return (
    <>
      <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
        <Button type="text" aria-label={`用户菜单：${me.displayName}`} style={{ height: 40 }}>
          <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: token.colorPrimary }} />
          <span>{me.displayName}</span>
          <span style={{ ...secondary, maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{me.agency.name}</span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      {changingPassword && (
        <Suspense>
          <ChangePasswordDialog onClose={() => setChangingPassword(false)} />
        </Suspense>
      )}
    </>
  );
}
