import type { InterpretationAction, InterpretationStatus, StaffRole } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step in an interpretation's history: who, in which role, when, with which comment. */
@Entity('interpretation_event')
@Index('idx_interpretation_event_item', ['interpretationId', 'id'])
export class InterpretationEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  interpretationId: number;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'varchar', length: 16 })
  action: InterpretationAction;

  @Column({ type: 'int', nullable: true })
  level: number | null;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole: StaffRole | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: InterpretationStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus: InterpretationStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment: string | null;
}
