import type { MessageStatus } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step in a message's history: who, when, why (docs/domain.md §3). */
@Entity('message_event')
@Index('idx_message_event_message', ['messageId', 'id'])
export class MessageEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  messageId: number;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Column({ type: 'varchar', length: 16 })
  actorType: 'staff' | 'citizen' | 'system';

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  /** The agency concerned (the one dispatched to, returning, replying). */
  @Column({ type: 'int', nullable: true })
  agencyId: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: MessageStatus | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  toStatus: MessageStatus | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;
}
