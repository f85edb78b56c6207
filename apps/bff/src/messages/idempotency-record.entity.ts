import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** docs/security.md §18: the same Idempotency-Key from the same citizen always answers with the same message. */
@Entity('idempotency_record')
@Index('uq_idempotency_citizen_key', ['citizenId', 'key'], { unique: true })
export class IdempotencyRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  citizenId: number;

  @Column({ type: 'varchar', length: 64 })
  key: string;

  /** SHA-256 of the request body: the same key with another body is refused (422). */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  /** Null only inside the submitting transaction, between claiming the key and creating the message. */
  @Column({ type: 'int', nullable: true })
  messageId: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
