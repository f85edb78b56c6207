import type { DisclosureStatus } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step in an application's history: who, when, why (docs/domain.md §5). */
@Entity('disclosure_event')
@Index('idx_disclosure_event_application', ['applicationId', 'id'])
export class DisclosureEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Column({ type: 'varchar', length: 16 })
  actorType: 'staff' | 'citizen' | 'system';

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'int', nullable: true })
  agencyId: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: DisclosureStatus | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  toStatus: DisclosureStatus | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;
}
