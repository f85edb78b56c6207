import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 答复. A reopened message gets a second one; the latest is the answer. */
@Entity('message_reply')
@Index('idx_message_reply_message', ['messageId', 'id'])
export class MessageReply {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  messageId: number;

  @Column({ type: 'int' })
  agencyId: number;

  @Column({ type: 'int' })
  staffId: number;

  /** Sanitised on write (docs/security.md §14). */
  @Column({ type: 'text' })
  bodyHtml: string;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
