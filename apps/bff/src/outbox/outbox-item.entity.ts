import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * citizen_subscribe: the reply notice, allowed by the message's notifyOnReply · citizen_announcement: a 便民公告 of a
 * unit the citizen follows · citizen_progress: 交办 or an extension approved. The last two are paid for by the
 * citizen's subscribe grants (subscriptions/), one one-time grant per message sent · media_check: a photo to send to
 * WeChat's mediaCheckAsync (photos/photo-checks.service.ts).
 */
export type OutboxKind = 'citizen_subscribe' | 'citizen_announcement' | 'citizen_progress' | 'staff_notice' | 'media_check';

/** Kinds that go to a citizen through WeChat: a send whose outcome is unknown is never repeated by the worker. */
export const CITIZEN_KINDS: readonly OutboxKind[] = ['citizen_subscribe', 'citizen_announcement', 'citizen_progress'];

/**
 * docs/security.md §19: a notification is written in the same transaction as the change that causes it, then sent by the
 * worker. `dedupeKey` is unique: the same event for the same recipient can be queued once only.
 */
@Entity('outbox_item')
@Index('idx_outbox_due', ['status', 'nextAttemptAt'])
export class OutboxItem {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 24 })
  kind: OutboxKind;

  @Column({ type: 'varchar', length: 128, unique: true })
  dedupeKey: string;

  /** citizen id for the citizen kinds, agency id for staff_notice, image id for media_check. */
  @Column({ type: 'int' })
  recipientId: number;

  /** Case number, status, page: never names or phone numbers. */
  @Column({ type: 'text' })
  payload: string;

  /**
   * skipped: not sent and never will be, as intended (no grant left, unsubscribed, template not configured) ·
   * failed: refused for good (43101) · dead: gave up after MAX_ATTEMPTS · unknown: sent, but no answer came back, so it
   * may have been delivered; never picked up again by the worker, resent only by the office (docs/security.md §31).
   */
  @Column({ type: 'varchar', length: 16 })
  status: 'pending' | 'sending' | 'sent' | 'skipped' | 'failed' | 'dead' | 'unknown';

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'datetime' })
  nextAttemptAt: Date;

  /** Set while a worker holds the item; a crashed worker's claim expires and another takes over. */
  @Column({ type: 'datetime', nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  lastError: string | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;
}
