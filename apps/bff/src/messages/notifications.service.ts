import { Injectable } from '@nestjs/common';
import type { NotificationView } from '@weimin/contracts';
import { MessageStore } from './message.store';

/** The console's inbox for an agency: reminders and overdue alerts, newest first. */
@Injectable()
export class NotificationsService {
  constructor(private readonly store: MessageStore) {}

  async forAgency(agencyId: number): Promise<NotificationView[]> {
    const rows = await this.store.repositories.notifications.listForAgency(agencyId);
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      subject: row.subjectType !== null && row.subjectId !== null ? { type: row.subjectType, id: row.subjectId } : null,
      text: row.text,
      createdAt: row.createdAt.toISOString(),
    }));
  }
}
