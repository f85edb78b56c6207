import type { LifeEventStage } from '@weimin/contracts';
import { Entity, Index, PrimaryColumn } from 'typeorm';

/** The stages an interpretation is filed under (one or more of the 14). */
@Entity('interpretation_stage')
@Index('idx_interpretation_stage_stage', ['stage', 'interpretationId'])
export class InterpretationStage {
  @PrimaryColumn({ type: 'int' })
  interpretationId: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  stage: LifeEventStage;
}
