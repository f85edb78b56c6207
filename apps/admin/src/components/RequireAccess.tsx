import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useAccess, type AccessFlag } from '../access';

/** Guards a route by the same flag that shows its menu item, so a hidden page is not reachable by typing its URL. */
export function RequireAccess({ flag, children }: { flag: AccessFlag; children: ReactNode }) {
  const access = useAccess();
  if (!access[flag]) return <Result status="403" title="无权访问" subTitle="您的账号没有查看此页面的权限。" />;
  return <>{children}</>;
}
