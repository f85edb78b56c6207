import type { NotificationView } from '@weimin/contracts';
import { Empty, Flex, Typography, theme } from 'antd';
import { Link } from 'react-router-dom';
import type { ApiError } from '../api/client';
import { DateTime } from '../components/DateTime';
import { NotificationKindTag } from '../components/NotificationKindTag';
import { NotificationText } from '../components/NotificationText';

/** How many the bell shows; the 通知 page lists them all. */
const SHOWN = 5;

/** The bell's popover: the newest notifications, each linking to what it is about. Its own chunk, loaded on first open. */
export default function NotificationList({
  notifications,
  error,
  onNavigate,
}: {
  notifications: readonly NotificationView[] | undefined;
  error: ApiError | undefined;
  onNavigate: () => void;
}) {
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={12} style={{ width: 360 }}>
      {error ? (
        <Typography.Text type="secondary">通知加载失败：{error.message}</Typography.Text>
      ) : notifications?.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" />
      ) : (
        notifications?.slice(0, SHOWN).map((notification) => (
          <Flex key={notification.id} vertical gap={4} style={{ paddingBottom: 8, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
            <Flex gap={8} align="center">
              <NotificationKindTag kind={notification.kind} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <DateTime value={notification.createdAt} />
              </Typography.Text>
            </Flex>
            <NotificationText notification={notification} onNavigate={onNavigate} />
          </Flex>
        ))
      )}
      <Link to="/notifications" onClick={onNavigate}>
        查看全部通知
      </Link>
    </Flex>
  );
}
