import type { Audience, LifeEventStage as StageCode } from '@weimin/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 生命周期阶段: the 14 stages of docs/domain.md §1; codes come from @weimin/contracts. */
@Entity('life_event_stage')
export class LifeEventStage {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: StageCode;

  @Column({ type: 'varchar', length: 16 })
  audience: Audience;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  description: string;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}
