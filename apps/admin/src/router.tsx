import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BranchesOutlined,
  CommentOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  MessageOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { FullPageLoading } from './components/FullPageLoading';
import { RequireAccess } from './components/RequireAccess';
import { RequireSession } from './components/RequireSession';
import { RouteError } from './components/RouteError';
import { ConsoleLayout, isMenuGroup, type MenuEntry, type MenuRoute } from './layouts/ConsoleLayout';

/**
 * The menu, in order. Each page is its own chunk, loaded on first visit; a page's flag hides its item and guards it,
 * and a group shows when any of its pages does.
 */
const menu: MenuEntry[] = [
  { path: '/', label: '工作台', icon: <DashboardOutlined />, access: 'canViewDashboard', Page: lazy(() => import('./pages/dashboard')) },
  {
    key: 'messages',
    label: '留言办理',
    icon: <MessageOutlined />,
    children: [
      { path: '/messages/queue', label: '待交办', access: 'canDispatchMessages', Page: lazy(() => import('./pages/messages/queue')) },
      { path: '/messages/mine', label: '本单位留言', access: 'canAnswerMessages', Page: lazy(() => import('./pages/messages/mine')) },
      { path: '/messages/all', label: '全部留言', access: 'canDispatchMessages', Page: lazy(() => import('./pages/messages/all')) },
      { path: '/notifications', label: '通知', access: 'canViewMessages', Page: lazy(() => import('./pages/notifications')) },
    ],
  },
  {
    key: 'interpretations',
    label: '政策解读',
    icon: <FileTextOutlined />,
    children: [
      { path: '/interpretations/drafts', label: '我的起草', access: 'canDraftInterpretations', Page: lazy(() => import('./pages/interpretations/drafts')) },
      { path: '/interpretations/review', label: '解读审核', access: 'canReviewInterpretations', Page: lazy(() => import('./pages/interpretations/review')) },
      { path: '/interpretations/all', label: '全部解读', access: 'canViewAllInterpretations', Page: lazy(() => import('./pages/interpretations/all')) },
    ],
  },
  {
    key: 'participation',
    label: '公众参与',
    icon: <CommentOutlined />,
    children: [
      { path: '/solicitations/mine', label: '本单位征集', access: 'canDraftSolicitations', Page: lazy(() => import('./pages/solicitations/mine')) },
      { path: '/solicitations/review', label: '征集审核', access: 'canReviewSolicitations', Page: lazy(() => import('./pages/solicitations/review')) },
      { path: '/solicitations/all', label: '全部征集', access: 'canOverseeSolicitations', Page: lazy(() => import('./pages/solicitations/all')) },
      { path: '/solicitations/overdue', label: '反馈逾期', access: 'canViewOverdueSolicitations', Page: lazy(() => import('./pages/solicitations/overdue')) },
      { path: '/solicitations/held', label: '待审核意见', access: 'canOverseeSolicitations', Page: lazy(() => import('./pages/solicitations/held')) },
      { path: '/interviews', label: '在线访谈', access: 'canViewInterviews', Page: lazy(() => import('./pages/interviews')) },
    ],
  },
  {
    key: 'disclosure',
    label: '依申请公开',
    icon: <FileSearchOutlined />,
    children: [
      { path: '/disclosure/mine', label: '本单位申请', access: 'canHandleDisclosure', Page: lazy(() => import('./pages/disclosure/mine')) },
      { path: '/disclosure/routing', label: '待转办', access: 'canOverseeDisclosure', Page: lazy(() => import('./pages/disclosure/routing')) },
      { path: '/disclosure/all', label: '全部申请', access: 'canOverseeDisclosure', Page: lazy(() => import('./pages/disclosure/all')) },
      { path: '/disclosure/due', label: '期限提醒', access: 'canOverseeDisclosure', Page: lazy(() => import('./pages/disclosure/due')) },
    ],
  },
  {
    key: 'public-enterprises',
    label: '公共企事业单位',
    icon: <ShopOutlined />,
    children: [
      { path: '/notices', label: '信息公开', access: 'canViewNotices', Page: lazy(() => import('./pages/notices')) },
      { path: '/notice-freshness', label: '更新提示', access: 'canViewFreshness', Page: lazy(() => import('./pages/notices/freshness')) },
    ],
  },
  {
    key: 'stats',
    label: '统计分析',
    icon: <BarChartOutlined />,
    children: [
      { path: '/stats', label: '统计分析', access: 'canViewStats', Page: lazy(() => import('./pages/stats')) },
      { path: '/stats/annual-report', label: '年度报告', access: 'canViewAnnualReport', Page: lazy(() => import('./pages/annual-report')) },
    ],
  },
  { path: '/routing-rules', label: '派单规则', icon: <BranchesOutlined />, access: 'canViewRoutingRules', Page: lazy(() => import('./pages/routing-rules')) },
  { path: '/outbox', label: '通知发送失败', icon: <AlertOutlined />, access: 'canViewOutbox', Page: lazy(() => import('./pages/outbox')) },
  { path: '/agencies', label: '机构管理', icon: <ApartmentOutlined />, access: 'canViewAgenciesAdmin', Page: lazy(() => import('./pages/agencies')) },
  { path: '/accounts', label: '账号管理', icon: <TeamOutlined />, access: 'canViewAccounts', Page: lazy(() => import('./pages/accounts')) },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, access: 'canViewAudit', Page: lazy(() => import('./pages/audit')) },
  {
    key: 'settings',
    label: '系统设置',
    icon: <SettingOutlined />,
    children: [
      { path: '/settings/calendar', label: '节假日安排', access: 'canViewCalendar', Page: lazy(() => import('./pages/calendar')) },
      { path: '/settings/media-hosts', label: '媒体来源', access: 'canViewMediaHosts', Page: lazy(() => import('./pages/media-hosts')) },
    ],
  },
];

