import { Button, Flex, Result } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { refreshSession, useSession } from '../stores/session';
import { FullPageLoading } from './FullPageLoading';

/** Where the login page is told to return to: a path inside the console, never another site. */
export function loginPath(returnTo?: string): string {
  return returnTo && returnTo !== '/' ? `/login?redirect=${encodeURIComponent(returnTo)}` : '/login';
}

/** State the login page reads to explain why the user is there. */
export interface LoginNotice {
  expired?: boolean;
}

/**
 * The whole console sits behind this: it asks the BFF for the session at start, re-checks it on every navigation and
 * whenever the tab comes back into view, and sends anyone without a session to the login page, remembering the page.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  useEffect(() => {
    if (session.status === 'unknown') void refreshSession();
  }, [session.status]);

  // The first render's check is the one above; later navigations re-check.
  const firstKey = useRef(location.key);
  useEffect(() => {
    if (location.key !== firstKey.current) void refreshSession();
  }, [location.key]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refreshSession();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  switch (session.status) {
    case 'unknown':
      return <FullPageLoading />;
    case 'unavailable':
      // Plain Result, not LoadError: this renders before any page chunk, and LoadError's Typography weighs on it.
      return (
        <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
          <Result
            status="warning"
            title="暂时无法打开工作台"
            subTitle={session.error.traceId ? `${session.error.message}（追踪号 ${session.error.traceId}）` : session.error.message}
            extra={<Button onClick={() => void refreshSession()}>重试</Button>}
          />
        </Flex>
      );
    case 'ended': {
      if (session.reason === 'signedOut') return <Navigate to="/login" replace />;
      const notice: LoginNotice = { expired: session.reason === 'expired' };
      return <Navigate to={loginPath(location.pathname + location.search)} replace state={notice} />;
    }
    case 'active':
      return <>{children}</>;
  }
}
