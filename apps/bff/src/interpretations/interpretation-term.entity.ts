import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The search index: the jieba terms of a published interpretation with their weight (title terms weigh more).
 * Written when an item is published, removed when it is withdrawn; ranked in plain SQL on both dialects.
 */
@Entity('interpretation_term')
@Index('idx_interpretation_term_item', ['interpretationId'])
export class InterpretationTerm {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  term: string;

  @PrimaryColumn({ type: 'int' })
  interpretationId: number;

  @Column({ type: 'int' })
  weight: number;
}