/** Pages reached from others, not from the menu. */
const pages: MenuRoute[] = [
  { path: '/messages/:id', label: '留言详情', access: 'canViewMessages', Page: lazy(() => import('./pages/messages/detail')) },
  { path: '/disclosure/register', label: '登记申请', access: 'canRegisterDisclosure', Page: lazy(() => import('./pages/disclosure/register')) },
  { path: '/disclosure/:id', label: '申请详情', access: 'canViewDisclosure', Page: lazy(() => import('./pages/disclosure/detail')) },
  { path: '/interpretations/new', label: '起草解读', access: 'canDraftInterpretations', Page: lazy(() => import('./pages/interpretations/editor')) },
  { path: '/interpretations/:id/edit', label: '修改解读', access: 'canDraftInterpretations', Page: lazy(() => import('./pages/interpretations/editor')) },
  { path: '/interpretations/:id', label: '解读详情', access: 'canViewInterpretations', Page: lazy(() => import('./pages/interpretations/detail')) },
  { path: '/solicitations/new', label: '起草意见征集', access: 'canDraftSolicitations', Page: lazy(() => import('./pages/solicitations/editor')) },
  { path: '/solicitations/:id/edit', label: '修改意见征集', access: 'canDraftSolicitations', Page: lazy(() => import('./pages/solicitations/editor')) },
  { path: '/solicitations/:id', label: '征集详情', access: 'canViewSolicitations', Page: lazy(() => import('./pages/solicitations/detail')) },
  { path: '/interviews/new', label: '安排访谈', access: 'canRunInterviews', Page: lazy(() => import('./pages/interviews/editor')) },
  { path: '/interviews/:id/edit', label: '修改访谈', access: 'canRunInterviews', Page: lazy(() => import('./pages/interviews/editor')) },
  { path: '/interviews/:id', label: '访谈详情', access: 'canViewInterviews', Page: lazy(() => import('./pages/interviews/detail')) },
];

const LoginPage = lazy(() => import('./pages/login'));
const NotFoundPage = lazy(() => import('./pages/not-found'));

const menuRoutes = menu.flatMap((entry) => (isMenuGroup(entry) ? entry.children : [entry]));

function toRoute({ path, access, Page }: MenuRoute): RouteObject {
  const element = (
    <RequireAccess flag={access}>
      <Page />
    </RequireAccess>
  );
  return path === '/' ? { index: true, element } : { path: path.slice(1), element };
}

export const router = createBrowserRouter(
  [
    {
      path: '/login',
      element: (
        <Suspense fallback={<FullPageLoading />}>
          <LoginPage />
        </Suspense>
      ),
      errorElement: <RouteError />,
    },
    {
      path: '/',
      // Every console page needs a session; without one the user is sent to /login and brought back afterwards.
      element: (
        <RequireSession>
          <ConsoleLayout menu={menu} pages={pages} />
        </RequireSession>
      ),
      errorElement: <RouteError />,
      children: [
        // Pathless, so a page that fails to render shows its error inside the shell, menu still usable.
        { errorElement: <RouteError />, children: [...menuRoutes.map(toRoute), ...pages.map(toRoute), { path: '*', element: <NotFoundPage /> }] },
      ],
    },
  ],
  {
    // The BFF serves the console under /admin/ and answers every /admin/* path with index.html.
    basename: '/admin',
    // Opt in to v7 behaviour now: no deprecation warnings, and a smaller step when we move to v7.
    future: {
      v7_fetcherPersist: true,
      v7_normalizeFormMethod: true,
      v7_partialHydration: true,
      v7_relativeSplatPath: true,
      v7_skipActionErrorRevalidation: true,
    },
  },
);
