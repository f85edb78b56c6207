import type { NoticeSection } from '@weimin/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One update reminder sent to a unit for one stale period of one section. `periodKey` is unique and inserted in
 * the same transaction as the outbox item, so however many BFF instances scan at once, a period is reminded once.
 */
@Entity('notice_reminder')
export class NoticeReminder {
  @PrimaryGeneratedColumn()
  id: number;

  /** `<agencyId>:<section>:<newest notice's publishedAt, or none>` (see notice-freshness.ts). */
  @Column({ type: 'varchar', length: 96, unique: true })
  periodKey: string;

  @Column({ type: 'int' })
  agencyId: number;

  @Column({ type: 'varchar', length: 16 })
  section: NoticeSection;

  /** The newest published notice the section went stale after; null when it had none. */
  @Column({ type: 'datetime', nullable: true })
  lastPublishedAt: Date | null;

  @Column({ type: 'datetime' })
  remindedAt: Date;
}
