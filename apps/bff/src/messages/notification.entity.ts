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
  kind: string;

  @Column({ type: 'int', nullable: true })
  messageId: number | null;

  @Column({ type: 'varchar', length: 200 })
  text: string;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
