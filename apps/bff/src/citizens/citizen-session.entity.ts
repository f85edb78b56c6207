import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A mini-program sign-in: the bearer token's SHA-256 only. */
@Entity('citizen_session')
export class CitizenSession {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index('idx_citizen_session_citizen')
  @Column({ type: 'int' })
  citizenId: number;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  lastSeenAt: Date;

  @Column({ type: 'datetime' })
  expiresAt: Date;
}
