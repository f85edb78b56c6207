import { Layout, Menu, theme } from 'antd';
import { Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAccess, type AccessFlag } from '../access';
import { PageLoading } from '../components/PageLoading';
import { UserMenu } from './UserMenu';

const PRODUCT_NAME = '为民 · 政务公开工作台';

/** A console page with an entry in the side menu. */
export interface MenuRoute {
  /** Absolute within the console (the router adds the /admin basename). */
  path: string;
  label: string;
  icon: ReactNode;
  access: AccessFlag;
  Page: LazyExoticComponent<ComponentType>;
}

/** The shell every console page renders in: header with the product name and the user menu, side menu, and the page. */
export function ConsoleLayout({ menu }: { menu: readonly MenuRoute[] }) {
  const access = useAccess();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  const visible = menu.filter((route) => access[route.access]);
  const current = visible.find((route) => isUnder(pathname, route.path));

  useEffect(() => {
    document.title = current ? `${current.label} · ${PRODUCT_NAME}` : PRODUCT_NAME;
  }, [current]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
        <span style={{ fontSize: 18, fontWeight: 600, color: token.colorTextHeading }}>{PRODUCT_NAME}</span>
        <span style={{ marginInlineStart: 'auto' }}>
          <UserMenu />
        </span>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          theme="light"
          width={208}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Menu
            mode="inline"
            style={{ borderInlineEnd: 'none' }}
            selectedKeys={current ? [current.path] : []}
            items={visible.map(({ path, label, icon }) => ({ key: path, label, icon }))}
            onClick={({ key }) => navigate(key)}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function isUnder(pathname: string, path: string): boolean {
  if (path === '/') return pathname === '/';
  return pathname === path || pathname.startsWith(`${path}/`);
}
