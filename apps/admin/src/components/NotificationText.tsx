import type { NotificationView } from '@weimin/contracts';
import { Link } from 'react-router-dom';
import { notificationLink } from './notification-link';

/** A notification's text, a link to what it is about when the console has a page for it (the bell, 通知). */
export function NotificationText({ notification, onNavigate }: { notification: NotificationView; onNavigate?: () => void }) {
  const to = notificationLink(notification);
  return to ? (
    <Link to={to} onClick={onNavigate}>
      {notification.text}
    </Link>
  ) : (
    <span>{notification.text}</span>
  );
}
