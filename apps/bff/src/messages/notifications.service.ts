import { Injectable } from '@nestjs/common';
import { MessageStore } from './message.store';

export interface NotificationView {
  id: number;
  kind: string;
  messageId: number | null;
  text: string;
  createdAt: string;
}

/** The console's inbox for an agency: reminders and overdue alerts, newest first. */
@Injectable()
export class NotificationsService {
  constructor(private readonly store: MessageStore) {}

  async forAgency(agencyId: number): Promise<NotificationView[]> {
    const rows = await this.store.repositories.notifications.listForAgency(agencyId);
    return rows.map((row) => ({ id: row.id, kind: row.kind, messageId: row.messageId, text: row.text, createdAt: row.createdAt.toISOString() }));
  }
}
