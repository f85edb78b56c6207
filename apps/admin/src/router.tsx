import { ApartmentOutlined, DashboardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { RequireAccess } from './components/RequireAccess';
import { RouteError } from './components/RouteError';
import { ConsoleLayout, type MenuRoute } from './layouts/ConsoleLayout';

/** The menu, in order. Each page is its own chunk, loaded on first visit. */
const menu: MenuRoute[] = [
  { path: '/', label: '工作台', icon: <DashboardOutlined />, access: 'viewDashboard', Page: lazy(() => import('./pages/dashboard')) },
  { path: '/agencies', label: '机构', icon: <ApartmentOutlined />, access: 'viewAgencies', Page: lazy(() => import('./pages/agencies')) },
];

const NotFoundPage = lazy(() => import('./pages/not-found'));

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
      path: '/',
      element: <ConsoleLayout menu={menu} />,
      errorElement: <RouteError />,
      children: [
        // Pathless, so a page that fails to render shows its error inside the shell, menu still usable.
        { errorElement: <RouteError />, children: [...menu.map(toRoute), { path: '*', element: <NotFoundPage /> }] },
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
