import type { SolicitationAction, SolicitationStatus, StaffRole } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step in a solicitation's history: who (null: the scheduler), in which role, when, why; a mark names its opinion. */
@Entity('solicitation_event')
@Index('idx_solicitation_event_item', ['solicitationId', 'id'])
export class SolicitationEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  solicitationId: number;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'varchar', length: 24 })
  action: SolicitationAction;

  @Column({ type: 'int', nullable: true })
  level: number | null;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole: StaffRole | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fromStatus: SolicitationStatus | null;

  @Column({ type: 'varchar', length: 32 })
  toStatus: SolicitationStatus;

  @Column({ type: 'int', nullable: true })
  opinionId: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment: string | null;
}
