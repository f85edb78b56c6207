import type { EntityManager } from 'typeorm';
import { Notification } from './notification.entity';

/** Console notices to an agency (reminders, overdue alerts, stale sections): written by the outbox worker, read by the inbox. */
export class NotificationRepository {
  constructor(private readonly manager: EntityManager) {}

  async add(notification: Omit<Notification, 'id'>): Promise<void> {
    await this.manager.insert(Notification, notification);
  }

  /** The agency's newest notices, newest first. */
  listForAgency(agencyId: number, limit = 50): Promise<Notification[]> {
    return this.manager.find(Notification, { where: { agencyId }, order: { id: 'DESC' }, take: limit });
  }
}
