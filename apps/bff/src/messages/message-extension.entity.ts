import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A request for more time; one per message may be approved, by the office head. */
@Entity('message_extension')
@Index('idx_message_extension_message', ['messageId'])
export class MessageExtension {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  messageId: number;

  @Column({ type: 'int' })
  agencyId: number;

  @Column({ type: 'int' })
  requestedBy: number;

  @Column({ type: 'int' })
  workdays: number;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'varchar', length: 16 })
  status: 'pending' | 'approved' | 'rejected';

  @Column({ type: 'datetime' })
  requestedAt: Date;

  @Column({ type: 'int', nullable: true })
  decidedBy: number | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionNote: string | null;
}
