import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Notification } from './notification.entity';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forAgency(agencyId: number): Promise<NotificationView[]> {
    const rows = await this.dataSource.getRepository(Notification).find({ where: { agencyId }, order: { id: 'DESC' }, take: 50 });
    return rows.map((row) => ({ id: row.id, kind: row.kind, messageId: row.messageId, text: row.text, createdAt: row.createdAt.toISOString() }));
  }
}
