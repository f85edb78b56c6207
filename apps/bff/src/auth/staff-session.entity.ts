import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A console sign-in. The token itself is never stored: only its SHA-256. */
@Entity('staff_session')
export class StaffSession {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index('idx_staff_session_account')
  @Column({ type: 'int' })
  accountId: number;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  lastSeenAt: Date;

  /** Absolute end, however active the session is. */
  @Column({ type: 'datetime' })
  expiresAt: Date;
}
