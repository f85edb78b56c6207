import type { PauseKind } from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 征求第三方意见 / 征求其他机关意见: the clock stops from startedOn to endedOn (条例 第三十二条). */
@Entity('disclosure_pause')
@Index('idx_disclosure_pause_application', ['applicationId', 'id'])
export class DisclosurePause {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: PauseKind;

  @Column({ type: 'varchar', length: 200 })
  party: string;

  @Column({ type: 'varchar', length: 10 })
  startedOn: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  endedOn: string | null;
}
