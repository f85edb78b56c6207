import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover, Spin } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { listNotifications } from '../api/notifications';
import { useApiData } from '../hooks/useApiData';
import { useSeenNotifications } from '../hooks/useSeenNotifications';
import { useMe } from '../stores/session';

// The list is loaded on first open: the shell, which every page waits for, stays small.
const NotificationList = lazy(() => import('./NotificationList'));

/**
 * The header's bell: the agency's reminders and overdue alerts (催办), with a badge for those not yet shown. Loaded
 * when the console opens, when the tab comes back into view and when the bell is opened; never on navigation, which
 * must stay free of calls that could fail on their own (the session check is what notices an ended session).
 */
export function NotificationBell() {
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [seen, markSeen] = useSeenNotifications(me.id);
  const { data, error, reload } = useApiData((signal) => listNotifications(signal), []);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  // What the open popover shows counts as seen, including what a reload brings while it is open.
  useEffect(() => {
    if (open && data?.[0]) markSeen(data[0].id);
  }, [open, data, markSeen]);

  const unseen = data?.filter((notification) => notification.id > seen).length ?? 0;

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) reload();
  };

  return (
    <Popover
      title="通知"
      content={
        <Suspense fallback={<Spin size="small" />}>
          <NotificationList notifications={data} error={error} onNavigate={() => setOpen(false)} />
        </Suspense>
      }
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={onOpenChange}
    >
      <Button type="text" aria-label={unseen > 0 ? `通知：${unseen} 条未读` : '通知'} style={{ height: 40 }}>
        <Badge count={unseen} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
