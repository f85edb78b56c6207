import { Layout, Menu, theme, type MenuProps } from 'antd';
import { Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { matchPath, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAccess, type Access, type AccessFlag } from '../access';
import { PageLoading } from '../components/PageLoading';
import { CalendarWarning } from './CalendarWarning';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

const PRODUCT_NAME = '为民 · 政务公开工作台';

/** A console page: with an entry in the side menu, or reached from another page (a detail page). */
export interface MenuRoute {
  /** Absolute within the console (the router adds the /admin basename); may hold parameters (`/messages/:id`). */
  path: string;
  label: string;
  /** Top-level menu items have one; items inside a group do without. */
  icon?: ReactNode;
  access: AccessFlag;
  Page: LazyExoticComponent<ComponentType>;
}

/** A folding group of the side menu (留言办理), shown when any of its pages is. */
export interface MenuGroup {
  key: string;
  label: string;
  icon: ReactNode;
  children: readonly MenuRoute[];
}

export type MenuEntry = MenuRoute | MenuGroup;

export function isMenuGroup(entry: MenuEntry): entry is MenuGroup {
  return 'children' in entry;
}

/**
 * The shell every console page renders in: header with the product name, the notification bell and the user menu,
 * side menu, and the page. `pages` are the routes outside the menu, named here only for the window title.
 */
export function ConsoleLayout({ menu, pages = [] }: { menu: readonly MenuEntry[]; pages?: readonly MenuRoute[] }) {
  const access = useAccess();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  const visible = visibleEntries(menu, access);
  const menuPages = visible.flatMap((entry) => (isMenuGroup(entry) ? entry.children : [entry]));
  const current = menuPages.find((route) => isUnder(pathname, route.path));
  const titled = current ?? pages.find((route) => access[route.access] && matchPath(route.path, pathname));
  // Open at first render on the group of the page the console was opened on; afterwards the user folds groups.
  const [defaultOpenKeys] = useState(() =>
    visible.filter((entry) => isMenuGroup(entry) && current !== undefined && entry.children.includes(current)).map(keyOf),
  );

  useEffect(() => {
    document.title = titled ? `${titled.label} · ${PRODUCT_NAME}` : PRODUCT_NAME;
  }, [titled]);

  const items: MenuProps['items'] = visible.map((entry) =>
    isMenuGroup(entry)
      ? { key: entry.key, label: entry.label, icon: entry.icon, children: entry.children.map(({ path, label }) => ({ key: path, label })) }
      : { key: entry.path, label: entry.label, icon: entry.icon },
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
        <span style={{ fontSize: 18, fontWeight: 600, color: token.colorTextHeading }}>{PRODUCT_NAME}</span>
        <span style={{ marginInlineStart: 'auto', display: 'flex', alignItems: 'center', gap: 8 }}>
          {access.canViewMessages && <NotificationBell />}
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
            defaultOpenKeys={defaultOpenKeys}
            items={items}
            onClick={({ key }) => navigate(key)}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          {access.canViewCalendar && <CalendarWarning />}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The entries this user may open: pages by their flag, groups with the children left. */
function visibleEntries(menu: readonly MenuEntry[], access: Access): MenuEntry[] {
  return menu.flatMap((entry): MenuEntry[] => {
    if (!isMenuGroup(entry)) return access[entry.access] ? [entry] : [];
    const children = entry.children.filter((route) => access[route.access]);
    return children.length > 0 ? [{ ...entry, children }] : [];
  });
}

function keyOf(entry: MenuEntry): string {
  return isMenuGroup(entry) ? entry.key : entry.path;
}

function isUnder(pathname: string, path: string): boolean {
  if (path === '/') return pathname === '/';
  return pathname === path || pathname.startsWith(`${path}/`);
}
