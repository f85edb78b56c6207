import type { NotificationKind, NotificationSubjectType } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A console notice to an agency's staff (reminders, overdue alerts), delivered by the outbox worker. */
@Entity('notification')
@Index('idx_notification_agency', ['agencyId', 'id'])
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  agencyId: number;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  /** What it is about (a message, a 依申请公开 application, a solicitation), with `subjectId`; null for neither. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  subjectType: NotificationSubjectType | null;

  @Column({ type: 'int', nullable: true })
  subjectId: number | null;

  @Column({ type: 'varchar', length: 200 })
  text: string;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
